import Foundation

/// The catalogue's keywords and rules compiled once per run, ready to be evaluated against many items.
struct CompiledStatement: Sendable {
    let statement: Statement
    let thresholds: Thresholds
    let keywordGroups: [CompiledKeywordGroup]
    let rules: [CompiledRule]
    let headingCues: [CompiledPattern]
}

/// One keyword group: any of its terms contributes the group's weight once.
struct CompiledKeywordGroup: Sendable {
    let weight: Double
    let terms: [CompiledPattern]
}

/// One rule and its compiled query.
struct CompiledRule: Sendable {
    let number: Int
    let rule: Rule
    let query: CompiledQuery
}

/// A keyword term or heading cue: its text as written and its compiled form.
struct CompiledPattern: Sendable {
    let text: String
    let query: CompiledQuery
}

extension CompiledStatement {
    /// Compiles a statement's knowledge; a pattern that does not parse is a `RuleError`.
    init(statement: Statement, area: Area, framework: Framework, thresholds: Thresholds, analyser: TermAnalyser,
         terms: TermCompiler) throws(RuleError) {
        func compile(_ text: String, pattern: String) throws(RuleError) -> CompiledQuery {
            do {
                return CompiledQuery(try QueryParser.parse(text), normalise: analyser.keys(for:))
            } catch {
                throw RuleError(file: framework.file, statement: statement.qualifiedID, pattern: pattern, query: text, error: error)
            }
        }
        var groups: [CompiledKeywordGroup] = []
        for group in statement.keywords {
            var compiledTerms: [CompiledPattern] = []
            for term in group.terms { compiledTerms.append(terms.pattern(for: term)) }
            groups.append(CompiledKeywordGroup(weight: group.weight, terms: compiledTerms))
        }
        var rules: [CompiledRule] = []
        for (index, rule) in statement.rules.enumerated() {
            rules.append(CompiledRule(number: index + 1, rule: rule, query: try compile(rule.query, pattern: "rule \(index + 1)")))
        }
        var cues: [CompiledPattern] = []
        for cue in area.headingCues { cues.append(terms.pattern(for: cue)) }
        self.init(statement: statement, thresholds: thresholds, keywordGroups: groups, rules: rules, headingCues: cues)
    }
}

/// Compiles keyword terms and heading cues, each distinct text once.
///
/// The two default frameworks hold some 1,600 keyword terms and 260 heading cues but only 1,200 and 46 distinct
/// texts: every area's cues are repeated for each of its statements, and common terms recur across statements.
final class TermCompiler: Sendable {
    private let analyser: TermAnalyser
    private let compiled = BoundedCache<CompiledPattern>(capacity: 20_000)

    init(analyser: TermAnalyser) {
        self.analyser = analyser
    }

    /// The compiled form of a term or cue, the same whether or not it was compiled before.
    func pattern(for term: String) -> CompiledPattern {
        compiled.value(for: term) { Self.compile(term, analyser: analyser) }
    }

    /// A keyword is a word, a phrase or a prefix, never an expression, so its query is built directly:
    /// running a thousand keywords through the rule parser was a third of start-up.
    static func compile(_ term: String, analyser: TermAnalyser) -> CompiledPattern {
        CompiledPattern(text: term, query: CompiledQuery(query(for: term), normalise: analyser.keys(for:)))
    }

    /// A keyword term or heading cue as a query: a word, a prefix or a phrase.
    static func query(for term: String) -> Query {
        // Split by scalar, with the rule lexer's ASCII shortcut: splitting by Character, then looking up every
        // scalar's Unicode properties, was measurable over the thousands of keywords compiled at every start.
        let words = term.unicodeScalars.split(whereSeparator: QueryLexer.isWhitespace).map { String(Substring($0)) }
        let phrase = words.map { word in word.hasSuffix("*") ? PhraseWord.prefix(String(word.dropLast())) : .word(word) }
        return switch phrase.count == 1 ? phrase[0] : nil {
        case .word(let word): .word(word)
        case .prefix(let prefix): .prefix(prefix)
        case nil: .phrase(phrase)
        }
    }
}
