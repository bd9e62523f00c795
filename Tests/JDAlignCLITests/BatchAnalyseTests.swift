import Foundation
import Testing
@testable import JDAlignCLI
import JDAlignKit

/// `analyse DIR`: every JD in a folder tree, failures named but not fatal, and a trust summary.
@Suite struct BatchAnalyseTests {
    /// A folder with three good JDs (one in a subfolder), a corrupt .docx, binary junk, an empty file and a stray image.
    private func trustFolder() throws -> URL {
        let folder = try CLIFixtures.temporaryFolder().appendingPathComponent("jds")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("secondary"), withIntermediateDirectories: true)
        for name in ["head-of-year", "upper-school-leader-senco"] {
            try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("\(name).txt"), to: folder.appendingPathComponent("\(name).txt"))
        }
        try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("deputy-head-relationships-behaviour-attendance.txt"),
                                         to: folder.appendingPathComponent("secondary/deputy.md"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00]).write(to: folder.appendingPathComponent("corrupt.docx"))
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: folder.appendingPathComponent("junk.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: folder.appendingPathComponent("logo.png"))
        return folder
    }

    @Test func analysesEveryJDNamesEveryFailureAndExitsOne() throws {
        let folder = try trustFolder()
        let reports = folder.deletingLastPathComponent().appendingPathComponent("reports")
        let run = CommandLineRun(["analyse", folder.path, "--format", "json,markdown", "--output", reports.path])
        #expect(run.status == .findings)
        for name in ["corrupt.docx", "junk.txt", "empty.txt"] {
            #expect(run.errors.contains("\(name): "), "the failure of \(name) is named")
        }
        #expect(!run.errors.contains("logo.png"), "files that are not JDs are left alone")
        for name in ["head-of-year.json", "upper-school-leader-senco.md", "secondary/deputy.json", "summary.json", "summary.md"] {
            #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent(name).path), "\(name) written")
        }
        let summary = try JSONParser.parse(Array(Data(contentsOf: reports.appendingPathComponent("summary.json"))))
        #expect(summary["analysed"] == .number(3))
        #expect(summary["failed"] == .number(3))
        let failures = summary["jobDescriptions"]?.arrayValue?.filter { $0["failure"] != nil }.compactMap { $0["path"]?.stringValue } ?? []
        #expect(failures.sorted() == ["corrupt.docx", "empty.txt", "junk.txt"], "named within the folder, not by this machine's path")
        let analysed = summary["jobDescriptions"]?.arrayValue?.compactMap { $0["failure"] == nil ? $0["path"]?.stringValue : nil } ?? []
        #expect(analysed.sorted() == ["head-of-year.txt", "secondary/deputy.md", "upper-school-leader-senco.txt"])
        #expect(summary["sharedGaps"]?.arrayValue != nil)
    }

    /// `--format summary`: the trust summary and one coverage record per JD, streamed as each is done, and no JD's own report.
    @Test func summaryFormatWritesTheSummaryAndOneCoverageRecordPerJDAndNoReports() throws {
        let folder = try trustFolder()
        #expect(mkfifo(folder.appendingPathComponent("waiting.txt").path, 0o600) == 0)
        let reports = folder.deletingLastPathComponent().appendingPathComponent("reports")
        let run = CommandLineRun(["analyse", folder.path, "--format", "summary", "--output", reports.path, "--quiet"])
        #expect(run.status == .findings, "three files could not be read")
        #expect(run.errors.contains("waiting.txt: skipped: not a regular file"), "a pipe is skipped, not waited on")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: reports.path).sorted()
                == ["summary.coverage.jsonl", "summary.html", "summary.json", "summary.md"])
        let lines = try String(contentsOf: reports.appendingPathComponent("summary.coverage.jsonl"), encoding: .utf8).split(separator: "\n")
        let records = try lines.map { try JSONParser.parse(String($0)) }
        #expect(records.map { $0["file"]?.stringValue ?? "" }
                == ["corrupt.docx", "empty.txt", "head-of-year.txt", "junk.txt", "secondary/deputy.md", "upper-school-leader-senco.txt"])
        #expect(records.filter { $0["failure"] != nil }.count == 3)

        // A record holds what the JD's own report says about its coverage.
        let deputy = try #require(records.first { $0["file"] == .string("secondary/deputy.md") })
        #expect(deputy["postTitle"] == .string("Deputy Head Teacher (Relationships, Behaviour and Attendance)"))
        #expect(deputy["role"]?.stringValue?.isEmpty == false)
        let report = try JSONParser.parse(CommandLineRun(["analyse", folder.appendingPathComponent("secondary/deputy.md").path, "--output", "-"]).output)
        let coverage = try #require(report["coverage"]?.objectMembers)
        for framework in ["hs2020-exec", "nseh2015"] {
            let record = try #require(deputy["frameworks"]?[framework])
            for (list, status) in [("covered", "covered"), ("weak", "weak"), ("gaps", "uncovered")] {
                let expected = coverage.filter { $0.key.hasPrefix(framework + ":") && $0.value["status"] == .string(status) }.map(\.key)
                #expect(record[list]?.arrayValue?.compactMap(\.stringValue) == expected, "\(framework) \(list)")
                #expect(record["counts"]?[list] == .number(Double(expected.count)))
            }
        }
        let summary = try JSONParser.parse(Array(Data(contentsOf: reports.appendingPathComponent("summary.json"))))
        #expect(summary["analysed"] == .number(3) && summary["failed"] == .number(3))

        let tables = CommandLineRun(["analyse", folder.path, "--format", "summary,csv", "--output", reports.path, "--quiet"])
        #expect(tables.status == .findings)
        #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent("summary.shared-gaps.csv").path))
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("head-of-year.links.csv").path))
        #expect(CommandLineRun(["analyse", folder.path, "--format", "summary", "--output", "-"]).status == .usage)
    }

    @Test func standardOutputGetsOneJSONLinePerJDInPathOrder() throws {
        let folder = try trustFolder()
        for name in ["corrupt.docx", "junk.txt", "empty.txt"] { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        let run = CommandLineRun(["analyse", folder.path, "--output", "-", "--quiet"])
        #expect(run.status == .success)
        #expect(run.errors.isEmpty)
        let paths = try run.output.split(separator: "\n").map { try JSONParser.parse(String($0))["document"]?["path"]?.stringValue ?? "" }
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["head-of-year.txt", "deputy.md", "upper-school-leader-senco.txt"])
    }

    @Test func sameNamedJDsInDifferentSubfoldersKeepTheirOwnReports() throws {
        let folder = try CLIFixtures.temporaryFolder().appendingPathComponent("trust")
        for school in ["north", "south"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(school), withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("head-of-year.txt"), to: folder.appendingPathComponent("north/senco.txt"))
        try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("upper-school-leader-senco.txt"), to: folder.appendingPathComponent("south/senco.txt"))
        let reports = folder.deletingLastPathComponent().appendingPathComponent("reports")
        #expect(CommandLineRun(["analyse", folder.path, "--format", "json", "--output", reports.path, "--quiet"]).status == .success)
        let north = try JSONParser.parse(Array(Data(contentsOf: reports.appendingPathComponent("north/senco.json"))))
        let south = try JSONParser.parse(Array(Data(contentsOf: reports.appendingPathComponent("south/senco.json"))))
        #expect(north["document"]?["title"] == .string("Head of Year"))
        #expect(south["document"]?["path"] == .string("south/senco.txt"))
        let clash = CommandLineRun(["analyse", folder.appendingPathComponent("north/senco.txt").path, folder.appendingPathComponent("south/senco.txt").path,
                                    "--output", reports.path])
        #expect(clash.status == .usage)
        #expect(clash.errors.contains("would both be written to senco."))
    }

    @Test func noReportOverwritesAnInputOrTheTrustSummary() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let jd = folder.appendingPathComponent("jd.md")
        try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("head-of-year.txt"), to: jd)
        let original = try Data(contentsOf: jd)
        let overwrite = CommandLineRun(["analyse", jd.path, "--output", folder.path])
        #expect(overwrite.status == .usage)
        #expect(overwrite.errors.contains("would overwrite the input jd.md"))
        #expect(try Data(contentsOf: jd) == original)

        let intoItself = CommandLineRun(["analyse", folder.path, "--output", folder.path])
        #expect(intoItself.status == .usage)
        #expect(intoItself.errors.contains("folder of JDs being analysed"))

        let summary = folder.appendingPathComponent("summary.txt")
        try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("head-of-year.txt"), to: summary)
        let reports = folder.appendingPathComponent("reports").path
        let clash = CommandLineRun(["analyse", jd.path, summary.path, "--output", reports])
        #expect(clash.status == .usage)
        #expect(clash.errors.contains("the trust summary"))
        #expect(!FileManager.default.fileExists(atPath: reports), "nothing is written when the plan is refused")
    }

    @Test func aReportThatCannotBeWrittenExitsSeventyThreeAndLeaksNoPath() throws {
        let folder = try trustFolder()
        for name in ["corrupt.docx", "junk.txt", "empty.txt"] { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        let reports = folder.deletingLastPathComponent().appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports.appendingPathComponent("head-of-year.json"), withIntermediateDirectories: true)
        let run = CommandLineRun(["analyse", folder.path, "--format", "json,markdown", "--output", reports.path, "--quiet"])
        #expect(run.status == .cannotCreate)
        let summary = try String(contentsOf: reports.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("its reports could not be written"))
        #expect(!summary.contains(reports.path))
    }

    @Test func undatedJDsGetNoReviewStatusUnlessADateIsGiven() throws {
        let jd = CLIFixtures.examples.appendingPathComponent("head-of-year.txt").path
        let plain = try JSONParser.parse(CommandLineRun(["analyse", jd, "--output", "-"]).output)
        #expect(plain["review"] == .null, "reports of an undated JD do not change from day to day")
        let pinned = try JSONParser.parse(CommandLineRun(["analyse", jd, "--output", "-", "--today", "2026-11-23"]).output)
        #expect(pinned["review"]?["today"] == .string("2026-11-23"))
        let dated = CLIFixtures.examples.appendingPathComponent("deputy-head-relationships-behaviour-attendance.txt").path
        let overdue = try JSONParser.parse(CommandLineRun(["analyse", dated, "--output", "-", "--today", "2026-11-23"]).output)
        #expect(overdue["review"]?["overdue"] == .bool(true))
    }

    @Test func aSavedPageIsReadWhenNamedButAFolderWalkLeavesHTMLAlone() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let page = folder.appendingPathComponent("head-of-music.html")
        try Data("<html><body><h1>Head of Music</h1><h2>Duties</h2><ul><li>Lead the music curriculum.</li></ul></body></html>".utf8)
            .write(to: page)
        let named = CommandLineRun(["read", page.path])
        #expect(named.status == .success)
        #expect(named.output.contains("Lead the music curriculum."))
        // An earlier run's HTML reports in the folder are not JDs.
        let walked = CommandLineRun(["analyse", folder.path, "--output", "-"])
        #expect(walked.status == .noInput)
    }

    @Test func aFolderWithoutJDsIsAnError() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let run = CommandLineRun(["analyse", folder.path, "--output", "-"])
        #expect(run.status == .noInput)
        #expect(run.errors.contains("holds no .pdf, .docx, .txt or .md files"))
    }

    /// Reading a named pipe would wait for ever for a writer: a FIFO in a trust's folder is skipped with a note.
    @Test func aPipeInTheFolderIsSkippedWithANoteNotWaitedOn() throws {
        let folder = try trustFolder()
        let arguments = ["analyse", folder.path, "--format", "json", "--output", "-", "--quiet"]
        let withoutPipe = CommandLineRun(arguments)
        let pipe = folder.appendingPathComponent("waiting.txt")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let run = CommandLineRun(arguments)
        #expect(run.status == withoutPipe.status)
        #expect(run.output == withoutPipe.output)
        #expect(run.errors.contains("waiting.txt: skipped: not a regular file"))
        let direct = CommandLineRun(["read", pipe.path])
        #expect(direct.status == .noInput)
        #expect(direct.errors.contains("is not a regular file"))
    }

    @Test func reportsInsideTheInputFolderAreNotReadBackAsJDs() throws {
        let folder = try trustFolder()
        let inside = folder.appendingPathComponent("Reports")
        _ = CommandLineRun(["analyse", folder.path, "--format", "markdown", "--output", inside.path, "--quiet"])
        let second = CommandLineRun(["analyse", folder.path, "--format", "markdown", "--output", inside.path, "--quiet"])
        #expect(FileManager.default.fileExists(atPath: inside.appendingPathComponent("head-of-year.md").path))
        #expect(!second.errors.contains("Reports/"))
    }

    /// The closing line counts the JDs in words a governor would write: "1 JD", "2 JDs".
    @Test func theClosingLineCountsOneJDAsOne() throws {
        let folder = try CLIFixtures.temporaryFolder()
        try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("head-of-year.txt"),
                                         to: folder.appendingPathComponent("head-of-year.txt"))
        let reports = try CLIFixtures.temporaryFolder()
        let one = CommandLineRun(["analyse", folder.path, "--format", "summary", "--output", reports.path])
        #expect(one.errors.contains("analysed 1 JD; summary in"))
        try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("upper-school-leader-senco.txt"),
                                         to: folder.appendingPathComponent("senco.txt"))
        let two = CommandLineRun(["analyse", folder.path, "--format", "summary", "--output", reports.path])
        #expect(two.errors.contains("analysed 2 JDs; summary in"))
    }
}
