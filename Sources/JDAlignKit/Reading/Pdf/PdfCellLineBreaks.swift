extension PdfTable {
    /// How wide a space is and how exact positions are: proportional type in points, or fixed-width characters.
    struct Metrics {
        /// A space's width as a share of the font size.
        var space: Double
        /// How far past the column's edge a word may seem to reach and still have fitted (rounding of positions).
        var tolerance: Double
        /// How far apart two left edges may be and still be the same column's.
        var slack: Double
        /// Whether widths are exact enough to ask whether a line's first word would have fitted on the line above.
        var usesFitTest = true

        /// PDF text: a space is about a quarter of an em; positions are exact to a point, cells' edges to a few.
        static let proportional = Metrics(space: 0.28, tolerance: 1, slack: 3)
        /// Text laid out in characters (size 1): a space is one character and positions are exact.
        static let characters = Metrics(space: 1, tolerance: 0, slack: 1, usesFitTest: false)
    }
}

/// Where a narrow cell's lines break: the words of the line and of the one above it, when positions cannot tell.
extension PdfTable {
    /// In a narrow cell, where the fit test is weak, the words decide:
    /// a capitalised word after a finished sentence or a lower-case word a sentence can end on ("role") opens a new
    /// line; laid out in characters, so does one after an acronym, and an acronym after such a word ("… or above |
    /// DSL training"; in a PDF the fit test has already said the acronym would not have fitted); after a connective
    /// ("of", "and", from documents.json) or a capitalised word ("Working | Together") the line runs on.
    static func startsAfresh(_ text: String, after previous: String, acronymStartsAfresh: Bool = false) -> Bool {
        // Asked of most lines of a grid: an ASCII opening other than a capital settles it without reading graphemes.
        if let byte = text.utf8.first, byte < 0x80, !(0x41...0x5A).contains(byte) { return false }
        let first = text.prefix { !$0.isWhitespace }
        guard let initial = first.first, initial.isUppercase else { return false }
        // "Represent the academy…" under "… Standards Committee": a duty verb and a determiner open an instruction,
        // while a title's last word ("Designated Safeguarding" / "Lead and…") is no verb before one.
        let second = text.dropFirst(first.count).drop { $0 == " " }.prefix { !$0.isWhitespace }
        // "School Development" / "Plan each term" is one title, though "Plan" is a verb too (asked only of a verb
        // and a determiner: the question is dear and most lines open otherwise).
        if DutyVerbs.all.contains(first.lowercased()), determiners.contains(second.lowercased()),
           !WrappedLineJoining.continuesATitle(previous, with: text) { return true }
        // A finished sentence, or a label ("Grade:"), ends its line of the cell.
        if let end = previous.last, ".:!?".contains(end) { return true }
        // "… (e.g. Level 7" / "CPT3A)": the bracket the line above left open closes here.
        if WrappedLineJoining.closesTheBracketLeftOpen(previous, text) { return false }
        // "Qualified Teacher Status" / "Degree": a line ending on the whole of a known name has finished it, and the
        // capital after it opens the cell's next line.
        if WrappedLineJoining.endsWithAWholeName(previous) { return true }
        let lastWord = Self.lastWord(of: previous)
        if lastWord.hasSuffix(")") || lastWord.last?.isNumber == true { return true }
        let startsWithAcronym = acronymStartsAfresh && first.count >= 2 && first.allSatisfy { $0.isUppercase || $0.isNumber }
        guard first.dropFirst().first?.isLowercase == true || startsWithAcronym else { return false }
        // Laid out in characters, a line ending on an acronym is often whole ("Experience as a DSL" / "Knowledge…");
        // in a PDF, where the fit test has said the word would not have fitted, it is as often cut ("National Award
        // for SEN" / "Coordination…"), and a criterion's opening decides (`opensACriterion`).
        if acronymStartsAfresh, !startsWithAcronym, lastWord.count >= 2, lastWord.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            return true
        }
        return lastWord.allSatisfy(\.isLowercase) && !WrappedLineJoining.connectives.contains(String(lastWord))
    }

    private static let determiners: Set<String> = Set(DocumentVocabulary.builtIn.entries("determiners"))

    /// Whether a line opens the next item of a cell's list of duties, though the line above filled the cell: a
    /// capitalised duty verb and a word in lower case ("Arrange and chair…", "Make sure…") after a line that
    /// finished a sentence or ended on a word sentences end on ("…an adapted offer"). Mid-sentence such a verb is in
    /// lower case; capitalised before another capital it names something ("Lead Practitioner", "Support Staff").
    static func opensAnInstruction(_ text: String, after previous: String) -> Bool {
        guard opensWithCapital(text) else { return false }
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, let initial = words[0].first, initial.isUppercase,
              DutyVerbs.all.contains(words[0].lowercased()), words[1].first?.isLowercase == true else { return false }
        if let end = previous.last, ".;".contains(end) { return true }
        let lastWord = Self.lastWord(of: previous)
        guard lastWord.allSatisfy({ $0.isLowercase }) else { return false }
        return !WrappedLineJoining.connectives.contains(String(lastWord)) && !WrappedLineJoining.continuesATitle(previous, with: text)
    }

    /// Whether a line opens the next criterion of a cell that lists several, though the line above filled the cell:
    /// a criterion's capitalised opening and a word in lower case ("Knowledge of…", "Familiarity with…", "Thorough
    /// understanding…") after a
    /// line that ends on neither a connective nor an unfinished title. Mid-sentence such a word is in lower case.
    static func opensACriterion(_ text: String, after previous: String) -> Bool {
        guard opensWithCapital(text) else { return false }
        let words = text.split(separator: " ", maxSplits: 2)
        // "Knowledge of…", or a word before the criterion's ("Thorough understanding of…", "Sound knowledge…").
        guard words.count >= 2, words[0].first?.isUppercase == true, words[1].first?.isLowercase == true,
              CriterionTerms.criterionOpenings.contains(words[0].lowercased())
                || (words.count == 3 && CriterionTerms.criterionOpenings.contains(String(words[1]))) else { return false }
        let lastWord = Self.lastWord(of: previous)
        return !WrappedLineJoining.connectives.contains(lastWord.lowercased()) && !WrappedLineJoining.continuesATitle(previous, with: text)
    }

    /// Whether the first word starts with a capital, as both openings need: asked of most lines of a grid, whose
    /// wrapped lines mostly open in lower case, it settles them without splitting the line into words.
    private static func opensWithCapital(_ text: String) -> Bool {
        if let byte = text.utf8.first, byte < 0x80, byte != 0x20 { return (0x41...0x5A).contains(byte) }
        return text.first { $0 != " " }?.isUppercase == true
    }

    /// Whether every word of a cell is a mark: "✓", "A/I", "Essential", or a tick and its code read as one chunk ("✓ A").
    static func isMark(_ text: String) -> Bool {
        // Word by word, stopping at the first that is none: most cells are sentences, settled by their first word.
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0 != " " }) {
            let word = rest[start...].prefix { $0 != " " }
            guard CriterionTerms.isTick(String(word)) || CriterionTerms.isCodeCell(String(word)) || CriterionTerms.isGridTerm(String(word))
            else { return false }
            rest = rest[word.endIndex...]
        }
        return true
    }

    /// The line's last word, trailing spaces left off.
    static func lastWord(of text: String) -> Substring {
        let body = text[..<(text.lastIndex { $0 != " " }.map(text.index(after:)) ?? text.startIndex)]
        return body[(body.lastIndex(of: " ").map(body.index(after:)) ?? body.startIndex)...]
    }
}

/// What tables ask of a document's lines and cells, each answer kept: the next table over the same lines asks again
/// (a table measures its columns on lines past its end that the next one reads), and a grid's columns of ticks and
/// codes ask about the same few texts row after row.
struct PdfTableAnswers {
    /// Whether each line only explains its grid's codes (`CriterionTerms.isCodeKey`), at the line's index: measuring
    /// the columns and reading the rows both ask it of every line, and each asking joins the line's text. Hashing
    /// the index into a dictionary cost a third as much as asking.
    private var codeKeys: [Bool?] = []
    private var marks: [String: Bool] = [:]

    /// Whether `line`, the line at `index` of the lines tables are read from, is a key.
    mutating func isCodeKey(_ line: PdfLine, at index: Int) -> Bool {
        if index < codeKeys.count, let answer = codeKeys[index] { return answer }
        let answer = Self.isCodeKey(line)
        if index >= codeKeys.count { codeKeys += repeatElement(nil, count: index + 1 - codeKeys.count) }
        codeKeys[index] = answer
        return answer
    }

    static func isCodeKey(_ line: PdfLine) -> Bool {
        guard line.chunks.contains(where: { mayBeInAKey($0.text.utf8) }) else { return false }
        return CriterionTerms.isCodeKey(line.chunks.count == 1 ? line.chunks[0].text : line.chunks.map(\.text).joined(separator: "  "))
    }

    /// Whether the text holds a byte every key needs one of: "=", the ":" after a label, the "(" of a bracketed code,
    /// or a dash after a code ("-", or the lead byte of an en or em dash). Most lines of a grid hold none, and
    /// looking costs far less than joining the line's cells to ask `CriterionTerms.isCodeKey`.
    private static func mayBeInAKey(_ text: String.UTF8View) -> Bool {
        text.withContiguousStorageIfAvailable(mayBeInAKey) ?? Array(text).withUnsafeBufferPointer(mayBeInAKey)
    }

    private static func mayBeInAKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { byte in
            byte == UInt8(ascii: "=") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "-") || byte == 0xE2
        }
    }

    /// ``PdfTable/isMark(_:)``, asked once per distinct text.
    mutating func isMark(_ text: String) -> Bool {
        if let answer = marks[text] { return answer }
        let answer = PdfTable.isMark(text)
        if marks.count < 10_000 { marks[text] = answer }
        return answer
    }
}
