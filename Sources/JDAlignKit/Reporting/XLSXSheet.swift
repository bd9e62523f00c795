/// One worksheet of an XLSX workbook, written as SpreadsheetML from a `ReportTable`.
///
/// Text goes in inline strings (`t="inlineStr"`), so no shared-strings part is needed; numbers are numeric cells;
/// the header row is bold (style 1) and frozen so it stays in view while scrolling.
struct XLSXSheet {
    /// Excel refuses cells longer than this.
    static let maximumCellLength = 32_767

    /// The table the sheet shows.
    let table: ReportTable

    /// The worksheet part's XML.
    var xml: String {
        let lastColumn = Self.columnName(max(table.header.count, 1) - 1)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        xml += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        xml += "<dimension ref=\"A1:\(lastColumn)\(table.rows.count + 1)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in table.widths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        xml += row(1, table.header.map(TableCell.text), style: 1)
        for (index, cells) in table.rows.enumerated() { xml += row(index + 2, cells, style: nil) }
        return xml + "</sheetData></worksheet>"
    }

    private func row(_ number: Int, _ cells: [TableCell], style: Int?) -> String {
        var xml = "<row r=\"\(number)\">"
        let styleAttribute = style.map { " s=\"\($0)\"" } ?? ""
        for (column, cell) in cells.enumerated() {
            let reference = "\(Self.columnName(column))\(number)"
            switch cell {
            case .number(let value):
                xml += "<c r=\"\(reference)\"\(styleAttribute)><v>\(JSONWriter.format(value))</v></c>"
            case .text(let text):
                xml += "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.escape(text))</t></is></c>"
            }
        }
        return xml + "</row>"
    }

    /// The column letters for a zero-based index: 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var remaining = index + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            name.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: name.startIndex)
            remaining = (remaining - 1) / 26
        }
        return name
    }

    /// Text safe inside an XML element: characters XML 1.0 forbids dropped, markup escaped, trimmed to Excel's limit.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in ReportText.cleaned(text).unicodeScalars.prefix(maximumCellLength) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
