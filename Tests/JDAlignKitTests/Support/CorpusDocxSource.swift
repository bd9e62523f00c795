import Foundation

/// Turns a corpus JD written in the small markup of `Tests/Corpus/docx-sources/` into a real .docx.
///
/// The markup (see `Tests/Corpus/README.md`): `# ` Title, `## `/`### ` headings, `- ` bullets and `1. ` numbered
/// items (two spaces of indent per level), `| a | b |` table rows (consecutive rows make one table, `<br>` separates
/// a cell's paragraphs, `|---|` rules are ignored), `\t` a tab, anything else a body paragraph.
enum CorpusDocxSource {
    /// The .docx for a markup source.
    static func docx(fromMarkup source: String) -> [UInt8] {
        var builder = DocxBuilder()
        var tableRows: [[DocxBuilder.Cell]] = []
        func flushTable() {
            if !tableRows.isEmpty { builder = builder.table(tableRows) }
            tableRows = []
        }
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).replacingOccurrences(of: "\\t", with: "\t")
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("|") {
                if let row = tableRow(trimmed) { tableRows.append(row) }
                continue
            }
            flushTable()
            guard !trimmed.isEmpty else { continue }
            let level = (line.prefix { $0 == " " }.count) / 2
            if let text = trimmed.strippingPrefix("### ") {
                builder = builder.heading(text, level: 2)
            } else if let text = trimmed.strippingPrefix("## ") {
                builder = builder.heading(text, level: 1)
            } else if let text = trimmed.strippingPrefix("# ") {
                builder = builder.heading(text, level: 0)
            } else if let text = trimmed.strippingPrefix("- ") ?? trimmed.strippingPrefix("* ") {
                builder = builder.bullet(text, level: level)
            } else if let text = numberedItemText(trimmed) {
                builder = builder.numbered(text, level: level)
            } else {
                builder = builder.paragraph(trimmed)
            }
        }
        flushTable()
        return builder.build()
    }

    /// The cells of a `| a | b |` row, or nil for a `|---|---|` rule.
    private static func tableRow(_ line: String) -> [DocxBuilder.Cell]? {
        var inner = Substring(line.dropFirst())
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        let cells = inner.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { return nil }
        return cells.map { cell in DocxBuilder.Cell(cell.replacingOccurrences(of: "<br>", with: "\n"), span: 1) }
    }

    /// The text after a leading `12. `, when the line is a numbered item.
    private static func numberedItemText(_ line: String) -> String? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        return line.dropFirst(digits.count).strippingPrefix(". ")
    }
}

extension StringProtocol {
    fileprivate func strippingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
