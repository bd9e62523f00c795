/// A keyword or rule in the catalogue that does not parse, located by file, statement and column.
public struct RuleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The framework file, when known.
    public var file: String?
    /// The qualified statement id.
    public var statement: String
    /// Which pattern: `rule 2` or `keyword "safeguard*"`.
    public var pattern: String
    /// The query text.
    public var query: String
    /// The parser's complaint.
    public var error: QueryParseError

    /// Creates an error.
    public init(file: String?, statement: String, pattern: String, query: String, error: QueryParseError) {
        self.file = file
        self.statement = statement
        self.pattern = pattern
        self.query = query
        self.error = error
    }

    /// `file: statement, rule 2, column 14: message`, then the query with a caret under the column.
    public var description: String {
        let place = [file, "\(statement), \(pattern), column \(error.column)"].compactMap { $0 }.joined(separator: ": ")
        return "\(place): \(error.message)\n\(error.caretDiagram(for: query))"
    }
}
