import Foundation
import Testing
@testable import JDAlignCLI
import JDAlignKit

@Suite struct LineCommandTests {
    @Test func classifyPrintsOneJSONObjectPerNonEmptyLineInOrder() throws {
        let input = "Manage the school budget and ensure value for money\n\n  \nLead the SEND provision and EHCP reviews\r\n"
        let run = CommandLineRun(["classify"], standardInput: Array(input.utf8))
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let first = try JSONParser.parse(lines[0])
        #expect(first["text"] == .string("Manage the school budget and ensure value for money"))
        #expect(first["standards"]?.arrayValue?.contains(.string("hs2020-exec:7.2")) == true)
        #expect(try JSONParser.parse(lines[1])["standards"]?.arrayValue?.contains { $0.stringValue?.hasPrefix("hs2020-exec:5.") == true } == true)
    }

    @Test func explainSaysWhichWordsMadeTheLink() {
        let run = CommandLineRun(["explain", "Manage the school budget"])
        #expect(run.status == .success)
        #expect(run.output.contains("links to hs2020-exec:7.2"))
        #expect(run.output.contains("\"budget\""))
    }

    @Test func explainWithAStandardSaysWhatIsMissing() {
        let run = CommandLineRun(["explain", "Organise the school disco", "--standard", "hs2020-exec:7.1"])
        #expect(run.output.contains("does NOT link"))
        #expect(run.output.contains("missing child protection"))
        #expect(CommandLineRun(["explain", "x", "--standard", "hs2020-exec:99.9"]).status == .usage)
        #expect(CommandLineRun(["explain", "  "]).status == .usage)
    }

    @Test func evaluatePrintsFiguresPerFrameworkAsJSON() throws {
        let gold = CLIFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/gold").path
        let run = CommandLineRun(["evaluate", "--gold", gold, "--format", "json"])
        #expect(run.status == .success)
        let value = try JSONParser.parse(run.output)
        let frameworks = value["frameworks"]?.arrayValue ?? []
        #expect(frameworks.compactMap { $0["framework"]?.stringValue } == ["hs2020-exec", "nseh2015"])
        #expect((frameworks.first?["statement"]?["f1"]?.numberValue ?? 0) >= 0.8)
        #expect(frameworks.first?["perStatement"]?.arrayValue?.count == 38)
        #expect(CommandLineRun(["evaluate"]).status == .usage)
        let missing = CommandLineRun(["evaluate", "--gold", "no-such-gold"])
        #expect(missing.status == .noInput)
        #expect(missing.errors == "jdalign: no-such-gold: no such file or folder\n")
    }

    @Test func evaluateWithDocumentsAnalysesEachJDWholeAndReadsTheSplit() throws {
        let folder = try CLIFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appendingPathComponent("jds"), gold = folder.appendingPathComponent("gold")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        for name in ["head-of-year", "upper-school-leader-senco"] {
            try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("\(name).txt"), to: documents.appendingPathComponent("\(name).txt"))
            try FileManager.default.copyItem(at: CLIFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/gold/\(name).gold.json"),
                                             to: gold.appendingPathComponent("\(name).gold.json"))
        }
        try "slug\tsplit\trole\tlayout\nhead-of-year\ttest\tpastoral\tflat-table\nupper-school-leader-senco\ttune\tsenco\tbullets\n"
            .write(to: folder.appendingPathComponent("split.tsv"), atomically: true, encoding: .utf8)

        let text = CommandLineRun(["evaluate", "--gold", gold.path, "--documents", documents.path, "--split", "test"])
        #expect(text.status == .success)
        #expect(text.output.hasPrefix("End to end: 1 JDs analysed whole"))
        #expect(text.output.contains("  flat-table "))
        #expect(!text.output.contains("bullets"), "the tune JD is left out")

        let json = try JSONParser.parse(CommandLineRun(["evaluate", "--gold", gold.path, "--documents", documents.path, "--format", "json"]).output)
        #expect(json["segmentation"]?.arrayValue?.compactMap { $0["group"]?.stringValue } == ["all", "bullets", "flat-table"])
        #expect(json["segmentation"]?.arrayValue?.first?["duty"]?["recall"]?.numberValue == 1)

        let validated = try JSONParser.parse(CommandLineRun(["evaluate", "--gold", gold.path, "--documents", documents.path,
                                                             "--cross-validate", "--format", "json"]).output)
        #expect(validated["chosenThresholds"]?.arrayValue?.first?["thresholds"]?.arrayValue?.count == 2, "one threshold per fold")
        #expect(validated["heldOut"]?["matching"]?["documents"]?.numberValue == 2)

        #expect(CommandLineRun(["evaluate", "--gold", gold.path, "--split", "test"]).status == .usage)
        try FileManager.default.removeItem(at: documents.appendingPathComponent("head-of-year.txt"))
        let missing = CommandLineRun(["evaluate", "--gold", gold.path, "--documents", documents.path])
        #expect(missing.status == .noInput)
        #expect(missing.errors.contains("head-of-year.txt"))
    }

    @Test func readExplainSaysWhichRuleDecidedEachItem() throws {
        let folder = try CLIFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("jd.txt")
        try "Grade: L5\nKey duties\nTo reduce persistent absence in the year group\n".write(to: file, atomically: true, encoding: .utf8)
        let output = CommandLineRun(["read", file.path, "--explain"]).output
        #expect(output.contains("metadata    Grade: L5\n      because: a metadata label (\"Grade\")"))
        #expect(output.contains("duty        To reduce persistent absence in the year group\n      because: opens with \"To\" and a verb"))
        #expect(!CommandLineRun(["read", file.path]).output.contains("because:"))
    }

    @Test func tuneProposesWeightsWithTheirEvidenceAndChangesNothingUnlessAskedToWriteACopy() throws {
        let folder = try CLIFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = CLIFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/gold/head-of-year.gold.json").path
        let standards = CLIFixtures.packageRoot.appendingPathComponent("Standards/hs2020-exec.json")
        let before = try Data(contentsOf: standards)
        let run = CommandLineRun(["tune", "--gold", gold, "--framework", "hs2020-exec", "--write", folder.path])
        #expect(run.status == .success, "\(run.errors)")
        #expect(run.output.contains("Leave one JD out"))
        #expect(run.output.contains("fired right"))
        #expect(run.output.contains("Nothing was changed."))
        #expect(try Data(contentsOf: standards) == before, "Standards/ is never changed")
        let written = try String(contentsOf: folder.appendingPathComponent("hs2020-exec.json"), encoding: .utf8)
        let bundled = String(decoding: before, as: UTF8.self)
        let changedLines = zip(written.split(separator: "\n"), bundled.split(separator: "\n")).filter { $0 != $1 }
        #expect(!changedLines.isEmpty && written.split(separator: "\n").count == bundled.split(separator: "\n").count)
        #expect(changedLines.allSatisfy { new, old in
            new.replacingOccurrences(of: #""weight": [0-9.]+"#, with: "", options: .regularExpression)
                == old.replacingOccurrences(of: #""weight": [0-9.]+"#, with: "", options: .regularExpression)
        }, "only weights change")
        #expect(CommandLineRun(["tune"]).status == .usage)
    }

    @Test func suggestPrintsDutiesToPasteUnderTheirAreas() {
        let path = CLIFixtures.examples.appendingPathComponent("head-of-year.txt").path
        let run = CommandLineRun(["suggest", path])
        #expect(run.status == .success)
        #expect(run.output.hasPrefix("Head of Year (Head of year or pastoral leader): "))
        let lines = run.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("- ") })
        #expect(lines.contains { $0.hasSuffix("(hs2020-exec)") })
        #expect(CommandLineRun(["suggest", path, "--role", "nobody"]).status == .usage)
    }

    @Test func checkDoesNotHoldAPostToStatementsOutsideItsRemit() {
        let path = CLIFixtures.examples.appendingPathComponent("head-of-year.txt").path
        // Governance (10.1, 10.2) is outside a head of year's remit; as a headteacher the same JD falls short.
        #expect(CommandLineRun(["check", path, "--require", "hs2020-exec:10"]).status == .success)
        let asHead = CommandLineRun(["check", path, "--require", "hs2020-exec:10", "--role", "headteacher"])
        #expect(asHead.status.rawValue == 1)
        #expect(asHead.output.contains("hs2020-exec:10.1 (uncovered)"))
    }

    @Test func readShowsTheItemsOfAJD() throws {
        let path = CLIFixtures.examples.appendingPathComponent("head-of-year.txt").path
        let text = CommandLineRun(["read", path])
        #expect(text.output.hasPrefix("Head of Year"))
        #expect(text.output.contains("duty        To discuss and resolve students’ problems"))
        let json = try JSONParser.parse(CommandLineRun(["read", path, "--format", "json"]).output)
        #expect(json["items"]?.arrayValue?.contains { $0["kind"] == .string("person-spec") } == true)
    }
}
