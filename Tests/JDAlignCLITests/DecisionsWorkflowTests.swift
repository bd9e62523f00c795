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
        let status = { (id: String) in after["coverage"]?.arrayValue?.first { $0["standard"] == .string(id) }?["status"]?.stringValue }
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
}
