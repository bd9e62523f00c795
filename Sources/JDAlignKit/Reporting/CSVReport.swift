import Foundation

/// The analysis as CSV files that open correctly in Excel, LibreOffice and Numbers.
///
/// RFC 4180: fields quoted when they hold a comma, quote or line break, quotes doubled, CRLF line ends.
/// UTF-8 with a byte order mark, which is how Excel tells UTF-8 from the local code page.
/// Text cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'`, so a JD line
/// can never run as a spreadsheet formula (CSV injection). Deterministic.
public enum CSVReport {
    /// The byte order mark that starts every file.
    public static let byteOrderMark = "\u{FEFF}"

    /// One row per item and linked statement (suggested file name `NAME.links.csv`).
    public static func links(_ analysis: Analysis, catalogue: Catalogue) -> String {
        render(ReportTables.links(analysis, catalogue: catalogue))
    }

    /// One row per statement with its status (suggested file name `NAME.coverage.csv`).
    public static func coverage(_ analysis: Analysis, catalogue: Catalogue) -> String {
        render(ReportTables.coverage(analysis, catalogue: catalogue))
    }

    /// The team matrix, one row per statement and columns per role (suggested file name `NAME.team.csv`).
    public static func team(_ matrix: TeamMatrix) -> String {
        render(ReportTables.team(matrix))
    }

    /// Any table as CSV text, starting with the byte order mark.
    public static func render(_ table: ReportTable) -> String {
        var lines = [table.header.map { field(.text($0)) }.joined(separator: ",")]
        lines += table.rows.map { row in row.map(field).joined(separator: ",") }
        return byteOrderMark + lines.map { $0 + "\r\n" }.joined()
    }

    /// One field, neutralised and quoted as needed.
    static func field(_ cell: TableCell) -> String {
        switch cell {
        case .number(let number):
            return JSONWriter.format(number)
        case .text(let raw):
            var text = ReportText.cleaned(raw)
            if let first = text.unicodeScalars.first, formulaTriggers.contains(first) { text = "'" + text }
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// First characters that make Excel or LibreOffice read a cell as a formula (OWASP's list).
    private static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
