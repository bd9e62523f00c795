/// How well the whole pipeline (reading, segmenting, matching, coverage) does on annotated JDs, as a governor
/// experiences it: every JD analysed whole, each gold line looked for among the items read.
public struct DocumentEvaluation: Sendable {
    /// Found and kept counts for one kind of item.
    public struct KindScores: Sendable, Equatable {
        /// Gold lines of the kind.
        public var goldLines = 0
        /// Of those, lines held by an item read as the same kind.
        public var found = 0
        /// Items read as the kind.
        public var items = 0
        /// Of those, items holding at least one gold line of the kind.
        public var correctItems = 0

        /// Found out of gold lines (1 when there are none).
        public var recall: Double { goldLines == 0 ? 1 : Double(found) / Double(goldLines) }
        /// Correct out of items read (1 when there are none).
        public var precision: Double { items == 0 ? 1 : Double(correctItems) / Double(items) }
    }

    /// Segmentation figures for a group of JDs: duties and person-spec criteria.
    public struct Segmentation: Sendable, Equatable {
        /// The group ("all", or a layout).
        public var group: String
        /// JDs in the group.
        public var documents = 0
        /// Duty lines and items.
        public var duty = KindScores()
        /// Person-specification lines and items.
        public var personSpec = KindScores()
        /// What the gold's duty and person-spec lines were read as, when not as their own kind ("other", "heading",
        /// "absent" for lines no item holds...), with counts.
        public var misreadAs: [String: Int] = [:]
    }

    /// Segmentation over every JD, then per layout group in name order.
    public var segmentation: [Segmentation]
    /// The matcher's figures on the gold lines, each predicted from the item that holds it, with JD coverage from
    /// each analysis's own coverage.
    public var matching: Evaluation
    /// Gold lines whose kind the two annotators disputed (decided by a third look).
    public var disputedLines: Int
}

/// One annotated JD with its analysis.
public struct EvaluatedDocument: Sendable {
    /// The gold annotation.
    public var gold: GoldFile
    /// The pipeline's analysis of the JD.
    public var analysis: Analysis
    /// The group it is reported in (its layout), if known.
    public var group: String?

    /// Pairs a gold file with its analysis.
    public init(gold: GoldFile, analysis: Analysis, group: String?) {
        self.gold = gold
        self.analysis = analysis
        self.group = group
    }
}

extension Evaluator {
    /// Scores whole-document analyses against their gold files.
    public func evaluate(documents: [EvaluatedDocument]) -> DocumentEvaluation {
        var overall = DocumentEvaluation.Segmentation(group: "all")
        var groups: [String: DocumentEvaluation.Segmentation] = [:]
        var scored: [ScoredLine] = []
        var covered: [String: Set<String>] = [:]
        for document in documents {
            let items = document.analysis.jobDescription.items
            let holders = GoldLineAlignment.align(document.gold.lines, to: items)
            var counts = DocumentEvaluation.Segmentation(group: document.group ?? "")
            counts.documents = 1
            var goldKindsHeld: [Int: Set<ItemKind>] = [:]
            // An item holding several gold duties or criteria (lines the reader joined) is one of them, not all: the
            // governor sees one item where the JD has several.
            var holdsAssessableLine = Set<Int>()
            for (line, holder) in zip(document.gold.lines, holders) {
                if let holder { goldKindsHeld[holder, default: []].insert(line.kind) }
                guard line.isAssessable else { continue }
                let item = holder.map { items[$0] }
                let isJoined = holder.map { !holdsAssessableLine.insert($0).inserted } ?? false
                let readAsKind = item?.kind == line.kind && !isJoined
                counts.add(goldLine: line.kind, found: readAsKind)
                if !readAsKind { counts.misreadAs[isJoined ? "joined to another" : item?.kind.rawValue ?? "absent", default: 0] += 1 }
                let links = item.flatMap { $0.kind == .duty || $0.kind == .personSpec ? document.analysis.links[$0.id] : nil } ?? []
                scored.append(ScoredLine(document: document.gold.document, line: line, links: links))
            }
            for (index, item) in items.enumerated() where item.kind == .duty || item.kind == .personSpec {
                counts.add(item: item.kind, correct: goldKindsHeld[index]?.contains(item.kind) ?? false)
            }
            overall.merge(counts)
            if let group = document.group { groups[group, default: .init(group: group)].merge(counts) }
            covered[document.gold.document] = Set(document.analysis.coverage.filter { $0.status == .covered }.map(\.standard))
        }
        var matching = evaluate(scored, documentCount: documents.count, coveredByDocument: covered)
        let bars = CoverageBarEvidence.evidence(
            documents: documents, frameworks: frameworks,
            coverageF1: Dictionary(uniqueKeysWithValues: matching.frameworks.map { ($0.frameworkID, $0.coverage.f1) }))
        for index in matching.frameworks.indices { matching.frameworks[index].coverageBars = bars[matching.frameworks[index].frameworkID] ?? [] }
        return DocumentEvaluation(
            segmentation: [overall] + groups.keys.sorted().compactMap { groups[$0] },
            matching: matching,
            disputedLines: documents.reduce(0) { $0 + $1.gold.lines.filter(\.disputed).count })
    }
}

extension DocumentEvaluation.Segmentation {
    fileprivate mutating func add(goldLine kind: ItemKind, found: Bool) {
        update(kind) { scores in
            scores.goldLines += 1
            if found { scores.found += 1 }
        }
    }

    fileprivate mutating func add(item kind: ItemKind, correct: Bool) {
        update(kind) { scores in
            scores.items += 1
            if correct { scores.correctItems += 1 }
        }
    }

    fileprivate mutating func merge(_ other: Self) {
        documents += other.documents
        for (kind, scores) in [(ItemKind.duty, other.duty), (.personSpec, other.personSpec)] {
            update(kind) { mine in
                mine.goldLines += scores.goldLines
                mine.found += scores.found
                mine.items += scores.items
                mine.correctItems += scores.correctItems
            }
        }
        misreadAs.merge(other.misreadAs, uniquingKeysWith: +)
    }

    private mutating func update(_ kind: ItemKind, _ change: (inout DocumentEvaluation.KindScores) -> Void) {
        if kind == .duty { change(&duty) } else if kind == .personSpec { change(&personSpec) }
    }
}
