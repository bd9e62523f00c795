import Foundation

/// A rule made ready to run: its words normalised once, its tree flattened into an array,
/// so that it can be tried against many texts cheaply.
public struct CompiledQuery: Sendable {
    /// The rule as parsed.
    public let query: Query
    let nodes: [Node]
    /// The clauses of every `AND` and `OR`, as indices into `nodes`; each such node holds its range here.
    let children: [Int]
    let leaves: [Leaf]
    let root: Int

    /// One clause of the rule; children are indices into `nodes`.
    ///
    /// No case holds anything reference-counted: a rule is tried against every line, and a node holding an array
    /// was retained and released at every visit, which was a fifth of the matcher's time.
    enum Node: Sendable {
        case leaf(Int)
        case and(Range<Int>)
        case or(Range<Int>)
        case not(Int)
        case near(Int, Int, within: Int)
        case boosted(Int, factor: Double)
    }

    /// A word, prefix or phrase, as the words it must find at consecutive positions.
    struct Leaf: Sendable {
        /// How the rule wrote it, e.g. `safeguard*` or `"child protection"`.
        var written: String
        /// Under an odd number of `NOT`s.
        var negated: Bool
        /// Empty when normalisation left nothing to look for (a stop word, say): such a leaf never matches.
        var patterns: [Pattern]
    }

    /// What one position of a leaf accepts.
    enum Pattern: Sendable, Hashable {
        /// A term whose key is exactly this.
        case key(String)
        /// A term whose surface text or key starts with this (lowercased, accents folded).
        case prefix(String)
    }

    /// Compiles `query`, turning each word, or each run of plain words in a phrase, into keys with `normalise`.
    ///
    /// `normalise` receives text as written in the rule (one word, or several separated by spaces) and returns
    /// the keys a matching text must show at consecutive positions: usually one key per word, but an
    /// abbreviation may expand to several (`SENCO` → `special educational needs coordinator`) and a stop word
    /// to none. Wildcard prefixes are not normalised beyond lowercasing and folding accents.
    public init(_ query: Query, normalise: (String) -> [String]) {
        // The builder only lives for this call, so the closure never actually escapes.
        let built = withoutActuallyEscaping(normalise) { normalise in
            var builder = Builder(normalise: normalise)
            let root = builder.add(query, negated: false)
            return (root: root, nodes: builder.nodes, children: builder.children, leaves: builder.leaves)
        }
        self.query = query
        root = built.root
        nodes = built.nodes
        children = built.children
        leaves = built.leaves
    }

    /// Builds the node array bottom-up.
    private struct Builder {
        let normalise: (String) -> [String]
        var nodes: [Node] = []
        var children: [Int] = []
        var leaves: [Leaf] = []

        mutating func add(_ query: Query, negated: Bool) -> Int {
            let node: Node
            switch query {
            case .word(let text):
                node = leaf(query, negated, normalise(text).map(Pattern.key))
            case .prefix(let text):
                node = leaf(query, negated, [.prefix(Self.foldPrefix(text))])
            case .phrase(let words):
                node = leaf(query, negated, phrasePatterns(words))
            case .and(let clauses):
                node = .and(addChildren(clauses, negated: negated))
            case .or(let clauses):
                node = .or(addChildren(clauses, negated: negated))
            case .not(let clause):
                node = .not(add(clause, negated: !negated))
            case .near(let left, let right, let within):
                node = .near(add(left, negated: negated), add(right, negated: negated), within: within)
            case .boosted(let clause, let factor):
                node = .boosted(add(clause, negated: negated), factor: factor)
            }
            nodes.append(node)
            return nodes.count - 1
        }

        /// Adds the clauses, then their indices as one run of `children`: a clause's own children are laid down
        /// while it is added, so the run can only be written once all of them are.
        mutating func addChildren(_ clauses: [Query], negated: Bool) -> Range<Int> {
            let added = clauses.map { add($0, negated: negated) }
            children += added
            return children.count - added.count..<children.count
        }

        mutating func leaf(_ query: Query, _ negated: Bool, _ patterns: [Pattern]) -> Node {
            leaves.append(Leaf(written: query.description, negated: negated, patterns: patterns))
            return .leaf(leaves.count - 1)
        }

        /// Plain words are normalised a run at a time, so the normaliser sees multi-word expressions whole.
        func phrasePatterns(_ words: [PhraseWord]) -> [Pattern] {
            var patterns: [Pattern] = []
            var run: [String] = []
            func flush() {
                if !run.isEmpty { patterns += normalise(run.joined(separator: " ")).map(Pattern.key) }
                run.removeAll()
            }
            for word in words {
                switch word {
                case .word(let text):
                    run.append(text)
                case .prefix(let text):
                    flush()
                    patterns.append(.prefix(Self.foldPrefix(text)))
                }
            }
            flush()
            return patterns
        }

        /// A prefix compared with tokens' folded text: lowercase, no accents, straight apostrophes.
        static func foldPrefix(_ text: String) -> String {
            // ASCII has no accents or curly apostrophes to fold, and nearly every prefix is ASCII: Foundation's
            // folding was most of the cost of compiling a prefix.
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
            return text.replacingOccurrences(of: "\u{2019}", with: "'")
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .lowercased()
        }
    }
}

/// What a rule found in one text.
public struct QueryMatch: Sendable, Equatable {
    /// The largest weight among the matched leaves that are not negated: the product of the `^` weights
    /// on the way from the rule's root to the leaf, 1 when there are none.
    public var boost: Double
    /// The character ranges (Unicode scalar offsets) of the matched words, sorted, with overlapping
    /// or touching ranges merged; a phrase is one range from its first word to its last.
    public var spans: [Range<Int>]
    /// The leaves that matched, as the rule wrote them (`safeguard*`, `"child protection"`), in rule order.
    public var matchedLeaves: [String]

    /// Creates a match.
    public init(boost: Double, spans: [Range<Int>], matchedLeaves: [String]) {
        self.boost = boost
        self.spans = spans
        self.matchedLeaves = matchedLeaves
    }
}

/// Whether one leaf of a rule occurs in a text, for explaining why a rule did or did not fire.
public struct LeafReport: Sendable, Equatable {
    /// The leaf as the rule wrote it.
    public var leaf: String
    /// Whether the leaf is under `NOT`, so finding it counts against the rule.
    public var negated: Bool
    /// Whether the leaf occurs anywhere in the text, whatever the rest of the rule says.
    public var found: Bool

    /// Creates a report.
    public init(leaf: String, negated: Bool, found: Bool) {
        self.leaf = leaf
        self.negated = negated
        self.found = found
    }
}

extension CompiledQuery {
    /// Every pattern of every leaf outside `NOT`, as written.
    var positivePatterns: [Pattern] {
        leaves.filter { !$0.negated }.flatMap(\.patterns)
    }

    /// Patterns at least one of which occurs in every text the rule holds for, chosen to be as rarely met as `cost`
    /// says; nil when the rule could hold with none of its words present (only a rule such as `a OR NOT b`).
    ///
    /// The matcher tries a rule only on lines where one of these occurs. Each `AND` and `NEAR` needs all its clauses,
    /// so the cheapest clause's patterns suffice; a phrase needs all its words, so its rarest word suffices.
    func necessaryTriggers(cost: (Pattern) -> Int) -> [Pattern]? {
        necessaryTriggers(root, cost: cost)
    }

    private func necessaryTriggers(_ node: Int, cost: (Pattern) -> Int) -> [Pattern]? {
        // Each candidate's cost is worked out once: comparing them pairwise asked `cost` again at every comparison,
        // and all the catalogue's queries are indexed at every start. The first of equally cheap candidates wins.
        func cheapest(_ clauses: [Int]) -> [Pattern]? {
            var best: (patterns: [Pattern], cost: Int)?
            for clause in clauses {
                guard let patterns = necessaryTriggers(clause, cost: cost) else { continue }
                let total = patterns.reduce(0) { $0 + cost($1) }
                if best.map({ total < $0.cost }) ?? true { best = (patterns, total) }
            }
            return best?.patterns
        }
        switch nodes[node] {
        case .leaf(let leaf):
            // A leaf left with no patterns never matches, so nothing need trigger it.
            var best: (pattern: Pattern, cost: Int)?
            for pattern in leaves[leaf].patterns {
                let patternCost = cost(pattern)
                if best.map({ patternCost < $0.cost }) ?? true { best = (pattern, patternCost) }
            }
            return best.map { [$0.pattern] } ?? []
        case .and(let clauses):
            return cheapest(clauses.map { children[$0] })
        case .near(let left, let right, _):
            return cheapest([left, right])
        case .or(let clauses):
            var union: [Pattern] = []
            for clause in clauses {
                guard let patterns = necessaryTriggers(children[clause], cost: cost) else { return nil }
                union += patterns
            }
            return union
        case .not:
            return nil
        case .boosted(let clause, _):
            return necessaryTriggers(clause, cost: cost)
        }
    }
}
