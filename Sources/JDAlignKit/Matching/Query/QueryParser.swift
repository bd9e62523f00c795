/// Reads rules written in the rule language described in "The rule language" in `Standards/README.md`.
///
/// Precedence, tightest first: `NOT`, `NEAR/n`, `AND`, then `OR` (and clauses written side by side,
/// which mean `OR`). A `NOT` clause written side by side with others excludes the whole group, as in
/// Lucene: `a b NOT c` means `(a OR b) AND NOT c`.
public enum QueryParser {
    /// How deep brackets and `NOT`s may nest, so hostile input cannot exhaust the stack.
    public static let maximumNesting = 100

    /// The tree of `text`, or the first thing wrong with it.
    public static func parse(_ text: String) throws(QueryParseError) -> Query {
        var parser = Parser(tokens: try QueryLexer.tokens(in: text))
        guard let first = parser.peek else {
            throw QueryParseError(message: "the rule is empty", column: 1)
        }
        let parsed = try parser.parseOr(depth: 0)
        if let extra = parser.peek {
            throw QueryParseError(message: extra.kind == .close ? "this ) has no matching (" : "unexpected symbol",
                                  column: extra.column)
        }
        guard parsed.isPositive else {
            throw QueryParseError(message: "a rule needs at least one clause that is not negated with NOT",
                                  column: first.column)
        }
        return parsed.query
    }
}

/// A clause with where it starts and whether it can match on its own (it is not only exclusions).
private struct Parsed {
    var query: Query
    var column: Int
    var isPositive: Bool
}

private struct Parser {
    let tokens: [QueryToken]
    var position = 0

    init(tokens: [QueryToken]) {
        self.tokens = tokens
    }

    var peek: QueryToken? { position < tokens.count ? tokens[position] : nil }

    /// Whether the next token can begin a clause.
    var atClauseStart: Bool {
        switch peek?.kind {
        case .word, .prefix, .phrase, .open, .not: true
        default: false
        }
    }

    mutating func advance() -> QueryToken {
        defer { position += 1 }
        return tokens[position]
    }

    /// Consumes an operator and checks that a clause follows it.
    mutating func consumeOperator(named name: String) throws(QueryParseError) {
        let token = advance()
        guard atClauseStart else {
            throw QueryParseError(message: "\(name) needs a clause after it", column: token.column)
        }
    }

    mutating func parseOr(depth: Int) throws(QueryParseError) -> Parsed {
        var included: [Parsed] = []
        var excluded: [Parsed] = []
        var previousJoinedByOr = false
        while true {
            let clause = try parseAnd(depth: depth)
            let nextIsOr = peek?.kind == .or
            if clause.isPositive {
                included.append(clause)
            } else if previousJoinedByOr || nextIsOr {
                throw QueryParseError(message: "OR NOT would match almost any text; use AND NOT to exclude",
                                      column: clause.column)
            } else {
                excluded.append(clause)
            }
            if nextIsOr {
                try consumeOperator(named: "OR")
            } else if !atClauseStart {
                break
            }
            previousJoinedByOr = nextIsOr
        }
        let column = min(included.first?.column ?? .max, excluded.first?.column ?? .max)
        let alternatives = included.count == 1 ? included[0].query : .or(included.map(\.query))
        if excluded.isEmpty { return Parsed(query: alternatives, column: column, isPositive: true) }
        if included.isEmpty {
            let query = excluded.count == 1 ? excluded[0].query : .and(excluded.map(\.query))
            return Parsed(query: query, column: column, isPositive: false)
        }
        return Parsed(query: .and([alternatives] + excluded.map(\.query)), column: column, isPositive: true)
    }

    mutating func parseAnd(depth: Int) throws(QueryParseError) -> Parsed {
        var clauses = [try parseNear(depth: depth)]
        while peek?.kind == .and {
            try consumeOperator(named: "AND")
            clauses.append(try parseNear(depth: depth))
        }
        if clauses.count == 1 { return clauses[0] }
        return Parsed(query: .and(clauses.map(\.query)), column: clauses[0].column,
                      isPositive: clauses.contains(where: \.isPositive))
    }

    mutating func parseNear(depth: Int) throws(QueryParseError) -> Parsed {
        let left = try parseUnary(depth: depth)
        guard case .near(let distance)? = peek?.kind else { return left }
        let operatorColumn = peek?.column ?? left.column
        try consumeOperator(named: "NEAR")
        let right = try parseUnary(depth: depth)
        for side in [left, right] where !side.isPositive {
            throw QueryParseError(message: "NEAR needs a word, phrase or bracketed group on each side, not a NOT",
                                  column: side.column)
        }
        if case .near? = peek?.kind {
            throw QueryParseError(message: "use brackets to chain NEAR, like (a NEAR/3 b) NEAR/3 c",
                                  column: peek?.column ?? operatorColumn)
        }
        return Parsed(query: .near(left.query, right.query, within: distance), column: left.column, isPositive: true)
    }

    mutating func parseUnary(depth: Int) throws(QueryParseError) -> Parsed {
        guard let token = peek else {
            throw QueryParseError(message: "a clause is missing here", column: (tokens.last?.column ?? 0) + 1)
        }
        guard token.kind == .not else { return try parsePrimary(depth: depth) }
        guard depth < QueryParser.maximumNesting else { throw tooDeep(token) }
        try consumeOperator(named: "NOT")
        let clause = try parseUnary(depth: depth + 1)
        return Parsed(query: .not(clause.query), column: token.column, isPositive: false)
    }

    mutating func parsePrimary(depth: Int) throws(QueryParseError) -> Parsed {
        let token = advance()
        var parsed: Parsed
        switch token.kind {
        case .word(let text):
            parsed = Parsed(query: .word(text), column: token.column, isPositive: true)
        case .prefix(let text):
            parsed = Parsed(query: .prefix(text), column: token.column, isPositive: true)
        case .phrase(let words):
            parsed = Parsed(query: .phrase(words), column: token.column, isPositive: true)
        case .open:
            guard depth < QueryParser.maximumNesting else { throw tooDeep(token) }
            guard let next = peek else {
                throw QueryParseError(message: "this ( is never closed", column: token.column)
            }
            if next.kind == .close {
                throw QueryParseError(message: "these brackets are empty", column: token.column)
            }
            guard atClauseStart else { throw misplaced(next) }
            parsed = try parseOr(depth: depth + 1)
            guard peek?.kind == .close else {
                throw QueryParseError(message: "this ( is never closed", column: token.column)
            }
            position += 1
            parsed.column = token.column
        default:
            throw misplaced(token)
        }
        guard case .boost(let factor)? = peek?.kind else { return parsed }
        position += 1
        if case .boost? = peek?.kind, let extra = peek {
            throw QueryParseError(message: "a clause can have only one ^ weight", column: extra.column)
        }
        parsed.query = .boosted(parsed.query, factor: factor)
        return parsed
    }

    /// The error for a token found where a clause should start.
    func misplaced(_ token: QueryToken) -> QueryParseError {
        let message = switch token.kind {
        case .and: "AND needs a clause before it"
        case .or: "OR needs a clause before it"
        case .near: "NEAR needs a clause before it"
        case .boost: "^ needs a word, phrase or bracketed group before it"
        case .close: "this ) has no matching ("
        default: "a clause is missing here"
        }
        return QueryParseError(message: message, column: token.column)
    }

    func tooDeep(_ token: QueryToken) -> QueryParseError {
        QueryParseError(message: "brackets and NOTs nest more than \(QueryParser.maximumNesting) deep",
                        column: token.column)
    }
}
