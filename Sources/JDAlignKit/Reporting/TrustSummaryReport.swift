/// Renders a `TrustSummary` in every report format.
///
/// The JSON, Markdown and HTML are handed to `write` a piece at a time, a row or a few kilobytes at once, never whole:
/// a national run's summary has a row for each of 100,000 JDs, and holding its pages as strings cost more memory than
/// the analysis itself.
public enum TrustSummaryReport {
    /// How much JSON is gathered before it is handed on.
    private static let jsonPieceSize = 1 << 16

    /// The summary as indented JSON, with a final line break.
    public static func writeJSON(_ summary: TrustSummary, to write: (String) -> Void) {
        var json = JSONStream(style: .pretty, capacity: jsonPieceSize + 4096)
        json.object { json in
            json.member("analysed", summary.analysedCount)
            json.member("failed", summary.failures.count)
            json.member("jobDescriptions") { json in
                json.array(summary.rows) { json, row in
                    append(row, to: &json)
                    if json.bytes.count >= jsonPieceSize { write(String(decoding: json.drain(), as: UTF8.self)) }
                }
            }
            json.member("sharedGaps") { json in
                json.array(summary.sharedGaps) { json, gap in
                    json.object { json in
                        json.member("standard", gap.standard)
                        json.member("jobDescriptions", gap.jobDescriptions)
                    }
                }
            }
        }
        write(String(decoding: json.drain(), as: UTF8.self) + "\n")
    }

    private static func append(_ row: TrustSummary.Row, to json: inout JSONStream) {
        json.object { json in
            json.member("path", row.path)
            if let title = row.title { json.member("title", title) }
            if let tally = row.tally {
                tally.appendCounts(to: &json)
                json.member("total", tally.total)
                json.member("reviewOverdue", row.reviewOverdue)
            }
            if let failure = row.failure { json.member("failure", failure) }
        }
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
    public static func writeMarkdown(_ summary: TrustSummary, catalogue: Catalogue, to write: (String) -> Void) {
        write("# Trust summary\n\n\(summary.analysedCount) job descriptions analysed, \(summary.failures.count) could not be read.\n\n")
        write("## Coverage by job description\n\n")
        write(MarkdownText.tableHeader(["JD", "Title"] + MarkdownText.tallyHeader + ["Review"], rightAligned: [2, 3, 4, 5, 6]))
        for row in summary.rows {
            guard let tally = row.tally else { continue }
            write(MarkdownText.tableRow([MarkdownText.escapeInline(row.path), MarkdownText.escapeInline(row.title ?? "")]
                + MarkdownText.tallyCells(tally) + [row.reviewOverdue ? "OVERDUE" : ""]))
        }
        write("\n\n## Gaps shared by several JDs\n\n")
        let sharedGaps = summary.sharedGaps
        if sharedGaps.isEmpty {
            write("No statement is a gap in more than one JD.\n")
        }
        for gap in sharedGaps {
            write("- **\(gap.standard)** (\(gap.jobDescriptions) JDs): \(MarkdownText.escapeInline(statementText(gap.standard, catalogue)))\n")
        }
        let failures = summary.failures
        if !failures.isEmpty {
            write("\n## Files that could not be analysed\n\n")
            for failure in failures {
                write("- \(MarkdownText.escapeInline(failure.path)): \(MarkdownText.escapeInline(failure.failure ?? ""))\n")
            }
        }
        write("\n_\(ReportText.advisoryNote)_\n")
    }

    /// A self-contained HTML page.
    public static func writeHTML(_ summary: TrustSummary, catalogue: Catalogue, to write: (String) -> Void) {
        write(HTMLText.pageStart(title: "Trust summary"))
        write("<h1>Trust summary</h1>\n<p>\(summary.analysedCount) job descriptions analysed, \(summary.failures.count) could not be read.</p>\n")
        write(HTMLText.advisoryNote)
        write(HTMLText.sectionStart(id: "coverage", title: "Coverage by job description"))
        write(HTMLText.tallyTableStart(caption: "Statements by status for each job description", rowHeader: "Job description"))
        for row in summary.rows {
            guard let tally = row.tally else { continue }
            write(HTMLText.tallyRow(label: row.path + (row.reviewOverdue ? " (review overdue)" : ""), tally: tally))
        }
        write(HTMLText.tallyTableEnd + HTMLText.sectionEnd)
        let sharedGaps = summary.sharedGaps
        let gaps = sharedGaps.isEmpty ? "<p>No statement is a gap in more than one JD.</p>" :
            "<ul>" + sharedGaps.map { "<li><strong>\(HTMLText.escape($0.standard))</strong> (\($0.jobDescriptions) JDs): \(HTMLText.escape(statementText($0.standard, catalogue)))</li>" }.joined() + "</ul>"
        write(HTMLText.section(id: "shared-gaps", title: "Gaps shared by several JDs", gaps))
        let failures = summary.failures
        if !failures.isEmpty {
            write(HTMLText.sectionStart(id: "failures", title: "Files that could not be analysed") + "<ul>")
            for failure in failures {
                write("<li>\(HTMLText.escape(failure.path)): \(HTMLText.escape(failure.failure ?? ""))</li>")
            }
            write("</ul>" + HTMLText.sectionEnd)
        }
        write(HTMLText.pageEnd)
    }

    private static func count(_ value: Int?) -> TableCell {
        value.map { .number(Double($0)) } ?? .text("")
    }

    private static func statementText(_ id: String, _ catalogue: Catalogue) -> String {
        catalogue.statement(id)?.text ?? ""
    }
}
