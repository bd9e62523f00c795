/// One line or cell on its way to becoming an `Item`: the passes fill in what it is, one question at a time.
struct Draft {
    /// The text, trimmed, without bullet or numbering once `MarkerStripping` has run.
    var text: String {
        didSet { cachedShape = nil }
    }
    /// The 1-based line or paragraph the text starts on.
    var line: Int
    /// Whether blank lines (or empty paragraphs) separate this draft from the one before it.
    var blankBefore: Bool
    /// Whether the draft opens a table cell: a leading or inner tab in plain text, or the first paragraph of a .docx cell.
    var startsCell: Bool
    /// The source's heading level, when it gave one.
    var headingLevel: Int?
    /// The source's list level, when it gave one.
    var listLevel: Int?
    /// The source's table cell, when it gave one.
    var cell: TableCellPosition?
    /// The bullet or numbering the text began with.
    var marker: ListMarker = .none
    /// How many levels the numbering has: 1 for "2.", 2 for "2.1"; 0 without numbering.
    var numberingDepth = 0
    /// The first number of the numbering ("4" of "4.2"), which tells a part's sub-items from a new part.
    var topNumber: Int?
    /// For a plain-text line without tabs: how many spaces it was indented by, and the column its text starts at
    /// after a bullet or number ("   •   Lead…": 3 and 7; the same for an unmarked line). Converters and typists
    /// indent a wrapped item's next line to its text, which is how a line carrying an item on is told from the next.
    var indent: Int?
    var bodyColumn: Int?
    /// Whether the draft is the label cell of a "Label / text" row that `LabelCellSplitting` split.
    var isLabelCell = false
    /// Whether the draft is the text cell of such a row.
    var followsLabelCell = false
    /// Whether the draft greets the reader of a letter to candidates ("Dear Colleague,"), so that `HeadingDetection`
    /// reads the line above as the letter's title. Set by `LetterDetection`.
    var greetsTheReader = false
    /// The entry of the pack's list of contents further up that the draft repeats (folded), so that
    /// `HeadingDetection` reads it as the title of that part while its text still is that entry (a line joined to
    /// the next is a paragraph). Set by `ContentsListDetection`.
    var repeatedContentsEntry: String?
    /// What the draft is, once a pass has decided.
    var kind: ItemKind?
    /// The rule that decided `kind`, in words a user can check ("a bullet under a duties heading").
    var reason: String?
    /// The outline depth, for headings.
    var headingDepth = 2
    /// The part of the JD the draft sits in.
    var zone: Zone = .general
    /// Priority and assessment, for person-specification criteria.
    var criterion: CriterionAttributes?
    /// The shape of `text` once a pass has asked for it: several passes ask about the same line.
    fileprivate var cachedShape: TextShape?

    /// Records what the draft is and the rule that said so.
    mutating func decide(_ kind: ItemKind, because reason: String) {
        self.kind = kind
        self.reason = reason
    }

    /// The shape of the text, worked out on first use and kept until the text changes.
    mutating func shape() -> TextShape {
        if let cachedShape { return cachedShape }
        let shape = TextShape(text)
        cachedShape = shape
        return shape
    }
}

/// How a line was marked as a list item.
enum ListMarker: Equatable {
    /// Not marked.
    case none
    /// A bullet glyph or a dash.
    case bullet
    /// Arabic numbering ("1.", "2.1", "(3)").
    case number
    /// A letter or roman numeral ("A.", "b)", "(iv)").
    case letter
}

/// The part of a JD a line sits in, which decides what an ordinary line there is.
enum Zone: Equatable {
    /// Purpose, duties, responsibilities and anything not recognised as another part.
    case general
    /// The person specification.
    case personSpecification
    /// Parts about the school, benefits or how to apply: lists there are not duties.
    case notDuties
}

/// Turns blocks into drafts: one per "\n"-separated line of a block, and one per tab-separated field of a line
/// outside a table (plain text marks a table's cells with tabs).
enum DraftBuilder {
    static func drafts(from blocks: [TextBlock]) -> [Draft] {
        var drafts: [Draft] = []
        var previousLine: Int?
        var previousCell: TableCellPosition?
        // The letter of the part a template last opened ("C. Key responsibilities"), whose items it numbers "C1.1".
        var partLetter: Character?
        for block in blocks {
            var blankBefore = previousLine.map { block.line > $0 + 1 } ?? false
            let newCell = block.cell != nil && block.cell != previousCell
            var firstInBlock = true
            for rawLine in block.text.split(atASCII: 0x0A, omittingEmptySubsequences: false) {
                var fields = cellFields(rawLine)
                if block.cell != nil, fields.count > 1 {
                    // Inside a real table cell a tab only aligns text; the cell itself is the unit.
                    fields = [Substring(fields.joined(separator: " "))]
                } else if block.cell == nil {
                    fields = fields.flatMap(splittingPipeCells)
                }
                if fields.isEmpty {
                    blankBefore = true
                    continue
                }
                if fields.count > 1, CriterionTerms.isCodeKey(String(rawLine)) {
                    // "AF = application form    I = interview": a key to a grid's codes is one line, however spaced.
                    fields = [rawLine.trimmingSpacesAndTabs()]
                }
                var droppedCode = false
                if fields.count > 1, let letter = partLetter, isOutlineCode(fields[0]), fields[0].first == letter {
                    // "C1.1<TAB>Lead the…" under "C. Key responsibilities": a template's lettered numbering in a column
                    // of its own numbers the item beside it, as "2.1" does; it is no cell of the row, but the row's
                    // text still starts a cell. "Y6<TAB>…" or "A1<TAB>grade…" elsewhere is content. Read before a lone
                    // marker: as numbering set apart, "D1.1" would keep "Educated…<TAB>E<TAB>Application" from
                    // starting its row's cells, and its assessment would become a heading.
                    fields.removeFirst()
                    droppedCode = true
                }
                if fields.count > 1, isLoneMarker(fields[0]) {
                    // "(i)   targeted sessions…": a converter's gap after the numbering does not make it a cell.
                    fields[1] = Substring(fields[0] + " " + fields[1])
                    fields.removeFirst()
                }
                if fields.count == 1, let letter = lettersAPart(fields[0]) { partLetter = letter }
                // "\tLead…" or " | Lead…": the row's first cell is empty, so its text is a cell of its own.
                let leadingTab = rawLine.first == "\t" || rawLine.trimmingSpacesAndTabs().hasPrefix("| ") || droppedCode
                let columns = block.cell == nil ? textColumns(of: rawLine) : nil
                for (index, field) in fields.enumerated() {
                    var draft = Draft(
                        text: String(field), line: block.line, blankBefore: blankBefore && index == 0,
                        startsCell: leadingTab || index > 0 || (newCell && firstInBlock && index == 0),
                        headingLevel: block.headingLevel, listLevel: block.listLevel, cell: block.cell)
                    if index == 0, let columns {
                        draft.indent = columns.indent
                        draft.bodyColumn = columns.body
                    }
                    drafts.append(draft)
                }
                blankBefore = false
                firstInBlock = false
            }
            previousLine = block.line
            previousCell = block.cell
        }
        return drafts
    }

    /// The indentation of a line laid out with spaces, and the column where its text starts after a bullet or
    /// number, counted in characters; nil for a line with tabs, whose columns are not characters.
    static func textColumns(of line: Substring) -> (indent: Int, body: Int)? {
        guard !line.includes("\t") else { return nil }
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        let firstToken = rest.prefix { $0 != " " }
        let afterToken = rest.dropFirst(firstToken.count)
        let gap = afterToken.prefix { $0 == " " }.count
        // A word of two letters or more is never a marker: most lines are spared the marker test.
        guard !firstToken.isEmpty, gap > 0, gap < afterToken.count, firstToken.count == 1 || firstToken.contains(where: { !$0.isLetter }),
              isLoneMarker(firstToken) else { return (indent, indent) }
        return (indent, indent + firstToken.count + gap)
    }

    /// The non-empty fields of a line, trimmed; fields are separated by tabs, or by runs of three or more spaces as
    /// PDF converters leave a table's columns, or by " / " before a grid's priority and assessment cells. Fill-in
    /// blanks ("______", "……") are not fields.
    static func cellFields(_ line: Substring) -> [Substring] {
        line.split(atASCII: 0x09).flatMap(splittingWideGaps).flatMap(CriterionTerms.splittingGridCells)
            .map { $0.trimmingSpacesAndTabs() }.filter(isNotFillIn)
    }

    /// A table pasted as text from a web page or an e-mail keeps its cells apart with " | " ("Curriculum | Lead the
    /// design of …", "Qualified Teacher Status | ✓ | | A"): each cell is a field, and empty cells are dropped.
    static func splittingPipeCells(_ field: Substring) -> [Substring] {
        guard field.includes("|") else { return [field] }
        var cells: [Substring] = []
        var start = field.startIndex
        var index = field.startIndex
        while index < field.endIndex {
            let next = field.index(after: index)
            let spacedBefore = index == field.startIndex || field[field.index(before: index)] == " "
            let spacedAfter = next == field.endIndex || field[next] == " "
            if field[index] == "|", spacedBefore, spacedAfter {
                cells.append(field[start..<index])
                start = next
            }
            index = next
        }
        cells.append(field[start...])
        let trimmed = cells.map { $0.trimmingSpacesAndTabs() }.filter { !$0.isEmpty }
        return trimmed.isEmpty ? [field] : trimmed
    }

    /// The letter of a lettered part's title ("C. Key responsibilities", "D) Person specification"), or nil.
    static func lettersAPart(_ line: Substring) -> Character? {
        let text = line.trimmingSpacesAndTabs()
        guard let letter = text.first, letter.isASCII, letter.isUppercase, text.count > 3 else { return nil }
        let rest = text.dropFirst()
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return letter
    }

    /// A letter and an outline number ("C1", "D2.3", "A1.2."): one capital, then numbers joined by full stops.
    static func isOutlineCode(_ field: Substring) -> Bool {
        guard (2...7).contains(field.count), let letter = field.first, letter.isASCII, letter.isUppercase else { return false }
        let number = field.dropFirst()
        return number.first?.isNumber == true && number.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." }
            && !number.contains("..")
    }

    /// Whether the field is only a bullet or numbering ("•", "3.", "(iv)", "b)"), with the text it marks in the next field.
    static func isLoneMarker(_ field: Substring) -> Bool {
        guard field.count <= 6, !field.includes(" ") else { return false }
        let (marker, rest) = MarkerStripping.strip(Substring(field + " X"))
        return marker != .none && rest == "X"
    }

    /// The text cut at every run of three or more spaces (leading and trailing runs are only trimmed).
    private static func splittingWideGaps(_ text: Substring) -> [Substring] {
        guard text.utf8.count > 3, text.includes("   ") else { return [text] }
        var fields: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == " " else { index = text.index(after: index); continue }
            let run = text[index...].prefix { $0 == " " }
            if run.count >= 3 {
                fields.append(text[start..<index])
                start = run.endIndex
            }
            index = run.endIndex
        }
        fields.append(text[start...])
        return fields.filter { !$0.allSatisfy { $0 == " " } }
    }

    /// Whether the field has a character other than those fill-in blanks are made of. Checking scalars is exact:
    /// those characters never join another scalar, so a character of several scalars always has one of another kind.
    private static func isNotFillIn(_ field: Substring) -> Bool {
        field.unicodeScalars.contains { scalar in
            switch scalar {
            case "_", ".", "…", "-", " ": false
            default: true
            }
        }
    }
}
