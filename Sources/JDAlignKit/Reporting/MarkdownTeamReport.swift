/// The leadership team's coverage as Markdown: the roles with their figures, a table of statements × roles,
/// the team gaps and the single points of failure. Deterministic.
public enum MarkdownTeamReport {
    /// The report as Markdown text, ending with a newline (suggested file name `NAME.team.md`).
    public static func render(_ matrix: TeamMatrix) -> String {
        var text = "# \(TeamText.title)\n\n> \(ReportText.advisoryNote)\n\n"
        text += "## Roles\n\n"
        text += MarkdownText.table(header: ["Role", "Job description"] + MarkdownText.tallyHeader, rows: matrix.roles.map { role in
            [MarkdownText.escape(role.title), MarkdownText.escape(role.path)] + MarkdownText.tallyCells(role.tally)
        }, rightAligned: Set(2...6))
        text += "\n## Statements by role\n\n"
        text += "Each cell shows the status (✓ covered, ~ weak, ✗ gap, – not applicable) and the number of duties that evidence the statement.\n"
        for framework in matrix.frameworks {
            text += "\n### \(MarkdownText.escapeInline(framework.title))\n\n"
            let rows = matrix.rows.filter { $0.statement.frameworkID == framework.id }.map { row in
                [MarkdownText.escape(row.statement.qualifiedID)] + row.cells.map(TeamText.cell) + [TeamText.verdict(row)]
            }
            text += MarkdownText.table(header: ["Statement"] + matrix.roles.map { MarkdownText.escape($0.title) } + ["Team"], rows: rows)
        }
        text += "\n## Team gaps\n\n"
        let gaps = matrix.teamGaps
        text += gaps.isEmpty ? "Every applicable statement is covered by at least one role.\n" : gaps.map { row in
            "- **\(MarkdownText.escapeInline(row.statement.qualifiedID))**: \(MarkdownText.escapeInline(row.statement.text))"
        }.joined(separator: "\n") + "\n"
        text += "\n## Single points of failure\n\n\(TeamText.singlePointNote)\n\n"
        let single = matrix.singlePointsOfFailure
        text += single.isEmpty ? "No statement depends on one role alone.\n" : single.map { row in
            "- **\(MarkdownText.escapeInline(row.statement.qualifiedID))** (only \(MarkdownText.escapeInline(TeamText.coveringNames(row, in: matrix)))): "
                + MarkdownText.escapeInline(row.statement.text)
        }.joined(separator: "\n") + "\n"
        return text
    }
}
