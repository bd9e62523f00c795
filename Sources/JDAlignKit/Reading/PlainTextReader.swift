/// Reads a plain-text or Markdown job description into blocks, one per non-blank line.
///
/// Blank lines are not kept as blocks: the segmenter sees them as a gap in the 1-based `line` numbers,
/// which is the same signal a .docx gives when it skips empty paragraphs.
/// Plain-text lines keep their leading and inner tabs, because a Word table saved as text
/// marks its cells with tabs and the segmenter reads them.
public enum PlainTextReader {
    /// Decodes, normalises and splits `bytes` into blocks; Markdown headings, list items and table cells carry their hints.
    public static func read(_ bytes: [UInt8], path: String, format: SourceFormat) -> SourceDocument {
        let text = TextNormalisation.normalise(TextDecoding.decode(bytes))
        var blocks: [TextBlock] = []
        let page = HTMLFragmentReader.pageTraits(of: text)
        var markdown = MarkdownLineReader(closesItsFurniture: page.closesFurniture, marksItsContent: page.marksContent)
        // Splitting the UTF-8 view avoids grapheme breaking, which matters on files of tens of megabytes.
        for (line, lineNumber) in HTMLLineJoining.lines(of: text, wrapsFreely: page.wrapsFreely) {
            if format == .markdown {
                blocks.append(contentsOf: markdown.blocks(for: line, lineNumber: lineNumber))
            } else if let structured = markdown.markupBlocks(for: line, lineNumber: lineNumber) {
                // A pipe table or HTML pasted into a text file is structure there too, never text.
                blocks.append(contentsOf: structured)
            } else if let plain = markdown.plainTextBlock(line, lineNumber: lineNumber) {
                blocks.append(plain)
            }
        }
        blocks.append(contentsOf: markdown.finish())
        if format == .text { blocks = LayoutTableReader.rebuild(SidePanelLabels.lift(TwoColumnText.split(blocks))) }
        return SourceDocument(path: path, format: format, blocks: blocks)
    }

    /// Whether the line holds only spaces and tabs; a byte scan, since neither can be part of a longer character here.
    static func isBlank(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    static func trailingSpaceTrimmed(_ line: Substring) -> Substring {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 {
            end = bytes.index(before: end)
        }
        // After a non-ASCII scalar a space can belong to its character (a prepended mark), which the character
        // view keeps; that rare case takes the character-by-character path.
        if end < bytes.endIndex, end > bytes.startIndex, bytes[bytes.index(before: end)] >= 0x80 {
            return characterwiseTrailingSpaceTrimmed(line)
        }
        return line[..<end]
    }

    private static func characterwiseTrailingSpaceTrimmed(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " {
            end = line.index(before: end)
        }
        return line[..<end]
    }
}
