import Foundation

/// What a command may touch of the outside world, passed in so tests can run commands in-process.
public final class CommandContext {
    /// Where results go.
    public let standardOutput: any TextSink
    /// Where errors, warnings and progress go.
    public let standardError: any TextSink
    /// Reads all of standard input when a command is given `-`.
    public let readStandardInput: () -> [UInt8]
    /// The folder relative paths are resolved against.
    public let currentDirectory: URL
    /// Environment variables (`NO_COLOR`, `CI`).
    public let environment: [String: String]
    /// What commands asked to keep for as long as this context lives (see `keepAlive`).
    private var keptAlive: [Any] = []

    /// Creates a context.
    public init(standardOutput: any TextSink, standardError: any TextSink, readStandardInput: @escaping () -> [UInt8],
                currentDirectory: URL, environment: [String: String]) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.readStandardInput = readStandardInput
        self.currentDirectory = currentDirectory
        self.environment = environment
    }

    /// The real process: its standard streams, working directory and environment.
    public static func process() -> CommandContext {
        CommandContext(standardOutput: FileHandleSink(.standardOutput), standardError: FileHandleSink(.standardError),
                       readStandardInput: { Array(FileHandle.standardInput.readDataToEndOfFile()) },
                       currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                       environment: ProcessInfo.processInfo.environment)
    }

    /// Keeps `value` for as long as this context lives. The process's context lives until exit, and the memory of a
    /// compiled catalogue handed here goes with the process at once: freeing it object by object when the command
    /// returned took 2 to 3 ms of a one-JD run.
    public func keepAlive(_ value: Any) {
        keptAlive.append(value)
    }

    /// A path given on the command line as a URL, relative to the current directory.
    public func url(for path: String) -> URL {
        Self.url(for: path, in: currentDirectory)
    }

    /// A path as a URL, relative to `directory` unless it is absolute: for work done away from the context, on other threads.
    public static func url(for path: String, in directory: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }
}

/// Somewhere text can be written.
public protocol TextSink: AnyObject {
    /// Writes the text as it is (add the line break yourself).
    func write(_ text: String)
    /// Whether this is an interactive terminal (for live progress).
    var isTerminal: Bool { get }
}

/// A sink that writes to a file handle.
public final class FileHandleSink: TextSink {
    /// Which standard stream.
    public enum Stream { case standardOutput, standardError }
    private let handle: FileHandle
    /// Whether the stream is a terminal.
    public let isTerminal: Bool

    /// Writes to a standard stream.
    public init(_ stream: Stream) {
        handle = stream == .standardOutput ? .standardOutput : .standardError
        isTerminal = isatty(stream == .standardOutput ? 1 : 2) == 1
    }

    /// Writes the text's UTF-8 bytes.
    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

/// A sink that keeps what is written, for tests.
public final class BufferSink: TextSink {
    /// Everything written so far.
    public private(set) var text = ""
    /// Never a terminal.
    public let isTerminal = false

    /// Creates an empty buffer.
    public init() {}

    /// Appends the text.
    public func write(_ text: String) {
        self.text += text
    }
}
