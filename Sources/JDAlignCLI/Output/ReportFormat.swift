import Foundation
import JDAlignKit

/// The report formats, their file names and renderers, for one JD, a team matrix and a trust summary.
enum ReportFormat: String, CaseIterable, Sendable {
    case html, markdown, json, csv, xlsx, docx

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

    /// The names of one JD's report files in this format: `head-of-year.html`, or the two CSV tables.
    func fileNames(stem: String) -> [String] {
        switch self {
        case .html: ["\(stem).html"]
        case .markdown: ["\(stem).md"]
        case .json: ["\(stem).json"]
        case .csv: ["\(stem).links.csv", "\(stem).coverage.csv"]
        case .xlsx: ["\(stem).xlsx"]
        case .docx: ["\(stem).docx"]
        }
    }

    /// One JD's report files, named by `fileNames(stem:)`.
    ///
    /// The JD's JSON is written on one line unless `jsonStyle` says otherwise (`--pretty`): it is for other tools, and
    /// a batch of thousands would otherwise spend as much time and disk on indentation as on content.
    func files(_ analysis: Analysis, catalogue: Catalogue, stem: String, jsonStyle: JSONWriter.Style) -> [ReportFile] {
        let names = fileNames(stem: stem)
        return switch self {
        case .html: [ReportFile(name: names[0], text: HTMLReport.render(analysis, catalogue: catalogue))]
        case .markdown: [ReportFile(name: names[0], text: MarkdownReport.render(analysis, catalogue: catalogue))]
        case .json: [ReportFile(name: names[0], bytes: JSONReport.bytes(of: analysis, catalogue: catalogue, style: jsonStyle) + [0x0A])]
        case .csv: [ReportFile(name: names[0], text: CSVReport.links(analysis, catalogue: catalogue)),
                    ReportFile(name: names[1], text: CSVReport.coverage(analysis, catalogue: catalogue))]
        case .xlsx: [ReportFile(name: names[0], bytes: XLSXReport.render(analysis, catalogue: catalogue))]
        case .docx: [ReportFile(name: names[0], bytes: DocxReport.render(analysis, catalogue: catalogue))]
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
        case .docx: [ReportFile(name: "\(stem).docx", bytes: DocxReport.tables([ReportTables.team(matrix)], title: "Leadership team coverage"))]
        }
    }

    /// The names of a trust summary's files in this format: `summary.html`, or the two CSV tables.
    var summaryFileNames: [String] {
        self == .csv ? ["summary.csv", "summary.shared-gaps.csv"] : fileNames(stem: "summary")
    }

    /// Writes a trust summary's files, named by `summaryFileNames`, into `folder`.
    ///
    /// The HTML, Markdown and JSON go to their files a piece at a time: a national run's summary has a row for each of
    /// 100,000 JDs, and holding its pages whole was the run's largest allocation. CSV, XLSX and Word are built whole
    /// from the summary's tables, and only when asked for.
    func writeSummary(_ summary: TrustSummary, catalogue: Catalogue, into folder: URL) throws(OutputError) {
        let names = summaryFileNames
        func stream(_ render: ((String) -> Void) -> Void) throws(OutputError) {
            let file = try SummaryFile(folder.appendingPathComponent(names[0]))
            render(file.add)
            try file.finish()
        }
        func write(_ files: [ReportFile]) throws(OutputError) {
            for file in files { try AtomicFileWriter.write(file.bytes, to: folder.appendingPathComponent(file.name)) }
        }
        switch self {
        case .html: try stream { TrustSummaryReport.writeHTML(summary, catalogue: catalogue, to: $0) }
        case .markdown: try stream { TrustSummaryReport.writeMarkdown(summary, catalogue: catalogue, to: $0) }
        case .json: try stream { TrustSummaryReport.writeJSON(summary, to: $0) }
        case .csv:
            let tables = TrustSummaryReport.tables(summary, catalogue: catalogue)
            try write([ReportFile(name: names[0], text: CSVReport.render(tables[0])), ReportFile(name: names[1], text: CSVReport.render(tables[1]))])
        case .xlsx: try write([ReportFile(name: names[0], bytes: XLSXReport.workbook(TrustSummaryReport.tables(summary, catalogue: catalogue)))])
        case .docx:
            try write([ReportFile(name: names[0], bytes: DocxReport.tables(TrustSummaryReport.tables(summary, catalogue: catalogue),
                                                                           title: "Trust summary of job description coverage"))])
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
