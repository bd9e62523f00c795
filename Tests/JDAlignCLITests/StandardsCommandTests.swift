import Foundation
import Testing
@testable import JDAlignCLI
import JDAlignKit

@Suite struct StandardsCommandTests {
    @Test func listsFrameworksWithDefaultsMarked() {
        let run = CommandLineRun(["standards", "list"])
        #expect(run.status == .success)
        #expect(run.output.contains("hs2020-exec  Headteachers' standards 2020: executive leadership (default): 10 areas, 38 statements"))
        #expect(run.output.contains("nseh2015"))
    }

    @Test func listsStatementsOfOneFrameworkAsJSON() throws {
        let run = CommandLineRun(["standards", "list", "--framework", "nseh2015", "--format", "json"])
        let value = try JSONParser.parse(run.output)
        let statements = value.arrayValue?.first?["areas"]?.arrayValue?.flatMap { $0["statements"]?.arrayValue ?? [] } ?? []
        #expect(statements.count == 24)
        #expect(statements.first?["id"] == .string("nseh2015:D1.1"))
    }

    @Test func showsAStatementAreaAndFramework() {
        #expect(CommandLineRun(["standards", "show", "hs2020-exec:7.1"]).output.hasPrefix("hs2020-exec:7.1: ensure the protection and safety of pupils"))
        #expect(CommandLineRun(["standards", "show", "nseh2015:D3"]).output.contains("nseh2015:D3.1"))
        #expect(CommandLineRun(["standards", "show", "hs2020-exec"]).output.contains("hs2020-exec:10  Governance and accountability"))
    }

    @Test func unknownIDsAreUsageErrors() {
        let run = CommandLineRun(["standards", "show", "hs2020-exec:77"])
        #expect(run.status == .usage)
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(CommandLineRun(["standards", "list", "--framework", "nope"]).status == .usage)
    }

    @Test func aTrustFolderAddsFrameworks() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let json = #"{"id": "trust-leadership", "title": "Trust leadership framework", "areas": [{"id": "A", "title": "Vision", "statements": [{"id": "A1", "text": "shares the trust's vision"}]}]}"#
        try json.write(to: folder.appendingPathComponent("trust.json"), atomically: true, encoding: .utf8)
        let run = CommandLineRun(["standards", "show", "trust-leadership:A1", "--standards", folder.path])
        #expect(run.status == .success)
        #expect(run.output.hasPrefix("trust-leadership:A1: shares the trust's vision"))
    }

    @Test func aBrokenTrustFileIsADataError() throws {
        let folder = try CLIFixtures.temporaryFolder()
        try "{\"id\": \"x\",".write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let run = CommandLineRun(["standards", "list", "--standards", folder.path])
        #expect(run.status == .dataError)
        #expect(run.errors.contains("broken.json: line 1, column 12: invalid JSON"))
    }

    @Test func topLevelHelpAndVersion() {
        #expect(CommandLineRun(["--version"]).output == "jdalign \(JDAlignCommand.version)\n")
        #expect(CommandLineRun(["--help"]).output.contains("standards list"))
        #expect(CommandLineRun([]).status == .usage)
        #expect(CommandLineRun(["frobnicate"]).status == .usage)
        #expect(CommandLineRun(["standards", "show", "--help"]).output.contains("Examples:"))
    }
}
