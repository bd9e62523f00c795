/// A problem in a standards file, located precisely enough to fix by hand.
public struct CatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as named to the loader.
    public var file: String
    /// Where in the file: `line 12, column 4` for syntax, a JSON path such as `areas[6].statements[0].text` otherwise.
    public var location: String
    /// What is wrong.
    public var message: String
    /// What to do about it, when there is something useful to say.
    public var hint: String?

    /// Creates an error.
    public init(file: String, location: String, message: String, hint: String? = nil) {
        self.file = file
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file: location: message (hint)`, on one line.
    public var description: String {
        var text = location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
