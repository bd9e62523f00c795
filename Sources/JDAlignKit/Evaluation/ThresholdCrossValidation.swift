/// Leave-one-JD-out cross-validation of each framework's linked threshold: for every JD, the threshold is chosen on
/// the other JDs (the one with the best statement-level F1) and the JD is then scored at it. The figures show what a
/// threshold fitted to annotations would give on a JD it was not fitted on.
public struct ThresholdCrossValidation: Sendable {
    /// The candidate linked thresholds, lowest first.
    public static let grid: [Double] = stride(from: 0.25, through: 0.801, by: 0.025).map { ($0 * 1000).rounded() / 1000 }

    /// The figures on each JD when it was held out, added up.
    public var heldOut: DocumentEvaluation
    /// Per framework id, the threshold chosen in each fold, in document order.
    public var chosen: [(frameworkID: String, thresholds: [Double])]

    /// Cross-validates over `documents`, whose analyses must keep every link at or above the grid's lowest value
    /// (analyse with `Thresholds(linked:weak:)` whose weak threshold is `grid[0]`).
    public init(documents: [EvaluatedDocument], evaluator: Evaluator, frameworks: [Framework], calculator: CoverageCalculator) {
        // Per framework, per document, per candidate: the statement counts. Counts add up, so a fold's score is a sum.
        var counts: [[[Scores]]] = []
        for framework in frameworks {
            counts.append(documents.map { document in
                Self.grid.map { threshold in
                    let relinked = Self.relinked(document, at: [framework.id: threshold], frameworks: frameworks, calculator: calculator)
                    let result = evaluator.evaluate(documents: [relinked]).matching.frameworks.first { $0.frameworkID == framework.id }
                    return result?.statements ?? Scores()
                }
            })
        }
        var chosen = frameworks.map { ($0.id, [Double]()) }
        var heldOut: [EvaluatedDocument] = []
        for index in documents.indices {
            var thresholds: [String: Double] = [:]
            for (frameworkIndex, framework) in frameworks.enumerated() {
                let totals = Self.grid.indices.map { candidate in
                    documents.indices.filter { $0 != index }.reduce(into: Scores()) { sum, other in
                        sum.merge(counts[frameworkIndex][other][candidate])
                    }
                }
                let best = totals.indices.max { totals[$0].f1 < totals[$1].f1 } ?? 0
                thresholds[framework.id] = Self.grid[best]
                chosen[frameworkIndex].1.append(Self.grid[best])
            }
            heldOut.append(Self.relinked(documents[index], at: thresholds, frameworks: frameworks, calculator: calculator))
        }
        self.heldOut = evaluator.evaluate(documents: heldOut)
        self.chosen = chosen.map { (frameworkID: $0.0, thresholds: $0.1) }
    }

    /// The document with each link of the named frameworks re-banded at `thresholds` and its coverage worked out again.
    static func relinked(_ document: EvaluatedDocument, at thresholds: [String: Double], frameworks: [Framework],
                         calculator: CoverageCalculator) -> EvaluatedDocument {
        var analysis = document.analysis
        analysis.links = analysis.links.mapValues { links in
            links.map { link in
                guard let framework = link.standard.split(separator: ":").first, let threshold = thresholds[String(framework)] else { return link }
                var relinked = link
                relinked.strength = link.score >= threshold ? .linked : .weak
                return relinked
            }
        }
        analysis.coverage = calculator.coverage(of: analysis.jobDescription, links: analysis.links, frameworks: frameworks)
        var copy = document
        copy.analysis = analysis
        return copy
    }
}

extension Scores {
    /// Adds another set of counts to these.
    mutating func merge(_ other: Scores) {
        predicted += other.predicted
        correct += other.correct
        expected += other.expected
        found += other.found
    }
}
