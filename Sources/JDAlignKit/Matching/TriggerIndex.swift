/// Finds, for one text, the keyword terms and rules that could possibly match, so the rest are never evaluated.
///
/// Most duty lines touch a handful of the catalogue's thousand-odd terms and rules; evaluating every one
/// against every line was most of the matcher's time. A query can only match where one of its positive
/// leaves' first words occurs, so that word (or wildcard prefix) is its trigger.
struct TriggerIndex: Sendable {
    private var idsByKey: [String: [Int]] = [:]
    private var idsByPrefix: [String: [Int]] = [:]
    private var prefixLengths: [Int] = []
    /// How many terms and rules are indexed.
    private(set) var count = 0

    /// Numbers every keyword term and rule of `statements` (setting their `triggerID`) and indexes their triggers.
    init(numbering statements: inout [CompiledStatement]) {
        for statementIndex in statements.indices {
            for groupIndex in statements[statementIndex].keywordGroups.indices {
                for termIndex in statements[statementIndex].keywordGroups[groupIndex].terms.indices {
                    statements[statementIndex].keywordGroups[groupIndex].terms[termIndex].triggerID = count
                    add(statements[statementIndex].keywordGroups[groupIndex].terms[termIndex].query)
                }
            }
            for ruleIndex in statements[statementIndex].rules.indices {
                statements[statementIndex].rules[ruleIndex].triggerID = count
                add(statements[statementIndex].rules[ruleIndex].query)
            }
        }
        prefixLengths = Set(idsByPrefix.keys.map(\.count)).sorted()
    }

    private mutating func add(_ query: CompiledQuery) {
        for trigger in query.triggers {
            switch trigger {
            case .key(let key): idsByKey[key, default: []].append(count)
            case .prefix(let prefix): idsByPrefix[prefix, default: []].append(count)
            }
        }
        count += 1
    }

    /// Which terms and rules have a trigger among `terms`, indexed by `triggerID`.
    func triggered(by terms: [Term]) -> [Bool] {
        var triggered = Array(repeating: false, count: count)
        for term in terms {
            for id in idsByKey[term.key] ?? [] { triggered[id] = true }
            guard !prefixLengths.isEmpty else { continue }
            for word in term.text == term.key ? [term.text] : [term.text, term.key] {
                for length in prefixLengths {
                    guard length <= word.count else { break }
                    for id in idsByPrefix[String(word.prefix(length))] ?? [] { triggered[id] = true }
                }
            }
        }
        return triggered
    }
}
