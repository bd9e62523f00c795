/// Rebuilds tables that were laid out with spaces: what `pdftotext -layout` and similar converters make of a PDF's
/// grid, and what some schools type. Each cell's wrapped lines are rejoined and its text placed in its row and
/// column, as a .docx gives them, so that "Degree in social work, education," and "psychology or similar" on the next
/// line become one criterion instead of two fragments.
///
/// The text is read as a page of fixed-width characters: a line's fields (separated by three or more spaces) are
/// chunks whose positions are character columns, and the same table builder as for PDFs decides columns, rows and
/// which lines carry on a cell.
enum LayoutTableReader {
    static func rebuild(_ blocks: [TextBlock]) -> [TextBlock] {
        guard blocks.contains(where: { $0.text.includes("   ") }) else { return blocks }
        let lines = joiningCodesOfWrappedRows(blocks.map(line(of:)))
        var result: [TextBlock] = []
        var tableCount = blocks.compactMap(\.cell?.table).max().map { $0 + 1 } ?? 0
        var index = 0
        while index < blocks.count {
            var table = table(in: lines, blocks: blocks, from: index)
            if table == nil, let (row, joined) = linesWrappingOntoARow(lines, blocks: blocks, at: index) {
                // The criterion's first lines stand alone above the row its cells are on: read the row with them.
                var rejoined = lines
                rejoined[row] = joined
                // A grid's last criterion before a category or a page break may be a row of its own.
                table = self.table(in: rejoined, blocks: blocks, from: row, aloneIfItHoldsAMark: true)
            }
            if let table {
                result += table.blocks(tableIndex: tableCount).map { block in
                    var block = block
                    block.line = blocks[block.line - 1].line
                    return block
                }
                tableCount += 1
                index = table.endIndex
            } else {
                result.append(blocks[index])
                index += 1
            }
        }
        return result
    }

    /// A cell's first lines alone above the line that holds its row's other cells ("Current statutory frameworks:
    /// KCSIE, SEND," over "national curriculum …   E   I"; a criterion of three lines whose marks are on its last):
    /// the index of that row's line, and the line with their text before its first cell. Only up to three lines,
    /// each starting where the first does (or a little in, past a number) and carrying its text on: the next opens
    /// in lower case or a bracket, or the line before it stops on a word no sentence ends on ("… across KS3 and").
    /// More than one line, or a line carried on only by such a word, joins a row whose other cells are all marks of
    /// a criterion (ticks, "Essential", codes): a sidebar beside wrapped duties ("OUR VALUES") is no grid row.
    private static func linesWrappingOntoARow(_ lines: [PdfLine], blocks: [TextBlock], at index: Int) -> (row: Int, joined: PdfLine)? {
        guard lines[index].chunks.count == 1, blocks[index].cell == nil, let above = lines[index].chunks.first else { return nil }
        var text = above.text
        var row = index + 1
        var onlyLowerCaseJoins = true
        while row < lines.count, row - index <= 3, blocks[row].cell == nil, blocks[row].line == blocks[row - 1].line + 1,
              var first = lines[row].chunks.first, (above.x0 - 1...above.x0 + 6).contains(first.x0),
              carriesOn(text, into: first.text) {
            onlyLowerCaseJoins = onlyLowerCaseJoins && opensInLowerCase(first.text)
            guard lines[row].chunks.count > 1 else {
                text += " " + first.text
                row += 1
                continue
            }
            guard (row == index + 1 && onlyLowerCaseJoins) || holdsACriterionsMarks(lines[row]) else { return nil }
            var joined = lines[row]
            first.text = text + " " + first.text
            first.x0 = above.x0
            first.firstWordWidth = above.firstWordWidth
            joined.chunks[0] = first
            return (row, joined)
        }
        return nil
    }

    /// A grid row whose cells after the first are all a criterion's marks, and that is not the grid's row of column
    /// titles ("Criteria   Essential   Desirable   How assessed").
    private static func holdsACriterionsMarks(_ line: PdfLine) -> Bool {
        guard let first = line.chunks.first, !CriterionTerms.namesCriteriaColumn(first.text) else { return false }
        let others = line.chunks.dropFirst()
        return others.allSatisfy { marksACriterion($0.text) } && !others.allSatisfy { CriterionTerms.isColumnTitle($0.text) }
    }

    /// "national curriculum …", "(including …)": a line that can only carry on the one above.
    private static func opensInLowerCase(_ text: String) -> Bool {
        guard let initial = text.first else { return false }
        return initial.isLowercase || initial == "("
    }

    /// Whether `next` carries on a cell's text that so far reads `text`. A connective that runs on is in lower case:
    /// "PART A" or "Achievement for All" over a grid's first row is a title, not words cut off; and a details
    /// table's label ("Job title:") opens a row of its own under whatever stands above it.
    private static func carriesOn(_ text: String, into next: String) -> Bool {
        guard !next.hasSuffix(":") || MetadataLabels.field(forLabel: next) == nil else { return false }
        if opensInLowerCase(next) { return true }
        let lastWord = text.split(separator: " ").last.map(String.init) ?? ""
        return WrappedLineJoining.connectives.contains(lastWord)
    }

    /// A table starting at `index`, when the line there has several fields and what follows makes more than a
    /// single line of them (a lone "Post:      Deputy Head" line stays as it is).
    private static func table(in lines: [PdfLine], blocks: [TextBlock], from index: Int, aloneIfItHoldsAMark: Bool = false) -> PdfTable? {
        guard lines[index].chunks.count > 1, blocks[index].cell == nil, !isSpacedOutHeading(lines[index]),
              !isRunningHeader(at: index, in: lines, blocks: blocks), !blocks[index].text.includes(" | ") else { return nil }
        // Lines the source structured itself (tabs, " | " cells, table cells) are not part of a spaced-out table, nor
        // is a heading.
        var end = index + 1
        while end < blocks.count, blocks[end].cell == nil, !blocks[end].text.includes("\t"), !blocks[end].text.includes(" | "),
              !isSpacedOutHeading(lines[end]) {
            end += 1
        }
        guard end > index, let table = PdfTable(Array(lines[..<end]), from: index, rules: [], metrics: .characters) else { return nil }
        let holdsAMark = aloneIfItHoldsAMark && lines[index].chunks.dropFirst().allSatisfy { marksACriterion($0.text) }
        guard table.rowCount > 1 || table.endIndex > index + 1 || holdsAMark else { return nil }
        return table
    }

    /// A page's running header laid out in two parts ("Tenby Academy      Safeguarding Lead – JD"): a line after a page
    /// number that recurs on another page, or whose parts do not line up with the next line's cells. A grid starting
    /// there would take the header's parts for its columns; a grid that only goes on after the page number is no header.
    private static func isRunningHeader(at index: Int, in lines: [PdfLine], blocks: [TextBlock]) -> Bool {
        guard let previous = blocks[..<index].last(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { return false }
        let collapsed = { (text: String) in text.split(separator: " ").joined(separator: " ") }
        guard PageFurnitureDetection.isPageNumber(collapsed(previous.text)), !CriterionTerms.isRowOfGridTerms(blocks[index].text)
        else { return false }
        let header = collapsed(blocks[index].text)
        if blocks.indices.contains(where: { $0 != index && collapsed(blocks[$0].text) == header }) { return true }
        guard let nextRow = lines[(index + 1)...].prefix(3).first(where: { $0.chunks.count > 1 }) else { return true }
        let starts = lines[index].chunks.map(\.x0)
        let rowStarts = nextRow.chunks.map(\.x0)
        return starts.count != rowStarts.count || zip(starts, rowStarts).contains { abs($0 - $1) > 2 }
    }

    /// "E.     School culture": a numbered heading spaced out, not a row of cells.
    private static func isSpacedOutHeading(_ line: PdfLine) -> Bool {
        guard line.chunks.count == 2, let first = line.chunks.first?.text, first.count <= 4 else { return false }
        return PdfParagraphs.startsWithEnumerator(first) || PdfParagraphs.isListMarker(Substring(first))
    }

    /// The spans of a line's text between runs of three or more spaces, by character position, with no space at
    /// either end: the fields of a line laid out with spaces.
    static func spansBetweenWideGaps(_ characters: [Character]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            while index < characters.count, characters[index] == " " { index += 1 }
            guard index < characters.count else { break }
            let start = index
            var end = index
            while end < characters.count {
                guard characters[end] == " " else { end += 1; continue }
                var run = end
                while run < characters.count, characters[run] == " " { run += 1 }
                if run - end >= 3 || run == characters.count { break }
                end = run
            }
            spans.append(start..<end)
            index = end
        }
        return spans
    }

    /// A block as a line of character-wide chunks, one line down per source line so blank lines read as gaps.
    private static func line(of block: TextBlock) -> PdfLine {
        let characters = Array(block.text)
        var chunks: [PdfChunk] = spansBetweenWideGaps(characters).map { span in
            let text = String(characters[span]).trimmingCharacters(in: .whitespaces)
            let firstWord = text.prefix { $0 != " " }.count
            return PdfChunk(text: text, x0: Double(span.lowerBound), x1: Double(span.lowerBound + text.count), size: 1, isBold: false,
                            firstWordWidth: Double(firstWord))
        }
        // "1   Qualified Teacher Status   ✓" or "PS4   Understanding of…   E": a criterion's number or code set apart by
        // a wide gap numbers it; it is no cell. A code with letters does so only in a row that marks its criterion: in a
        // duties table ("HY2   Track the attendance…   Deputy Head") the code is a column of its own, and joined to the
        // duty it would hide the duty's opening verb.
        if chunks.count > 2, isRowCode(chunks[0].text),
           chunks[0].text.allSatisfy(\.isNumber) || chunks[2...].contains(where: { marksACriterion($0.text) }) {
            chunks[0...1] = [joining(chunks[0], to: chunks[1], gap: "  ")]
        }
        // "l   Set a clear direction…": a bullet a converter set apart from its item's text (Wingdings' round bullet read
        // as "l") marks the item; it is no column of its own.
        var index = chunks.count - 2
        while index >= 0 {
            if isBulletSetApart(chunks[index], before: chunks[index + 1]) {
                chunks[index...index + 1] = [joining(chunks[index], to: chunks[index + 1], gap: "   ")]
            }
            index -= 1
        }
        return PdfLine(page: 0, y: -Double(block.line), chunks: chunks)
    }

    /// A bullet or a number a converter or a typist set apart from its item's text.
    private static func isBulletSetApart(_ marker: PdfChunk, before text: PdfChunk) -> Bool {
        // "•" also ticks a grid's column, with a stage's code beside it ("•   A, I"); before a phrase it is a bullet.
        let marksAnItem = !CriterionTerms.isTick(marker.text)
            || (!WrappedLineJoining.isGridCode(text.text) && text.text.split(separator: " ").count >= 3)
        guard text.x0 - marker.x1 <= 4, text.text.first?.isLetter == true else { return false }
        // "(v)   Awareness of current research…": an item's numbering set apart from its text, as a typed outline does.
        if isEnumerator(marker.text) { return true }
        guard marker.text.count == 1, let glyph = marker.text.first, marksAnItem,
              MarkerStripping.glyphBullets.contains(glyph) || MarkerStripping.spacedBullets.contains(glyph) else { return false }
        return true
    }

    /// "E8   Experience of working with parents in difficult" over "     conversations      Essential   AF / I": a
    /// criterion whose marks come on its wrapped line is numbered by its code as when they share its first line. Only
    /// when that line carries the text on in lower case: "Experience of…   Essential" under "12   Successful…" is a
    /// criterion of its own, and the code stays apart from it.
    private static func joiningCodesOfWrappedRows(_ lines: [PdfLine]) -> [PdfLine] {
        var lines = lines
        for index in lines.indices.dropLast() where lines[index].chunks.count == 2 && isRowCode(lines[index].chunks[0].text) {
            let text = lines[index].chunks[1], next = lines[index + 1]
            guard next.y == lines[index].y - 1, next.chunks.count > 1, next.chunks[0].x0 == text.x0,
                  let initial = next.chunks[0].text.first, initial.isLowercase || initial == "(",
                  next.chunks.dropFirst().contains(where: { marksACriterion($0.text) }) else { continue }
            lines[index].chunks = [joining(lines[index].chunks[0], to: text, gap: "  ")]
        }
        return lines
    }

    /// "12", "PS4", "E10": a grid row's number, or its code of up to three capitals and a number.
    static func isRowCode(_ field: String) -> Bool {
        let letters = field.prefix { $0.isASCII && $0.isUppercase }
        let digits = field.dropFirst(letters.count)
        return letters.count <= 3 && (1...3).contains(digits.count) && digits.allSatisfy(\.isNumber)
    }

    /// "E", "AF / I", "✓": a grid's mark of the criterion in its row.
    private static func marksACriterion(_ field: String) -> Bool {
        CriterionTerms.isGridTerm(field) || CriterionTerms.isTick(field) || CriterionTerms.isCodeCell(field)
    }

    /// "(v)", "b)", "3.", "2.1": numbering alone in its field.
    private static func isEnumerator(_ field: String) -> Bool {
        field.count <= 6 && MarkerStripping.numbering(Substring(field + " X"))?.1 == "X"
    }

    /// A marker and the text it marks as one chunk where the marker stands.
    private static func joining(_ marker: PdfChunk, to text: PdfChunk, gap: String) -> PdfChunk {
        var joined = text
        joined.text = marker.text + gap + text.text
        joined.x0 = marker.x0
        joined.firstWordWidth = marker.firstWordWidth
        return joined
    }
}
