/// A leadership team's JDs side by side: which role covers which statement, where nobody does,
/// and where only one person does.
///
/// Built from several analyses; each role is one JD, named by its title. A pure function of its inputs.
public struct TeamMatrix: Sendable, Equatable {
    /// One post in the team.
    public struct Role: Sendable, Equatable {
        /// The JD's title, used as the role's name.
        public var title: String
        /// The JD's path as given, to tell apart two posts with the same title.
        public var path: String
        /// The role's statements by status, over the matrix's frameworks.
        public var tally: CoverageTally
    }

    /// One role's standing against one statement.
    public struct Cell: Sendable, Equatable {
        /// How many of the role's duties count towards the statement; 0 for none.
        public var countingDuties: Int
        /// The statement's status in that role's analysis.
        public var status: CoverageStatus
    }

    /// One statement across the team.
    public struct Row: Sendable, Equatable {
        /// The statement as published.
        public var statement: Statement
        /// The title of the statement's area.
        public var areaTitle: String
        /// One cell per role, in the order of `roles`.
        public var cells: [Cell]

        /// The indices of the roles whose duties cover the statement.
        public var coveringRoles: [Int] { cells.indices.filter { cells[$0].status == .covered } }

        /// Whether nobody covers it, and at least one role has it as applicable.
        public var isTeamGap: Bool {
            coveringRoles.isEmpty && cells.contains { $0.status != .notApplicable }
        }

        /// Whether exactly one role covers it: if that post holder leaves, the statement is a gap.
        public var isSinglePointOfFailure: Bool { coveringRoles.count == 1 }
    }

    /// A framework in the matrix.
    public struct FrameworkName: Sendable, Equatable {
        /// The framework's id.
        public var id: String
        /// The framework's full title.
        public var title: String
    }

    /// The frameworks in the matrix, in the order they first appear among the analyses.
    public var frameworks: [FrameworkName]
    /// The roles, in the order the analyses were given.
    public var roles: [Role]
    /// One row per statement of the frameworks, in catalogue order.
    public var rows: [Row]

    /// Builds the matrix from one analysis per role; statements an analysis did not cover are shown as gaps for that role.
    public init(analyses: [Analysis], catalogue: Catalogue) {
        var frameworkIDs: [String] = []
        for id in analyses.flatMap(\.frameworkIDs) where !frameworkIDs.contains(id) { frameworkIDs.append(id) }
        let selected = catalogue.selecting(frameworkIDs).frameworks
        frameworks = selected.map { FrameworkName(id: $0.id, title: $0.title) }

        let cellsByRole: [[String: Cell]] = analyses.map { analysis in
            let kinds = Dictionary(analysis.jobDescription.items.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
            return Dictionary(analysis.coverage.map { coverage in
                (coverage.standard, Cell(countingDuties: coverage.items.filter { kinds[$0] == .duty }.count, status: coverage.status))
            }, uniquingKeysWith: { first, _ in first })
        }
        let rows = selected.flatMap { framework in
            framework.areas.flatMap { area in
                area.statements.map { statement in
                    Row(statement: statement, areaTitle: area.title, cells: cellsByRole.map {
                        $0[statement.qualifiedID] ?? Cell(countingDuties: 0, status: .uncovered)
                    })
                }
            }
        }
        self.rows = rows
        roles = analyses.indices.map { index in
            var tally = CoverageTally()
            for row in rows { tally.add(row.cells[index].status) }
            return Role(title: analyses[index].jobDescription.title, path: analyses[index].jobDescription.path, tally: tally)
        }
    }

    /// The statements no role covers, in catalogue order.
    public var teamGaps: [Row] { rows.filter(\.isTeamGap) }

    /// The statements exactly one role covers, in catalogue order.
    public var singlePointsOfFailure: [Row] { rows.filter(\.isSinglePointOfFailure) }
}
