/// Why a rule could not be read, and where.
public struct QueryParseError: Error, Equatable, Sendable {
    /// What is wrong, in words a rule's author can act on.
    public var message: String
    /// The 1-based position of the offending character, counted in characters.
    public var column: Int

    /// Creates an error.
    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// The rule on one line and a `^` under the offending character on the next, e.g.
    /// ```
    /// safeguard* AND
    ///            ^
    /// ```
    /// Line breaks in the rule are shown as spaces, and tabs are kept so the caret lines up.
    public func caretDiagram(for query: String) -> String {
        let shown = String(query.map { (character: Character) -> Character in character.isNewline ? " " : character })
        let padding = String(shown.prefix(max(column - 1, 0)).map { (character: Character) -> Character in
            character == "\t" ? "\t" : " "
        })
        return shown + "\n" + padding + "^"
    }
}

extension QueryParseError: CustomStringConvertible {
    /// The message with its column, e.g. `column 16: AND needs a clause after it`.
    public var description: String { "column \(column): \(message)" }
}
