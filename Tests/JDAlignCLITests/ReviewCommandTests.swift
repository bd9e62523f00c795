import Testing
@testable import JDAlignCLI

@Suite("diff and check commands")
struct ReviewCommandTests {
    @Test("both commands are listed and have help with examples")
    func help() {
        let top = CommandLineRun(["--help"])
        #expect(top.output.contains("  diff "))
        #expect(top.output.contains("  check "))
        let diff = CommandLineRun(["diff", "--help"])
        #expect(diff.status == .success)
        #expect(diff.output.contains("--decisions FILE"))
        #expect(diff.output.contains("jdalign diff 2025/deputy-head.docx 2026/deputy-head.docx"))
    }

    @Test("check exits 2 for requirements and options it cannot use, before reading any JD", arguments: [
        (["check", "missing.docx", "--require", "hs2020-exec:11"], "requirement 'hs2020-exec:11' is not an area or statement of hs2020-exec"),
        (["check", "missing.docx", "--require", "nseh2015:D1", "--framework", "hs2020-exec"], "requirement 'nseh2015:D1' names no framework being checked"),
        (["check", "missing.docx", "--min-coverage", "120"], "--min-coverage expects a number from 0 to 100"),
        (["check", "missing.docx", "--framework", "nope"], "unknown framework 'nope'"),
        (["check"], "FILE"),
    ])
    func checkErrors(_ arguments: [String], _ message: String) {
        let run = CommandLineRun(arguments)
        #expect(run.status == .checkError)
        #expect(run.errors.contains(message))
        #expect(run.output.isEmpty)
    }

    @Test("other commands keep their own error statuses")
    func otherCommandsUnchanged() {
        #expect(CommandLineRun(["diff", "only-one.docx"]).status == .usage)
    }
}
