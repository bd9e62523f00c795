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
        var markdown = MarkdownLineReader()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if format == .markdown {
                blocks.append(contentsOf: markdown.blocks(for: line, lineNumber: lineNumber))
            } else if !isBlank(line) {
                blocks.append(TextBlock(text: String(trailingSpaceTrimmed(line)), line: lineNumber))
            }
        }
        return SourceDocument(path: path, format: format, blocks: blocks)
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    static func trailingSpaceTrimmed(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " {
            end = line.index(before: end)
        }
        return line[..<end]
    }
}
