/// Applies the governors' decisions to an analysis and recomputes its coverage.
///
/// Decisions are tied to items by the fingerprint of their wording, never by item id: a decision about a
/// duty whose wording has changed is stale and is not applied, because the governors agreed to words
/// that are no longer there.
public struct DecisionApplier: Sendable {
    /// The frameworks the analysis was made against, in the same order.
    public var frameworks: [Framework]
    /// The calculator the analysis was made with, so the recomputed coverage follows the same policy.
    public var calculator: CoverageCalculator

    /// Creates an applier.
    public init(frameworks: [Framework], calculator: CoverageCalculator = CoverageCalculator()) {
        self.frameworks = frameworks
        self.calculator = calculator
    }

    /// The analysis with `decisions` applied: links changed, coverage recomputed and one outcome per decision, in order.
    ///
    /// When several items share a wording the decision applies to each of them; the outcome names the first.
    public func apply(_ decisions: [Decision], to analysis: Analysis) -> Analysis {
        let statementIDs = Set(frameworks.flatMap(\.statements).map(\.qualifiedID))
        var itemsByFingerprint: [String: [Item]] = [:]
        for item in analysis.jobDescription.assessableItems {
            itemsByFingerprint[ItemFingerprint.of(item.text), default: []].append(item)
        }
        var links = analysis.links
        var overrides = CoverageOverrides(remit: analysis.role?.remit ?? [:])
        var outcomes: [DecisionOutcome] = []
        for decision in decisions {
            guard statementIDs.contains(decision.standard) else {
                outcomes.append(DecisionOutcome(decision: decision, state: .unknownStandard))
                continue
            }
            guard let fingerprint = decision.item else {
                overrides.notApplicable.insert(decision.standard)
                outcomes.append(DecisionOutcome(decision: decision, state: .applied))
                continue
            }
            guard let items = itemsByFingerprint[fingerprint] else {
                outcomes.append(DecisionOutcome(decision: decision, state: .stale))
                continue
            }
            for item in items {
                links[item.id] = Self.links(links[item.id] ?? [], after: decision)
                if decision.action != .reject {
                    overrides.confirmedLinks[item.id, default: []].insert(decision.standard)
                }
            }
            outcomes.append(DecisionOutcome(decision: decision, state: .applied, itemID: items[0].id))
        }
        links = links.filter { !$0.value.isEmpty }
        var result = analysis
        result.links = links
        result.coverage = calculator.coverage(of: analysis.jobDescription, links: links, frameworks: frameworks, overrides: overrides)
        result.decisions = outcomes
        return result
    }

    /// One item's links after a decision about one of its statements.
    private static func links(_ links: [Link], after decision: Decision) -> [Link] {
        var links = links
        let index = links.firstIndex { $0.standard == decision.standard }
        switch decision.action {
        case .reject:
            links.removeAll { $0.standard == decision.standard }
        case .accept, .add:
            let evidence = Self.evidence(for: decision)
            if let index {
                links[index].strength = .linked
                links[index].evidence.append(evidence)
            } else {
                links.append(Link(standard: decision.standard, score: 1, strength: .linked, evidence: [evidence]))
            }
        case .notApplicable:
            break
        }
        return links
    }

    /// How a decision shows among a link's evidence, so reports can say why the link counts.
    public static func evidence(for decision: Decision) -> Evidence {
        Evidence(source: .decision, pattern: decision.reason, weight: 1, matches: [])
    }
}
