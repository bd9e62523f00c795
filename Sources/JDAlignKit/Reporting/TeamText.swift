/// Wording the team-matrix reports share, so every format gives the same verdict on a statement.
enum TeamText {
    /// The team's standing on one statement, in words.
    static func verdict(_ row: TeamMatrix.Row) -> String {
        if row.isTeamGap { return "Team gap: no role covers it" }
        switch row.coveringRoles.count {
        case 0: return "Not applicable to any role"
        case 1: return "Single point of failure"
        default: return "Covered by \(row.coveringRoles.count) roles"
        }
    }

    /// A cell as the grids show it: the status symbol and the number of duties, e.g. `✓ 2`.
    static func cell(_ cell: TeamMatrix.Cell) -> String {
        "\(ReportText.symbol(cell.status)) \(cell.countingDuties)"
    }

    /// The title every team report carries.
    static let title = "Leadership team coverage"

    /// What a single point of failure means, for governors who have not met the term.
    static let singlePointNote = "Statements only one role covers: if that post is vacant, nobody in the team covers them."

    /// The names of the roles covering a row, joined for a sentence or a cell.
    static func coveringNames(_ row: TeamMatrix.Row, in matrix: TeamMatrix) -> String {
        row.coveringRoles.map { matrix.roles[$0].title }.joined(separator: ", ")
    }
}
