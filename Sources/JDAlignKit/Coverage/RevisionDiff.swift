/// What changed between last year's JD and this year's: items added, removed and reworded, statements gained
/// and lost, and governors' decisions that no longer apply.
public struct RevisionDiff: Sendable, Equatable {
    /// An item present in both years with different words.
    public struct Rewording: Sendable, Equatable {
        /// Last year's item.
        public var old: Item
        /// This year's item.
        public var new: Item
        /// How alike the two wordings are, from 0 to 1 (Jaccard similarity of their word sets).
        public var similarity: Double
    }

    /// A statement whose coverage status changed.
    public struct StatementChange: Sendable, Equatable {
        /// Better, worse, or moved in or out of not-applicable.
        public enum Direction: String, Sendable, Equatable, CaseIterable {
            /// Uncovered → weak or covered, weak → covered.
            case gained
            /// Covered → weak or uncovered, weak → uncovered.
            case lost
            /// Into or out of not-applicable: a governors' decision, not the JD's wording.
            case reclassified
        }

        /// The qualified statement id.
        public var standard: String
        /// The statement's wording.
        public var text: String
        /// Last year's status.
        public var old: CoverageStatus
        /// This year's status.
        public var new: CoverageStatus

        /// Which way the status moved.
        public var direction: Direction {
            guard old != .notApplicable, new != .notApplicable else { return .reclassified }
            return Self.rank(new) > Self.rank(old) ? .gained : .lost
        }

        private static func rank(_ status: CoverageStatus) -> Int {
            switch status {
            case .covered: 2
            case .weak: 1
            case .uncovered, .notApplicable, .outsideRemit: 0
            }
        }
    }

    /// A decision that applied to last year's JD (or was never checked against it) but is stale on this year's.
    public struct StaleDecision: Sendable, Equatable {
        /// The decision.
        public var decision: Decision
        /// This year's wording of the item, when the item it was made about was reworded: the likely new home of the decision.
        public var rewordedAs: Item?
    }

    /// Last year's JD, as given.
    public var oldPath: String
    /// This year's JD, as given.
    public var newPath: String
    /// Assessable items only this year has, in document order.
    public var added: [Item]
    /// Assessable items only last year had, in document order.
    public var removed: [Item]
    /// Items reworded, in this year's document order.
    public var reworded: [Rewording]
    /// How many items kept their wording (same fingerprint).
    public var unchangedCount: Int
    /// Statements whose status changed, in catalogue order.
    public var statementChanges: [StatementChange]
    /// Decisions stale on this year's JD, in the order of the decisions file.
    public var staleDecisions: [StaleDecision]

    /// The least similarity at which a removed and an added item are taken to be one item reworded.
    public static let rewordingThreshold = 0.5

    /// Compares two analyses of one post made against the same frameworks, each with the decisions file applied
    /// (or neither), so changes in status come from the JD and not from the decisions.
    ///
    /// - Parameter frameworks: the frameworks analysed, for the statements' wording.
    public init(old: Analysis, new: Analysis, frameworks: [Framework]) {
        oldPath = old.jobDescription.path
        newPath = new.jobDescription.path
        let matching = ItemMatching(old: old.jobDescription.assessableItems, new: new.jobDescription.assessableItems)
        added = matching.added
        removed = matching.removed
        reworded = matching.reworded
        unchangedCount = matching.unchangedCount
        let texts = Dictionary(frameworks.flatMap(\.statements).map { ($0.qualifiedID, $0.text) }, uniquingKeysWith: { first, _ in first })
        let oldStatus = Dictionary(old.coverage.map { ($0.standard, $0.status) }, uniquingKeysWith: { first, _ in first })
        statementChanges = new.coverage.compactMap { coverage in
            guard let before = oldStatus[coverage.standard], before != coverage.status else { return nil }
            return StatementChange(standard: coverage.standard, text: texts[coverage.standard] ?? "", old: before, new: coverage.status)
        }
        let staleBefore = Set(old.decisions.filter { $0.state == .stale }.map { DecisionIdentity($0.decision) })
        let rewordedByOldFingerprint = Dictionary(matching.reworded.map { (ItemFingerprint.of($0.old.text), $0.new) }, uniquingKeysWith: { first, _ in first })
        staleDecisions = new.decisions.filter { $0.state == .stale && !staleBefore.contains(DecisionIdentity($0.decision)) }.map { outcome in
            StaleDecision(decision: outcome.decision, rewordedAs: outcome.decision.item.flatMap { rewordedByOldFingerprint[$0] })
        }
    }

    /// Whether nothing changed that governors need to look at.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && reworded.isEmpty && statementChanges.isEmpty && staleDecisions.isEmpty
    }

    /// The Jaccard similarity of two texts' normalised word sets: shared words over all words, from 0 to 1.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let first = Set(ItemFingerprint.words(of: a)), second = Set(ItemFingerprint.words(of: b))
        let union = first.union(second)
        guard !union.isEmpty else { return 1 }
        return Double(first.intersection(second).count) / Double(union.count)
    }
}

/// Pairs last year's items with this year's: identical wording first, then the most similar remaining pairs.
private struct ItemMatching {
    var added: [Item] = []
    var removed: [Item] = []
    var reworded: [RevisionDiff.Rewording] = []
    var unchangedCount = 0

    init(old: [Item], new: [Item]) {
        var unmatchedOld = Array(old.indices)
        var unmatchedNew: [Int] = []
        var oldByFingerprint: [String: [Int]] = [:]
        for index in old.indices { oldByFingerprint[ItemFingerprint.of(old[index].text), default: []].append(index) }
        var matchedOld = Set<Int>()
        for index in new.indices {
            let fingerprint = ItemFingerprint.of(new[index].text)
            if let candidate = oldByFingerprint[fingerprint]?.first {
                oldByFingerprint[fingerprint]?.removeFirst()
                matchedOld.insert(candidate)
                unchangedCount += 1
            } else {
                unmatchedNew.append(index)
            }
        }
        unmatchedOld.removeAll { matchedOld.contains($0) }

        // Greedy on the best pairs first: a duty lightly edited pairs with its new wording before a looser pair can claim either.
        var candidates: [(old: Int, new: Int, similarity: Double)] = []
        for o in unmatchedOld {
            for n in unmatchedNew where old[o].kind == new[n].kind {
                let similarity = RevisionDiff.similarity(old[o].text, new[n].text)
                if similarity >= RevisionDiff.rewordingThreshold { candidates.append((o, n, similarity)) }
            }
        }
        candidates.sort { ($1.similarity, $0.old, $0.new) < ($0.similarity, $1.old, $1.new) }
        var pairedOld = Set<Int>(), pairedNew = Set<Int>()
        for candidate in candidates where !pairedOld.contains(candidate.old) && !pairedNew.contains(candidate.new) {
            pairedOld.insert(candidate.old)
            pairedNew.insert(candidate.new)
            reworded.append(RevisionDiff.Rewording(old: old[candidate.old], new: new[candidate.new], similarity: candidate.similarity))
        }
        reworded.sort { $0.new.line < $1.new.line }
        removed = unmatchedOld.filter { !pairedOld.contains($0) }.map { old[$0] }
        added = unmatchedNew.filter { !pairedNew.contains($0) }.map { new[$0] }
    }
}

/// A decision's identity across two runs: what was decided about which wording.
private struct DecisionIdentity: Hashable {
    let action: String, standard: String, item: String?

    init(_ decision: Decision) {
        action = decision.action.rawValue
        standard = decision.standard
        item = decision.item
    }
}
