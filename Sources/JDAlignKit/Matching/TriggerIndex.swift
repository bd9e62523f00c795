/// Finds, for one text, the keyword terms and rules that could possibly match, so the rest are never evaluated.
///
/// Most duty lines touch a handful of the catalogue's two thousand terms and rules; evaluating every one
/// against every line was most of the matcher's time. Each query has a few words (or wildcard prefixes) one of
/// which must occur for it to hold, its triggers, chosen among the words the catalogue uses least: a phrase's
/// rarest word, an `AND`'s rarest clause. Common words such as "school" or "lead" would let nearly every rule
/// through to be tried.
struct TriggerIndex: Sendable {
    private var idsByKey: [String: [Int]] = [:]
    private var prefixes = PrefixTrie([:])
    /// Queries that could hold with none of their words present (`a OR NOT b`): tried on every text.
    private var alwaysTried: [Int] = []
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
        // How often the catalogue looks for a word stands in for how often JDs use it: the knowledge names
        // "school", "staff" and "lead" everywhere and "safeguarding" or "timetable" in a few places.
        var uses: [CompiledQuery.Pattern: Int] = [:]
        Self.forEachQuery(of: statements) { query, _ in
            for leaf in query.leaves where !leaf.negated {
                for pattern in leaf.patterns { uses[pattern, default: 0] += 1 }
            }
        }
        var idsByPrefix: [String: [Int]] = [:]
        Self.forEachQuery(of: statements) { query, target in
            add(query, as: target, prefixIDs: &idsByPrefix) { pattern in
                let count = uses[pattern] ?? 0
                // A prefix stands for many words, so it is met more often than its count of uses says.
                if case .prefix = pattern { return 2 * count }
                return count
            }
        }
        prefixes = PrefixTrie(idsByPrefix)
    }

    /// Calls `body` with every keyword term and rule of `statements` in trigger-id order: statement by statement, each
    /// one's keyword terms group by group, then its rules. Walked twice rather than listed once: copying each compiled
    /// query into a list retained all its parts.
    private static func forEachQuery(of statements: [CompiledStatement], _ body: (CompiledQuery, Target) -> Void) {
        for (statementIndex, statement) in statements.enumerated() {
            for (groupIndex, group) in statement.keywordGroups.enumerated() {
                for (termIndex, term) in group.terms.enumerated() {
                    body(term.query, .keyword(statement: statementIndex, group: groupIndex, term: termIndex))
                }
            }
            for (ruleIndex, rule) in statement.rules.enumerated() {
                body(rule.query, .rule(statement: statementIndex, rule: ruleIndex))
            }
        }
    }

    private mutating func add(_ query: CompiledQuery, as target: Target, prefixIDs: inout [String: [Int]],
                              cost: (CompiledQuery.Pattern) -> Int) {
        guard let triggers = query.necessaryTriggers(cost: cost) else {
            alwaysTried.append(count)
            targets.append(target)
            return
        }
        for trigger in triggers {
            switch trigger {
            case .key(let key): idsByKey[key, default: []].append(count)
            case .prefix(let prefix): prefixIDs[prefix, default: []].append(count)
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
            guard !prefixes.isEmpty else { continue }
            // A prefix is compared with the word as written and with its key, as the evaluator compares it.
            prefixes.forEachID(startingWith: term.text) { triggered[$0] = true }
            if term.key != term.text { prefixes.forEachID(startingWith: term.key) { triggered[$0] = true } }
        }
        return triggered
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
