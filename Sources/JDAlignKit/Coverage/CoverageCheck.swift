/// The rules of `jdalign check`: which statements a JD must cover, and how much of the frameworks overall.
///
/// A required statement is met when it is covered or the governors decided it does not apply; a weak
/// statement is not met, because a weak link is one nobody has confirmed. With no requirements and no
/// minimum, every statement of the frameworks is required: a check that asks for nothing would always pass.
public struct CoverageCheck: Sendable, Equatable {
    /// A requirement as given, with the statements it stands for.
    public struct Requirement: Sendable, Equatable {
        /// The id as given: a framework, an area or a statement.
        public var id: String
        /// The qualified statement ids it requires, in catalogue order.
        public var statements: [String]
    }

    /// The requirements, in the order given.
    public var requirements: [Requirement]
    /// The least percentage of applicable statements that must be covered, if any.
    public var minimumCoverage: Double?

    /// Resolves requirement ids against `frameworks` (the frameworks analysed).
    ///
    /// - Throws: `CoverageCheckError` for an id that names no framework, area or statement of `frameworks`.
    public init(requirements ids: [String], minimumCoverage: Double?, frameworks: [Framework]) throws(CoverageCheckError) {
        var requirements: [Requirement] = []
        for id in ids {
            requirements.append(Requirement(id: id, statements: try Self.statements(for: id, in: frameworks)))
        }
        if requirements.isEmpty && minimumCoverage == nil {
            requirements = frameworks.map { Requirement(id: $0.id, statements: $0.statements.map(\.qualifiedID)) }
        }
        self.requirements = requirements
        self.minimumCoverage = minimumCoverage
    }

    /// Checks one analysed JD (with any decisions already applied).
    public func evaluate(_ analysis: Analysis) -> CoverageCheckResult {
        let status = Dictionary(analysis.coverage.map { ($0.standard, $0.status) }, uniquingKeysWith: { first, _ in first })
        var unmet: [CoverageCheckResult.UnmetRequirement] = []
        for requirement in requirements {
            let missing = requirement.statements.compactMap { id -> CoverageCheckResult.Shortfall? in
                let current = status[id] ?? .uncovered
                // Outside the post's remit by its role profile counts like a governors' "not applicable".
                return [.covered, .notApplicable, .outsideRemit].contains(current) ? nil : CoverageCheckResult.Shortfall(standard: id, status: current)
            }
            if !missing.isEmpty { unmet.append(CoverageCheckResult.UnmetRequirement(requirement: requirement.id, shortfalls: missing)) }
        }
        let coverage = Self.coveragePercentage(of: analysis)
        let belowMinimum = minimumCoverage.map { coverage < $0 } ?? false
        return CoverageCheckResult(path: analysis.jobDescription.path, unmet: unmet, coveragePercentage: coverage,
                                   minimumCoverage: minimumCoverage, belowMinimum: belowMinimum)
    }

    /// The percentage of applicable statements covered: not-applicable statements leave the denominator; none applicable is 100.
    public static func coveragePercentage(of analysis: Analysis) -> Double {
        let applicable = analysis.coverage.filter { $0.status != .notApplicable && $0.status != .outsideRemit }
        guard !applicable.isEmpty else { return 100 }
        return Double(applicable.filter { $0.status == .covered }.count) * 100 / Double(applicable.count)
    }

    private static func statements(for id: String, in frameworks: [Framework]) throws(CoverageCheckError) -> [String] {
        let parts = id.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let framework = frameworks.first(where: { $0.id == parts[0] }) else {
            throw CoverageCheckError(requirement: id, message: "names no framework being checked",
                                     hint: "frameworks checked: \(frameworks.map(\.id).joined(separator: ", ")); add --framework \(parts[0]) if it is loaded")
        }
        guard parts.count == 2 else { return framework.statements.map(\.qualifiedID) }
        if let area = framework.areas.first(where: { $0.id == parts[1] }) { return area.statements.map(\.qualifiedID) }
        if let statement = framework.statements.first(where: { $0.id == parts[1] }) { return [statement.qualifiedID] }
        throw CoverageCheckError(requirement: id, message: "is not an area or statement of \(framework.id)",
                                 hint: "jdalign standards list --framework \(framework.id) lists them")
    }
}

/// A requirement of `jdalign check` that names nothing in the frameworks checked.
public struct CoverageCheckError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The requirement as given.
    public var requirement: String
    /// What is wrong with it.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// Creates an error.
    public init(requirement: String, message: String, hint: String? = nil) {
        self.requirement = requirement
        self.message = message
        self.hint = hint
    }

    /// `requirement 'ID' message (hint)`, on one line.
    public var description: String {
        "requirement '\(requirement)' \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}

/// What `jdalign check` found for one JD.
public struct CoverageCheckResult: Sendable, Equatable {
    /// A required statement that is neither covered nor not applicable.
    public struct Shortfall: Sendable, Equatable {
        /// The qualified statement id.
        public var standard: String
        /// Weak or uncovered.
        public var status: CoverageStatus
    }

    /// A requirement with the statements that fall short of it.
    public struct UnmetRequirement: Sendable, Equatable {
        /// The requirement as given.
        public var requirement: String
        /// Its statements that are not met, in catalogue order.
        public var shortfalls: [Shortfall]
    }

    /// The JD's path.
    public var path: String
    /// The requirements not met, in the order given.
    public var unmet: [UnmetRequirement]
    /// The percentage of applicable statements covered.
    public var coveragePercentage: Double
    /// The minimum asked for, if any.
    public var minimumCoverage: Double?
    /// Whether the coverage is below the minimum.
    public var belowMinimum: Bool

    /// Whether every requirement is met and the coverage reaches the minimum.
    public var passed: Bool { unmet.isEmpty && !belowMinimum }
}
