import Foundation
import Testing
@testable import JDAlignKit

@Suite struct DocxReaderTests {
    private func read(_ builder: DocxBuilder) throws -> [TextBlock] {
        try DocxReader.read(builder.build(), path: "test.docx").blocks
    }

    /// A paragraph of raw run XML.
    private func paragraph(_ runs: String, properties: String = "") -> String {
        "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(runs)</w:p>"
    }

    @Test func readsHeadingsParagraphsAndLists() throws {
        let blocks = try read(
            DocxBuilder()
                .heading("Deputy Headteacher", level: 0)
                .heading("Purpose of the role", level: 1)
                .paragraph("To support the headteacher.")
                .heading("Key responsibilities", level: 2)
                .bullet("Lead behaviour", level: 0)
                .bullet("Monitor attendance", level: 1)
                .numbered("Report to governors", level: 0))
        #expect(
            blocks == [
                TextBlock(text: "Deputy Headteacher", line: 1, headingLevel: 0),
                TextBlock(text: "Purpose of the role", line: 2, headingLevel: 1),
                TextBlock(text: "To support the headteacher.", line: 3),
                TextBlock(text: "Key responsibilities", line: 4, headingLevel: 2),
                TextBlock(text: "Lead behaviour", line: 5, listLevel: 0),
                TextBlock(text: "Monitor attendance", line: 6, listLevel: 1),
                TextBlock(text: "Report to governors", line: 7, listLevel: 0),
            ])
    }

    @Test func readsTablesWithSpansMergesAndNesting() throws {
        let blocks = try read(
            DocxBuilder()
                .paragraph("Person specification")
                .table([
                    ["", "Essential", "Desirable"],
                    [DocxBuilder.Cell("Qualifications"), DocxBuilder.Cell("QTS\nNPQH", span: 2)],
                    [.mergedFromAbove, "Leadership", .nested([["Inner A", "Inner B"]], before: "See below")],
                ])
                .table([["Second table"]]))
        #expect(
            blocks == [
                TextBlock(text: "Person specification", line: 1),
                TextBlock(text: "Essential", line: 3, cell: TableCellPosition(table: 0, row: 0, column: 1)),
                TextBlock(text: "Desirable", line: 4, cell: TableCellPosition(table: 0, row: 0, column: 2)),
                TextBlock(text: "Qualifications", line: 5, cell: TableCellPosition(table: 0, row: 1, column: 0)),
                TextBlock(text: "QTS", line: 6, cell: TableCellPosition(table: 0, row: 1, column: 1)),
                TextBlock(text: "NPQH", line: 7, cell: TableCellPosition(table: 0, row: 1, column: 1)),
                TextBlock(text: "Leadership", line: 9, cell: TableCellPosition(table: 0, row: 2, column: 1)),
                TextBlock(text: "See below", line: 10, cell: TableCellPosition(table: 0, row: 2, column: 2)),
                TextBlock(text: "Inner A", line: 11, cell: TableCellPosition(table: 1, row: 0, column: 0, depth: 1)),
                TextBlock(text: "Inner B", line: 12, cell: TableCellPosition(table: 1, row: 0, column: 1, depth: 1)),
                TextBlock(text: "Second table", line: 14, cell: TableCellPosition(table: 2, row: 0, column: 0)),
            ])
    }

    @Test func turnsTabsBreaksHyphensAndSymbolsIntoText() throws {
        let runs = """
            <w:r><w:t>Lead</w:t><w:tab/><w:t>manage</w:t><w:br/><w:t>next line</w:t><w:cr/><w:t>co</w:t>\
            <w:noBreakHyphen/><w:t>ordinate</w:t><w:softHyphen/><w:br w:type="page"/><w:br w:type="column"/></w:r>\
            <w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Arial" w:char="00E9"/><w:sym w:char="E123"/></w:r>
            """
        let blocks = try read(DocxBuilder().raw(paragraph(runs)).paragraph("Tabbed\tand\nbroken"))
        #expect(blocks.map(\.text) == ["Lead\tmanage\nnext line\nco-ordinate•é", "Tabbed\tand\nbroken"])
    }

    @Test func keepsInsertionsAndDropsDeletions() throws {
        let runs = """
            <w:r><w:t xml:space="preserve">Safeguarding </w:t></w:r>\
            <w:del w:id="1" w:author="A"><w:r><w:delText>was optional</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="A"><w:r><w:t>is everyone's duty</w:t></w:r></w:ins>\
            <w:moveFrom w:id="3"><w:r><w:t> (moved away)</w:t></w:r></w:moveFrom>\
            <w:moveTo w:id="4"><w:r><w:t> at all times</w:t></w:r></w:moveTo>
            """
        #expect(try read(DocxBuilder().raw(paragraph(runs))).map(\.text) == ["Safeguarding is everyone's duty at all times"])
    }

    @Test func keepsFieldResultsAndContainerContentButNotCodesOrAnnotations() throws {
        let runs = """
            <w:commentRangeStart w:id="0"/><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the standards</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:commentRangeEnd w:id="0"/>\
            <w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r>\
            <w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <w:r><w:t xml:space="preserve"> and </w:t></w:r></w:hyperlink>\
            <w:smartTag w:uri="x" w:element="place"><w:r><w:t>England</w:t></w:r></w:smartTag>\
            <w:sdt><w:sdtPr><w:alias w:val="Title"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>, via a control</w:t></w:r>\
            </w:sdtContent></w:sdt><w:customXml w:element="x"><w:r><w:t>.</w:t></w:r></w:customXml>\
            <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
            <mc:Choice Requires="wps"><w:r><w:t></w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>FALLBACK</w:t></w:r></mc:Fallback>\
            </mc:AlternateContent>
            """
        let blockSDT = "<w:sdt><w:sdtPr><w:tag w:val=\"x\"/></w:sdtPr><w:sdtContent>\(paragraph("<w:r><w:t>In a block control</w:t></w:r>"))</w:sdtContent></w:sdt>"
        let blocks = try read(DocxBuilder().raw(paragraph(runs)).raw(blockSDT))
        #expect(blocks.map(\.text) == ["the standards and England, via a control.", "In a block control"])
        #expect(blocks.map(\.line) == [1, 2])
    }

    /// Word JD templates often put the purpose of the post or a list of duties in a text box: its paragraphs are read
    /// once (a DrawingML box's VML fallback is skipped), an old VML box too, and a picture adds nothing.
    @Test func readsTextBoxesOnceAndPicturesNotAtAll() throws {
        let box = """
            <w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
            <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>\
            \(paragraph("<w:r><w:t>Lead the curriculum review.</w:t></w:r>"))</w:txbxContent></wps:txbx></wps:wsp>\
            </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>\
            <w:txbxContent>\(paragraph("<w:r><w:t>Lead the curriculum review.</w:t></w:r>"))</w:txbxContent>\
            </v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>
            """
        let vml = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>\(paragraph("<w:r><w:t>Report to governors termly.</w:t></w:r>"))</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        let picture = "<w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Logo\" descr=\"School crest\"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"rId5\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        let blocks = try read(DocxBuilder()
            .raw(paragraph("<w:r><w:t>Purpose</w:t></w:r>" + box))
            .raw(paragraph(vml))
            .raw(paragraph(picture + "<w:r><w:t>Duties</w:t></w:r>")))
        #expect(blocks.map(\.text) == ["Lead the curriculum review.", "Purpose", "Report to governors termly.", "Duties"])
    }

    @Test func skipsEmptyParagraphsButCountsThem() throws {
        let blocks = try read(DocxBuilder().paragraph("One").paragraph("").paragraph(" \t ").raw("<w:p/>").paragraph("Five"))
        #expect(blocks == [TextBlock(text: "One", line: 1), TextBlock(text: "Five", line: 5)])
    }

    @Test func keepsWhitespaceAndCharactersAsWritten() throws {
        let text = "  Leads “curriculum” – and café’s  "
        #expect(try read(DocxBuilder().paragraph(text)).map(\.text) == [text])
    }

    @Test func resolvesHeadingLevelsThroughStyleChainsAndOutlineLevels() throws {
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?><w:styles \(DocxBuilder.namespace)>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="Heading 2"/></w:style>\
            <w:style w:type="paragraph" w:styleId="SchoolHeading"><w:name w:val="School heading"/><w:basedOn w:val="Kop2"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Outline"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="Loop A"/><w:basedOn w:val="LoopB"/></w:style>\
            <w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="Loop B"/><w:basedOn w:val="LoopA"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Duty"><w:name w:val="Duty"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="SubDuty"><w:name w:val="Sub duty"/><w:basedOn w:val="Duty"/>\
            <w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="heading 1"/></w:style></w:styles>
            """
        let body = [
            paragraph("<w:r><w:t>Custom name</w:t></w:r>", properties: "<w:pStyle w:val=\"Kop2\"/>"),
            paragraph("<w:r><w:t>Based on</w:t></w:r>", properties: "<w:pStyle w:val=\"SchoolHeading\"/>"),
            paragraph("<w:r><w:t>Outline style</w:t></w:r>", properties: "<w:pStyle w:val=\"Outline\"/>"),
            paragraph("<w:r><w:t>Direct outline</w:t></w:r>", properties: "<w:outlineLvl w:val=\"0\"/>"),
            paragraph("<w:r><w:t>Body outline</w:t></w:r>", properties: "<w:pStyle w:val=\"Kop2\"/><w:outlineLvl w:val=\"9\"/>"),
            paragraph("<w:r><w:t>Cycle</w:t></w:r>", properties: "<w:pStyle w:val=\"LoopA\"/>"),
            paragraph("<w:r><w:t>Unknown id</w:t></w:r>", properties: "<w:pStyle w:val=\"Heading4\"/>"),
            paragraph("<w:r><w:t>Styled list</w:t></w:r>", properties: "<w:pStyle w:val=\"SubDuty\"/>"),
            paragraph("<w:r><w:t>Numbering off</w:t></w:r>", properties: "<w:pStyle w:val=\"Duty\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"),
            paragraph("<w:r><w:t>Undefined list</w:t></w:r>", properties: "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"77\"/></w:numPr>"),
            paragraph(
                "<w:r><w:t>Old style</w:t></w:r>",
                properties: "<w:pPrChange w:id=\"5\"><w:pPr><w:pStyle w:val=\"Kop2\"/></w:pPr></w:pPrChange>"),
        ].joined()
        var zip = ZipWriter()
        zip.addFile(named: "word/document.xml", text: "<w:document \(DocxBuilder.namespace)><w:body>\(body)</w:body></w:document>")
        zip.addFile(named: "word/styles.xml", text: styles)
        zip.addFile(named: "word/numbering.xml", text: "<w:numbering \(DocxBuilder.namespace)><w:num w:numId=\"1\"/></w:numbering>")
        let blocks = try DocxReader.read(zip.finish(), path: "styles.docx").blocks
        #expect(blocks.map(\.headingLevel) == [2, 2, 4, 1, nil, nil, 4, nil, nil, nil, nil])
        #expect(blocks.map(\.listLevel) == [nil, nil, nil, nil, nil, nil, nil, 2, nil, nil, nil])
    }

    @Test func fallsBackToStyleIDsWithoutAStylesPart() throws {
        let blocks = try read(DocxBuilder().withoutStyles().heading("Title", level: 0).heading("Section", level: 3).paragraph("Text"))
        #expect(blocks.map(\.headingLevel) == [0, 3, nil])
    }

    @Test func readsAnotherNamespacePrefixAndLocatesPartsThroughRelationships() throws {
        let namespace = "xmlns:ns0=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        var zip = ZipWriter()
        zip.addFile(
            named: "_rels/.rels",
            text: """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="/content/main.xml"/></Relationships>
                """)
        zip.addFile(
            named: "content/_rels/main.xml.rels",
            text: """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
                Target="../shared/styles.xml"/></Relationships>
                """)
        zip.addFile(
            named: "content/main.xml",
            text: "<ns0:document \(namespace)><ns0:body><ns0:p><ns0:pPr><ns0:pStyle ns0:val=\"Big\"/></ns0:pPr>"
                + "<ns0:r><ns0:t>Found</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>")
        zip.addFile(
            named: "shared/styles.xml",
            text: "<ns0:styles \(namespace)><ns0:style ns0:type=\"paragraph\" ns0:styleId=\"Big\"><ns0:name ns0:val=\"heading 1\"/>"
                + "</ns0:style></ns0:styles>")
        #expect(try DocxReader.read(zip.finish(), path: "x.docx").blocks == [TextBlock(text: "Found", line: 1, headingLevel: 1)])
    }

    @Test func survivesTablesNestedThousandsDeep() throws {
        let depth = 3_000
        let open = String(repeating: "<w:tbl><w:tr><w:tc>", count: depth)
        let close = String(repeating: "<w:p/></w:tc></w:tr></w:tbl>", count: depth)
        let blocks = try read(DocxBuilder().raw(open + paragraph("<w:r><w:t>Deep</w:t></w:r>") + close))
        #expect(blocks == [TextBlock(text: "Deep", line: 1, cell: TableCellPosition(table: depth - 1, row: 0, column: 0, depth: depth - 1))])
    }

    @Test func readsEverySeedJDWrittenAsADocx() throws {
        for name in Fixtures.exampleNames {
            let text = String(decoding: try Fixtures.exampleData(name), as: UTF8.self)
            let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { $0.contains { !$0.isWhitespace } }
            let blocks = try DocxReader.read(DocxBuilder().lines(text).build(), path: "\(name).docx").blocks
            #expect(blocks.map(\.text) == lines, "\(name)")
            #expect(blocks.map(\.line) == Array(1...lines.count))
        }
    }
}
