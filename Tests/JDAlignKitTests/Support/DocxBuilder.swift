@testable import JDAlignKit

/// Assembles a real .docx (content types, relationships, styles, numbering, document) from a simple description.
///
///     let bytes = DocxBuilder()
///         .heading("Job description", level: 0)
///         .heading("Purpose of the role", level: 1)
///         .paragraph("To lead the school.")
///         .bullet("Set the vision", level: 0)
///         .table([["Essential", "Qualified teacher status"]])
///         .build()
///
/// Text may contain "\t" and "\n", which become `w:tab` and `w:br`. Styles are Word's built-in ones:
/// `Title`, `Heading1`…`Heading3`, `ListParagraph`; lists use numbering 1 (bullets) and 2 (decimal).
struct DocxBuilder {
    /// One table cell: its paragraphs, how many grid columns it spans, and any table nested inside it.
    struct Cell: ExpressibleByStringLiteral {
        var paragraphs: [String]
        var span = 1
        var continuesVerticalMerge = false
        var nested: [[Cell]]?

        init(_ text: String, span: Int = 1) {
            paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            self.span = span
        }

        init(stringLiteral text: String) {
            self.init(text)
        }

        /// A cell holding a table (after an optional paragraph).
        static func nested(_ rows: [[Cell]], before text: String = "") -> Cell {
            var cell = Cell(text)
            cell.nested = rows
            return cell
        }

        /// The empty lower part of a vertically merged cell.
        static let mergedFromAbove: Cell = {
            var cell = Cell("")
            cell.continuesVerticalMerge = true
            return cell
        }()
    }

    private var body: [String] = []
    private var includesStyles = true

    /// The Word XML namespace declarations used on every root element.
    static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// A heading: level 0 is the Title style, 1…3 Heading1…Heading3.
    func heading(_ text: String, level: Int) -> DocxBuilder {
        paragraph(text, style: level == 0 ? "Title" : "Heading\(level)")
    }

    /// A body paragraph, optionally in a paragraph style (by style id).
    func paragraph(_ text: String, style: String? = nil) -> DocxBuilder {
        adding(Self.paragraphXML(text, properties: style.map { "<w:pStyle w:val=\"\(Self.escape($0))\"/>" } ?? ""))
    }

    /// A bulleted list item at a 0-based level.
    func bullet(_ text: String, level: Int = 0) -> DocxBuilder {
        listItem(text, numberingID: 1, level: level)
    }

    /// A numbered list item at a 0-based level.
    func numbered(_ text: String, level: Int = 0) -> DocxBuilder {
        listItem(text, numberingID: 2, level: level)
    }

    /// Every line of `text` that is not blank as a body paragraph, as if pasted into Word.
    func lines(_ text: String) -> DocxBuilder {
        text.split(whereSeparator: \.isNewline)
            .filter { $0.contains { !$0.isWhitespace } }
            .reduce(self) { builder, line in builder.paragraph(String(line)) }
    }

    /// Every line of `text` as a paragraph, blank lines as empty paragraphs: what Word makes of pasted plain text.
    func pasted(_ text: String) -> DocxBuilder {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .reduce(self) { builder, line in builder.paragraph(String(line)) }
    }

    /// A table; each inner array is a row of cells (string literals work as cells).
    func table(_ rows: [[Cell]]) -> DocxBuilder {
        adding(Self.tableXML(rows))
    }

    /// A table of plain text cells.
    func table(_ rows: [[String]]) -> DocxBuilder {
        table(rows.map { $0.map { Cell($0) } })
    }

    /// Raw WordprocessingML for the body, for cases the other methods do not cover (revisions, fields, symbols).
    func raw(_ bodyXML: String) -> DocxBuilder {
        adding(bodyXML)
    }

    /// Leaves `word/styles.xml` out, as some generators do.
    func withoutStyles() -> DocxBuilder {
        var copy = self
        copy.includesStyles = false
        return copy
    }

    /// The `word/document.xml` text.
    var documentXML: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(Self.namespace)><w:body>\(body.joined())<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
        """
    }

    /// The .docx bytes.
    func build() -> [UInt8] {
        var zip = ZipWriter()
        zip.addFile(named: "[Content_Types].xml", text: contentTypes)
        zip.addFile(named: "_rels/.rels", text: Self.packageRelationships)
        zip.addFile(named: "word/_rels/document.xml.rels", text: documentRelationships)
        zip.addFile(named: "word/document.xml", text: documentXML)
        if includesStyles { zip.addFile(named: "word/styles.xml", text: Self.styles) }
        zip.addFile(named: "word/numbering.xml", text: Self.numbering)
        return zip.finish()
    }

    // MARK: XML

    /// Escapes the five XML special characters.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// One `w:p` with a single run; tabs and line breaks become `w:tab` and `w:br`.
    static func paragraphXML(_ text: String, properties: String = "") -> String {
        var runContent = ""
        var pending = ""
        func flush() {
            if !pending.isEmpty { runContent += "<w:t xml:space=\"preserve\">\(escape(pending))</w:t>" }
            pending = ""
        }
        for character in text {
            switch character {
            case "\t":
                flush()
                runContent += "<w:tab/>"
            case "\n":
                flush()
                runContent += "<w:br/>"
            default: pending.append(character)
            }
        }
        flush()
        let paragraphProperties = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return "<w:p w:rsidR=\"00A1B2C3\">\(paragraphProperties)<w:r>\(runContent)</w:r></w:p>"
    }

    private static func tableXML(_ rows: [[Cell]]) -> String {
        let widths = columnWidths(rows)
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/></w:tblPr>"
        xml += "<w:tblGrid>\(grid)</w:tblGrid>"
        for row in rows {
            xml += "<w:tr>"
            var column = 0
            for cell in row {
                let width = widths[column..<min(widths.count, column + cell.span)].reduce(0, +)
                column += cell.span
                var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if cell.span > 1 { properties += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                if cell.continuesVerticalMerge { properties += "<w:vMerge/>" }
                xml += "<w:tc><w:tcPr>\(properties)</w:tcPr>"
                xml += cell.paragraphs.map { paragraphXML($0) }.joined()
                if let nested = cell.nested { xml += tableXML(nested) + paragraphXML("") }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// The columns' widths in twentieths of a point, as Word's autofit would set them: the text width of an A4 page
    /// shared in proportion to the longest paragraph of each column (a column of ticks stays narrow, the criteria
    /// column wide), but never narrower than the column's longest word, which Word does not break. Without widths a
    /// converter gives every column the same narrow share.
    private static func columnWidths(_ rows: [[Cell]]) -> [Int] {
        let columns = rows.map { $0.reduce(0) { $0 + $1.span } }.max() ?? 0
        var longest = [Int](repeating: 4, count: columns)
        var longestWord = [Int](repeating: 1, count: columns)
        for row in rows {
            var column = 0
            for cell in row {
                if cell.span == 1, column < columns {
                    longest[column] = max(longest[column], min(cell.paragraphs.map(\.count).max() ?? 0, 60))
                    let words = cell.paragraphs.flatMap { $0.split(separator: " ") }
                    longestWord[column] = max(longestWord[column], words.map(\.count).max() ?? 0)
                }
                column += cell.span
            }
        }
        let pageTextWidth = 9_000, twipsPerCharacter = 120, cellPadding = 250
        let least = longestWord.map { $0 * twipsPerCharacter + cellPadding }
        let total = longest.reduce(0, +)
        var widths = zip(longest, least).map { share, least in max(least, pageTextWidth * share / max(1, total)) }
        // Give back what the narrow columns took from the columns that have room to spare.
        let excess = widths.reduce(0, +) - pageTextWidth
        let room = zip(widths, least).map { max(0, $0 - $1) }
        let spare = room.reduce(0, +)
        if excess > 0, spare > 0 {
            widths = widths.indices.map { widths[$0] - excess * room[$0] / spare }
        }
        return widths
    }

    private func adding(_ xml: String) -> DocxBuilder {
        var copy = self
        copy.body.append(xml)
        return copy
    }

    private func listItem(_ text: String, numberingID: Int, level: Int) -> DocxBuilder {
        let properties =
            "<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numberingID)\"/></w:numPr>"
        return adding(Self.paragraphXML(text, properties: properties))
    }

    private var contentTypes: String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        let styles = includesStyles ? "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>" : ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="\(main).document.main+xml"/>\(styles)\
            <Override PartName="/word/numbering.xml" ContentType="\(main).numbering+xml"/></Types>
            """
    }

    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipTypes)/officeDocument" Target="word/document.xml"/></Relationships>
        """

    private var documentRelationships: String {
        let styles = includesStyles ? "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipTypes)/styles\" Target=\"styles.xml\"/>" : ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(styles)\
            <Relationship Id="rId2" Type="\(Self.relationshipTypes)/numbering" Target="numbering.xml"/></Relationships>
            """
    }

    private static func paragraphStyle(
        _ id: String, name: String, basedOn: String? = "Normal", properties: String = "", run: String = ""
    ) -> String {
        let base = basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? ""
        let runProperties = run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>"
        return "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>\(base)<w:pPr>\(properties)</w:pPr>\(runProperties)</w:style>"
    }

    /// Headings look as Word's do (bold, larger, space above), so documents made from these files, such as PDFs,
    /// carry the cues a reader sees.
    private static func headingStyle(_ level: Int, size: Int, spaceBefore: Int) -> String {
        paragraphStyle(
            "Heading\(level)", name: "heading \(level)",
            properties: "<w:keepNext/><w:spacing w:before=\"\(spaceBefore)\" w:after=\"60\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
            run: "<w:b/><w:sz w:val=\"\(size)\"/>")
    }

    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles \(namespace)><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        \(paragraphStyle("Title", name: "Title", properties: "<w:contextualSpacing/>", run: "<w:b/><w:sz w:val=\"36\"/>"))\
        \(headingStyle(1, size: 32, spaceBefore: 240))\
        \(headingStyle(2, size: 28, spaceBefore: 200))\
        \(headingStyle(3, size: 24, spaceBefore: 160))\
        \(paragraphStyle("ListParagraph", name: "List Paragraph", properties: "<w:ind w:left=\"720\"/>"))\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
        <w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>\
        <w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>\
        </w:tblBorders></w:tblPr></w:style></w:styles>
        """

    private static func abstractNumbering(_ id: Int, format: String, text: (Int) -> String) -> String {
        let levels = (0...8).map { level in
            "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text(level))\"/>"
                + "<w:pPr><w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        return "<w:abstractNum w:abstractNumId=\"\(id)\">\(levels.joined())</w:abstractNum>"
    }

    private static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering \(namespace)>\
        \(abstractNumbering(0, format: "bullet") { _ in "•" })\
        \(abstractNumbering(1, format: "decimal") { "%\($0 + 1)." })\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>
        """
}
