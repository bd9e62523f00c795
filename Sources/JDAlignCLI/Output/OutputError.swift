/// An output file or folder that could not be written.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path that could not be written.
    public var path: String
    /// Why.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
