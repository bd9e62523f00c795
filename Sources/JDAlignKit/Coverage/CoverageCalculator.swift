/// Works out which statements a JD covers from its items' links.
public struct CoverageCalculator: Sendable {
    /// Whether person-specification criteria count towards coverage (they show what the post needs, not what it does).
    public var includePersonSpec: Bool

    /// Creates a calculator.
    public init(includePersonSpec: Bool = false) {
        self.includePersonSpec = includePersonSpec
    }

    /// The coverage of every statement of `frameworks`, in catalogue order.
    ///
    /// `overrides` carries the governors' decisions that the links alone cannot express: statements that do not
    /// apply to the post, and links that count whatever the item's kind because the governors confirmed them.
    public func coverage(of jobDescription: JobDescription, links: [String: [Link]], frameworks: [Framework],
                         overrides: CoverageOverrides = CoverageOverrides()) -> [StatementCoverage] {
        var counting: [String: [String]] = [:]
        var weak: [String: [String]] = [:]
        var confirmedStandards: Set<String> = []
        for item in jobDescription.assessableItems {
            for link in links[item.id] ?? [] {
                let confirmed = overrides.confirmedLinks[item.id]?.contains(link.standard) ?? false
                if confirmed { confirmedStandards.insert(link.standard) }
                let counts = confirmed || (link.strength == .linked && (item.kind == .duty || includePersonSpec))
                if counts {
                    counting[link.standard, default: []].append(item.id)
                } else {
                    weak[link.standard, default: []].append(item.id)
                }
            }
        }
        return frameworks.flatMap(\.statements).map { statement in
            let id = statement.qualifiedID
            var items = counting[id] ?? []
            var weakItems = weak[id] ?? []
            // Below the statement's bar, its links are shown for review rather than counted, unless the governors
            // confirmed one of them.
            if items.count < statement.coverageLines, !confirmedStandards.contains(id) {
                weakItems = items + weakItems
                items = []
            }
            let status: CoverageStatus
            if overrides.notApplicable.contains(id) {
                status = .notApplicable
            } else if !items.isEmpty {
                status = .covered
            } else if case .outside = overrides.remit[id] {
                status = .outsideRemit
            } else {
                status = !weakItems.isEmpty ? .weak : .uncovered
            }
            let note: String? = switch overrides.remit[id] {
            case .outside(let reason)?, .shared(let reason)?: reason
            case nil: nil
            }
            return StatementCoverage(standard: id, status: status, items: items, weakItems: weakItems, remitNote: note)
        }
    }
}

/// What the governors decided that changes how links add up, beyond the links themselves.
public struct CoverageOverrides: Sendable, Equatable {
    /// Qualified statement ids that do not apply to the post: never gaps.
    public var notApplicable: Set<String>
    /// Item id → qualified statement ids whose links count even from a person-specification criterion.
    public var confirmedLinks: [String: Set<String>]
    /// What the post's role profile says of statements: outside its remit (never a gap) or shared.
    public var remit: [String: RoleAssignment.Remit]

    /// Creates overrides; the defaults change nothing.
    public init(notApplicable: Set<String> = [], confirmedLinks: [String: Set<String>] = [:], remit: [String: RoleAssignment.Remit] = [:]) {
        self.notApplicable = notApplicable
        self.confirmedLinks = confirmedLinks
        self.remit = remit
    }
}
