/// A run of words on one baseline with no wide gap inside: a line of a paragraph, or one table cell's line.
struct PdfChunk: Sendable {
    var text: String
    var x0: Double
    var x1: Double
    var size: Double
    var isBold: Bool
    /// The width of the first word, for the "would it have fitted on the line above" test.
    var firstWordWidth: Double
}

/// The chunks sharing one baseline of one page, left to right.
struct PdfLine: Sendable {
    var page: Int
    var y: Double
    var chunks: [PdfChunk]

    var x0: Double { chunks.first?.x0 ?? 0 }
    var x1: Double { chunks.last?.x1 ?? 0 }
    /// The largest chunk's size (a loop: tables ask for it of every line, and mapping allocated an array each time).
    var size: Double { chunks.reduce(0) { max($0, $1.size) } }
    var text: String { chunks.map(\.text).joined(separator: "\t") }
}

/// Rebuilds lines and words from placed glyphs: glyphs on the same baseline form a line; a gap wider than a
/// space makes a word break, and a gap no sentence has, a table's vertical border, or a jump to where other lines'
/// cells start a new chunk.
enum PdfLineBuilder {
    /// A gap above this share of the font size, with no space glyph, separates words.
    static let wordGap = 0.15
    /// A gap above this share of the font size, with no space glyph, separates chunks (cells, tab stops).
    static let chunkGap = 0.9
    /// Even with a space glyph in it, a gap this wide is a tab stop or a cell boundary.
    static let chunkGapWithSpace = 1.6

    /// The lines of one page; `columnStarts` are where runs often start in the whole document (``frequentRunStarts(_:)``).
    static func lines(
        of glyphs: ArraySlice<PdfGlyph>, text glyphText: [UInt8], page: Int, columnStarts: Set<Int>, rules: [PdfRule] = [],
        marks: [(x: Double, y: Double)] = []
    ) -> [PdfLine] {
        // A table's vertical borders separate its cells, however close their text comes. In order left to right,
        // so that a gap's borders are found by a search (a border off every page can part no glyphs).
        let borders = rules.filter { $0.isVertical && $0.x.isFinite }.sorted { $0.x < $1.x }
        var lines: [PdfLine] = []
        // Glyphs are sorted and grouped by index: copying the glyphs themselves cost more than the sorting.
        let (order, rows) = baselineGroups(glyphs)
        // One buffer for each row's borders in turn: a fresh array per row cost an allocation for every line.
        var rowBorders: [PdfRule] = []
        // One buffer for the page's chunks: each row's own cost an allocation and its regrowth.
        var text: [UInt8] = []
        for rowRange in rows {
            let row = order[rowRange]
            let inOrder = { (a: Int, b: Int) in glyphs[a].x < glyphs[b].x || (glyphs[a].x == glyphs[b].x && a < b) }
            // Most producers show a line's text left to right: checking costs far less than sorting.
            let sorted = (row.isSorted(by: inOrder) ? row : ArraySlice(row.sorted(by: inOrder))).lazy.map { glyphs[$0] }
            let baseline = glyphs[row[row.startIndex]].y
            // Only borders beside this line can part its cells; a page of bordered tables has hundreds of others.
            var lowest = Double.infinity, highest = -Double.infinity
            for index in row {
                lowest = min(lowest, glyphs[index].y)
                highest = max(highest, glyphs[index].y)
            }
            rowBorders.removeAll(keepingCapacity: true)
            for border in borders where border.y0 <= highest && lowest <= border.y1 { rowBorders.append(border) }
            // The row's borders left of the current glyph (plus half a point) are those before this index: glyphs
            // come left to right, so it only moves on, and a gap's borders are found by looking back from it.
            var bordersBefore = 0
            var chunks: [PdfChunk] = []
            var chunkStart = 0.0, chunkEnd = 0.0, firstWordEnd: Double?
            var sizes = 0.0, boldCount = 0, glyphCount = 0
            var sawSpace = false
            func closeChunk() {
                let tidied = tidy(String(decoding: text, as: UTF8.self))
                if !tidied.isEmpty {
                    chunks.append(PdfChunk(
                        text: tidied, x0: chunkStart, x1: chunkEnd,
                        size: sizes / Double(max(1, glyphCount)), isBold: boldCount * 2 > glyphCount,
                        firstWordWidth: (firstWordEnd ?? chunkEnd) - chunkStart))
                }
                text.removeAll(keepingCapacity: true)
                sizes = 0
                boldCount = 0
                glyphCount = 0
                firstWordEnd = nil
                sawSpace = false
            }
            for glyph in sorted {
                if glyph.isSpace {
                    if glyphCount > 0 { sawSpace = true }
                    continue
                }
                if glyphCount > 0 {
                    let gap = glyph.x - chunkEnd
                    let em = max(glyph.size, 1)
                    let atColumn = glyph.startsRun && gap > wordGap * em && !sawSpace
                        && columnStarts.contains(Int(glyph.x.rounded()))
                    if gap > (sawSpace ? chunkGapWithSpace : chunkGap) * em || atColumn
                        || hasBorder(rowBorders, after: chunkEnd - 0.5, before: glyph.x + 0.5, beside: glyph.y, from: &bordersBefore) {
                        closeChunk()
                    } else if sawSpace || gap > wordGap * em || (glyph.startsRun && gap > 0.5) {
                        if firstWordEnd == nil { firstWordEnd = chunkEnd }
                        text.append(0x20)
                    }
                }
                if glyphCount == 0 { chunkStart = glyph.x }
                // Byte by byte: a glyph's text is a character or two, for which appending a slice cost far more.
                for index in glyph.textStart..<glyph.textEnd { text.append(glyphText[index]) }
                chunkEnd = glyphCount == 0 ? glyph.x + glyph.width : max(chunkEnd, glyph.x + glyph.width)
                sizes += glyph.size * Double(glyph.count)
                glyphCount += glyph.count
                if glyph.isBold { boldCount += glyph.count }
                sawSpace = false
            }
            closeChunk()
            chunks = withDrawnBullets(chunks, marks: marks, baseline: baseline)
            chunks = joiningMarkers(chunks)
            if !chunks.isEmpty { lines.append(PdfLine(page: page, y: baseline, chunks: chunks)) }
        }
        return lines
    }

    /// Whether one of `borders` (in order of x) stands strictly between `left` and `right` and beside `y`. Asked
    /// between every two glyphs of a bordered table's rows, with `right` never smaller than the last time:
    /// `bordersBefore` moves on past the borders left of `right`, and only those right of `left` are read, where
    /// reading every border of the row cost a sixth of building the lines.
    private static func hasBorder(
        _ borders: [PdfRule], after left: Double, before right: Double, beside y: Double, from bordersBefore: inout Int
    ) -> Bool {
        while bordersBefore < borders.count, borders[bordersBefore].x < right { bordersBefore += 1 }
        var index = bordersBefore - 1
        while index >= 0, borders[index].x > left {
            if borders[index].y0 <= y, y <= borders[index].y1 { return true }
            index -= 1
        }
        return false
    }

    /// The chunk's text without spaces at either end or doubled inside (a glyph may carry a space of its own).
    /// Most chunks need neither, and checking their bytes costs far less than Foundation's trimming.
    private static func tidy(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        guard isWhitespace(first) || isWhitespace(last)
            || (text.utf8.withContiguousStorageIfAvailable(hasDoubledSpace) ?? Array(text.utf8).withUnsafeBufferPointer(hasDoubledSpace))
        else { return text }
        return text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "  ", with: " ")
    }

    /// Whether two spaces stand together, read from the bytes in place: walking the string's UTF-8 view index by
    /// index cost a twentieth of building the lines.
    private static func hasDoubledSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = false
        for byte in bytes {
            if byte == 0x20, previousWasSpace { return true }
            previousWasSpace = byte == 0x20
        }
        return false
    }

    /// Unicode's white space, answered without a property look-up for the ASCII letters and digits most text is.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// A small shape drawn just left of a chunk, at the height of its lower-case letters, is its bullet.
    private static func withDrawnBullets(_ chunks: [PdfChunk], marks: [(x: Double, y: Double)], baseline: Double) -> [PdfChunk] {
        guard !marks.isEmpty else { return chunks }
        return chunks.map { chunk in
            guard !PdfParagraphs.isListMarker(Substring(chunk.text)),
                  let mark = marks.first(where: { mark in
                      mark.x < chunk.x0 && mark.x > chunk.x0 - chunk.size * 2.5
                          && mark.y > baseline && mark.y < baseline + chunk.size * 0.7
                  })
            else { return chunk }
            var bulleted = chunk
            bulleted.text = "\u{2022} " + chunk.text
            bulleted.x0 = mark.x - 2
            return bulleted
        }
    }

    /// A bullet or number set apart from its text by a tab is part of that text, not a cell of its own.
    private static func joiningMarkers(_ chunks: [PdfChunk]) -> [PdfChunk] {
        // Most lines are one chunk: copying them into a fresh array cost an allocation per line.
        guard chunks.count > 1 else { return chunks }
        var result: [PdfChunk] = []
        for chunk in chunks {
            if let last = result.last, isMarkerOnly(last.text) {
                var joined = last
                joined.text = last.text + " " + chunk.text
                joined.x1 = chunk.x1
                joined.isBold = chunk.isBold
                joined.size = chunk.size
                joined.firstWordWidth = last.firstWordWidth
                result[result.count - 1] = joined
            } else {
                result.append(chunk)
            }
        }
        return result
    }

    private static func isMarkerOnly(_ text: String) -> Bool {
        // Characters counted only as far as the test needs: counting a whole chunk's cost more than joining the line.
        let length = text.prefix(6).count
        return (length == 1 && PdfParagraphs.isListMarker(Substring(text)))
            || (length <= 5 && !text.includes(" ") && PdfParagraphs.startsWithEnumerator(text))
    }

    /// Glyphs grouped by baseline, top of the page first; a baseline within a third of the font size is the same line
    /// (so superscripts and small rises stay on it). The glyphs' indices top to bottom, and each line's range of them:
    /// an array per line cost an allocation and its regrowth for every line of the page.
    private static func baselineGroups(_ glyphs: ArraySlice<PdfGlyph>) -> (order: [Int], groups: [Range<Int>]) {
        // Each glyph's baseline sorted beside its index: comparing through the indices read two glyphs from the
        // page for every comparison (tables' cells are shown column by column, so most pages need sorting).
        var baselines = glyphs.indices.map { (y: glyphs[$0].y, index: $0) }
        let inOrder = { (a: (y: Double, index: Int), b: (y: Double, index: Int)) in a.y > b.y || (a.y == b.y && a.index < b.index) }
        if !baselines.isSorted(by: inOrder) { baselines.sort(by: inOrder) }
        let order = baselines.map(\.index)
        var groups: [Range<Int>] = []
        var groupStart = 0
        var currentY = Double.infinity
        for (position, index) in order.enumerated() {
            let glyph = glyphs[index]
            if position > 0, currentY - glyph.y <= max(1, glyph.size * 0.33) { continue }
            if position > 0 { groups.append(groupStart..<position) }
            groupStart = position
            currentY = glyph.y
        }
        if !order.isEmpty { groups.append(groupStart..<order.count) }
        return (order, groups)
    }

    /// The x positions (to the nearest point) where three or more runs start: the left edges of columns and cells.
    static func frequentRunStarts(_ glyphs: [PdfGlyph]) -> Set<Int> {
        var counts: [Int: Int] = [:]
        for glyph in glyphs where glyph.startsRun { counts[Int(glyph.x.rounded()), default: 0] += 1 }
        return Set(counts.filter { $0.value >= 3 }.keys)
    }
}

extension Collection {
    /// Whether every element is in order by `areInIncreasingOrder`, as `sorted(by:)` would leave them.
    fileprivate func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        zip(self, dropFirst()).allSatisfy { !areInIncreasingOrder($1, $0) }
    }
}
