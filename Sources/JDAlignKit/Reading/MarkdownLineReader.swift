import Foundation

/// Reads Markdown one line at a time: `#` headings, `-`/`*`/`+`/`1.` list items with nesting from indentation,
/// pipe tables as cells, HTML (lists and `<br>` inside cells, HTML tables) as structure, and `**bold**`/`__bold__`
/// markers dropped.
///
/// It keeps just enough state across lines to number tables and rows and to turn indentation into list levels.
struct MarkdownLineReader {
    /// HTML tables are numbered apart from pipe tables, so the two can never share a number.
    private static let firstHTMLTable = 10_000

    private var tableCount = 0
    private var rowInTable: Int?
    private var listIndents: [Int] = []
    private var html: HTMLFragmentReader
    private var grid = GridTableReader()

    /// `closesItsFurniture`: the text closes an `<aside>`, `<nav>` or `<footer>` somewhere, so one left open runs to
    /// its closing tag; otherwise it ends with its block. `marksItsContent`: it has `<main>` or `<article>`.
    init(closesItsFurniture: Bool = false, marksItsContent: Bool = false) {
        html = HTMLFragmentReader(firstTable: Self.firstHTMLTable, furnitureEndsAtBlankLines: !closesItsFurniture,
                                  marksItsContent: marksItsContent)
    }

    /// The blocks of a line of a plain-text JD when it is a pipe-table row or holds HTML, or nil when it is plain
    /// text (plain text keeps its own reading: tabs, leading spaces).
    mutating func markupBlocks(for line: Substring, lineNumber: Int) -> [TextBlock]? {
        switch gridBlocks(for: line, lineNumber: lineNumber) {
        case .consumed(let blocks): return blocks
        case .closed(let blocks):
            let rest = markupBlocks(for: line, lineNumber: lineNumber)
            guard !blocks.isEmpty else { return rest }
            return blocks + (rest ?? plainTextBlock(line, lineNumber: lineNumber).map { [$0] } ?? [])
        case .none: break
        }
        if PlainTextReader.isBlank(line) {
            rowInTable = nil
            html.endBlock()
            return nil
        }
        let content = line.drop { $0 == " " || $0 == "\t" }
        if content.first == "|", content.dropFirst().includes("|") { return tableRow(content, lineNumber: lineNumber) }
        rowInTable = nil
        return html.readsAsMarkup(content) ? htmlBlocks(content, lineNumber: lineNumber) : nil
    }

    /// Whether the lines are a saved web page's or inside an HTML table: a line of plain text there is still HTML,
    /// and its character references ("student&rsquo;s") are read as the characters they stand for.
    var readsHTMLText: Bool { html.isWholePage || html.isInsideATable }

    /// The block of a plain-text line that holds no markup, as written but for trailing spaces (and character
    /// references, where the text is HTML's); nil for a blank line.
    func plainTextBlock(_ line: Substring, lineNumber: Int) -> TextBlock? {
        guard !PlainTextReader.isBlank(line) else { return nil }
        let text = String(PlainTextReader.trailingSpaceTrimmed(line))
        return TextBlock(text: readsHTMLText ? HTMLFragmentReader.decodingEntities(text) : text, line: lineNumber)
    }

    /// The blocks one source line gives: none for a blank line or a table separator row, several for a table row.
    mutating func blocks(for line: Substring, lineNumber: Int) -> [TextBlock] {
        switch gridBlocks(for: line, lineNumber: lineNumber) {
        case .consumed(let blocks): return blocks
        case .closed(let blocks): return blocks + self.blocks(for: line, lineNumber: lineNumber)
        case .none: break
        }
        if PlainTextReader.isBlank(line) {
            rowInTable = nil
            listIndents.removeAll()
            html.endBlock()
            return []
        }
        let indent = Self.indentWidth(line)
        let content = line.drop { $0 == " " || $0 == "\t" }
        if content.first == "|" {
            return tableRow(content, lineNumber: lineNumber)
        }
        rowInTable = nil
        if html.readsAsMarkup(content) {
            return htmlBlocks(content, lineNumber: lineNumber)
        }
        if let (level, title) = Self.heading(content) {
            listIndents.removeAll()
            return [TextBlock(text: Self.plain(title), line: lineNumber, headingLevel: level)]
        }
        if let itemText = Self.listItemText(content) {
            return [TextBlock(text: Self.unescaped(Self.plain(itemText)), line: lineNumber, listLevel: listLevel(forIndent: indent))]
        }
        if let title = Self.whollyBold(content) {
            // Word and Google Docs export a heading styled only in bold as a bold paragraph ("**Essential**").
            listIndents.removeAll()
            return [TextBlock(text: Self.unescaped(Self.plain(title)), line: lineNumber, headingLevel: Self.boldHeadingLevel)]
        }
        return [TextBlock(text: Self.unescaped(Self.plain(content)), line: lineNumber)]
    }

    private enum GridLine {
        /// The line was the grid table's (a border or a row line); a border may finish a row's blocks.
        case consumed([TextBlock])
        /// The line ended the open grid table, whose last blocks these are; the line itself is read as usual.
        case closed([TextBlock])
    }

    /// How a line stands to a pandoc grid table: opening one, inside one, or ending one; nil when none is open or opens.
    private mutating func gridBlocks(for line: Substring, lineNumber: Int) -> GridLine? {
        let content = line.drop { $0 == " " || $0 == "\t" }
        if GridTableReader.isBorder(content) {
            if !grid.isOpen { tableCount += 1 }
            let blocks = grid.border(line, tableIndex: tableCount - 1)
            return .consumed(grid.isIrregular ? rowsAsWritten() : blocks)
        }
        guard grid.isOpen else { return nil }
        if grid.isRowLine(content) {
            grid.rowLine(line, lineNumber: lineNumber)
            return .consumed(grid.isIrregular ? rowsAsWritten() : [])
        }
        return .closed(finishGrid())
    }

    /// A grid table this reader cannot cut into cells: its row lines as pipe-table rows, one row per line, as
    /// before grid tables were read.
    private mutating func rowsAsWritten() -> [TextBlock] {
        grid.takeRawLines().flatMap { tableRow($0.text.drop { $0 == " " || $0 == "\t" }, lineNumber: $0.lineNumber) }
    }

    private mutating func finishGrid() -> [TextBlock] {
        let rest = grid.isIrregular ? rowsAsWritten() : []
        let blocks = grid.close()
        rowInTable = nil
        return rest + blocks
    }

    /// The blocks still held at the end of the text: a grid table's last row with no closing border.
    mutating func finish() -> [TextBlock] {
        grid.isOpen ? finishGrid() : []
    }

    /// The level given to a paragraph that is wholly bold: below the `#` levels a document is likely to use.
    static let boldHeadingLevel = 4

    /// The text of a line that is one bold span and nothing else ("**Key responsibilities**", "__Essential__"),
    /// short enough to be a title; nil otherwise.
    static func whollyBold(_ content: Substring) -> Substring? {
        let line = content.trimmingSpacesAndTabs()
        for marker in ["**", "__"] where line.hasPrefix(marker) && line.hasSuffix(marker) && line.count > 2 * marker.count {
            let inner = line.dropFirst(marker.count).dropLast(marker.count)
            guard !inner.includes(marker), inner.split(separator: " ").count <= 12,
                  let last = inner.trimmingSpacesAndTabs().last, !".;,".contains(last) else { return nil }
            return inner.trimmingSpacesAndTabs()
        }
        return nil
    }

    /// The text with Markdown's backslash escapes undone ("1\. Lead" → "1. Lead", "Co\-ordination" →
    /// "Co-ordination") and a hard line break's closing backslash dropped: exporters escape every character that
    /// Markdown would otherwise read as markup. Undone after the markup is removed, so that an escaped "\*\*" stays
    /// as written. An escaped "1." is not a Markdown list item but a paragraph whose text starts with a number, which
    /// the segmenter then reads as numbering, as it does in plain text.
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\\" {
                if next == text.endIndex { break }
                if let ascii = text[next].asciiValue, (0x21...0x2F).contains(ascii) || (0x3A...0x40).contains(ascii)
                    || (0x5B...0x60).contains(ascii) || (0x7B...0x7E).contains(ascii) {
                    result.append(text[next])
                    index = text.index(after: next)
                    continue
                }
            }
            result.append(character)
            index = next
        }
        return result
    }

    private mutating func listLevel(forIndent indent: Int) -> Int {
        while let last = listIndents.last, last > indent { listIndents.removeLast() }
        if listIndents.last != indent { listIndents.append(indent) }
        return listIndents.count - 1
    }

    private mutating func tableRow(_ content: Substring, lineNumber: Int) -> [TextBlock] {
        var cells = content.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpacesAndTabs() }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        let isSeparator = !cells.isEmpty && cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
        }
        if isSeparator { return [] }
        let row: Int
        if let previous = rowInTable {
            row = previous + 1
        } else {
            tableCount += 1
            row = 0
        }
        rowInTable = row
        return cells.enumerated().flatMap { column, cell -> [TextBlock] in
            guard !cell.isEmpty else { return [] }
            let position = TableCellPosition(table: tableCount - 1, row: row, column: column)
            // A cell is Markdown text too: an exporter's escapes ("half\-termly") are undone there as in a paragraph.
            guard HTMLFragmentReader.containsMarkup(cell) else {
                return [TextBlock(text: Self.unescaped(Self.plain(cell)), line: lineNumber, cell: position)]
            }
            // Criteria listed inside a cell (`<ul><li>…</li></ul>`, `a<br>b`) are one block each, all in the cell.
            var reader = HTMLFragmentReader()
            return reader.fragments(in: cell).map { TextBlock(text: Self.unescaped(Self.plain($0.text[...])), line: lineNumber, cell: position) }
        }
    }

    /// The blocks of a line holding HTML: one per list item, line break or paragraph, in its HTML table cell if any.
    private mutating func htmlBlocks(_ content: Substring, lineNumber: Int) -> [TextBlock] {
        html.fragments(in: content).map { fragment in
            TextBlock(text: Self.plain(fragment.text[...]), line: lineNumber,
                      headingLevel: fragment.cell == nil ? fragment.headingLevel : nil,
                      listLevel: fragment.isListItem && fragment.cell == nil ? 0 : nil, cell: fragment.cell)
        }
    }

    /// The level and title of an ATX heading (`#` to `######` then a space), with closing hashes removed.
    static func heading(_ content: Substring) -> (Int, Substring)? {
        let hashes = content.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = content.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var title = rest.trimmingSpacesAndTabs()
        // pandoc's attributes after a heading ("Key responsibilities {#key-responsibilities}") name it for links.
        if title.last == "}", let open = title.lastIndex(of: "{"), title[title.index(after: open)...].first.map({ "#.".contains($0) }) == true {
            title = title[..<open].trimmingSpacesAndTabs()
        }
        while title.last == "#" { title = title.dropLast() }
        return (hashes, title.trimmingSpacesAndTabs())
    }

    /// The text of a list item (`- `, `* `, `+ `, `1. ` or `1) `), or nil when the line is not one.
    static func listItemText(_ content: Substring) -> Substring? {
        if let first = content.first, "-*+".contains(first) {
            let rest = content.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            // "***" and "- - -" are rules, not items.
            guard rest.contains(where: { !"-*+ \t".contains($0) }) else { return nil }
            return rest.trimmingSpacesAndTabs()
        }
        let digits = content.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = content.dropFirst(digits.count)
        guard let terminator = rest.first, terminator == "." || terminator == ")" else { return nil }
        let afterTerminator = rest.dropFirst()
        guard afterTerminator.first == " " || afterTerminator.first == "\t" else { return nil }
        return afterTerminator.trimmingSpacesAndTabs()
    }

    /// The text with `**`/`__` emphasis markers removed, and single `*` emphasis (`*"Curious, kind"*`) when the two
    /// stars wrap text as emphasis does; other single `*` and `_` are left, since they are common in real text.
    /// Spaces around it are trimmed, tabs are not.
    static func plain(_ text: Substring) -> String {
        let withoutPairs = plainOfPairs(text.includes("](") ? Substring(linkTexts(text)) : text)
        return withoutPairs.utf8.contains(0x2A) ? removingSingleStarEmphasis(withoutPairs) : withoutPairs
    }

    /// Links and images as the text they show: `[School improvement model](../model)` is "School improvement model",
    /// `![Logo](logo.png)` is "Logo". A bracket not followed at once by `(…)` stays as written.
    static func linkTexts(_ text: Substring) -> String {
        var result = ""
        var rest = text
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]"), rest.index(after: close) < rest.endIndex,
                  rest[rest.index(after: close)] == "(", let end = closingParenthesis(of: rest[rest.index(after: close)...]) else {
                result += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            let isImage = open > rest.startIndex && rest[rest.index(before: open)] == "!"
            result += rest[..<(isImage ? rest.index(before: open) : open)]
            result += rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// The ")" that closes the "(" at the start of `text`, past balanced pairs inside it: a link's address may hold
    /// them ("https://example.org/Safeguarding_(2024)").
    private static func closingParenthesis(of text: Substring) -> Substring.Index? {
        var depth = 0
        for index in text.indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1 }
            if depth == 0 { return index }
        }
        return nil
    }

    /// `*text*` as emphasis: the opening star at the start or after a space or bracket and before a non-space, the
    /// closing star after a non-space and at the end or before a space or punctuation.
    static func removingSingleStarEmphasis(_ text: String) -> String {
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            let opens = characters[index] == "*" && (index == 0 || characters[index - 1] == " " || "([".contains(characters[index - 1]))
                && index + 1 < characters.count && characters[index + 1] != " " && characters[index + 1] != "*"
            guard opens else { index += 1; continue }
            let closing = ((index + 2)..<max(index + 2, characters.count)).first { position in
                characters[position] == "*" && characters[position - 1] != " "
                    && (position + 1 == characters.count || characters[position + 1] == " " || ".,;:!?)]".contains(characters[position + 1]))
            }
            guard let closing else { index += 1; continue }
            characters.remove(at: closing)
            characters.remove(at: index)
            index = closing - 1
        }
        return String(characters)
    }

    private static func plainOfPairs(_ text: Substring) -> String {
        let bytes = text.utf8
        let hasMarker = zip(bytes, bytes.dropFirst()).contains { pair in pair == (0x2A, 0x2A) || pair == (0x5F, 0x5F) }
        guard hasMarker else { return String(text.trimmingSpacesKeepingTabs()) }
        // In ASCII text a marker is just its two bytes; elsewhere Foundation decides what a match is, as it always has.
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let withoutMarkers = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            return String(withoutMarkers.trimmingSpacesKeepingTabs())
        }
        let withoutMarkers = String(decoding: removingPairs(of: 0x5F, from: removingPairs(of: 0x2A, from: Array(bytes))), as: UTF8.self)
        return String(withoutMarkers.trimmingSpacesKeepingTabs())
    }

    /// The bytes with each non-overlapping pair of `byte`, read from the left, removed.
    private static func removingPairs(of byte: UInt8, from bytes: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == byte, index + 1 < bytes.count, bytes[index + 1] == byte {
                index += 2
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return kept
    }

    /// Indentation width, counting a tab as four spaces.
    static func indentWidth(_ line: Substring) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 } else { break }
        }
        return width
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing spaces and tabs. (`String.trimmingSpaces()` keeps tabs: the names
    /// differ so that a call says which it means.)
    func trimmingSpacesAndTabs() -> SubSequence {
        trimming(asciiBytes: { $0 == 0x20 || $0 == 0x09 })
    }

    /// The text without leading and trailing spaces; tabs stay.
    func trimmingSpacesKeepingTabs() -> SubSequence {
        trimming(asciiBytes: { $0 == 0x20 })
    }

    /// The text without the leading and trailing characters that are one of the ASCII bytes `isTrimmed` accepts.
    private func trimming(asciiBytes isTrimmed: (UInt8) -> Bool) -> SubSequence {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isTrimmed($0) }), let last = bytes.lastIndex(where: { !isTrimmed($0) }) else {
            return self[endIndex...]
        }
        let end = bytes.index(after: last)
        // A space or tab can share a character with a non-ASCII neighbour (a combining mark after it, a prepended mark
        // before it), which the character view keeps; only then is the slower character-by-character trim needed.
        if (first != bytes.startIndex && bytes[first] >= 0x80) || (end != bytes.endIndex && bytes[last] >= 0x80) {
            func isTrimmedCharacter(_ character: Character) -> Bool {
                character.utf8.count == 1 && isTrimmed(character.utf8.first!)
            }
            guard let first = firstIndex(where: { !isTrimmedCharacter($0) }),
                  let last = lastIndex(where: { !isTrimmedCharacter($0) }) else {
                return self[endIndex...]
            }
            return self[first...last]
        }
        return self[first..<end]
    }
}
