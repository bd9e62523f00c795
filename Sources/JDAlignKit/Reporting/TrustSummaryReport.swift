/// Renders a `TrustSummary` in every report format.
public enum TrustSummaryReport {
    /// The summary as JSON.
    public static func json(_ summary: TrustSummary) -> JSONValue {
        .object([
            ("analysed", .number(Double(summary.analysedCount))),
            ("failed", .number(Double(summary.failures.count))),
            ("jobDescriptions", .array(summary.rows.map { row in
                var members: [(key: String, value: JSONValue)] = [("path", .string(row.path))]
                if let title = row.title { members.append(("title", .string(title))) }
                if let tally = row.tally {
                    members += [("covered", .number(Double(tally.covered))), ("weak", .number(Double(tally.weak))),
                                ("gaps", .number(Double(tally.uncovered))), ("notApplicable", .number(Double(tally.notApplicable))),
                                ("outsideRemit", .number(Double(tally.outsideRemit))), ("total", .number(Double(tally.total))), ("reviewOverdue", .bool(row.reviewOverdue))]
                }
                if let failure = row.failure { members.append(("failure", .string(failure))) }
                return .object(members)
            })),
            ("sharedGaps", .array(summary.sharedGaps.map { gap in
                .object([("standard", .string(gap.standard)), ("jobDescriptions", .number(Double(gap.jobDescriptions)))])
            })),
        ])
    }

    /// The per-JD table and the shared gaps, for CSV and XLSX.
    public static func tables(_ summary: TrustSummary, catalogue: Catalogue) -> [ReportTable] {
        let perJD = ReportTable(name: "Job descriptions", header: ["JD", "Title", "Covered", "Weak", "Gaps", "Not applicable", "Outside remit", "Total", "Review overdue", "Failure"],
                                widths: [40, 40, 10, 10, 10, 14, 14, 10, 14, 40],
                                rows: summary.rows.map { row in
                                    let tally = row.tally
                                    return [.text(row.path), .text(row.title ?? ""),
                                            count(tally?.covered), count(tally?.weak), count(tally?.uncovered), count(tally?.notApplicable),
                                            count(tally?.outsideRemit), count(tally?.total),
                                            .text(row.tally == nil ? "" : (row.reviewOverdue ? "yes" : "no")), .text(row.failure ?? "")]
                                })
        let shared = ReportTable(name: "Shared gaps", header: ["Standard", "Statement", "JDs with this gap"], widths: [20, 80, 18],
                                 rows: summary.sharedGaps.map { [.text($0.standard), .text(statementText($0.standard, catalogue)), .number(Double($0.jobDescriptions))] })
        return [perJD, shared]
    }

    /// A Markdown page.
    public static func markdown(_ summary: TrustSummary, catalogue: Catalogue) -> String {
        var lines = ["# Trust summary", "", "\(summary.analysedCount) job descriptions analysed, \(summary.failures.count) could not be read.", ""]
        lines.append("## Coverage by job description")
        lines.append("")
        lines.append(MarkdownText.table(header: ["JD", "Title"] + MarkdownText.tallyHeader + ["Review"],
                                        rows: summary.rows.filter { $0.tally != nil }.map { row in
                                            [MarkdownText.escapeInline(row.path), MarkdownText.escapeInline(row.title ?? "")]
                                                + MarkdownText.tallyCells(row.tally ?? CoverageTally()) + [row.reviewOverdue ? "OVERDUE" : ""]
                                        }, rightAligned: [2, 3, 4, 5, 6]))
        lines += ["", "## Gaps shared by several JDs", ""]
        if summary.sharedGaps.isEmpty {
            lines.append("No statement is a gap in more than one JD.")
        } else {
            lines += summary.sharedGaps.map { "- **\($0.standard)** (\($0.jobDescriptions) JDs): \(MarkdownText.escapeInline(statementText($0.standard, catalogue)))" }
        }
        if !summary.failures.isEmpty {
            lines += ["", "## Files that could not be analysed", ""]
            lines += summary.failures.map { "- \(MarkdownText.escapeInline($0.path)): \(MarkdownText.escapeInline($0.failure ?? ""))" }
        }
        lines.append("")
        lines.append("_\(ReportText.advisoryNote)_")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A self-contained HTML page.
    public static func html(_ summary: TrustSummary, catalogue: Catalogue) -> String {
        let rows = summary.rows.filter { $0.tally != nil }.map { row in
            (label: row.path + (row.reviewOverdue ? " (review overdue)" : ""), tally: row.tally ?? CoverageTally())
        }
        var body = "<h1>Trust summary</h1>\n<p>\(summary.analysedCount) job descriptions analysed, \(summary.failures.count) could not be read.</p>\n"
        body += HTMLText.advisoryNote
        body += HTMLText.section(id: "coverage", title: "Coverage by job description",
                                 HTMLText.tallyTable(caption: "Statements by status for each job description", rowHeader: "Job description", rows: rows))
        let gaps = summary.sharedGaps.isEmpty ? "<p>No statement is a gap in more than one JD.</p>" :
            "<ul>" + summary.sharedGaps.map { "<li><strong>\(HTMLText.escape($0.standard))</strong> (\($0.jobDescriptions) JDs): \(HTMLText.escape(statementText($0.standard, catalogue)))</li>" }.joined() + "</ul>"
        body += HTMLText.section(id: "shared-gaps", title: "Gaps shared by several JDs", gaps)
        if !summary.failures.isEmpty {
            body += HTMLText.section(id: "failures", title: "Files that could not be analysed",
                                     "<ul>" + summary.failures.map { "<li>\(HTMLText.escape($0.path)): \(HTMLText.escape($0.failure ?? ""))</li>" }.joined() + "</ul>")
        }
        return HTMLText.page(title: "Trust summary", body: body)
    }

    private static func count(_ value: Int?) -> TableCell {
        value.map { .number(Double($0)) } ?? .text("")
    }

    private static func statementText(_ id: String, _ catalogue: Catalogue) -> String {
        catalogue.statement(id)?.text ?? ""
    }
}
