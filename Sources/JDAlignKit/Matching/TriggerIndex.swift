/// Finds, for one text, the keyword terms and rules that could possibly match, so the rest are never evaluated.
///
/// Most duty lines touch a handful of the catalogue's thousand-odd terms and rules; evaluating every one
/// against every line was most of the matcher's time. A query can only match where one of its positive
/// leaves' first words occurs, so that word (or wildcard prefix) is its trigger.
struct TriggerIndex: Sendable {
    private var idsByKey: [String: [Int]] = [:]
    /// Keyed by `Substring` so that a word's prefixes can be looked up without making a string of each.
    private var idsByPrefix: [Substring: [Int]] = [:]
    private var prefixLengths: [Int] = []
    /// The first bytes (up to three) that wildcard prefixes begin with: most words begin with none of them and
    /// need no prefix lookups at all.
    private var prefixLeads: Set<UInt32> = []
    private var prefixLeadLength = 0
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
        prefixLeadLength = min(3, idsByPrefix.keys.map(\.utf8.count).min() ?? 0)
        prefixLeads = Set(idsByPrefix.keys.map { Self.lead(of: $0.utf8, length: prefixLeadLength) })
    }

    /// The first `length` bytes packed into one number.
    private static func lead(of utf8: some Sequence<UInt8>, length: Int) -> UInt32 {
        utf8.prefix(length).reduce(0) { $0 << 8 | UInt32($1) }
    }

    private mutating func add(_ query: CompiledQuery) {
        for trigger in query.triggers {
            switch trigger {
            case .key(let key): idsByKey[key, default: []].append(count)
            case .prefix(let prefix): idsByPrefix[prefix[...], default: []].append(count)
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
            markPrefixes(of: term.text, in: &triggered)
            if term.key != term.text { markPrefixes(of: term.key, in: &triggered) }
        }
        return triggered
    }

    private func markPrefixes(of word: String, in triggered: inout [Bool]) {
        guard word.utf8.count >= prefixLeadLength, prefixLeads.contains(Self.lead(of: word.utf8, length: prefixLeadLength)) else {
            return
        }
        let characters = word.count
        for length in prefixLengths {
            guard length <= characters else { break }
            for id in idsByPrefix[word.prefix(length)] ?? [] { triggered[id] = true }
        }
    }
}
