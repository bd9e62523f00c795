/// The evidence for a statement's coverage bar (`coverageLines`): over annotated JDs, how often the statement was
/// right when a single duty covered it, and when several did.
///
/// Taking away a statement's lone-duty coverages raises JD coverage F1 exactly when they are right less often
/// than half that F1 (removing r right and w wrong claims helps iff r / (r + w) < F1 / 2), so a bar of two duties is
/// proposed only then, and only with a few wrong claims to go on.
public struct CoverageBarEvidence: Sendable, Equatable {
    /// The qualified statement id.
    public var standard: String
    /// The bar the statement has now.
    public var bar: Int
    /// JDs where exactly one duty linked to it, and the annotators' duties do evidence it.
    public var loneRight = 0
    /// JDs where exactly one duty linked to it, and no annotator's duty evidences it.
    public var loneWrong = 0
    /// JDs where two or more duties linked to it, right.
    public var severalRight = 0
    /// JDs where two or more duties linked to it, wrong.
    public var severalWrong = 0
    /// The bar the evidence supports: 2 when lone coverages are right less often than half of `coverageF1`.
    public var proposedBar = 1

    /// Lone-duty coverages that were right, as a share (1 when there were none).
    public var lonePrecision: Double { loneRight + loneWrong == 0 ? 1 : Double(loneRight) / Double(loneRight + loneWrong) }

    /// Wrong lone-duty coverages needed before a bar is proposed: fewer is too little to tell a pattern from chance.
    static let minimumWrong = 3

    /// Counts, for every statement of `frameworks`, the JDs its links covered through one duty or several, against
    /// the gold's duty lines; `coverageF1` is each framework's JD coverage F1 on the same JDs.
    static func evidence(documents: [EvaluatedDocument], frameworks: [Framework], coverageF1: [String: Double]) -> [String: [CoverageBarEvidence]] {
        var counts: [String: CoverageBarEvidence] = [:]
        for framework in frameworks {
            for statement in framework.statements {
                counts[statement.qualifiedID] = CoverageBarEvidence(standard: statement.qualifiedID, bar: statement.coverageLines)
            }
        }
        for document in documents {
            var possible: Set<String> = []
            for line in document.gold.lines where line.kind == .duty { possible.formUnion(line.possible) }
            var duties: [String: Int] = [:]
            for item in document.analysis.jobDescription.items where item.kind == .duty {
                for link in document.analysis.links[item.id] ?? [] where link.strength == .linked {
                    duties[link.standard, default: 0] += 1
                }
            }
            for (standard, count) in duties where counts[standard] != nil {
                let right = possible.contains(standard)
                switch (count == 1, right) {
                case (true, true): counts[standard]!.loneRight += 1
                case (true, false): counts[standard]!.loneWrong += 1
                case (false, true): counts[standard]!.severalRight += 1
                case (false, false): counts[standard]!.severalWrong += 1
                }
            }
        }
        var result: [String: [CoverageBarEvidence]] = [:]
        for framework in frameworks {
            let breakEven = (coverageF1[framework.id] ?? 1) / 2
            result[framework.id] = framework.statements.compactMap { counts[$0.qualifiedID] }.map { evidence in
                var evidence = evidence
                evidence.proposedBar = evidence.loneWrong >= minimumWrong && evidence.lonePrecision < breakEven ? 2 : 1
                return evidence
            }
        }
        return result
    }
}
