extension HeadingDetection {
    /// Whether a grid term in a table cell ("AF / I", "E") marks the criterion of its own row rather than titling a
    /// column: an earlier cell of its row holds a criterion (a line no pass has read as a heading or a mark), and the
    /// next line to read starts another row. A row that repeats the column titles ("Experience   Essential
    /// Desirable", or "ESSENTIAL   DESIRABLE" with its first cell empty) has no criterion beside its terms, and a term
    /// at the foot of a tall cell ("ESSENTIAL" under a cell's bullets, with the row's next column still to read) is a
    /// title the converter ran into the row above: both stay column titles.
    static func marksItsRowsCriterion(at index: Int, in drafts: [Draft], next: Draft?) -> Bool {
        guard let cell = drafts[index].cell, cell.column > 0 else { return false }
        func isInItsRow(_ other: Draft) -> Bool {
            other.cell.map { $0.table == cell.table && $0.row == cell.row } ?? false
        }
        if let next, isInItsRow(next) { return false }
        for earlier in drafts[..<index].reversed() {
            guard isInItsRow(earlier) else { break }
            if earlier.kind == nil, !CriterionTerms.isGridTerm(earlier.text), !CriterionTerms.isTick(earlier.text) { return true }
        }
        return false
    }
}
