/// A trust-wide view of a batch: each JD's coverage in one row, and the gaps many JDs share.
///
/// Built one JD at a time from small entries, so a batch of thousands never holds their analyses; and each row is kept
/// compact (see `StoredRow`), so a national run of 100,000 JDs holds a few megabytes of rows.
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

    /// The rows in the order the JDs were analysed, each made afresh from its stored form as it is read.
    public var rows: some RandomAccessCollection<Row> {
        storedRows.lazy.map { [texts] in $0.row(texts: texts) }
    }

    private var storedRows: [StoredRow] = []
    /// The rows' paths, titles and failure reasons, one after another as UTF-8. Kept as a String each, a row's texts
    /// were allocations of their own, made on the thread that analysed the JD and kept to the end of the run: at
    /// 100,000 JDs they and the rows' width were most of what the run's memory grew by.
    private var texts = StoredTexts()
    private var gapCounts: [String: Int] = [:]
    private var statementOrder: [String] = []

    /// Creates an empty summary for the statements of `frameworks`, whose order the shared gaps follow on ties.
    public init(frameworks: [Framework]) {
        statementOrder = frameworks.flatMap(\.statements).map(\.qualifiedID)
    }

    /// Adds an analysed JD.
    public mutating func add(_ entry: Entry) {
        for gap in entry.gaps { gapCounts[gap, default: 0] += 1 }
        storedRows.append(StoredRow(entry.row, texts: &texts))
    }

    /// Adds a JD that could not be analysed, with the reason.
    public mutating func addFailure(path: String, reason: String) {
        storedRows.append(StoredRow(Row(path: path, title: nil, tally: nil, reviewOverdue: false, failure: reason), texts: &texts))
    }

    /// The JDs that failed.
    public var failures: [Row] { rows.filter { $0.failure != nil } }

    /// How many JDs were analysed.
    public var analysedCount: Int { storedRows.count { $0.tally != nil } }

    /// Statements left uncovered by at least two JDs, most widely shared first.
    public var sharedGaps: [SharedGap] {
        let position = Dictionary(uniqueKeysWithValues: statementOrder.enumerated().map { ($1, $0) })
        return gapCounts.filter { $0.value >= 2 }
            .map { SharedGap(standard: $0.key, jobDescriptions: $0.value) }
            .sorted { ($0.jobDescriptions, -(position[$0.standard] ?? 0)) > ($1.jobDescriptions, -(position[$1.standard] ?? 0)) }
    }
}

/// A row as the summary keeps it: where its texts are in `StoredTexts`, and its counts as 32-bit integers.
private struct StoredRow: Sendable, Equatable {
    var path: StoredTexts.Span
    var title: StoredTexts.Span?
    var tally: CompactTally?
    var reviewOverdue: Bool
    var failure: StoredTexts.Span?

    init(_ row: TrustSummary.Row, texts: inout StoredTexts) {
        path = texts.add(row.path)
        title = row.title.map { texts.add($0) }
        tally = row.tally.map(CompactTally.init)
        reviewOverdue = row.reviewOverdue
        failure = row.failure.map { texts.add($0) }
    }

    func row(texts: StoredTexts) -> TrustSummary.Row {
        TrustSummary.Row(path: texts[path], title: title.map { texts[$0] }, tally: tally?.tally, reviewOverdue: reviewOverdue,
                         failure: failure.map { texts[$0] })
    }
}

/// A `CoverageTally` in a fifth of its width: no JD has four billion statements.
private struct CompactTally: Sendable, Equatable {
    var covered, weak, uncovered, notApplicable, outsideRemit: UInt32

    init(_ tally: CoverageTally) {
        covered = UInt32(tally.covered)
        weak = UInt32(tally.weak)
        uncovered = UInt32(tally.uncovered)
        notApplicable = UInt32(tally.notApplicable)
        outsideRemit = UInt32(tally.outsideRemit)
    }

    var tally: CoverageTally {
        var tally = CoverageTally()
        tally.covered = Int(covered)
        tally.weak = Int(weak)
        tally.uncovered = Int(uncovered)
        tally.notApplicable = Int(notApplicable)
        tally.outsideRemit = Int(outsideRemit)
        return tally
    }
}

/// Texts stored one after another as UTF-8 in one growing buffer, each found again by its span.
private struct StoredTexts: Sendable, Equatable {
    /// Where one text is in the buffer. 32 bits are plenty: 100,000 JDs' texts take a few megabytes.
    struct Span: Sendable, Equatable {
        let start: UInt32
        let count: UInt32
    }

    private var bytes: [UInt8] = []

    /// Stores `text` and returns where it is.
    mutating func add(_ text: String) -> Span {
        let start = bytes.count
        bytes += text.utf8
        return Span(start: UInt32(start), count: UInt32(bytes.count - start))
    }

    subscript(span: Span) -> String {
        let start = Int(span.start)
        return String(decoding: bytes[start..<start + Int(span.count)], as: UTF8.self)
    }
}
