/// The coverage report as a Word document for the governors' pack: the same content as the HTML report, with Word's
/// headings (the navigation pane shows the outline), shaded statuses, page numbers and A4 portrait pages.
public enum DocxReport {
    /// Status shading, light enough to print and read in black and white (the status word is always there too).
    static func shade(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "C8E6C9"
        case .weak: "FFE0B2"
        case .uncovered: "FFCDD2"
        case .notApplicable, .outsideRemit: "EEEEEE"
        }
    }

    /// One JD's report.
    public static func render(_ analysis: Analysis, catalogue: Catalogue) -> [UInt8] {
        let summary = CoverageSummary(analysis: analysis, catalogue: catalogue)
        var doc = DocxDocument()
        doc.heading("Job description coverage: \(analysis.jobDescription.title)", level: 0)
        if let sentence = ReportText.reviewSentence(analysis.review) { doc.paragraph(sentence, bold: analysis.review?.overdue == true) }
        doc.table(header: ["Detail", "Value"], rows: ReportText.metadataLines(of: analysis).map { [.init($0.label), .init($0.value)] },
                  widths: [2400, 7200])
        doc.paragraph(ReportText.advisoryNote, italic: true)

        doc.heading("Summary", level: 1)
        var rows = summary.frameworks.map { (title: $0.title, tally: $0.tally) }
        if summary.frameworks.count > 1 { rows.append((title: "All frameworks", tally: summary.tally)) }
        doc.table(header: ["Framework"] + CoverageStatus.allCases.map(ReportText.label) + ["Total"],
                  rows: rows.map { row in [.init(row.title)] + CoverageStatus.allCases.map { .init(String(row.tally.count(of: $0))) } + [.init(String(row.tally.total))] },
                  widths: [2200] + Array(repeating: 1230, count: CoverageStatus.allCases.count + 1))

        doc.heading("Coverage by standard", level: 1)
        for framework in summary.frameworks {
            doc.heading(framework.title, level: 2)
            doc.table(header: ["Statement", "Status", "Evidenced by"], rows: framework.statements.map { line in
                [.init("\(line.statement.qualifiedID) \(line.statement.text)"),
                 .init("\(ReportText.symbol(line.status)) \(ReportText.label(line.status))", shade: shade(line.status)),
                 .init((line.countingDuties + line.otherCountingItems + line.weakItems.map { "\($0) (weak)" }).joined(separator: ", "))]
            }, widths: [6000, 1600, 2000])
        }

        doc.heading("Gaps", level: 1)
        if summary.gaps.isEmpty { doc.paragraph("Every statement this post should cover is covered, weak or not applicable.") }
        for line in summary.gaps {
            let id = line.statement.qualifiedID
            doc.paragraph("\(id): \(line.statement.text)", bold: true)
            if let duty = analysis.suggestedDuties[id] {
                doc.bullet("Suggested duty" + (summary.areaTitle(of: id).map { " (under \($0))" } ?? "") + ": " + duty)
            }
        }
        if let role = analysis.role {
            doc.heading("Outside this post's remit", level: 1)
            doc.paragraph("The post was read as \(role.profile.name): \(role.recognisedBy).")
            if summary.outsideRemit.isEmpty { doc.paragraph("Every statement is expected of it.") }
            for line in summary.outsideRemit { doc.bullet("\(line.statement.qualifiedID): \(line.remitNote ?? "")") }
        }

        doc.heading("Duties and their evidence", level: 1)
        if summary.duties.isEmpty { doc.paragraph("The job description lists no duties.") }
        for entry in summary.duties {
            doc.paragraph("\(entry.item.id) · \(entry.item.section.isEmpty ? "No section" : entry.item.section)", bold: true)
            doc.paragraph(entry.item.text)
            if entry.links.isEmpty { doc.bullet("No link to any standard.") }
            for link in entry.links {
                let words = ReportText.evidenceWords(of: link).joined(separator: ", ")
                doc.bullet("\(link.standard) (\(link.strength.rawValue), score \(link.score)): \(words)")
            }
        }
        return doc.bytes()
    }

    /// Tables as a Word document with a title, one heading per table: for team matrices and trust summaries.
    public static func tables(_ tables: [ReportTable], title: String) -> [UInt8] {
        var doc = DocxDocument()
        doc.heading(title, level: 0)
        doc.paragraph(ReportText.advisoryNote, italic: true)
        for table in tables {
            doc.heading(table.name, level: 1)
            let total = max(1, table.widths.reduce(0, +))
            doc.table(header: table.header, rows: table.rows.map { row in
                row.map { cell in
                    switch cell {
                    case .text(let text): DocxDocument.Cell(text)
                    case .number(let number): DocxDocument.Cell(number == number.rounded() ? String(Int(number)) : String(number))
                    }
                }
            }, widths: table.widths.map { $0 * 9600 / total })
        }
        return doc.bytes()
    }
}
