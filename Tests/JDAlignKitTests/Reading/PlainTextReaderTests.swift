import Testing
@testable import JDAlignKit

@Suite struct PlainTextReaderTests {
    static func read(_ text: String, format: SourceFormat) -> SourceDocument {
        PlainTextReader.read(Array(text.utf8), path: "jd.md", format: format)
    }

    @Test func plainLinesKeepTabsAndLineNumbersAndDropBlankLines() {
        let document = Self.read("Role\n\n\t\n\tHead of Year  \n· Lead\r\n", format: .text)
        #expect(document.blocks == [
            TextBlock(text: "Role", line: 1),
            TextBlock(text: "\tHead of Year", line: 4),
            TextBlock(text: "· Lead", line: 5),
        ])
        #expect(document.format == .text)
        #expect(document.path == "jd.md")
    }

    @Test func markdownHeadingsListsAndEmphasis() {
        let document = Self.read("""
        # Head of Year
        ## Main **duties** ##
        - Lead the **pastoral** team
          * Run __weekly__ briefings
            1. Agenda
        + Track attendance
        10) Report to governors
        #hashtag is text
        ---
        """, format: .markdown)
        #expect(document.blocks == [
            TextBlock(text: "Head of Year", line: 1, headingLevel: 1),
            TextBlock(text: "Main duties", line: 2, headingLevel: 2),
            TextBlock(text: "Lead the pastoral team", line: 3, listLevel: 0),
            TextBlock(text: "Run weekly briefings", line: 4, listLevel: 1),
            TextBlock(text: "Agenda", line: 5, listLevel: 2),
            TextBlock(text: "Track attendance", line: 6, listLevel: 0),
            TextBlock(text: "Report to governors", line: 7, listLevel: 0),
            TextBlock(text: "#hashtag is text", line: 8),
            TextBlock(text: "---", line: 9),
        ])
    }

    @Test func markdownTablesBecomeCells() {
        let document = Self.read("""
        | Criterion | Essential | Assessment |
        |:---|:---:|---|
        | QTS | ✓ | Application |

        | A | B |
        """, format: .markdown)
        #expect(document.blocks == [
            TextBlock(text: "Criterion", line: 1, cell: TableCellPosition(table: 0, row: 0, column: 0)),
            TextBlock(text: "Essential", line: 1, cell: TableCellPosition(table: 0, row: 0, column: 1)),
            TextBlock(text: "Assessment", line: 1, cell: TableCellPosition(table: 0, row: 0, column: 2)),
            TextBlock(text: "QTS", line: 3, cell: TableCellPosition(table: 0, row: 1, column: 0)),
            TextBlock(text: "✓", line: 3, cell: TableCellPosition(table: 0, row: 1, column: 1)),
            TextBlock(text: "Application", line: 3, cell: TableCellPosition(table: 0, row: 1, column: 2)),
            TextBlock(text: "A", line: 5, cell: TableCellPosition(table: 1, row: 0, column: 0)),
            TextBlock(text: "B", line: 5, cell: TableCellPosition(table: 1, row: 0, column: 1)),
        ])
    }

    @Test func markdownJobDescriptionSegments() throws {
        let jd = segmentText("""
        # Head of Year

        ## Key duties
        - Lead the pastoral team
        - Track attendance

        ## Person specification
        | Criterion | Essential | Desirable | Assessment |
        |---|---|---|---|
        | Qualified Teacher Status | ✓ | | Application |
        | Experience of leading a team | | ✓ | Interview |
        """, path: "head-of-year.md", format: .markdown)
        #expect(jd.texts(.heading).prefix(3) == ["Head of Year", "Key duties", "Person specification"])
        #expect(jd.texts(.duty) == ["Lead the pastoral team", "Track attendance"])
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status", "Experience of leading a team"])
        let qts = try #require(jd.item("Qualified Teacher Status"))
        #expect(qts.criterion == CriterionAttributes(priority: .essential, assessment: ["Application"]))
        #expect(qts.section == "Assessment")
        #expect(jd.item("Experience of leading a team")?.criterion == CriterionAttributes(priority: .desirable, assessment: ["Interview"]))
    }

    /// A wiki's export links other pages: the reader keeps what a link or image shows, never its address.
    @Test func markdownLinksAndImagesReadAsTheirText() {
        let document = Self.read("""
            - Use the [school improvement model](../../education/model) with every [academy](https://example.org/a).
            - ![Trust logo](logo.png) Related pages: [Headteacher](../headteacher) · [Cover rota](../rota)
            - A bracket [sic] and a (note) stay.
            """, format: .markdown)
        #expect(document.blocks.map(\.text) == [
            "Use the school improvement model with every academy.",
            "Trust logo Related pages: Headteacher · Cover rota",
            "A bracket [sic] and a (note) stay.",
        ])
    }

    @Test func aDefinitionListIsATableOfLabelsAndValues() {
        let document = Self.read("<html><body>\n<dl>\n<dt>Salary</dt><dd>L12 – L18</dd>\n<dt>Contract</dt><dd>Permanent</dd>\n</dl>\n</body></html>", format: .text)
        let cells = document.blocks.map { ($0.text, $0.cell?.row, $0.cell?.column) }
        #expect(cells.map(\.0) == ["Salary", "L12 – L18", "Contract", "Permanent"])
        #expect(cells.map(\.1) == [0, 0, 1, 1])
        #expect(cells.map(\.2) == [0, 1, 0, 1])
    }

    @Test func aSavedWebPageIsReadAsTextWhateverItsExtension() throws {
        let page = Array("<html><body><h1>Deputy Headteacher</h1><ul><li>Lead the curriculum.</li></ul></body></html>".utf8)
        for path in ["vacancy.html", "vacancy.HTM"] {
            let document = try DocumentReader.read(page, path: path)
            #expect(document.format == .text)
            #expect(document.blocks.map(\.text) == ["Deputy Headteacher", "Lead the curriculum."])
        }
        #expect(throws: ReadingError.self) { try DocumentReader.read(page, path: "vacancy.xhtml") }
    }
}
