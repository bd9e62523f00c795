/// Reads a page that `pdftotext -layout` left in two text columns as one column after the other.
///
/// A designed recruitment pack often sets its duties in two columns. Converted with its layout kept, each line then
/// holds a piece of the left column and a piece of the right one ("• Set out a clear vision …      • Build calm
/// classrooms …"), and read line by line every duty of both columns is cut into fragments. Here such a run of lines
/// is rewritten as the left column's lines and then the right column's, each keeping the line number it stood on, so
/// that a side's blank stretches still read as gaps and its wrapped lines rejoin as in a one-column page.
///
/// Only a run whose lines all split at one column (no text crosses it), where both sides are columns of running
/// text (long lines, at least two bulleted items each) and at least five lines hold text on both sides. A grid of
/// criteria (short cells such as ticks and evidence codes, or "Essential" and "Desirable" columns), a label column
/// beside a list, or a table of three columns is left to the readers made for it.
enum TwoColumnText {
    /// The fewest lines with text on both sides for a run to be read as two columns.
    static let fewestSharedLines = 5
    /// The narrowest a column may be, in characters, and the shortest its lines may be on average.
    static let narrowestColumn = 24

    static func split(_ blocks: [TextBlock]) -> [TextBlock] {
        guard blocks.contains(where: { $0.text.includes("   ") }) else { return blocks }
        var result: [TextBlock] = []
        result.reserveCapacity(blocks.count)
        var index = 0
        while index < blocks.count {
            guard let run = Run(blocks, from: index) else {
                result.append(blocks[index])
                index += 1
                continue
            }
            if run.isTwoColumns {
                result += run.leftThenRight(blocks)
                index = run.end
                continue
            }
            // The columns may start a line down, under a line laid out like them (a page's header); otherwise the
            // run's lines are left as they are, each looked at once, so that reading stays linear in the text. A grid
            // under "Essential   Desirable" is left whole, so that its later lines do not start a run without the
            // titles that say what it is.
            if !run.isTitledGrid, index + 1 < blocks.count, let next = Run(blocks, from: index + 1), next.isTwoColumns {
                result.append(blocks[index])
                result += next.leftThenRight(blocks)
                index = next.end
            } else {
                result += blocks[run.start..<run.end]
                index = run.end
            }
        }
        return result
    }

    /// A run of lines laid out like two columns: the blocks `start..<end`, each split at character `rightStart` (the
    /// left column's text ends at least two characters before it, the right column's starts at or after it).
    private struct Run {
        let start: Int
        let end: Int
        let rightStart: Int
        /// Whether the lines are two columns of running text, rather than a grid or a label column laid out alike.
        private(set) var isTwoColumns = false
        /// Whether the first line is a grid's titles ("Essential   Desirable") over lists laid out in two columns.
        private(set) var isTitledGrid = false

        /// The run opening at `index`, when the line there holds two long fields and the lines after it go on in
        /// the same two columns.
        init?(_ blocks: [TextBlock], from index: Int) {
            guard let first = Fields(blocks[index]), let firstRight = first.right,
                  firstRight.lowerBound >= Self.leftmostSecondColumn else { return nil }
            var rightStart = firstRight.lowerBound, leftEnd = first.left.upperBound
            // The last line kept: one with right-hand text, or left text running on from a kept line. Left text after
            // a blank line is kept only when the columns go on below it; otherwise it is the page's next part.
            var end = index + 1, lastKept = index
            while end < blocks.count, blocks[end].line - blocks[end - 1].line <= 2, let fields = Fields(blocks[end]),
                  !PageFurnitureDetection.isPageNumber(blocks[end].text.split(separator: " ").joined(separator: " ")) {
                var (newRightStart, newLeftEnd) = (rightStart, leftEnd)
                var keeps = true
                if let right = fields.right {
                    guard abs(right.lowerBound - rightStart) <= 6 else { break }
                    newRightStart = min(rightStart, right.lowerBound)
                    newLeftEnd = max(leftEnd, fields.left.upperBound)
                } else if fields.left.lowerBound >= rightStart - 3 {
                    // Right column only: the left one has a blank line here, or has ended.
                    guard fields.left.lowerBound <= rightStart + 6 else { break }
                    newRightStart = min(rightStart, fields.left.lowerBound)
                } else {
                    newLeftEnd = max(leftEnd, fields.left.upperBound)
                    keeps = lastKept == end - 1 && blocks[end].line == blocks[end - 1].line + 1
                }
                // Text crossing the gap between the columns ends the run.
                guard newLeftEnd + 2 <= newRightStart else { break }
                (rightStart, leftEnd) = (newRightStart, newLeftEnd)
                if keeps { lastKept = end }
                end += 1
            }
            end = lastKept + 1
            self.start = index
            self.end = end
            self.rightStart = rightStart
            guard leftEnd + 2 <= rightStart else { return nil }
            // "Essential      Desirable" over two lists: a grid whose columns are priorities, read by rows.
            let titles = sides(of: blocks[index])
            isTitledGrid = Self.isGridTitle(titles.left) && Self.isGridTitle(titles.right)
            isTwoColumns = !isTitledGrid && holdsTwoColumns(blocks)
        }

        /// The second column starts at least this far in: nearer the margin, the left field is a label.
        private static let leftmostSecondColumn = 30

        private func holdsTwoColumns(_ blocks: [TextBlock]) -> Bool {
            var shared = 0, leftItems = 0, rightItems = 0
            var leftLengths: [Int] = [], rightLengths: [Int] = []
            for block in blocks[start..<end] {
                let (left, right) = sides(of: block)
                if !left.isEmpty, !right.isEmpty { shared += 1 }
                if !left.isEmpty {
                    leftLengths.append(left.count)
                    if Self.opensABulletedItem(left) { leftItems += 1 }
                }
                if !right.isEmpty {
                    rightLengths.append(right.count)
                    if Self.opensABulletedItem(right) { rightItems += 1 }
                }
            }
            let average = { (lengths: [Int]) in lengths.isEmpty ? 0 : lengths.reduce(0, +) / lengths.count }
            // Bullets on both sides: numbered area names beside bulleted duties are a table's label column.
            return shared >= fewestSharedLines && leftItems >= 2 && rightItems >= 2
                && average(leftLengths) >= narrowestColumn && average(rightLengths) >= narrowestColumn
        }

        /// A bulleted item ("• Lead…", "l   Plan…").
        private static func opensABulletedItem(_ text: String) -> Bool {
            guard let token = text.drop(while: { $0 == " " }).split(separator: " ").first else { return false }
            return MarkerStripping.strip(Substring(token + " x")).0 == .bullet
        }

        /// A grid's column title or priority ("Essential", "Desirable", "Evidence"); not a stage of assessment, which
        /// a wrapped line of running text may end on ("…to the discipline" / "panel.").
        private static func isGridTitle(_ text: String) -> Bool {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && (CriterionTerms.isColumnTitle(trimmed) || CriterionTerms.priority(trimmed) != nil)
        }

        /// The line's text left of the split and right of it, each without trailing spaces; the right side keeps
        /// its indent from the column's edge.
        func sides(of block: TextBlock) -> (left: String, right: String) {
            let characters = Array(block.text)
            let cut = min(rightStart, characters.count)
            let rightText = characters[cut...]
            let indent = rightText.firstIndex { $0 != " " }.map { $0 - cut } ?? 0
            let right = trimmedEnd(rightText)
            return (trimmedEnd(characters[..<cut]), right.isEmpty ? "" : String(repeating: " ", count: indent) + right.drop { $0 == " " })
        }

        private func trimmedEnd(_ characters: ArraySlice<Character>) -> String {
            String(characters[..<((characters.lastIndex { $0 != " " }).map { $0 + 1 } ?? characters.startIndex)])
        }

        /// The run's blocks as the left column's lines, then the right column's.
        func leftThenRight(_ blocks: [TextBlock]) -> [TextBlock] {
            var left: [TextBlock] = [], right: [TextBlock] = []
            for block in blocks[start..<end] {
                let sides = sides(of: block)
                if !sides.left.allSatisfy({ $0 == " " }) { left.append(TextBlock(text: sides.left, line: block.line)) }
                if !sides.right.isEmpty { right.append(TextBlock(text: sides.right, line: block.line)) }
            }
            return left + right
        }
    }

    /// A line's one or two fields, separated by a run of three or more spaces; nil for a line of three fields or
    /// more, or for a block the source structured itself (a table cell, a heading, a list item, tabs).
    private struct Fields {
        let left: Range<Int>
        let right: Range<Int>?

        init?(_ block: TextBlock) {
            guard block.cell == nil, block.headingLevel == nil, block.listLevel == nil, !block.text.includes("\t") else { return nil }
            let characters = Array(block.text)
            var spans = LayoutTableReader.spansBetweenWideGaps(characters)
            // A bullet set apart from its text ("•   Lead …") is one field with it.
            if spans.count >= 2, spans[0].count == 1 { spans[0...1] = [spans[0].lowerBound..<spans[1].upperBound] }
            if spans.count >= 3, spans[1].count == 1 { spans[1...2] = [spans[1].lowerBound..<spans[2].upperBound] }
            switch spans.count {
            case 1: (left, right) = (spans[0], nil)
            case 2: (left, right) = (spans[0], spans[1])
            default: return nil
            }
        }
    }
}
