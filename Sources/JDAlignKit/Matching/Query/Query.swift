/// A parsed rule of the rule language (see "The rule language" in `Standards/README.md`), before its words are normalised.
///
/// Words are kept exactly as the rule's author wrote them, so the tree can be printed back and every
/// leaf can be named in an explanation the way it appears in the rule.
public indirect enum Query: Sendable, Equatable {
    /// A single word, e.g. `budget` or `well-being`.
    case word(String)
    /// A word ending in `*`, stored without the `*`: `safeguard*` is `.prefix("safeguard")`.
    case prefix(String)
    /// A quoted phrase whose words must appear one after another.
    case phrase([PhraseWord])
    /// Every clause must match (`AND`).
    case and([Query])
    /// At least one clause must match (`OR`, or clauses written side by side).
    case or([Query])
    /// The clause must not match anywhere (`NOT`).
    case not(Query)
    /// Both clauses match with at most `within` words between their closest words, in either order (`NEAR/n`).
    case near(Query, Query, within: Int)
    /// The clause with its weight multiplied by `factor` (`^factor`).
    case boosted(Query, factor: Double)
}

/// One word of a quoted phrase.
public enum PhraseWord: Sendable, Equatable {
    /// A word as written.
    case word(String)
    /// A word ending in `*`, stored without the `*`.
    case prefix(String)
}

extension PhraseWord: CustomStringConvertible {
    /// The word as it is written in a rule.
    public var description: String {
        switch self {
        case .word(let text): text
        case .prefix(let text): text + "*"
        }
    }
}

extension Query: CustomStringConvertible {
    /// The rule written back in the rule language, with brackets around every compound clause,
    /// so that parsing it again gives the same tree.
    public var description: String {
        switch self {
        case .word(let text): text
        case .prefix(let text): text + "*"
        case .phrase(let words): "\"" + words.map(\.description).joined(separator: " ") + "\""
        case .and(let clauses): clauses.map(\.operandDescription).joined(separator: " AND ")
        case .or(let clauses): clauses.map(\.operandDescription).joined(separator: " OR ")
        case .not(let clause): "NOT " + clause.operandDescription
        case .near(let left, let right, let within):
            "\(left.operandDescription) NEAR/\(within) \(right.operandDescription)"
        case .boosted(let clause, let factor): clause.operandDescription + "^" + Self.format(factor)
        }
    }

    /// Whether this clause is a word, prefix or phrase rather than a combination of clauses.
    public var isLeaf: Bool {
        switch self {
        case .word, .prefix, .phrase: true
        default: false
        }
    }

    /// The clause as an operand of another: leaves bare, everything else in brackets.
    private var operandDescription: String {
        isLeaf ? description : "(\(description))"
    }

    /// A weight without a needless `.0`.
    static func format(_ factor: Double) -> String {
        factor == factor.rounded() && abs(factor) < 1e15 ? String(Int(factor)) : String(factor)
    }
}
