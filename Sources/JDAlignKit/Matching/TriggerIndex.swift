/// Finds, for one text, the keyword terms and rules that could possibly match, so the rest are never evaluated.
///
/// Most duty lines touch a handful of the catalogue's two thousand terms and rules; evaluating every one
/// against every line was most of the matcher's time. Each query has a few words (or wildcard prefixes) one of
/// which must occur for it to hold, its triggers, chosen among the words the catalogue uses least: a phrase's
/// rarest word, an `AND`'s rarest clause. Common words such as "school" or "lead" would let nearly every rule
/// through to be tried.
struct TriggerIndex: Sendable {
    private var idsByKey: [String: [Int]] = [:]
    /// Keyed by `Substring` so that a word's prefixes can be looked up without making a string of each.
    private var idsByPrefix: [Substring: [Int]] = [:]
    /// Queries that could hold with none of their words present (`a OR NOT b`): tried on every text.
    private var alwaysTried: [Int] = []
    private var prefixLengths: [Int] = []
    /// The first bytes (up to three) that wildcard prefixes begin with: most words begin with none of them and
    /// need no prefix lookups at all.
    private var prefixLeads: Set<UInt32> = []
    private var prefixLeadLength = 0
    /// What each trigger id stands for, in the order numbered: statement by statement, each one's keyword terms
    /// group by group, then its rules.
    private(set) var targets: [Target] = []
    /// How many terms and rules are indexed.
    var count: Int { targets.count }

    /// A keyword term of one group, or a rule, of the statement at a position in the matcher's compiled list.
    enum Target: Sendable {
        case keyword(statement: Int, group: Int, term: Int)
        case rule(statement: Int, rule: Int)
    }

    /// Numbers every keyword term and rule of `statements`, in order, and indexes their triggers.
    init(statements: [CompiledStatement]) {
        var numbered: [(CompiledQuery, Target)] = []
        for (statementIndex, statement) in statements.enumerated() {
            for (groupIndex, group) in statement.keywordGroups.enumerated() {
                for (termIndex, term) in group.terms.enumerated() {
                    numbered.append((term.query, .keyword(statement: statementIndex, group: groupIndex, term: termIndex)))
                }
            }
            for (ruleIndex, rule) in statement.rules.enumerated() {
                numbered.append((rule.query, .rule(statement: statementIndex, rule: ruleIndex)))
            }
        }
        // How often the catalogue looks for a word stands in for how often JDs use it: the knowledge names
        // "school", "staff" and "lead" everywhere and "safeguarding" or "timetable" in a few places.
        var uses: [CompiledQuery.Pattern: Int] = [:]
        for (query, _) in numbered {
            for pattern in query.positivePatterns { uses[pattern, default: 0] += 1 }
        }
        for (query, target) in numbered {
            add(query, as: target) { pattern in
                let count = uses[pattern] ?? 0
                // A prefix stands for many words, so it is met more often than its count of uses says.
                if case .prefix = pattern { return 2 * count }
                return count
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

    private mutating func add(_ query: CompiledQuery, as target: Target, cost: (CompiledQuery.Pattern) -> Int) {
        guard let triggers = query.necessaryTriggers(cost: cost) else {
            alwaysTried.append(count)
            targets.append(target)
            return
        }
        for trigger in triggers {
            switch trigger {
            case .key(let key): idsByKey[key, default: []].append(count)
            case .prefix(let prefix): idsByPrefix[prefix[...], default: []].append(count)
            }
        }
        targets.append(target)
    }

    /// The ids of the terms and rules that have a trigger among `terms`, in ascending order.
    func triggeredIDs(by terms: [Term]) -> [Int] {
        let mask = triggered(by: terms)
        return mask.indices.filter { mask[$0] }
    }

    /// Which terms and rules have a trigger among `terms`, indexed by `triggerID`.
    private func triggered(by terms: [Term]) -> [Bool] {
        var triggered = Array(repeating: false, count: count)
        for id in alwaysTried { triggered[id] = true }
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

extension TriggerIndex.Target {
    /// The statement's position in the matcher's compiled list.
    var statement: Int {
        switch self {
        case .keyword(let statement, _, _), .rule(let statement, _): statement
        }
    }
}
