import Foundation
@testable import JDAlignCLI

/// Runs `jdalign` in-process with captured output.
struct CommandLineRun {
    let status: ExitCode
    let output: String
    let errors: String

    init(_ arguments: [String], standardInput: [UInt8] = [], in directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        let output = BufferSink()
        let errors = BufferSink()
        let context = CommandContext(standardOutput: output, standardError: errors, readStandardInput: { standardInput },
                                     currentDirectory: directory, environment: [:])
        status = JDAlignCommand.run(arguments, in: context)
        self.output = output.text
        self.errors = errors.text
    }
}

/// Paths the command-line tests use.
enum CLIFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = packageRoot.appendingPathComponent("Examples")

    /// One folder per test process holding every temporary folder, removed when the process exits, so that test
    /// runs leave nothing behind in the system's temporary directory.
    private static let temporaryRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jdalign-tests-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: CLIFixtures.temporaryRoot) }
        return root
    }()

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
