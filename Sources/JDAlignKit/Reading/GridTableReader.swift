/// Reads the grid tables pandoc writes when it turns a Word file into Markdown: `+----+----+` borders (`+====+`
/// under the header row) between rows, and each row's cells written over several `| … | … |` lines, their text
/// wrapped inside the cell and holding whole lists (`-   Lead the…` with its wrapped lines indented under it).
///
/// A row is only known when its closing border arrives, so the lines of a row are kept until then; each cell then
/// gives one block per paragraph or list item, in that cell.
struct GridTableReader {
    private struct CellLine {
        var text: String
        var lineNumber: Int
    }

    /// Where each column's `+` stands in the border, as character offsets; nil when no grid table is open.
    private var boundaries: [Int]?
    private var row = 0
    private var cells: [[CellLine]] = []
    private(set) var table = 0
    /// The row's lines as written, for a row this reader cannot cut into cells.
    private var rawLines: [(text: Substring, lineNumber: Int)] = []
    /// Whether a row line's bars stood away from the border's columns (cells spanning rows or columns, characters
    /// wider than one column, or a box that is no pandoc table): its lines are then given back as written.
    private(set) var isIrregular = false

    /// Whether a grid table is being read.
    var isOpen: Bool { boundaries != nil }

    /// Whether the line is a grid table's border: `+`, then `-`, `=` or `:` runs separated by `+`, ending in `+`.
    static func isBorder(_ content: Substring) -> Bool {
        let line = content.trimmingSpacesAndTabs()
        guard line.count >= 3, line.first == "+", line.last == "+" else { return false }
        return line.allSatisfy { "+-=:".contains($0) } && (line.contains("-") || line.contains("="))
    }

    /// Whether the line is a row line of the open grid table.
    func isRowLine(_ content: Substring) -> Bool {
        isOpen && content.trimmingSpacesAndTabs().first == "|"
    }

    /// Reads a border: opens a table (`tableIndex` numbers it) or ends the row whose lines came before it.
    mutating func border(_ line: Substring, tableIndex: Int) -> [TextBlock] {
        if boundaries == nil {
            boundaries = Self.plusOffsets(line)
            table = tableIndex
            row = 0
            cells = []
            rawLines = []
            isIrregular = false
            return []
        }
        let blocks = finishedRow()
        if !blocks.isEmpty { row += 1 }
        let offsets = Self.plusOffsets(line)
        if offsets != boundaries { isIrregular = true }
        return blocks
    }

    /// The lines of the row read so far as written, taken back for reading line by line when the table is irregular.
    mutating func takeRawLines() -> [(text: Substring, lineNumber: Int)] {
        defer { rawLines = [] }
        return rawLines
    }

    /// Keeps one line of the current row, cut into its cells at the border's columns.
    mutating func rowLine(_ line: Substring, lineNumber: Int) {
        guard let boundaries else { return }
        rawLines.append((line, lineNumber))
        let characters = Array(line)
        if boundaries.contains(where: { $0 >= characters.count || characters[$0] != "|" }) || line.includes("+-") {
            isIrregular = true
        }
        if cells.count < boundaries.count - 1 { cells += Array(repeating: [], count: boundaries.count - 1 - cells.count) }
        for column in 0..<(boundaries.count - 1) {
            let start = boundaries[column] + 1, end = min(boundaries[column + 1], characters.count)
            let text = start < end ? String(characters[start..<end]) : ""
            cells[column].append(CellLine(text: text, lineNumber: lineNumber))
        }
    }

    /// Ends the table (a line that is neither border nor row): a row left without its closing border is given too.
    mutating func close() -> [TextBlock] {
        let blocks = finishedRow()
        boundaries = nil
        return blocks
    }

    private mutating func finishedRow() -> [TextBlock] {
        defer { cells = []; rawLines = [] }
        guard !isIrregular else { return [] }
        // A box drawn with borders only around its header and body ("| Inclusion | Lead the SEND team |" line after
        // line) holds a row per line: every line fills every cell, which a row wrapped over lines seldom does.
        let lineCount = cells.first?.count ?? 0
        if lineCount >= 2, cells.allSatisfy({ column in column.allSatisfy { !Substring($0.text).trimmingSpacesAndTabs().isEmpty } }) {
            let perLine = (0..<lineCount).map { index in cells.map { [$0[index]] } }
            return perLine.enumerated().flatMap { offset, lineCells -> [TextBlock] in
                defer { if offset < lineCount - 1 { row += 1 } }
                return blocks(of: lineCells)
            }
        }
        return blocks(of: cells)
    }

    private func blocks(of cells: [[CellLine]]) -> [TextBlock] {
        cells.enumerated().flatMap { column, lines in
            Self.items(in: lines).map { item in
                TextBlock(text: MarkdownLineReader.unescaped(MarkdownLineReader.plain(item.text[...])), line: item.lineNumber,
                          listLevel: item.isListItem ? 0 : nil, cell: TableCellPosition(table: table, row: row, column: column))
            }
        }
    }

    /// A cell's paragraphs and list items: a list marker starts an item, a blank line ends a paragraph, and any other
    /// line carries on the one before (a wrapped line, indented under its item's text or not).
    private static func items(in lines: [CellLine]) -> [(text: String, lineNumber: Int, isListItem: Bool)] {
        var items: [(text: String, lineNumber: Int, isListItem: Bool)] = []
        var isOpen = false
        for line in lines {
            var content = Substring(line.text).trimmingSpacesAndTabs()
            if content.isEmpty {
                isOpen = false
                continue
            }
            // pandoc writes a line break inside a paragraph (Word's Shift+Enter) as a closing backslash.
            let breaksHere = content.last == "\\"
            if breaksHere { content = content.dropLast().trimmingSpacesAndTabs() }
            defer { if breaksHere { isOpen = false } }
            if let item = MarkdownLineReader.listItemText(content) {
                items.append((String(item), line.lineNumber, true))
                isOpen = true
            } else if isOpen, !items.isEmpty {
                items[items.count - 1].text += " " + content
            } else {
                items.append((String(content), line.lineNumber, false))
                isOpen = true
            }
        }
        return items
    }

    private static func plusOffsets(_ line: Substring) -> [Int] {
        line.enumerated().compactMap { $0.element == "+" ? $0.offset : nil }
    }
}
