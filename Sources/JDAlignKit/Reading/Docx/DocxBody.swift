/// Walks the main document part once, turning its paragraphs into text blocks.
///
/// Nesting is tracked with explicit stacks (open elements, paragraphs, tables), never recursion,
/// so deeply nested tables cannot exhaust the call stack.
struct DocxBodyReader {
    private enum Kind {
        case paragraph, paragraphProperties, numberingProperties, table, row, cell, cellProperties, rowProperties
        case text, tab, lineBreak, carriageReturn, noBreakHyphen, symbol
        case styleReference, outlineLevel, listLevel, numberingID, gridSpan, gridBefore
        /// Content that must not be read: deletions, field codes, run properties, embedded objects, fallbacks.
        case skipped
        /// Containers whose content counts as if they were not there (runs, hyperlinks, insertions, content controls,
        /// drawings: a text box's paragraphs are the document's, and a picture holds no `w:t`).
        case transparent
    }

    private struct Paragraph {
        let line: Int
        let cell: TableCellPosition?
        var text: [UInt8] = []
        var styleID: String?
        var numbering = DocxStyles.Numbering()
        var outlineLevel: Int?
    }

    private struct Table {
        let index: Int
        let depth: Int
        var row = -1
        var nextColumn = 0
        var cellColumn = 0
        var cellSpan = 1
        var isInCell = false
    }

    /// Spans and offsets above this are nonsense (Word allows 63 columns); clamping keeps the arithmetic safe.
    private static let maxColumns = 1_000

    private let styles: DocxStyles
    private let kinds: [String: Kind]
    private let valueAttribute: String
    private let typeAttribute: String
    private let characterAttribute: String
    private var open: [Kind] = []
    private var skipDepth = 0
    private var paragraphs: [Paragraph] = []
    private var tables: [Table] = []
    private var paragraphCount = 0
    private var tableCount = 0
    private var blocks: [TextBlock] = []

    /// Reads every paragraph of the document part in `tokenizer`, whose WordprocessingML prefix is `prefix`.
    static func blocks(of tokenizer: inout XMLTokenizer, prefix: String, styles: DocxStyles) throws(XMLError) -> [TextBlock] {
        var reader = DocxBodyReader(prefix: prefix, styles: styles)
        while let token = try tokenizer.next() {
            switch token {
            case .startElement(let tag): reader.start(tag)
            case .endElement: reader.end()
            case .text(let text):
                if reader.skipDepth == 0, reader.open.last == .text, !reader.paragraphs.isEmpty {
                    text.appendDecoded(to: &reader.paragraphs[reader.paragraphs.count - 1].text)
                }
            case .comment, .processingInstruction: break
            }
        }
        return reader.blocks
    }

    private init(prefix: String, styles: DocxStyles) {
        self.styles = styles
        let p = prefix.isEmpty ? "" : prefix + ":"
        valueAttribute = p + "val"
        typeAttribute = p + "type"
        characterAttribute = p + "char"
        var kinds: [String: Kind] = [
            "p": .paragraph, "pPr": .paragraphProperties, "numPr": .numberingProperties, "tbl": .table, "tr": .row,
            "tc": .cell, "tcPr": .cellProperties, "trPr": .rowProperties, "t": .text, "tab": .tab, "ptab": .tab,
            "br": .lineBreak, "cr": .carriageReturn, "noBreakHyphen": .noBreakHyphen, "sym": .symbol,
            "pStyle": .styleReference, "outlineLvl": .outlineLevel, "ilvl": .listLevel, "numId": .numberingID,
            "gridSpan": .gridSpan, "gridBefore": .gridBefore,
        ].reduce(into: [:]) { $0[p + $1.key] = $1.value }
        for name in [
            "del", "moveFrom", "delText", "delInstrText", "instrText", "rPr", "sdtPr", "sdtEndPr", "tblPr", "tblGrid",
            "tblPrEx", "sectPr", "object", "rt", "fldData", "ffData", "pPrChange",
        ] {
            kinds[p + name] = .skipped
        }
        kinds["mc:Fallback"] = .skipped
        self.kinds = kinds
    }

    private mutating func start(_ tag: XMLStartTag) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let kind = kinds[tag.name] ?? .transparent
        switch open.last {
        case .paragraphProperties?: readParagraphProperty(kind, tag)
        case .numberingProperties?: readNumberingProperty(kind, tag)
        case .cellProperties?: readCellProperty(kind, tag)
        case .rowProperties?: readRowProperty(kind, tag)
        default: readContent(kind, tag)
        }
    }

    private mutating func end() {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch open.popLast() {
        case .paragraph?: finishParagraph()
        case .table?: tables.removeLast()
        case .cell?:
            guard var table = tables.popLast() else { return }
            table.nextColumn = table.cellColumn + table.cellSpan
            table.isInCell = false
            tables.append(table)
        default: break
        }
    }

    private mutating func enter(_ kind: Kind) {
        if kind == .skipped { skipDepth = 1 } else { open.append(kind) }
    }

    private mutating func readContent(_ kind: Kind, _ tag: XMLStartTag) {
        switch kind {
        case .paragraph:
            paragraphCount += 1
            paragraphs.append(Paragraph(line: paragraphCount, cell: currentCell()))
        case .table:
            tables.append(Table(index: tableCount, depth: tables.count))
            tableCount += 1
        case .row:
            modifyTable { table in
                table.row += 1
                table.nextColumn = 0
            }
        case .cell:
            modifyTable { table in
                table.cellColumn = table.nextColumn
                table.cellSpan = 1
                table.isInCell = true
            }
        case .tab: appendToParagraph("\t")
        case .carriageReturn: appendToParagraph("\n")
        case .noBreakHyphen: appendToParagraph("-")
        case .lineBreak:
            // Page and column breaks end a page, not a line of text.
            let type = tag.attribute(typeAttribute) ?? "textWrapping"
            if type == "textWrapping" { appendToParagraph("\n") }
        case .symbol: appendToParagraph(Self.symbolText(tag.attribute(characterAttribute)))
        default: break
        }
        enter(kind)
    }

    private mutating func readParagraphProperty(_ kind: Kind, _ tag: XMLStartTag) {
        switch kind {
        case .styleReference:
            let styleID = tag.attribute(valueAttribute)
            modifyParagraph { $0.styleID = styleID }
        case .outlineLevel:
            let outlineLevel = integer(tag)
            modifyParagraph { $0.outlineLevel = outlineLevel }
        case .numberingProperties: break
        default:
            skipDepth = 1
            return
        }
        enter(kind)
    }

    private mutating func readNumberingProperty(_ kind: Kind, _ tag: XMLStartTag) {
        switch kind {
        case .listLevel:
            let level = integer(tag)
            modifyParagraph { $0.numbering.level = level }
        case .numberingID:
            let numberingID = integer(tag)
            modifyParagraph { $0.numbering.numberingID = numberingID }
        default:
            skipDepth = 1
            return
        }
        enter(.transparent)
    }

    private mutating func readCellProperty(_ kind: Kind, _ tag: XMLStartTag) {
        guard kind == .gridSpan else {
            skipDepth = 1
            return
        }
        let span = min(Self.maxColumns, max(1, integer(tag) ?? 1))
        modifyTable { $0.cellSpan = span }
        enter(.transparent)
    }

    private mutating func readRowProperty(_ kind: Kind, _ tag: XMLStartTag) {
        guard kind == .gridBefore else {
            skipDepth = 1
            return
        }
        let skippedColumns = min(Self.maxColumns, max(0, integer(tag) ?? 0))
        modifyTable { $0.nextColumn = min(Self.maxColumns * 2, $0.nextColumn + skippedColumns) }
        enter(.transparent)
    }

    private func integer(_ tag: XMLStartTag) -> Int? {
        tag.attribute(valueAttribute).flatMap { Int($0) }
    }

    private func currentCell() -> TableCellPosition? {
        guard let table = tables.last, table.isInCell else { return nil }
        return TableCellPosition(table: table.index, row: max(0, table.row), column: table.cellColumn, depth: table.depth)
    }

    private mutating func modifyTable(_ change: (inout Table) -> Void) {
        guard !tables.isEmpty else { return }
        change(&tables[tables.count - 1])
    }

    private mutating func modifyParagraph(_ change: (inout Paragraph) -> Void) {
        guard !paragraphs.isEmpty else { return }
        change(&paragraphs[paragraphs.count - 1])
    }

    private mutating func appendToParagraph(_ text: String) {
        guard !text.isEmpty else { return }
        modifyParagraph { $0.text.append(contentsOf: text.utf8) }
    }

    private mutating func finishParagraph() {
        guard let paragraph = paragraphs.popLast() else { return }
        let text = String(decoding: paragraph.text, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else { return }
        // A paragraph's own outline level overrides its style's, including level 9 ("body text"), which makes it no heading.
        let headingLevel =
            paragraph.outlineLevel.map(DocxStyles.headingLevel(fromOutlineLevel:)) ?? styles.headingLevel(ofStyle: paragraph.styleID)
        blocks.append(
            TextBlock(
                text: text, line: paragraph.line, headingLevel: headingLevel,
                listLevel: listLevel(of: paragraph, isHeading: headingLevel != nil), cell: paragraph.cell))
    }

    /// A paragraph's own `w:numPr` wins; a heading style's numbering ("1.2 Heading") does not make a heading a list item.
    private func listLevel(of paragraph: Paragraph, isHeading: Bool) -> Int? {
        let inherited = styles.numbering(ofStyle: paragraph.styleID)
        let ownID = paragraph.numbering.numberingID
        guard let numberingID = ownID ?? (isHeading ? nil : inherited.numberingID), styles.isList(numberingID: numberingID)
        else { return nil }
        return min(8, max(0, paragraph.numbering.level ?? inherited.level ?? 0))
    }

    /// `w:sym` names a character by code point; Symbol and Wingdings glyphs live at F000–F0FF, where bullets are.
    static func symbolText(_ hexCode: String?) -> String {
        guard let code = hexCode.flatMap({ UInt32($0, radix: 16) }) else { return "" }
        if (0xF000...0xF0FF).contains(code) { return "•" }
        guard let scalar = Unicode.Scalar(code), !(0xE000...0xF8FF).contains(code), code >= 0x20 else { return "" }
        return String(Character(scalar))
    }
}
