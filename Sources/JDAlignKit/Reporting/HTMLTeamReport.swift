/// The leadership team's coverage as one self-contained HTML file: each role's figures with a bar chart,
/// a grid of statements × roles, the team gaps and the single points of failure. Prints on A4; deterministic.
public enum HTMLTeamReport {
    /// The report as an HTML document (suggested file name `NAME.team.html`).
    public static func render(_ matrix: TeamMatrix) -> String {
        var header = "<header><h1>\(HTMLText.escape(TeamText.title))</h1>\n\(HTMLText.advisoryNote)\n</header>\n"
        header += "<section id=\"roles\" aria-labelledby=\"roles-title\"><h2 id=\"roles-title\">Roles</h2>\n"
        header += HTMLText.tallyTable(caption: "Statements by status for each role", rowHeader: "Role",
                                      rows: matrix.roles.map { ($0.title, $0.tally) })
        header += HTMLText.legend
        header += HTMLCharts.tallyBars(title: "Statements by status for each role", rows: matrix.roles.map { ($0.title, $0.tally) })
        header += "<div class=\"headline\"><div class=\"s-gap\"><span class=\"figure\">\(matrix.teamGaps.count)</span>"
        header += "\(ReportText.symbol(.uncovered)) team gaps: no role covers them</div>"
        header += "<div class=\"s-weak\"><span class=\"figure\">\(matrix.singlePointsOfFailure.count)</span>"
        header += "single points of failure: one role covers them</div></div>\n</section>\n"
        let body = [
            header,
            HTMLText.section(id: "grid", title: "Statements by role", grid(matrix)),
            HTMLText.section(id: "team-gaps", title: "Team gaps and single points of failure", risks(matrix)),
        ]
        return HTMLText.page(title: TeamText.title, body: body.joined(separator: "\n"))
    }

    private static func grid(_ matrix: TeamMatrix) -> String {
        var html = "<p>Each cell shows the status and the number of duties that evidence the statement.</p>" + HTMLText.legend
        for framework in matrix.frameworks {
            html += "<table class=\"team\"><caption>\(HTMLText.escape(framework.title)): statements by role</caption>"
            html += "<thead><tr><th scope=\"col\">Statement</th>"
            html += matrix.roles.map { "<th scope=\"col\">\(HTMLText.escape($0.title))</th>" }.joined()
            html += "<th scope=\"col\">Team</th></tr></thead><tbody>"
            for row in matrix.rows where row.statement.frameworkID == framework.id {
                html += "<tr><th scope=\"row\" class=\"id\" title=\"\(HTMLText.escape(row.statement.text))\">\(HTMLText.escape(row.statement.qualifiedID))</th>"
                for (index, cell) in row.cells.enumerated() {
                    let label = "\(matrix.roles[index].title): \(ReportText.label(cell.status)), \(cell.countingDuties) duties"
                    html += "<td class=\"cell \(HTMLText.statusClass(cell.status))\" aria-label=\"\(HTMLText.escape(label))\">"
                    html += "\(HTMLText.escape(TeamText.cell(cell)))</td>"
                }
                html += "<td class=\"\(HTMLText.statusClass(teamColour(row)))\">\(HTMLText.escape(TeamText.verdict(row)))</td></tr>"
            }
            html += "</tbody></table>\n"
        }
        return html
    }

    /// Gaps red, single points of failure amber, shared statements green; the verdict's words say the same.
    private static func teamColour(_ row: TeamMatrix.Row) -> CoverageStatus {
        if row.isTeamGap { return .uncovered }
        switch row.coveringRoles.count {
        case 0: return .notApplicable
        case 1: return .weak
        default: return .covered
        }
    }

    private static func risks(_ matrix: TeamMatrix) -> String {
        var html = "<h3>Team gaps</h3>"
        let gaps = matrix.teamGaps
        if gaps.isEmpty {
            html += "<p>Every applicable statement is covered by at least one role.</p>"
        } else {
            html += HTMLText.gapTable(caption: "\(gaps.count) statement\(gaps.count == 1 ? "" : "s") no role covers", statements: gaps.map(\.statement))
        }
        html += "<h3>Single points of failure</h3><p>\(HTMLText.escape(TeamText.singlePointNote))</p>"
        let single = matrix.singlePointsOfFailure
        guard !single.isEmpty else { return html + "<p>No statement depends on one role alone.</p>" }
        html += "<table><caption>\(single.count) statement\(single.count == 1 ? "" : "s") only one role covers</caption>"
        html += "<thead><tr><th scope=\"col\">Statement</th><th scope=\"col\">Only role</th><th scope=\"col\">Wording</th></tr></thead><tbody>"
        for row in single {
            html += "<tr><th scope=\"row\" class=\"id\">\(HTMLText.escape(row.statement.qualifiedID))</th>"
            html += "<td>\(HTMLText.escape(TeamText.coveringNames(row, in: matrix)))</td><td>\(HTMLText.escape(row.statement.text))</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
