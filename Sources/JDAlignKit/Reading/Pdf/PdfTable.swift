/// A table rebuilt from line positions: its columns start where the chunks of its first line start, a cell's
/// wrapped lines are rejoined by the same "would the word have fitted" test as paragraphs, and a line that starts
/// afresh in a column already holding text opens a new row.
struct PdfTable {
    private struct Paragraph {
        var lines: [PdfChunk]
        var lineNumber: Int
        var lastLineIndex: Int
    }

    /// The left edges of the columns found so far, in order; a cell's column is the last edge at or left of it.
    private var columnStarts: [Double]
    private var columnRights: [Double: Double] = [:]
    /// Columns whose cells hold bulleted items, where a line a few characters in carries an item on.
    private var bulletedColumns: Set<Double> = []
    /// Each row's paragraphs, keyed by the left edge of their column.
    private var rows: [[Double: [Paragraph]]] = []
    /// The index of the first line after the table.
    private(set) var endIndex: Int

    var rowCount: Int { rows.count }

    /// The horizontal lines drawn on each page; when the table has borders, they alone say where rows start.
    private let rules: [[PdfRule]]
    private var isRuled = false
    private let metrics: Metrics
    /// The index of the table's first line on its latest page, once it has crossed a page break: there a cell's
    /// text cut off by the break goes on, even when other cells of the row ran on for lines after it.
    private var pageStartIndex = -1
    /// Handed on to the next table over the same lines (``PdfParagraphs``).
    private(set) var answers: PdfTableAnswers

    init?(
        _ lines: [PdfLine], from start: Int, rules: [[PdfRule]], metrics: Metrics = .proportional,
        answers: PdfTableAnswers = PdfTableAnswers()
    ) {
        columnStarts = lines[start].chunks.map(\.x0)
        guard columnStarts.count > 1 else { return nil }
        self.rules = rules
        self.metrics = metrics
        self.answers = answers
        endIndex = start
        measureColumns(lines, from: start)
        isRuled = rule(above: lines[start], within: lines[start].size * 2) != nil
        var index = start
        var previous: PdfLine?
        while index < lines.count {
            let line = metrics.usesFitTest ? lines[index] : splittingMarksOff(lines[index])
            if let previous, !belongs(line, at: index, after: previous) { break }
            if let previous, previous.page != line.page { pageStartIndex = index }
            if isRuled, let previous, index > start {
                // A bordered table: a border between two lines starts a row, and a line with no border below it
                // before the page ends is after the table.
                guard addRuled(line, lineIndex: index, opensRow: isBorder(between: previous, and: line, lineIndex: index)) else { break }
            } else if line.chunks.count == 1, index > start {
                let chunk = line.chunks[0]
                let column = self.column(of: chunk)
                if let last = lastParagraph(in: column), continues(last, with: chunk, column: column, lineIndex: index) {
                    appendLine(chunk, column: column, lineIndex: index)
                } else if column == columnStarts[0] {
                    break
                } else {
                    startParagraph(chunk, column: column, lineIndex: index)
                }
            } else {
                for chunk in line.chunks where !columnStarts.contains(where: { abs($0 - chunk.x0) <= metrics.slack })
                    && !hangsUnderABullet(chunk, starts: columnStarts) {
                    columnStarts.append(chunk.x0)
                    columnStarts.sort()
                }
                let opensRow = rows.isEmpty || (index == pageStartIndex ? !resumesRow(line, lineIndex: index) : line.chunks.contains { chunk in
                    let column = self.column(of: chunk)
                    // Laid out in characters, only the first column's text starts a row: the other columns' lines
                    // are a cell's items, one under another.
                    guard metrics.usesFitTest || column == columnStarts[0] else { return false }
                    guard let last = lastParagraph(in: column) else { return !metrics.usesFitTest }
                    return !continues(last, with: chunk, column: column, lineIndex: index)
                })
                if opensRow { rows.append([:]) }
                for chunk in line.chunks {
                    let column = self.column(of: chunk)
                    if !opensRow, let last = lastParagraph(in: column), continues(last, with: chunk, column: column, lineIndex: index) {
                        appendLine(chunk, column: column, lineIndex: index)
                    } else if opensRow, carriesOnAcrossRows(chunk, column: column, lineIndex: index) {
                        appendLine(chunk, column: column, lineIndex: index, row: rows.count - 2)
                    } else {
                        startParagraph(chunk, column: column, lineIndex: index)
                    }
                }
            }
            previous = line
            index += 1
        }
        endIndex = index
    }

    /// Laid out in characters, a bulleted item's wrapped line sits a few characters in from its column's edge, under
    /// the item's text ("• Successful teaching in at least two" / "  primary key stages"): it carries the item on,
    /// and is no column of its own.
    private func hangsUnderABullet(_ chunk: PdfChunk, starts: [Double]) -> Bool {
        guard !metrics.usesFitTest, !PdfParagraphs.isListMarker(Substring(chunk.text)) else { return false }
        return starts.contains { (1...4).contains(chunk.x0 - $0) && bulletedColumns.contains($0) }
    }

    /// Laid out in characters, a long criterion may run up to its row's tick or priority with a single space between
    /// ("… strategies to meet them X"): a chunk whose last word is a tick or grid term standing at one of the table's
    /// columns is two cells.
    private func splittingMarksOff(_ line: PdfLine) -> PdfLine {
        var line = line
        line.chunks = line.chunks.flatMap { chunk -> [PdfChunk] in
            guard let space = chunk.text.lastIndex(of: " ") else { return [chunk] }
            let mark = String(chunk.text[chunk.text.index(after: space)...])
            let markStart = chunk.x1 - Double(mark.count)
            guard markStart > chunk.x0, CriterionTerms.isTick(mark) || CriterionTerms.priority(mark) != nil,
                  columnStarts.dropFirst().contains(where: { abs($0 - markStart) <= metrics.slack }) else { return [chunk] }
            let text = String(chunk.text[..<space]).trimmingCharacters(in: .whitespaces)
            var head = chunk, tail = chunk
            head.text = text
            head.x1 = chunk.x0 + Double(text.count)
            tail.text = mark
            tail.x0 = markStart
            tail.firstWordWidth = Double(mark.count)
            return [head, tail]
        }
        return line
    }

    /// Finds each column's right edge from the lines ahead that are plainly inside this table: lines of several
    /// chunks, up to the first whose cells start where this table has no column (another table) or a wide gap.
    private mutating func measureColumns(_ lines: [PdfLine], from start: Int) {
        var starts = columnStarts
        var columnsWithText: Set<Double> = []
        var previous: PdfLine?
        for (index, line) in zip(start..., lines[start..<min(lines.count, start + 120)]) {
            if let previous, !belongs(line, at: index, after: previous) { break }
            previous = line
            if line.chunks.count == 1 {
                // A wrapped line of a later column is inside the table; one at the first column may be the text after it.
                let chunk = line.chunks[0]
                if let start = starts.dropFirst().first(where: { abs($0 - chunk.x0) <= metrics.slack }) {
                    columnRights[start] = max(columnRights[start] ?? 0, chunk.x1)
                }
                continue
            }
            for chunk in line.chunks where PdfParagraphs.isListMarker(Substring(chunk.text)) {
                if let start = starts.first(where: { abs($0 - chunk.x0) <= metrics.slack }) { bulletedColumns.insert(start) }
            }
            if line.chunks.contains(where: { chunk in
                !starts.contains { abs($0 - chunk.x0) <= metrics.slack } && !hangsUnderABullet(chunk, starts: starts)
            }) {
                // A cell starting between known columns is a column the first line left empty; one beyond every
                // column the first line spans, likewise. Only a line matching none of the first line's columns ends it.
                guard line.chunks.contains(where: { chunk in starts.contains { abs($0 - chunk.x0) <= metrics.slack } }) else { break }
                for chunk in line.chunks where !starts.contains(where: { abs($0 - chunk.x0) <= metrics.slack })
                    && !hangsUnderABullet(chunk, starts: starts) { starts.append(chunk.x0) }
                starts.sort()
            }
            for chunk in line.chunks {
                let column = starts.last { $0 <= chunk.x0 + metrics.slack } ?? starts[0]
                // Asked only of a column not yet known to hold text: the question is dear and most cells are text.
                if !columnsWithText.contains(column), !answers.isMark(chunk.text) { columnsWithText.insert(column) }
                // A chunk running into the next column is two cells read as one; it says nothing of either's width.
                if let next = starts.first(where: { $0 > column }), chunk.x1 > next { continue }
                // Nor does a line to sign on after the table ("Signed ……………"): its dots run as far as they like.
                if BoilerplateDetection.leavesABlank(chunk.text) { continue }
                columnRights[column] = max(columnRights[column] ?? 0, chunk.x1)
            }
        }
        columnStarts = starts
        // Cell padding is the same across a table, so the narrowest gap between a column's longest line and the next
        // column shows it; a column's text may reach the next column's edge less that padding. Not when the next
        // column holds only ticks or codes: those are centred in their cells, so the cell starts well left of them.
        let gaps = zip(starts, starts.dropFirst()).compactMap { start, next in columnRights[start].map { next - $0 } }
        guard let padding = gaps.filter({ $0 > 0 }).min() else { return }
        for (start, next) in zip(starts, starts.dropFirst()) where columnsWithText.contains(next) {
            columnRights[start] = max(columnRights[start] ?? 0, next - padding)
        }
    }

    /// The nearest border above `line` on its page, no further than `distance` above its top.
    private func rule(above line: PdfLine, within distance: Double) -> PdfRule? {
        guard line.page < rules.count else { return nil }
        let top = line.y + line.size * 0.7
        return rules[line.page].filter { $0.y > top && $0.y < top + distance && spansTable($0) }.min { $0.y < $1.y }
    }

    private func spansTable(_ rule: PdfRule) -> Bool {
        !rule.isVertical && rule.x0 <= columnStarts[0] + 3 && rule.x1 > columnStarts[0] + 10
    }

    private func isBorder(between previous: PdfLine, and line: PdfLine, lineIndex: Int) -> Bool {
        // A page break draws a border whether or not the row goes on: the text decides.
        guard previous.page == line.page else { return !resumesRow(line, lineIndex: lineIndex) }
        return rules[line.page].contains { $0.y > line.y + line.size * 0.5 && $0.y < previous.y - previous.size * 0.1 && spansTable($0) }
    }

    /// Whether the table's left border runs beside the line: text below the table's last border has none.
    private func isInsideBorders(_ line: PdfLine) -> Bool {
        line.page < rules.count && rules[line.page].contains { rule in
            rule.isVertical && rule.x < columnStarts[0] && rule.x > columnStarts[0] - 30 && rule.y0 <= line.y && line.y <= rule.y1
        }
    }

    /// Adds a line of a bordered table; false when the line is not in the table.
    private mutating func addRuled(_ line: PdfLine, lineIndex: Int, opensRow: Bool) -> Bool {
        guard isInsideBorders(line) else { return false }
        if opensRow { rows.append([:]) }
        for chunk in line.chunks {
            if chunk.x0 > columnStarts[0], !columnStarts.contains(where: { abs($0 - chunk.x0) <= metrics.slack }) {
                columnStarts.append(chunk.x0)
                columnStarts.sort()
            }
            let column = self.column(of: chunk)
            if !opensRow, let last = lastParagraph(in: column), continues(last, with: chunk, column: column, lineIndex: lineIndex) {
                appendLine(chunk, column: column, lineIndex: lineIndex)
            } else {
                startParagraph(chunk, column: column, lineIndex: lineIndex)
            }
        }
        return true
    }

    /// A line stays in the table unless it sits left of it or after a gap wider than a blank line; after such a gap,
    /// a line whose cells start exactly at the table's columns, the first among them, is its next row (generously
    /// padded cells leave wide gaps between rows). A key to the grid's codes ("(A = Application  I = Interview)")
    /// under the last row explains the table; it is not part of the last criterion.
    private mutating func belongs(_ line: PdfLine, at index: Int, after previous: PdfLine) -> Bool {
        if line.x0 < columnStarts[0] - metrics.slack { return false }
        // Laid out in characters, the rows read lines with their marks split off: not the lines the columns measured.
        if metrics.usesFitTest ? answers.isCodeKey(line, at: index) : PdfTableAnswers.isCodeKey(line) { return false }
        if line.page == previous.page, previous.y - line.y > max(line.size, previous.size) * 2.6 { return isAlignedRow(line) }
        return true
    }

    private func isAlignedRow(_ line: PdfLine) -> Bool {
        guard line.chunks.count > 1, let first = line.chunks.first, abs(first.x0 - columnStarts[0]) <= metrics.slack else { return false }
        return line.chunks.allSatisfy { chunk in columnStarts.contains { abs($0 - chunk.x0) <= metrics.slack } }
    }

    private func column(of chunk: PdfChunk) -> Double {
        columnStarts.last { $0 <= chunk.x0 + metrics.slack } ?? columnStarts[0]
    }

    private func lastParagraph(in column: Double) -> Paragraph? {
        rows.last?[column]?.last
    }

    /// Whether the first line after a page break carries on the row the break cut: some cell's text runs on from the
    /// previous page (a word processor lets a row break across pages), and nothing on the line starts a row: no text
    /// in the label column, no tick or priority word (a new criterion's), no repeated header row.
    private func resumesRow(_ line: PdfLine, lineIndex: Int) -> Bool {
        var carriesOn = false
        for chunk in line.chunks {
            let column = column(of: chunk)
            if CriterionTerms.isTick(chunk.text) { return false }
            // "Interview," over the break and "references" under it: a list of how criteria are assessed runs on.
            // "Personal" over the break and "attributes" under it: a row's label runs on in lower case, though the
            // word could title a column.
            let labelRunsOn = column == columnStarts[0] && chunk.text.first?.isLowercase == true
            if !labelRunsOn, CriterionTerms.isGridTerm(chunk.text), lastParagraph(in: column)?.lines.last?.text.last.map(",/&".contains) != true {
                return false
            }
            // "Qualifications" over the break and "Experience" under it: a capitalised word in the label column after
            // a label that did not break mid-phrase ("Knowledge and" / "Understanding") labels the next row.
            if column == columnStarts[0], chunk.text.first?.isUppercase == true, let above = lastParagraph(in: column)?.lines.last,
               !WrappedLineJoining.connectives.contains(Self.lastWord(of: above.text).lowercased()) {
                return false
            }
            if let last = lastParagraph(in: column), continues(last, with: chunk, column: column, lineIndex: lineIndex) {
                carriesOn = true
            } else if column == columnStarts[0] {
                return false
            }
        }
        return carriesOn
    }

    private func continues(_ paragraph: Paragraph, with chunk: PdfChunk, column: Double, lineIndex: Int) -> Bool {
        let isNextLine = paragraph.lastLineIndex == lineIndex - 1 || lineIndex == pageStartIndex
        guard isNextLine, let above = paragraph.lines.last else { return false }
        if PdfParagraphs.isListMarker(Substring(chunk.text)) || PdfParagraphs.startsWithEnumerator(chunk.text, after: above.text) {
            return false
        }
        if above.isBold != chunk.isBold || abs(above.size - chunk.size) > 0.6 { return false }
        // A bordered grid's row whose other cells hold only ticks is one criterion: its lines run on, whatever
        // their words look like ("Experience of teaching GCSE" / "Computer Science").
        if isRuled, isBesideTicksOnly(column) { return true }
        // In a cell whose items are bulleted or numbered, a line with no marker carries on the item above it, when
        // that line was full: after a short one ("…an adapted offer" / "Make sure…") a paragraph of its own starts.
        if metrics.usesFitTest, let opening = paragraph.lines.first?.text, opening.utf8.contains(0x20),
           PdfParagraphs.isListMarker(Substring(opening)) || PdfParagraphs.startsWithEnumerator(opening) {
            return wouldNotHaveFitted(chunk, after: above, column: column)
        }
        // Character positions only roughly follow the original's widths, so there the words alone decide; in the
        // first column, which labels rows, a capital starts the next label.
        guard metrics.usesFitTest else {
            // A numbered criterion ("2  National Award …") starts afresh; a line indented under one ("    NPQ for
            // SENCOs") carries it on.
            if MarkerStripping.numbering(Substring(chunk.text)) != nil { return false }
            // "• Experience as a DSL or deputy" / "  DSL in a secondary school": indented under a bulleted item's text,
            // the line carries the item on, whatever its first word.
            if hangsUnderABullet(chunk, starts: [column]) { return true }
            // "… the purpose of a Church of" / "England school …": after a word no sentence ends on, the capital runs on.
            // A lone "A" over "I" is a grid's assessment codes, not an article and a pronoun.
            if CriterionTerms.isCodeCell(above.text) || CriterionTerms.isGridTerm(above.text), above.text.last.map(",/&".contains) != true {
                return false
            }
            // "Responsible to      Headteacher" over "Grade      L8 – L12": a label of the post's details is whole,
            // though it ends on a word sentences run on from.
            if column == columnStarts[0], MetadataLabels.field(forLabel: above.text) != nil { return false }
            if WrappedLineJoining.connectives.contains(Self.lastWord(of: above.text).lowercased()) { return true }
            if WrappedLineJoining.closesTheBracketLeftOpen(above.text, chunk.text) { return true }
            if column == columnStarts[0], chunk.text.first?.isUppercase == true, chunk.x0 <= column + metrics.slack { return false }
            return !Self.startsAfresh(chunk.text, after: above.text, acronymStartsAfresh: true)
        }
        let right = max(columnRights[column] ?? 0, above.x1)
        guard wouldNotHaveFitted(chunk, after: above, column: column) else { return false }
        if Self.opensAnInstruction(chunk.text, after: above.text) || Self.opensACriterion(chunk.text, after: above.text) {
            return false
        }
        // In a narrow column the fit test can rarely tell a wrapped line from the next line of a list.
        let isNarrow = right - column < above.size * 20
        return !(isNarrow && Self.startsAfresh(chunk.text, after: above.text))
    }

    /// Whether the chunk's first word would not have fitted at the end of the line above: the line was full, so the
    /// chunk may be its wrapped continuation.
    private func wouldNotHaveFitted(_ chunk: PdfChunk, after above: PdfChunk, column: Double) -> Bool {
        let right = max(columnRights[column] ?? 0, above.x1)
        return above.x1 + above.size * metrics.space + chunk.firstWordWidth > right - metrics.tolerance
    }

    /// Whether the other cells of the current row hold ticks and nothing else (a person specification's
    /// essential and desirable columns).
    private func isBesideTicksOnly(_ column: Double) -> Bool {
        guard let row = rows.last else { return false }
        var sawTick = false
        for (otherColumn, paragraphs) in row where otherColumn != column {
            for paragraph in paragraphs {
                for line in paragraph.lines {
                    guard CriterionTerms.isTick(line.text) else { return false }
                    sawTick = true
                }
            }
        }
        return sawTick
    }

    /// Two bulleted lists laid out side by side in characters ("l  Set a clear direction…   l  Keep the curriculum…")
    /// keep no rows: a bullet on the left opens a row while the right item's wrapped line is still to come beside it.
    /// That line carries on the right item in the row above.
    private func carriesOnAcrossRows(_ chunk: PdfChunk, column: Double, lineIndex: Int) -> Bool {
        // Only beside a bulleted item on the left: a value beside a label ("Responsible to      Headteacher") is its row's.
        guard !metrics.usesFitTest, column != columnStarts[0], bulletedColumns.contains(column), rows.count > 1,
              rows[rows.count - 1][columnStarts[0]]?.first.map({ PdfParagraphs.isListMarker(Substring($0.lines[0].text)) }) ?? true,
              rows[rows.count - 1][column] == nil, let last = rows[rows.count - 2][column]?.last else { return false }
        return continues(last, with: chunk, column: column, lineIndex: lineIndex)
    }

    private mutating func appendLine(_ chunk: PdfChunk, column: Double, lineIndex: Int, row: Int? = nil) {
        // Changed in place: taking the cell's paragraphs out and writing them back copied them on every line.
        guard let row = row ?? rows.indices.last, rows.indices.contains(row), let last = rows[row][column]?.indices.last else { return }
        rows[row][column]?[last].lines.append(chunk)
        rows[row][column]?[last].lastLineIndex = lineIndex
    }

    private mutating func startParagraph(_ chunk: PdfChunk, column: Double, lineIndex: Int) {
        if rows.isEmpty { rows.append([:]) }
        rows[rows.count - 1][column, default: []].append(Paragraph(lines: [chunk], lineNumber: lineIndex + 1, lastLineIndex: lineIndex))
    }

    /// One block per paragraph of each cell, in row then column order.
    func blocks(tableIndex: Int) -> [TextBlock] {
        var blocks: [TextBlock] = []
        for (rowIndex, row) in rows.enumerated() {
            for column in row.keys.sorted() {
                let columnIndex = columnStarts.firstIndex(of: column) ?? 0
                for paragraph in row[column] ?? [] {
                    var text = PdfParagraphs.joined(paragraph.lines.map(\.text))
                    var listLevel: Int?
                    if PdfParagraphs.isListMarker(Substring(text)), !text.dropFirst().isEmpty {
                        text = PdfParagraphs.afterMarker(text)
                        listLevel = 0
                    }
                    blocks.append(TextBlock(
                        text: text, line: paragraph.lineNumber, listLevel: listLevel,
                        cell: TableCellPosition(table: tableIndex, row: rowIndex, column: columnIndex)))
                }
            }
        }
        return blocks
    }
}
