/// Running a compiled rule against a text's terms.
///
/// Deciding whether a rule holds allocates nothing except for `NEAR`, whose sides' positions are gathered
/// only once both sides are known to match; spans and leaves are gathered only for rules that hold.
extension CompiledQuery {
    /// Whether the rule holds for `terms`, and if so what it found. Index the terms once with `TermIndex`
    /// instead when trying many rules on the same text.
    public func match(_ terms: [Term]) -> QueryMatch? {
        match(TermIndex(terms))
    }

    /// Whether the rule holds for the indexed text, and if so what it found.
    public func match(_ index: TermIndex) -> QueryMatch? {
        guard holds(root, index) else { return nil }
        var hits: [Hit] = []
        collect(root, index, weight: 1, into: &hits)
        let leafIndices = Set(hits.map(\.leaf)).sorted()
        var written: [String] = []
        for leaf in leafIndices where !written.contains(leaves[leaf].written) {
            written.append(leaves[leaf].written)
        }
        let ranges = hits.map { index.terms[$0.firstTerm].range.lowerBound..<index.terms[$0.lastTerm].range.upperBound }
        return QueryMatch(boost: hits.map(\.weight).max() ?? 1, spans: Self.merge(ranges), matchedLeaves: written)
    }

    /// Every leaf of the rule in the order written, with whether it occurs in `terms`.
    public func leaves(in terms: [Term]) -> [LeafReport] {
        leaves(in: TermIndex(terms))
    }

    /// Every leaf of the rule in the order written, with whether it occurs in the indexed text.
    public func leaves(in index: TermIndex) -> [LeafReport] {
        leaves.map { leaf in
            LeafReport(leaf: leaf.written, negated: leaf.negated, found: occurs(leaf.patterns, in: index))
        }
    }

    /// One place a leaf occurs: positions `first...last`, the terms at either end, and the weight on its path.
    struct Hit {
        var leaf: Int
        var first: Int
        var last: Int
        var firstTerm: Int
        var lastTerm: Int
        var weight: Double

        /// Whether two occurrences do not overlap and have at most `distance` positions between their closest words.
        func isNear(_ other: Hit, within distance: Int) -> Bool {
            if last < other.first { return other.first - last <= distance }
            if other.last < first { return first - other.last <= distance }
            return false
        }
    }

    func holds(_ node: Int, _ index: TermIndex) -> Bool {
        switch nodes[node] {
        case .leaf(let leaf):
            return occurs(leaves[leaf].patterns, in: index)
        case .and(let clauses):
            for clause in clauses where !holds(children[clause], index) { return false }
            return true
        case .or(let clauses):
            for clause in clauses where holds(children[clause], index) { return true }
            return false
        case .not(let clause):
            return !holds(clause, index)
        case .boosted(let clause, _):
            return holds(clause, index)
        case .near(let left, let right, let within):
            guard holds(left, index), holds(right, index) else { return false }
            var leftHits: [Hit] = []
            var rightHits: [Hit] = []
            collect(left, index, weight: 1, into: &leftHits)
            collect(right, index, weight: 1, into: &rightHits)
            return leftHits.contains { hit in rightHits.contains { hit.isNear($0, within: within) } }
        }
    }

    /// The occurrences that make `node` hold, which must already be known to hold; negated clauses give none.
    func collect(_ node: Int, _ index: TermIndex, weight: Double, into hits: inout [Hit]) {
        switch nodes[node] {
        case .leaf(let leaf):
            forEachOccurrence(of: leaves[leaf].patterns, in: index) { first, last, firstTerm, lastTerm in
                hits.append(Hit(leaf: leaf, first: first, last: last, firstTerm: firstTerm, lastTerm: lastTerm,
                                weight: weight))
                return true
            }
        case .and(let clauses):
            for clause in clauses { collect(children[clause], index, weight: weight, into: &hits) }
        case .or(let clauses):
            for clause in clauses where holds(children[clause], index) {
                collect(children[clause], index, weight: weight, into: &hits)
            }
        case .not:
            break
        case .boosted(let clause, let factor):
            collect(clause, index, weight: weight * factor, into: &hits)
        case .near(let left, let right, let within):
            var leftHits: [Hit] = []
            var rightHits: [Hit] = []
            collect(left, index, weight: weight, into: &leftHits)
            collect(right, index, weight: weight, into: &rightHits)
            hits += leftHits.filter { hit in rightHits.contains { hit.isNear($0, within: within) } }
            hits += rightHits.filter { hit in leftHits.contains { hit.isNear($0, within: within) } }
        }
    }

    func occurs(_ patterns: [Pattern], in index: TermIndex) -> Bool {
        !forEachOccurrence(of: patterns, in: index) { _, _, _, _ in false }
    }

    /// Calls `body` with each occurrence of a leaf's `patterns` (first and last position, first and last term) until it
    /// returns false; returns false if it was stopped, true if every occurrence was seen (or there was none).
    @discardableResult
    func forEachOccurrence(of patterns: [Pattern], in index: TermIndex,
                           _ body: (_ first: Int, _ last: Int, _ firstTerm: Int, _ lastTerm: Int) -> Bool) -> Bool {
        guard let head = patterns.first else { return true }
        func extend(_ start: Int) -> Bool {
            let position = index.terms[start].position
            var lastTerm = start
            for (offset, pattern) in patterns.enumerated().dropFirst() {
                guard let next = index.term(at: position + offset, fitting: pattern) else { return true }
                lastTerm = next
            }
            return body(position, position + patterns.count - 1, start, lastTerm)
        }
        switch head {
        case .key(let key):
            for start in index.byKey[key] ?? [] where !extend(start) { return false }
        case .prefix:
            for start in index.byPosition where index.term(start, fits: head) && !extend(start) { return false }
        }
        return true
    }

    /// Sorts ranges and merges those that overlap or touch.
    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
