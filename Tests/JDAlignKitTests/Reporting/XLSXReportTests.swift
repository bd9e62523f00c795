import Testing
@testable import JDAlignKit

@Suite struct XLSXReportTests {
    /// A worksheet read back: cell reference → (type attribute, text), plus the style of each cell.
    private struct ReadSheet {
        var cells: [String: (type: String?, value: String)] = [:]
        var styles: [String: String] = [:]
        var frozenPane: [(name: String, value: String)] = []
        var columnWidths: [String] = []
    }

    private func read(_ bytes: [UInt8]) throws -> (archive: ZipArchive, sheets: [String: ReadSheet]) {
        let archive = try ZipArchive(bytes)
        let workbook = try #require(try archive.contents(ofEntryNamed: "xl/workbook.xml"))
        var names: [String] = []
        var tokenizer = XMLTokenizer(workbook)
        while let token = try tokenizer.next() {
            if case .startElement(let tag) = token, tag.name == "sheet", let name = tag.attribute("name") { names.append(name) }
        }
        var sheets: [String: ReadSheet] = [:]
        for (index, name) in names.enumerated() {
            let xml = try #require(try archive.contents(ofEntryNamed: "xl/worksheets/sheet\(index + 1).xml"))
            sheets[name] = try parseSheet(xml)
        }
        return (archive, sheets)
    }

    private func parseSheet(_ xml: [UInt8]) throws -> ReadSheet {
        var sheet = ReadSheet()
        var tokenizer = XMLTokenizer(xml)
        var current: (reference: String, type: String?)?
        var value = ""
        var inValue = false
        while let token = try tokenizer.next() {
            switch token {
            case .startElement(let tag):
                switch tag.name {
                case "c":
                    current = (tag.attribute("r") ?? "", tag.attribute("t"))
                    if let style = tag.attribute("s") { sheet.styles[tag.attribute("r") ?? ""] = style }
                    value = ""
                case "t", "v": inValue = true
                case "pane": sheet.frozenPane = tag.attributes
                case "col": sheet.columnWidths.append(tag.attribute("width") ?? "")
                default: break
                }
            case .endElement(let name):
                if name == "t" || name == "v" { inValue = false }
                if name == "c", let cell = current { sheet.cells[cell.reference] = (cell.type, value); current = nil }
            case .text(let text):
                if inValue { value += text.string }
            default: break
            }
        }
        return sheet
    }

    @Test func workbookHasEveryPartExcelNeeds() throws {
        let bytes = XLSXReport.render(try ReportFixtures.deputyHead(), catalogue: try ReportFixtures.catalogue())
        ReportFixtures.writeForInspection(bytes, named: "deputy-head.xlsx")
        let (archive, sheets) = try read(bytes)
        #expect(archive.entries.map(\.name) == [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
        ])
        #expect(Set(sheets.keys) == ["Coverage", "Links", "Gaps"])
        let types = String(decoding: try #require(try archive.contents(ofEntryNamed: "[Content_Types].xml")), as: UTF8.self)
        #expect(types.contains("/xl/worksheets/sheet3.xml") && types.contains("spreadsheetml.styles+xml"))
        let relationships = String(decoding: try #require(try archive.contents(ofEntryNamed: "xl/_rels/workbook.xml.rels")), as: UTF8.self)
        #expect(relationships.contains("Target=\"worksheets/sheet2.xml\"") && relationships.contains("Target=\"styles.xml\""))
        let styles = String(decoding: try #require(try archive.contents(ofEntryNamed: "xl/styles.xml")), as: UTF8.self)
        #expect(styles.contains("<font><b/>"))
    }

    @Test func cellsHoldTextAndNumbersWithFrozenBoldHeader() throws {
        let catalogue = try ReportFixtures.catalogue()
        let (_, sheets) = try read(XLSXReport.render(try ReportFixtures.deputyHead(), catalogue: catalogue))
        let coverage = try #require(sheets["Coverage"])
        #expect(coverage.cells["A1"]?.value == "Framework" && coverage.cells["A1"]?.type == "inlineStr")
        #expect(coverage.styles["A1"] == "1" && coverage.styles["A2"] == nil)
        #expect(coverage.frozenPane.map(\.name) == ["ySplit", "topLeftCell", "activePane", "state"])
        #expect(coverage.frozenPane.first { $0.name == "state" }?.value == "frozen")
        #expect(coverage.columnWidths.count == 8)
        let rowOf71 = try #require(coverage.cells.first { $0.value.value == "hs2020-exec:7.1" }?.key.dropFirst())
        #expect(coverage.cells["E\(rowOf71)"]?.value == "covered")
        #expect(coverage.cells["F\(rowOf71)"]?.type == nil && coverage.cells["F\(rowOf71)"]?.value == "1")
        #expect(coverage.cells.keys.filter { $0.hasPrefix("C") }.count == catalogue.frameworks.flatMap(\.statements).count + 1)

        let links = try #require(sheets["Links"])
        let scriptRow = try #require(links.cells.first { $0.key.hasPrefix("E") && $0.value.value == "hs2020-exec:7.2" }?.key.dropFirst())
        #expect(links.cells["D\(scriptRow)"]?.value == ReportFixtures.scriptDuty)
        #expect(links.cells["G\(scriptRow)"]?.value == "0.71" && links.cells["G\(scriptRow)"]?.type == nil)
        let emojiRow = try #require(links.cells.first { $0.key.hasPrefix("E") && $0.value.value == "hs2020-exec:4.2" }?.key.dropFirst())
        #expect(links.cells["D\(emojiRow)"]?.value == ReportFixtures.emojiDuty)
        #expect(links.cells["J\(emojiRow)"]?.value == "behaviour; high standards")

        let gaps = try #require(sheets["Gaps"])
        let summary = CoverageSummary(analysis: try ReportFixtures.deputyHead(), catalogue: catalogue)
        #expect(gaps.cells["A2"]?.value == summary.gaps.first?.statement.qualifiedID)
        #expect(gaps.cells.keys.filter { $0.hasPrefix("A") }.count == summary.gaps.count + 1)
    }

    @Test func dropsCharactersInvalidInXML() throws {
        let table = ReportTable(name: "T", header: ["Text"], widths: [10], rows: [[.text("bell\u{07} & <b>\u{FFFE}ok")]])
        let (_, sheets) = try read(XLSXReport.workbook([table]))
        #expect(sheets["T"]?.cells["A2"]?.value == "bell & <b>ok")
    }

    @Test func teamWorkbookHasTeamSheet() throws {
        let matrix = TeamMatrix(analyses: [try ReportFixtures.deputyHead(), try ReportFixtures.businessManager()],
                                catalogue: try ReportFixtures.catalogue())
        let bytes = XLSXReport.team(matrix)
        ReportFixtures.writeForInspection(bytes, named: "team.xlsx")
        let (_, sheets) = try read(bytes)
        let team = try #require(sheets["Team"])
        #expect(team.cells["D1"]?.value == "Deputy Headteacher: duties" && team.cells["E1"]?.value == "School Business Manager: duties")
        let row = try #require(team.cells.first { $0.value.value == "hs2020-exec:7.1" }?.key.dropFirst())
        #expect(team.cells["D\(row)"]?.value == "1" && team.cells["E\(row)"]?.value == "1" && team.cells["I\(row)"]?.value == "Covered by 2 roles")
    }

    @Test func columnNamesFollowSpreadsheetLettering() {
        #expect([0, 25, 26, 51, 52, 701, 702].map(XLSXSheet.columnName) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"])
    }
}
