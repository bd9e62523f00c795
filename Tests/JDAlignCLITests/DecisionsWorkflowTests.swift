import Foundation
import Testing
@testable import JDAlignCLI
import JDAlignKit

/// The governors' loop: analyse, write a starter decisions file, decide, analyse again with the decisions.
@Suite struct DecisionsWorkflowTests {
    let jd = CLIFixtures.examples.appendingPathComponent("head-of-year.txt").path

    @Test func decisionsFromTheStarterFileChangeTheCoverage() throws {
        let folder = try CLIFixtures.temporaryFolder()
        #expect(CommandLineRun(["analyse", jd, "--output", folder.path, "--write-decisions"]).status == .success)
        let starterURL = folder.appendingPathComponent("head-of-year.decisions.json")
        let starter = try JSONParser.parse(Array(Data(contentsOf: starterURL)))
        let toConfirm = try #require(starter["decisions"]?.arrayValue?.first)
        let confirmed = try #require(toConfirm["standard"]?.stringValue)
        let before = try JSONParser.parse(CommandLineRun(["analyse", jd, "--output", "-"]).output)
        let gap = try #require(before["gaps"]?.arrayValue?.first?.stringValue)

        #expect(CommandLineRun(["analyse", jd, "--output", "-", "--decisions", starterURL.path]).status == .dataError,
                "an undecided starter file is refused until a governor fills it in")

        let decided = JSONValue.object([
            ("jd", .string("head-of-year.txt")),
            ("decisions", .array([
                .object([("action", .string("accept")), ("standard", .string(confirmed)), ("item", toConfirm["item"] ?? .null),
                         ("reason", .string("The duty is about this standard")), ("decidedBy", .string("Chair of governors")), ("date", .string("2026-11-20"))]),
                .object([("action", .string("not-applicable")), ("standard", .string(gap)),
                         ("reason", .string("Not part of this post")), ("decidedBy", .string("FGB")), ("date", .string("2026-11-20"))]),
            ])),
        ])
        let decisionsURL = folder.appendingPathComponent("decided.json")
        try JSONWriter.write(decided, style: .pretty).write(to: decisionsURL, atomically: true, encoding: .utf8)
        let after = try JSONParser.parse(CommandLineRun(["analyse", jd, "--output", "-", "--decisions", decisionsURL.path]).output)
        let status = { (id: String) in after["coverage"]?[id]?["status"]?.stringValue }
        #expect(status(gap) == "not-applicable")
        #expect(status(confirmed) == "covered")
        #expect(after["gaps"]?.arrayValue?.contains(.string(gap)) == false)
    }

    @Test func aDecisionsFileForAnotherJDIsAUsageError() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let url = folder.appendingPathComponent("other.json")
        try #"{"jd": "someone-else.docx", "decisions": []}"#.write(to: url, atomically: true, encoding: .utf8)
        #expect(CommandLineRun(["analyse", jd, "--output", "-", "--decisions", url.path]).status == .usage)
    }

    @Test func decisionsAreNeverDroppedSilently() throws {
        let folder = try CLIFixtures.temporaryFolder()
        for school in ["north", "south"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(school), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: jd), to: folder.appendingPathComponent("\(school)/deputy.txt"))
        }
        let empty = { (about: String, name: String) throws -> String in
            let url = folder.appendingPathComponent(name)
            try #"{"jd": "\#(about)", "decisions": []}"#.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let north = folder.appendingPathComponent("north/deputy.txt").path
        let south = folder.appendingPathComponent("south/deputy.txt").path
        let ambiguous = CommandLineRun(["analyse", north, south, "--output", "-", "--decisions", try empty("deputy.txt", "a.json")])
        #expect(ambiguous.status == .usage)
        #expect(ambiguous.errors.contains("write more of the path"))
        let precise = CommandLineRun(["analyse", north, south, "--output", "-", "--decisions", try empty("north/deputy.txt", "b.json")])
        #expect(precise.status == .success)
        let twice = CommandLineRun(["analyse", north, "--output", "-", "--decisions", try empty("north/deputy.txt", "c.json"),
                                    "--decisions", try empty("deputy.txt", "d.json")])
        #expect(twice.status == .usage)
        #expect(twice.errors.contains("are both about"))
    }
}
