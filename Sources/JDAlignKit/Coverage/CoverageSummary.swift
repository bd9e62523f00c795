/// How many statements of a set are covered, weak, gaps or not applicable.
public struct CoverageTally: Sendable, Equatable {
    /// Statements at least one counting item covers.
    public var covered = 0
    /// Statements with only weak or person-specification evidence.
    public var weak = 0
    /// Statements nothing evidences: gaps.
    public var uncovered = 0
    /// Statements the governors decided do not apply to the post.
    public var notApplicable = 0
    /// Statements outside the post's remit by its role profile, that nothing covers.
    public var outsideRemit = 0

    /// An empty tally.
    public init() {}

    /// Every statement counted, whatever its status.
    public var total: Int { covered + weak + uncovered + notApplicable + outsideRemit }

    /// How many statements have this status.
    public func count(of status: CoverageStatus) -> Int {
        switch status {
        case .covered: covered
        case .weak: weak
        case .uncovered: uncovered
        case .notApplicable: notApplicable
        case .outsideRemit: outsideRemit
        }
    }

    /// Counts one more statement with this status.
    public mutating func add(_ status: CoverageStatus) {
        switch status {
        case .covered: covered += 1
        case .weak: weak += 1
        case .uncovered: uncovered += 1
        case .notApplicable: notApplicable += 1
        case .outsideRemit: outsideRemit += 1
        }
    }

    /// The tally of several sets together.
    public static func + (lhs: CoverageTally, rhs: CoverageTally) -> CoverageTally {
        var sum = lhs
        sum.covered += rhs.covered
        sum.weak += rhs.weak
        sum.uncovered += rhs.uncovered
        sum.notApplicable += rhs.notApplicable
        sum.outsideRemit += rhs.outsideRemit
        return sum
    }
}

/// The figures governors read first, derived from one `Analysis` and the catalogue it was analysed against.
///
/// A pure function of its inputs: the same analysis and catalogue always give the same summary.
public struct CoverageSummary: Sendable, Equatable {
    /// One statement with its wording and the items that evidence it.
    public struct StatementLine: Sendable, Equatable {
        /// The statement as published.
        public var statement: Statement
        /// Its coverage status.
        public var status: CoverageStatus
        /// The duties whose links count towards it, in document order.
        public var countingDuties: [String]
        /// Other items that count (person-specification criteria when they were included), in document order.
        public var otherCountingItems: [String]
        /// The items with only weak (or non-counting) links to it.
        public var weakItems: [String]
        /// Why the post's role profile puts it outside the post's remit or shares it, when it does.
        public var remitNote: String? = nil

        /// How many counting duties evidence the statement: 0 for none, more means the duty is spread across the post.
        public var strength: Int { countingDuties.count }
    }

    /// One area (Headteachers' standards) or domain (2015 national standards).
    public struct AreaLine: Sendable, Equatable {
        /// The area.
        public var area: Area
        /// Its statements in order.
        public var statements: [StatementLine]
        /// The area's statements by status.
        public var tally: CoverageTally
    }

    /// One framework with its areas.
    public struct FrameworkLine: Sendable, Equatable {
        /// The framework's id.
        public var id: String
        /// The framework's full title.
        public var title: String
        /// Its areas in order.
        public var areas: [AreaLine]
        /// The framework's statements by status.
        public var tally: CoverageTally

        /// Every statement of every area, in order.
        public var statements: [StatementLine] { areas.flatMap(\.statements) }
    }

    /// An assessable item with its links, for the per-item listings.
    public struct ItemLinks: Sendable, Equatable {
        /// The item.
        public var item: Item
        /// Its links, in the matcher's order.
        public var links: [Link]
        /// The statements this item counts towards (after the governors' decisions), in catalogue order.
        public var countsTowards: [String]
    }

    /// The frameworks analysed against, in the analysis's order.
    public var frameworks: [FrameworkLine]
    /// Every statement of every framework by status.
    public var tally: CoverageTally
    /// Every duty and person-specification criterion with its links, in document order.
    public var assessableItems: [ItemLinks]
    /// Every duty with its links, in document order.
    public var duties: [ItemLinks]
    /// The reverse gap: duties that count towards no statement. Their weak links, if any, are kept for a human look.
    public var dutiesEvidencingNoStandard: [ItemLinks]
    /// Person-specification criteria with their links, kept apart because they say what the post needs, not what it does.
    public var personSpecCriteria: [ItemLinks]

    /// Summarises `analysis` against the statements `catalogue` holds for the analysis's frameworks.
    ///
    /// A statement the analysis has no coverage entry for is shown as a gap, so nothing silently disappears.
    public init(analysis: Analysis, catalogue: Catalogue) {
        let coverageByID = Dictionary(analysis.coverage.map { ($0.standard, $0) }, uniquingKeysWith: { first, _ in first })
        let kinds = Dictionary(analysis.jobDescription.items.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        frameworks = catalogue.selecting(analysis.frameworkIDs).frameworks.map { framework in
            let areas = framework.areas.map { area in
                let lines = area.statements.map { statement in
                    let coverage = coverageByID[statement.qualifiedID]
                    let counting = coverage?.items ?? []
                    return StatementLine(statement: statement, status: coverage?.status ?? .uncovered,
                                         countingDuties: counting.filter { kinds[$0] == .duty },
                                         otherCountingItems: counting.filter { kinds[$0] != .duty },
                                         weakItems: coverage?.weakItems ?? [], remitNote: coverage?.remitNote)
                }
                return AreaLine(area: area, statements: lines, tally: Self.tally(of: lines))
            }
            return FrameworkLine(id: framework.id, title: framework.title, areas: areas,
                                 tally: areas.map(\.tally).reduce(CoverageTally(), +))
        }
        tally = frameworks.map(\.tally).reduce(CoverageTally(), +)

        var countsTowards: [String: [String]] = [:]
        for line in frameworks.flatMap(\.statements) {
            for item in line.countingDuties + line.otherCountingItems {
                countsTowards[item, default: []].append(line.statement.qualifiedID)
            }
        }
        assessableItems = analysis.jobDescription.assessableItems.map { item in
            ItemLinks(item: item, links: analysis.links[item.id] ?? [], countsTowards: countsTowards[item.id] ?? [])
        }
        duties = assessableItems.filter { $0.item.kind == .duty }
        dutiesEvidencingNoStandard = duties.filter(\.countsTowards.isEmpty)
        personSpecCriteria = assessableItems.filter { $0.item.kind == .personSpec }
    }

    /// Every statement line of every framework, in order.
    public var statements: [StatementLine] { frameworks.flatMap(\.statements) }

    /// The title of the area (or domain) a statement belongs to, to say where a suggested duty would go.
    public func areaTitle(of statementID: String) -> String? {
        frameworks.lazy.flatMap(\.areas).first { $0.statements.contains { $0.statement.qualifiedID == statementID } }?.area.title
    }

    /// The gaps with their wording, in catalogue order.
    public var gaps: [StatementLine] { statements.filter { $0.status == .uncovered } }

    /// Statements nothing covers that the post's role profile puts outside its remit: listed, never gaps.
    public var outsideRemit: [StatementLine] { statements.filter { $0.status == .outsideRemit } }

    private static func tally(of lines: [StatementLine]) -> CoverageTally {
        var tally = CoverageTally()
        for line in lines { tally.add(line.status) }
        return tally
    }
}
