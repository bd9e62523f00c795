/// A small WordprocessingML writer for the governors' pack: Word's own Title and Heading styles (so the navigation
/// pane shows the outline), paragraphs, simple bullets, tables with shaded cells, A4 portrait and page numbers in the
/// footer. Written with our ZIP writer; deterministic.
struct DocxDocument {
    /// One table cell: its text and, when the status should show, a background colour (RRGGBB).
    struct Cell {
        var text: String
        var shade: String?
        var bold = false

        init(_ text: String, shade: String? = nil, bold: Bool = false) {
            self.text = text
            self.shade = shade
            self.bold = bold
        }
    }

    private var body: [String] = []

    /// A heading: level 0 is Word's Title style, 1 and 2 its Heading 1 and Heading 2.
    mutating func heading(_ text: String, level: Int) {
        body.append(Self.paragraph(text, style: level == 0 ? "Title" : "Heading\(min(level, 2))"))
    }

    /// A body paragraph.
    mutating func paragraph(_ text: String, bold: Bool = false, italic: Bool = false) {
        body.append(Self.paragraph(text, bold: bold, italic: italic))
    }

    /// A bulleted line (a bullet character and a hanging indent, so no numbering part is needed).
    mutating func bullet(_ text: String) {
        body.append(Self.paragraph("•\t" + text, properties: "<w:ind w:left=\"720\" w:hanging=\"360\"/>"))
    }

    /// A table with a header row repeated on each page.
    mutating func table(header: [String], rows: [[Cell]], widths: [Int]) {
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
        xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + zip(header, widths).map { Self.cell(Cell($0, shade: "D9D9D9", bold: true), width: $1) }.joined() + "</w:tr>"
        for row in rows { xml += "<w:tr>" + zip(row, widths).map { Self.cell($0, width: $1) }.joined() + "</w:tr>" }
        body.append(xml + "</w:tbl>" + Self.paragraph(""))
    }

    /// The .docx bytes.
    func bytes() -> [UInt8] {
        var zip = ZipWriter()
        zip.addFile(named: "[Content_Types].xml", text: Self.contentTypes)
        zip.addFile(named: "_rels/.rels", text: Self.packageRelationships)
        zip.addFile(named: "word/_rels/document.xml.rels", text: Self.documentRelationships)
        zip.addFile(named: "word/document.xml", text: documentXML)
        zip.addFile(named: "word/styles.xml", text: Self.styles)
        zip.addFile(named: "word/footer1.xml", text: Self.footer)
        return zip.finish()
    }

    var documentXML: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document \(Self.namespaces)><w:body>\(body.joined())"
            + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
    }

    private static let namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    private static func paragraph(_ text: String, style: String? = nil, bold: Bool = false, italic: Bool = false, properties: String = "") -> String {
        let styleXML = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        let runProperties = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "")
        return "<w:p><w:pPr>\(styleXML)\(properties)</w:pPr>\(run(text, properties: runProperties))</w:p>"
    }

    private static func run(_ text: String, properties: String) -> String {
        guard !text.isEmpty else { return "" }
        let parts = text.split(separator: "\t", omittingEmptySubsequences: false)
        let content = parts.map { "<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t>" }.joined(separator: "<w:tab/>")
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + content + "</w:r>"
    }

    private static func cell(_ cell: Cell, width: Int) -> String {
        let shade = cell.shade.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? ""
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shade)</w:tcPr>\(paragraph(cell.text, bold: cell.bold))</w:tc>"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static let contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        + "</Types>"

    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static let packageRelationships = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipType)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"

    private static let documentRelationships = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipType)/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(relationshipType)/footer\" Target=\"footer1.xml\"/></Relationships>"

    /// "Page N of M" in the footer, from Word's own fields.
    private static let footer = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:ftr \(namespaces)><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "</w:p></w:ftr>"

    private static func style(_ id: String, name: String, properties: String, run: String) -> String {
        "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>\(properties)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    private static let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"21\"/>"
        + "<w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"100\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        + style("Title", name: "Title", properties: "<w:spacing w:after=\"200\"/>", run: "<w:b/><w:sz w:val=\"40\"/>")
        + style("Heading1", name: "heading 1", properties: "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                run: "<w:b/><w:sz w:val=\"30\"/>")
        + style("Heading2", name: "heading 2", properties: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>",
                run: "<w:b/><w:sz w:val=\"24\"/>")
        + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
        + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>" }.joined()
        + "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "</w:styles>"
}
