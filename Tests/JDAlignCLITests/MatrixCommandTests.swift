import Foundation
import Testing
@testable import JDAlignCLI
import JDAlignKit

@Suite struct MatrixCommandTests {
    let roles = ["deputy-head-relationships-behaviour-attendance", "head-of-year", "upper-school-leader-senco"]
        .map { CLIFixtures.examples.appendingPathComponent("\($0).txt").path }

    @Test func teamGapsAreStatementsNoRoleCoversAndEachRoleIsAColumn() throws {
        let run = CommandLineRun(["matrix"] + roles + ["--output", "-"])
        #expect(run.status == .success)
        let matrix = try JSONParser.parse(run.output)
        #expect(matrix["roles"]?.arrayValue?.count == 3)
        let teamGaps = Set(matrix["teamGaps"]?.arrayValue?.compactMap { $0.stringValue ?? $0["standard"]?.stringValue } ?? [])
        var uncoveredByAll: Set<String>?
        for role in roles {
            // A statement outside one post's remit is still a team gap when no post covers it.
            let notCovered = Set(try JSONParser.parse(CommandLineRun(["analyse", role, "--output", "-"]).output)["coverage"]?.objectMembers?
                .filter { ["uncovered", "weak", "outside-remit"].contains($0.value["status"]?.stringValue) }.map(\.key) ?? [])
            uncoveredByAll = uncoveredByAll.map { $0.intersection(notCovered) } ?? notCovered
        }
        #expect(teamGaps == uncoveredByAll)
    }

    @Test func aRoleGivenTwiceOrAPageFormatOnStandardOutputIsAUsageError() {
        #expect(CommandLineRun(["matrix", roles[0], roles[0], "--output", "-"]).status == .usage)
        #expect(CommandLineRun(["matrix"] + roles + ["--output", "-", "--format", "html"]).status == .usage)
    }

    @Test func writesTheTeamReportsUnderTheChosenName() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let run = CommandLineRun(["matrix"] + roles + ["--output", folder.path, "--format", "html,csv", "--name", "slt"])
        #expect(run.status == .success)
        let html = try String(contentsOf: folder.appendingPathComponent("slt.html"), encoding: .utf8)
        #expect(html.contains("Head of Year"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("slt.csv").path))
    }
}
