/// A trust-wide view of a batch: each JD's coverage in one row, and the gaps many JDs share.
///
/// Built one JD at a time from small entries, so a batch of thousands never holds their analyses.
public struct TrustSummary: Sendable, Equatable {
    /// What the summary keeps of one analysed JD: made where the JD was analysed, so only this travels to the summary.
    public struct Entry: Sendable, Equatable {
        /// The JD's row.
        public var row: Row
        /// The statements it leaves uncovered.
        public var gaps: [String]

        /// The entry of an analysed JD.
        public init(_ analysis: Analysis) {
            var tally = CoverageTally()
            for coverage in analysis.coverage { tally.add(coverage.status) }
            row = Row(path: analysis.jobDescription.path, title: analysis.jobDescription.title, tally: tally,
                      reviewOverdue: analysis.review?.overdue ?? false, failure: nil)
            gaps = analysis.gaps
        }
    }

    /// One JD of the batch.
    public struct Row: Sendable, Equatable {
        /// The JD's path, as found.
        public var path: String
        /// Its post title, when it was read.
        public var title: String?
        /// Its statements by status, when it was analysed.
        public var tally: CoverageTally?
        /// Whether its review is overdue.
        public var reviewOverdue: Bool
        /// Why it could not be analysed, when it failed.
        public var failure: String?
    }

    /// A statement that is a gap in several JDs.
    public struct SharedGap: Sendable, Equatable {
        /// The qualified statement id.
        public var standard: String
        /// How many JDs leave it uncovered.
        public var jobDescriptions: Int
    }

    /// The rows in the order the JDs were analysed.
    public private(set) var rows: [Row] = []
    private var gapCounts: [String: Int] = [:]
    private var statementOrder: [String] = []

    /// Creates an empty summary for the statements of `frameworks`, whose order the shared gaps follow on ties.
    public init(frameworks: [Framework]) {
        statementOrder = frameworks.flatMap(\.statements).map(\.qualifiedID)
    }

    /// Adds an analysed JD.
    public mutating func add(_ entry: Entry) {
        for gap in entry.gaps { gapCounts[gap, default: 0] += 1 }
        rows.append(entry.row)
    }

    /// Adds a JD that could not be analysed, with the reason.
    public mutating func addFailure(path: String, reason: String) {
        rows.append(Row(path: path, title: nil, tally: nil, reviewOverdue: false, failure: reason))
    }

    /// The JDs that failed.
    public var failures: [Row] { rows.filter { $0.failure != nil } }

    /// How many JDs were analysed.
    public var analysedCount: Int { rows.count - failures.count }

    /// Statements left uncovered by at least two JDs, most widely shared first.
    public var sharedGaps: [SharedGap] {
        let position = Dictionary(uniqueKeysWithValues: statementOrder.enumerated().map { ($1, $0) })
        return gapCounts.filter { $0.value >= 2 }
            .map { SharedGap(standard: $0.key, jobDescriptions: $0.value) }
            .sorted { ($0.jobDescriptions, -(position[$0.standard] ?? 0)) > ($1.jobDescriptions, -(position[$1.standard] ?? 0)) }
    }
}
