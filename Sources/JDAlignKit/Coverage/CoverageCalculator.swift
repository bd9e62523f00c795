/// Works out which statements a JD covers from its items' links.
public struct CoverageCalculator: Sendable {
    /// Whether person-specification criteria count towards coverage (they show what the post needs, not what it does).
    public var includePersonSpec: Bool

    /// Creates a calculator.
    public init(includePersonSpec: Bool = false) {
        self.includePersonSpec = includePersonSpec
    }

    /// The coverage of every statement of `frameworks`, in catalogue order.
    public func coverage(of jobDescription: JobDescription, links: [String: [Link]], frameworks: [Framework]) -> [StatementCoverage] {
        var counting: [String: [String]] = [:]
        var weak: [String: [String]] = [:]
        for item in jobDescription.assessableItems {
            for link in links[item.id] ?? [] {
                let counts = link.strength == .linked && (item.kind == .duty || includePersonSpec)
                if counts {
                    counting[link.standard, default: []].append(item.id)
                } else {
                    weak[link.standard, default: []].append(item.id)
                }
            }
        }
        return frameworks.flatMap(\.statements).map { statement in
            let id = statement.qualifiedID
            let items = counting[id] ?? []
            let weakItems = weak[id] ?? []
            let status: CoverageStatus = !items.isEmpty ? .covered : (!weakItems.isEmpty ? .weak : .uncovered)
            return StatementCoverage(standard: id, status: status, items: items, weakItems: weakItems)
        }
    }
}
