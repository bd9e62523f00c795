/// Lifts the labels a designed JD sets in a narrow column beside a list out of the list's lines.
///
/// `pdftotext -layout` keeps such a page's two columns side by side: "Financial          l   Prepare the annual
/// budget…" over "management               the Headteacher, for approval…". A Word table's cell is often centred
/// vertically too, so the label may stand beside the third line of its list ("Human resources           and staffing
/// structures…"). Read line by line, the label cuts the item it stands beside in two. Here the label's parts are
/// joined into one line put before the list, and each line keeps its text at the column it was set at, so that the
/// list's wrapped lines read as they do without a label.
///
/// Only a run of lines with no blank line between them whose right-hand text is a bulleted or numbered list from its
/// first line, beside one short label at the margin (its parts on consecutive lines), where no line has a third
/// column (a grid of essential and desirable criteria has its own reader). The label is given the line number of the
/// run's first line, which it stood beside.
enum SidePanelLabels {
    /// The longest label part, in characters and in words.
    static let longestLabelPart = (characters: 32, words: 4)

    static func lift(_ blocks: [TextBlock]) -> [TextBlock] {
        var result: [TextBlock] = []
        result.reserveCapacity(blocks.count + 8)
        var start = 0
        while start < blocks.count {
            var end = start + 1
            while end < blocks.count, blocks[end].line == blocks[end - 1].line + 1, isPlain(blocks[end]), isPlain(blocks[end - 1]) {
                end += 1
            }
            result += lifted(blocks[start..<end]) ?? Array(blocks[start..<end])
            start = end
        }
        return result
    }

    /// A line of plain text laid out with spaces: not a table cell, no tabs.
    private static func isPlain(_ block: TextBlock) -> Bool {
        block.cell == nil && block.headingLevel == nil && block.listLevel == nil && !block.text.includes("\t")
    }

    /// The run with its label lifted out, or nil when it is not a list with a label beside it.
    private static func lifted(_ run: ArraySlice<TextBlock>) -> [TextBlock]? {
        guard run.count >= 2, run.allSatisfy(isPlain), run.contains(where: { hasGapAfterText($0.text) }) else { return nil }
        let fields = run.map { fieldsWithColumns($0.text) }
        guard fields.allSatisfy({ (1...2).contains($0.count) }) else { return nil }
        let labelled = fields.indices.filter { fields[$0].count == 2 }
        // One label, its parts on consecutive lines: two labels in one run are two sections, left to the table reader.
        guard let firstLabelled = labelled.first, labelled.last! - firstLabelled == labelled.count - 1 else { return nil }
        // The list's markers stand at one column; the lines beside a label hold a marked item or a wrapped line of
        // one (set further in), never a value at the marker's column ("Job title      Assistant Headteacher").
        let markedColumns = fields.compactMap { parts in startsWithMarker(parts.last!.text) ? parts.last!.column : nil }
        guard let markerColumn = markedColumns.min(), markerColumn >= 8, startsWithMarker(fields[0].last!.text) else { return nil }
        for index in labelled {
            let (label, text) = (fields[index][0], fields[index][1])
            guard label.column <= 2, label.text.count <= longestLabelPart.characters,
                  label.text.split(separator: " ").count <= longestLabelPart.words, label.text.last.map({ !".;:,".contains($0) }) ?? false,
                  label.column + label.text.count + 3 <= text.column,
                  startsWithMarker(text.text) ? text.column == markerColumn : text.column > markerColumn else { return nil }
        }
        guard fields.allSatisfy({ $0.count == 2 || $0[0].column >= markerColumn }) else { return nil }
        let label = labelled.map { fields[$0][0].text }.joined(separator: " ")
        var lines = [TextBlock(text: label, line: run.first!.line)]
        for (block, parts) in zip(run, fields) {
            var block = block
            let text = parts.last!
            block.text = String(repeating: " ", count: text.column) + text.text
            lines.append(block)
        }
        return lines
    }

    /// Whether three spaces or more follow some text on the line: the gap between a label and the column beside it.
    /// A byte scan, so that the lines of ordinary text cost next to nothing here.
    private static func hasGapAfterText(_ text: String) -> Bool {
        var sawText = false, spaces = 0
        for byte in text.utf8 {
            if byte == 0x20 {
                spaces += 1
            } else {
                if sawText, spaces >= 3 { return true }
                sawText = true
                spaces = 0
            }
        }
        return false
    }

    /// Whether the text opens with a bullet or number followed by a space ("l   Prepare…", "• Lead…").
    private static func startsWithMarker(_ text: String) -> Bool {
        guard let token = text.split(separator: " ").first else { return false }
        return DraftBuilder.isLoneMarker(token)
    }

    /// The line's parts separated by runs of three or more spaces, with the column each starts at. A bullet alone
    /// before such a gap ("l   Prepare…") stays with the text after it, as written.
    private static func fieldsWithColumns(_ line: String) -> [(column: Int, text: String)] {
        let characters = Array(line)
        let spans = LayoutTableReader.spansBetweenWideGaps(characters)
        var fields: [(column: Int, text: String)] = []
        var spanIndex = 0
        while spanIndex < spans.count {
            var span = spans[spanIndex]
            if spanIndex + 1 < spans.count, DraftBuilder.isLoneMarker(Substring(String(characters[span]))) {
                span = span.lowerBound..<spans[spanIndex + 1].upperBound
                spanIndex += 1
            }
            fields.append((span.lowerBound, String(characters[span])))
            spanIndex += 1
        }
        return fields
    }
}
