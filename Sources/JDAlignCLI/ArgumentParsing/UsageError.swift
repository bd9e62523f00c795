/// A mistake in how a command was called; exits 64 with one line and a pointer to the help.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The command the mistake was made in (`jdalign analyse`).
    public var command: String
    /// What was wrong.
    public var message: String

    /// Creates a usage error.
    public init(command: String, _ message: String) {
        self.command = command
        self.message = message
    }

    /// `jdalign analyse: message; see jdalign analyse --help`.
    public var description: String { "\(command): \(message); see \(command) --help" }
}
