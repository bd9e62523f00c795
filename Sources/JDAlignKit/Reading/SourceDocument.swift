/// The text of a job description as read from its file, before any structure is inferred.
///
/// Reading stops at blocks: a paragraph, a line of plain text or one table cell.
/// What a block *means* (heading, duty, metadata) is the segmenter's job.
public struct SourceDocument: Sendable, Equatable {
    /// The path the document was read from, as given by the user.
    public var path: String
    /// The file format the bytes were recognised as.
    public var format: SourceFormat
    /// The blocks in reading order.
    public var blocks: [TextBlock]

    /// Creates a document from already-read blocks.
    public init(path: String, format: SourceFormat, blocks: [TextBlock]) {
        self.path = path
        self.format = format
        self.blocks = blocks
    }
}

/// The formats JDAlign reads.
public enum SourceFormat: String, Sendable, Equatable, Codable {
    /// Office Open XML word-processing document (Word 2007 and later).
    case docx
    /// Plain text in any common encoding.
    case text
    /// Markdown, read as plain text with `#` headings.
    case markdown
    /// Portable Document Format, read from the positions of its text.
    case pdf
}

/// One paragraph, plain-text line or table-cell paragraph, with the layout hints its source gave.
public struct TextBlock: Sendable, Equatable {
    /// The text, normalised (NFC, ordinary spaces, straight apostrophes kept as written).
    public var text: String
    /// Where the block starts in the source: the 1-based line for text files, the 1-based paragraph for .docx.
    public var line: Int
    /// The heading level from a .docx heading style or a Markdown `#` (0 for Title, 1 for Heading1…); nil when the source gave none.
    public var headingLevel: Int?
    /// The list nesting level (0-based) when the source marked the block as a bulleted or numbered list item.
    public var listLevel: Int?
    /// The cell this block sits in, when it came from a table.
    public var cell: TableCellPosition?

    /// Creates a block.
    public init(text: String, line: Int, headingLevel: Int? = nil, listLevel: Int? = nil, cell: TableCellPosition? = nil) {
        self.text = text
        self.line = line
        self.headingLevel = headingLevel
        self.listLevel = listLevel
        self.cell = cell
    }
}

/// The position of a block inside a table of the source document.
public struct TableCellPosition: Sendable, Equatable, Hashable {
    /// The 0-based index of the table in the document.
    public var table: Int
    /// The 0-based row within the table.
    public var row: Int
    /// The 0-based column within the row.
    public var column: Int
    /// How deeply the table is nested inside other tables (0 for a top-level table).
    public var depth: Int

    /// Creates a cell position.
    public init(table: Int, row: Int, column: Int, depth: Int = 0) {
        self.table = table
        self.row = row
        self.column = column
        self.depth = depth
    }
}
