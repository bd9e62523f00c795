/// A cell of a table bound for CSV or a spreadsheet: text stays text, numbers stay numbers.
public enum TableCell: Sendable, Equatable {
    /// Text, written as a string cell.
    case text(String)
    /// A number, written as a numeric cell.
    case number(Double)
}

/// A named table with a header row, the shape the CSV and XLSX renderers share.
public struct ReportTable: Sendable, Equatable {
    /// The table's name: the sheet name in a workbook.
    public var name: String
    /// The column headings.
    public var header: [String]
    /// Suggested column widths in characters, one per column, for spreadsheets.
    public var widths: [Int]
    /// The rows, each as long as the header.
    public var rows: [[TableCell]]

    /// Creates a table.
    public init(name: String, header: [String], widths: [Int], rows: [[TableCell]]) {
        self.name = name
        self.header = header
        self.widths = widths
        self.rows = rows
    }
}

/// The tables of one JD's analysis that CSV and XLSX both write, so the two formats hold the same figures.
public enum ReportTables {
    /// One row per item and statement it links to: item id, kind, section, text, statement, wording, score, strength,
    /// whether the link counts, and the evidence words.
    public static func links(_ analysis: Analysis, catalogue: Catalogue) -> ReportTable {
        let summary = CoverageSummary(analysis: analysis, catalogue: catalogue)
        let wording = Dictionary(summary.statements.map { ($0.statement.qualifiedID, $0.statement.text) },
                                 uniquingKeysWith: { first, _ in first })
        var rows: [[TableCell]] = []
        for entry in summary.assessableItems {
            for link in entry.links {
                rows.append([
                    .text(entry.item.id), .text(entry.item.kind.rawValue), .text(entry.item.section), .text(entry.item.text),
                    .text(link.standard), .text(wording[link.standard] ?? ""), .number(rounded(link.score)),
                    .text(link.strength.rawValue), .text(entry.countsTowards.contains(link.standard) ? "yes" : "no"),
                    .text(ReportText.evidenceWords(of: link).joined(separator: "; ")),
                ])
            }
        }
        return ReportTable(name: "Links", header: [
            "Item", "Kind", "Section", "Item text", "Standard", "Statement", "Score", "Strength", "Counts", "Evidence words",
        ], widths: [7, 11, 22, 60, 18, 60, 7, 9, 8, 30], rows: rows)
    }

    /// One row per statement: framework, area, statement, wording, status, strength, counting items and weak items.
    public static func coverage(_ analysis: Analysis, catalogue: Catalogue) -> ReportTable {
        let summary = CoverageSummary(analysis: analysis, catalogue: catalogue)
        let rows: [[TableCell]] = summary.frameworks.flatMap { framework in
            framework.areas.flatMap { area in
                area.statements.map { line in
                    [
                        .text(framework.id), .text("\(area.area.id) \(area.area.title)"), .text(line.statement.qualifiedID),
                        .text(line.statement.text), .text(line.status.rawValue), .number(Double(line.strength)),
                        .text((line.countingDuties + line.otherCountingItems).joined(separator: " ")),
                        .text(line.weakItems.joined(separator: " ")),
                    ]
                }
            }
        }
        return ReportTable(name: "Coverage", header: [
            "Framework", "Area", "Standard", "Statement", "Status", "Strength", "Counting items", "Weak items",
        ], widths: [13, 34, 18, 70, 15, 9, 16, 16], rows: rows)
    }

    /// One row per gap, with its wording, for the governors' action list.
    public static func gaps(_ analysis: Analysis, catalogue: Catalogue) -> ReportTable {
        let summary = CoverageSummary(analysis: analysis, catalogue: catalogue)
        let rows: [[TableCell]] = summary.frameworks.flatMap { framework in
            framework.areas.flatMap { area in
                area.statements.filter { $0.status == .uncovered }.map { line in
                    [.text(line.statement.qualifiedID), .text("\(area.area.id) \(area.area.title)"), .text(line.statement.text)]
                }
            }
        }
        return ReportTable(name: "Gaps", header: ["Standard", "Area", "Statement"], widths: [18, 34, 90], rows: rows)
    }

    /// Statements as rows, roles as columns (duties counting, 0 for none), then the status per role and the team verdict.
    public static func team(_ matrix: TeamMatrix) -> ReportTable {
        let rows: [[TableCell]] = matrix.rows.map { row in
            [.text(row.statement.qualifiedID), .text("\(row.statement.areaID) \(row.areaTitle)"), .text(row.statement.text)]
                + row.cells.map { .number(Double($0.countingDuties)) }
                + row.cells.map { .text($0.status.rawValue) }
                + [.number(Double(row.coveringRoles.count)), .text(TeamText.verdict(row))]
        }
        let titles = matrix.roles.map(\.title)
        return ReportTable(
            name: "Team",
            header: ["Standard", "Area", "Statement"] + titles.map { "\($0): duties" } + titles.map { "\($0): status" }
                + ["Roles covering", "Team"],
            widths: [18, 30, 60] + titles.map { _ in 14 } + titles.map { _ in 14 } + [9, 24], rows: rows)
    }

    /// Scores to four decimals, as the JSON report prints them, so a spreadsheet shows the same figure.
    private static func rounded(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }
}
