import Foundation
import JDAlignKit

/// The report formats, their file names and renderers, for one JD, a team matrix and a trust summary.
enum ReportFormat: String, CaseIterable, Sendable {
    case html, markdown, json, csv, xlsx

    /// What `analyse` writes when no `--format` is given: a page to read, a page to paste, and the JSON contract.
    static let defaults: [ReportFormat] = [.html, .markdown, .json]

    /// The names accepted by `--format`.
    static let names = allCases.map(\.rawValue) + ["md", "all"]

    /// The formats named on the command line (`all` for every one; `md` for markdown), the defaults when none are.
    static func parse(_ names: [String]) -> [ReportFormat] {
        if names.isEmpty { return defaults }
        if names.contains("all") { return allCases }
        var formats: [ReportFormat] = []
        for name in names {
            guard let format = ReportFormat(rawValue: name == "md" ? "markdown" : name), !formats.contains(format) else { continue }
            formats.append(format)
        }
        return formats
    }

    /// The input's file name without its extension; standard input is `jd`.
    static func stem(for inputPath: String) -> String {
        inputPath == "-" ? "jd" : ((inputPath as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// One JD's report files: `head-of-year.html`, `head-of-year.links.csv`…
    ///
    /// The JD's JSON is written on one line: it is for other tools, and a batch of thousands would otherwise spend
    /// as much time and disk on indentation as on content.
    func files(_ analysis: Analysis, catalogue: Catalogue, stem: String) -> [ReportFile] {
        switch self {
        case .html: [ReportFile(name: "\(stem).html", text: HTMLReport.render(analysis, catalogue: catalogue))]
        case .markdown: [ReportFile(name: "\(stem).md", text: MarkdownReport.render(analysis, catalogue: catalogue))]
        case .json: [ReportFile(name: "\(stem).json", bytes: JSONWriter.bytes(JSONReport.value(of: analysis)) + [0x0A])]
        case .csv: [ReportFile(name: "\(stem).links.csv", text: CSVReport.links(analysis, catalogue: catalogue)),
                    ReportFile(name: "\(stem).coverage.csv", text: CSVReport.coverage(analysis, catalogue: catalogue))]
        case .xlsx: [ReportFile(name: "\(stem).xlsx", bytes: XLSXReport.render(analysis, catalogue: catalogue))]
        }
    }

    /// A team matrix's report files: `team.html`…
    func files(_ matrix: TeamMatrix, stem: String) -> [ReportFile] {
        switch self {
        case .html: [ReportFile(name: "\(stem).html", text: HTMLTeamReport.render(matrix))]
        case .markdown: [ReportFile(name: "\(stem).md", text: MarkdownTeamReport.render(matrix))]
        case .json: [ReportFile(name: "\(stem).json", text: JSONWriter.write(JSONTeamReport.value(of: matrix), style: .pretty) + "\n")]
        case .csv: [ReportFile(name: "\(stem).csv", text: CSVReport.team(matrix))]
        case .xlsx: [ReportFile(name: "\(stem).xlsx", bytes: XLSXReport.team(matrix))]
        }
    }

    /// A trust summary's report files: `summary.html`…
    func files(_ summary: TrustSummary, catalogue: Catalogue) -> [ReportFile] {
        let tables = TrustSummaryReport.tables(summary, catalogue: catalogue)
        return switch self {
        case .html: [ReportFile(name: "summary.html", text: TrustSummaryReport.html(summary, catalogue: catalogue))]
        case .markdown: [ReportFile(name: "summary.md", text: TrustSummaryReport.markdown(summary, catalogue: catalogue))]
        case .json: [ReportFile(name: "summary.json", text: JSONWriter.write(TrustSummaryReport.json(summary), style: .pretty) + "\n")]
        case .csv: [ReportFile(name: "summary.csv", text: CSVReport.render(tables[0])),
                    ReportFile(name: "summary.shared-gaps.csv", text: CSVReport.render(tables[1]))]
        case .xlsx: [ReportFile(name: "summary.xlsx", bytes: XLSXReport.workbook(tables))]
        }
    }
}

/// A report file's name and contents, ready to write.
struct ReportFile: Sendable {
    let name: String
    let bytes: [UInt8]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
