/// One JD, its items' links, and what they add up to against the selected frameworks.
public struct Analysis: Sendable, Equatable {
    /// The structured JD.
    public var jobDescription: JobDescription
    /// The links of each assessable item, keyed by item id; items without links are absent.
    public var links: [String: [Link]]
    /// One entry per statement of the selected frameworks, in catalogue order.
    public var coverage: [StatementCoverage]
    /// The frameworks analysed against, in order.
    public var frameworkIDs: [String]
    /// The governors' decisions and whether each applied (empty without a decisions file).
    public var decisions: [DecisionOutcome]
    /// The JD's review dates against today, when a date to check against was given.
    public var review: ReviewStatus?
    /// The post the JD is for, when recognised or chosen, and what it is expected to evidence.
    public var role: RoleAssignment?
    /// For each statement this post is expected to evidence, a duty that would cover it, worded for the post's level.
    public var suggestedDuties: [String: String] = [:]

    /// Creates an analysis.
    public init(jobDescription: JobDescription, links: [String: [Link]], coverage: [StatementCoverage], frameworkIDs: [String],
                decisions: [DecisionOutcome] = [], review: ReviewStatus? = nil, role: RoleAssignment? = nil) {
        self.jobDescription = jobDescription
        self.links = links
        self.coverage = coverage
        self.frameworkIDs = frameworkIDs
        self.decisions = decisions
        self.review = review
        self.role = role
    }

    /// The gaps with the duty suggested for each, in catalogue order.
    public var gapSuggestions: [(standard: String, duty: String)] {
        gaps.compactMap { id in suggestedDuties[id].map { (id, $0) } }
    }

    /// The statements no item covers, in catalogue order.
    public var gaps: [String] {
        coverage.filter { $0.status == .uncovered }.map(\.standard)
    }
}

/// How well the JD covers one statement.
public enum CoverageStatus: String, Sendable, Equatable, Codable, CaseIterable {
    /// At least one duty links to it.
    case covered
    /// Only weak links, only person-specification evidence, or fewer duties than the statement's `coverageLines`.
    case weak
    /// Nothing links to it: a gap.
    case uncovered
    /// The governors decided it does not apply to this post; never a gap.
    case notApplicable = "not-applicable"
    /// Nothing covers it and the post's role profile puts it outside the post's remit; listed, never a gap.
    case outsideRemit = "outside-remit"
}

/// The coverage of one statement.
public struct StatementCoverage: Sendable, Equatable {
    /// The qualified statement id.
    public var standard: String
    /// Covered, weak or uncovered.
    public var status: CoverageStatus
    /// The items whose links count towards covering it, in document order.
    public var items: [String]
    /// The items with only weak links to it (or person-spec links that do not count), in document order.
    public var weakItems: [String]
    /// Why the post's role profile puts it outside the post's remit or shares it, when it does.
    public var remitNote: String?

    /// Creates a statement's coverage.
    public init(standard: String, status: CoverageStatus, items: [String], weakItems: [String], remitNote: String? = nil) {
        self.standard = standard
        self.status = status
        self.items = items
        self.weakItems = weakItems
        self.remitNote = remitNote
    }
}
