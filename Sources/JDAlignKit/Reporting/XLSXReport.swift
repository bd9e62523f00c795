/// The analysis as an Excel workbook (`.xlsx`), written with our own `ZipWriter`, for governors and HR who work in spreadsheets.
///
/// The package holds the minimum Excel and LibreOffice need: content types, relationships, the workbook, a stylesheet
/// with a bold header style, and one worksheet per table. Deterministic: the ZIP entries carry a fixed timestamp.
public enum XLSXReport {
    /// A workbook with the sheets "Coverage", "Links" and "Gaps" (suggested file name `NAME.xlsx`).
    public static func render(_ analysis: Analysis, catalogue: Catalogue) -> [UInt8] {
        workbook([
            ReportTables.coverage(analysis, catalogue: catalogue),
            ReportTables.links(analysis, catalogue: catalogue),
            ReportTables.gaps(analysis, catalogue: catalogue),
        ])
    }

    /// A workbook with the sheet "Team" (suggested file name `NAME.team.xlsx`).
    public static func team(_ matrix: TeamMatrix) -> [UInt8] {
        workbook([ReportTables.team(matrix)])
    }

    /// A workbook with one sheet per table, in order; table names become sheet names and must be distinct.
    public static func workbook(_ tables: [ReportTable]) -> [UInt8] {
        var zip = ZipWriter()
        zip.addFile(named: "[Content_Types].xml", text: contentTypes(sheetCount: tables.count))
        zip.addFile(named: "_rels/.rels", text: rootRelationships)
        zip.addFile(named: "xl/workbook.xml", text: workbookXML(names: tables.map(\.name)))
        zip.addFile(named: "xl/_rels/workbook.xml.rels", text: workbookRelationships(sheetCount: tables.count))
        zip.addFile(named: "xl/styles.xml", text: styles)
        for (index, table) in tables.enumerated() {
            zip.addFile(named: "xl/worksheets/sheet\(index + 1).xml", text: XLSXSheet(table: table).xml)
        }
        return zip.finish()
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" "
        xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in 0..<sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
            xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    private static let rootRelationships = declaration + "<Relationships xmlns=\"\(relationshipNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    private static func workbookXML(names: [String]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(officeRelationships)\">"
        xml += "<bookViews><workbookView/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(XLSXSheet.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(relationshipNamespace)\">"
        for index in 0..<sheetCount {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    /// Style 0 is the default; style 1 is bold, for header rows. Excel requires the two default fills.
    private static let styles = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
