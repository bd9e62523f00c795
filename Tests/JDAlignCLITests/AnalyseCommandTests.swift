import Foundation
import Testing
@testable import JDAlignCLI
import JDAlignKit

@Suite struct AnalyseCommandTests {
    let deputy = CLIFixtures.examples.appendingPathComponent("deputy-head-relationships-behaviour-attendance.txt").path
    let headOfYear = CLIFixtures.examples.appendingPathComponent("head-of-year.txt").path

    @Test func printsTheJSONContract() throws {
        let run = CommandLineRun(["analyse", deputy, "--format", "json", "--output", "-"])
        #expect(run.status == .success)
        let value = try JSONParser.parse(run.output)
        #expect(value.objectMembers?.map(\.key).prefix(6) == ["format", "version", "document", "items", "coverage", "gaps"])
        #expect(value["format"] == .string("jdalign-report") && value["version"] == .number(2))
        #expect(value["document"]?["title"] == .string("Deputy Head Teacher (Relationships, Behaviour and Attendance)"))
        let items = try #require(value["items"]?.arrayValue)
        let duty = try #require(items.first { $0["kind"] == .string("duty") && $0["links"] != nil })
        let link = try #require(duty["links"]?.objectMembers?.first)
        #expect(link.key.contains(":"))
        #expect((0...1).contains(link.value["score"]?.numberValue ?? -1))
        let coverage = try #require(value["coverage"]?.objectMembers)
        #expect(coverage.count == 38 + 24)
        let gaps = Set(value["gaps"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        let uncovered = Set(coverage.filter { $0.value["status"] == .string("uncovered") }.map(\.key))
        #expect(gaps == uncovered)
    }

    @Test func prettyIndentsTheSameReportForPeople() throws {
        let compact = CommandLineRun(["analyse", headOfYear, "--output", "-"])
        let pretty = CommandLineRun(["analyse", headOfYear, "--output", "-", "--pretty"])
        #expect(compact.status == .success && pretty.status == .success)
        #expect(compact.output.split(separator: "\n").count == 1, "one line by default")
        #expect(pretty.output.split(separator: "\n").count > 1000)
        #expect(pretty.output.contains("\n  \"format\": \"jdalign-report\""))
        #expect(try JSONParser.parse(pretty.output) == JSONParser.parse(compact.output))
    }

    @Test func severalFilesToStandardOutputAreJSONLines() throws {
        let run = CommandLineRun(["analyze", deputy, headOfYear, "--output", "-"])
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try JSONParser.parse(String(lines[1]))["document"]?["title"] == .string("Head of Year"))
    }

    @Test func writesReportsNamedAfterTheInputIntoTheOutputFolder() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let run = CommandLineRun(["analyse", headOfYear, "--output", folder.path])
        #expect(run.status == .success)
        let written = folder.appendingPathComponent("head-of-year.json")
        #expect(try JSONParser.parse(Array(Data(contentsOf: written)))["document"]?["path"] == .string("head-of-year.txt"),
                "reports name an absolutely-given JD without this machine's folders")
        #expect(CommandLineRun(["analyse", headOfYear, "--output", folder.path, "--full-paths", "--format", "json"]).status == .success)
        #expect(try JSONParser.parse(Array(Data(contentsOf: written)))["document"]?["path"] == .string(headOfYear))
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !file.hasSuffix(".json") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains(CLIFixtures.packageRoot.path), "\(file) shows no folder of this machine")
        }
    }

    @Test func theFrameworkOptionNarrowsTheCoverage() throws {
        let run = CommandLineRun(["analyse", headOfYear, "--framework", "nseh2015", "--output", "-"])
        let coverage = try JSONParser.parse(run.output)["coverage"]?.objectMembers ?? []
        #expect(coverage.count == 24)
        #expect(coverage.allSatisfy { $0.key.hasPrefix("nseh2015:") })
    }

    @Test func readsStandardInput() throws {
        let text = "Job Description\nKey responsibilities\n• Lead safeguarding and child protection as the DSL\n"
        let run = CommandLineRun(["analyse", "-", "--output", "-"], standardInput: Array(text.utf8))
        #expect(run.status == .success)
        #expect(run.output.contains("hs2020-exec:7.1"))
    }

    @Test func badInputsGiveOneLineNamingTheFileAndTheRightStatus() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let pdf = folder.appendingPathComponent("head.pdf")
        try Data("%PDF-1.7\n".utf8).write(to: pdf)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let cases: [(String, ExitCode, String)] = [
            (pdf.path, .dataError, "damaged PDF"),
            (empty.path, .dataError, "is empty"),
            (folder.appendingPathComponent("missing.docx").path, .noInput, "no such file"),
        ]
        for (path, status, words) in cases {
            let run = CommandLineRun(["analyse", path, "--output", "-"])
            #expect(run.status == status)
            #expect(run.errors.hasPrefix("jdalign: \(path): "))
            #expect(run.errors.contains(words))
            #expect(run.errors.split(separator: "\n").count == 1)
        }
    }

    @Test func thresholdsAreChecked() {
        #expect(CommandLineRun(["analyse", headOfYear, "--linked-threshold", "2", "--output", "-"]).status == .usage)
        #expect(CommandLineRun(["analyse", headOfYear, "--linked-threshold", "0.4", "--weak-threshold", "0.6", "--output", "-"]).status == .usage)
        let strict = CommandLineRun(["analyse", headOfYear, "--linked-threshold", "0.99", "--output", "-"])
        let normal = CommandLineRun(["analyse", headOfYear, "--output", "-"])
        let coveredCount = { (run: CommandLineRun) in
            ((try? JSONParser.parse(run.output)["coverage"]?.objectMembers) ?? []).filter { $0.value["status"] == .string("covered") }.count
        }
        #expect(coveredCount(strict) < coveredCount(normal))
    }
}
