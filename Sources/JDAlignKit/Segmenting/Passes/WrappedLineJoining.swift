/// Joins a line that a hard line break cut short with the line that continues it, so a wrapped bullet is one item.
///
/// A line continues the one before when nothing separates them (no blank line, no new cell, bullet or heading),
/// the first stops mid-sentence (no closing punctuation) and the second plainly carries on: it starts in lower case,
/// or the first ends on a comma, hyphen or a word such as "and" or "of". In text a converter hard-wrapped at a fixed
/// width (many lines end near the same length), a line that fills the width and stops mid-sentence is also carried
/// on by the next, unless that one opens a new duty ("To…", a duty verb).
///
/// A PDF's lines were already joined by the reader, which knows where each line ends on the page: there only a
/// line starting in lower case carries on the one before. A short line ending on "of" ("Experience – show evidence
/// of", then a page break) ended its paragraph.
struct WrappedLineJoining: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        let readerJoinedLines = state.format == .pdf
        var joined: [Draft] = []
        joined.reserveCapacity(state.drafts.count)
        let width = Self.wrapWidth(of: state.drafts)
        let paragraphsSetApart = width.map { Self.paragraphsAreSetApart(state.drafts, width: $0) } ?? false
        // The last draft not decided before this pass (page furniture and contents entries are).
        var lastContent: Int?
        // The length of the last line joined to the last draft: whether that line filled the width says whether the
        // converter cut it, however long the paragraph has grown.
        var lastLineLength = 0
        for (index, draft) in state.drafts.enumerated() {
            let next = state.drafts.indices.contains(index + 1) ? state.drafts[index + 1] : nil
            // A draft decided already neither continues a line nor is continued.
            if let target = Self.cellCarriedOnByRow(draft, next: next, in: joined)
                ?? Self.criterionCarriedOnBeforeItsCodes(draft, next: next, in: joined) {
                Self.append(draft.text, to: &joined[target].text)
            } else if let last = joined.indices.last, draft.kind == nil, joined[last].kind == nil,
               Self.continues(joined[last], with: draft, onlyInLowerCase: readerJoinedLines)
                || (!readerJoinedLines && Self.fillsTheWidth(joined[last], lastLineLength: lastLineLength, width, then: draft,
                                                             itemBeforeEndedWithAStop: Self.endsAnItem(joined.dropLast().last),
                                                             paragraphsSetApart: paragraphsSetApart)) {
                // Appending in place keeps a long run of wrapped lines linear rather than copying the paragraph each time.
                Self.append(draft.text, to: &joined[last].text)
                lastLineLength = draft.text.count
            } else if let first = Self.firstCellOfGridRow(endingAt: joined), draft.kind == nil,
                      Self.continues(joined[first], with: draft, onlyInLowerCase: true)
                        || Self.continuesANameBelowItsRow(joined[first], with: draft, next: next) {
                // "… and the ability to turn | E | A/I" / "it into guidance for staff": the criterion's cell wrapped
                // below the row's other cells.
                Self.append(draft.text, to: &joined[first].text)
            } else if let content = lastContent, content < joined.count - 1, Self.continuesAcrossPageBreak(joined[content], with: draft) {
                Self.append(draft.text, to: &joined[content].text)
            } else {
                joined.append(draft)
                lastLineLength = draft.text.count
                if draft.kind == nil { lastContent = joined.count - 1 }
            }
        }
        state.drafts = joined
    }

    /// The first cell of the row that the last draft ends, when that draft is a grid's priority, assessment or tick
    /// cell on the same line.
    static func firstCellOfGridRow(endingAt drafts: [Draft]) -> Int? {
        guard let last = drafts.indices.last, drafts[last].cell == nil, endsAGridRow(drafts[last]) else { return nil }
        let line = drafts[last].line
        guard let first = drafts.indices.last(where: { !drafts[$0].startsCell || drafts[$0].line != line }),
              drafts[first].line == line, drafts[first].kind == nil else { return nil }
        return first
    }

    /// Whether the draft is a later cell of a row holding a grid's priority, assessment, column title or tick.
    private static func endsAGridRow(_ draft: Draft) -> Bool {
        draft.startsCell && (CriterionTerms.isGridTerm(draft.text) || CriterionTerms.isCodeCell(draft.text) || CriterionTerms.isTick(draft.text))
    }

    /// Whether `next`, after a page's footer and the next page's header, finishes the sentence `previous` left open
    /// ("…in line with academy" / page 1 / header / "procedures, including first aid.").
    static func continuesAcrossPageBreak(_ previous: Draft, with next: Draft) -> Bool {
        // A converter may take the header and the line under it for a table: the line is then not the first in its cell.
        guard next.kind == nil, next.marker == .none, next.listLevel == nil, next.headingLevel == nil,
              !next.startsCell, previous.headingLevel == nil, previous.cell == nil,
              let last = previous.text.last, !".;:!?…".contains(last) else { return false }
        return next.text.first?.isLetter == true && next.text.first?.isLowercase == true
    }

    static func continues(_ previous: Draft, with next: Draft, onlyInLowerCase: Bool = false) -> Bool {
        guard !next.blankBefore, !next.startsCell, next.marker == .none, next.listLevel == nil, next.headingLevel == nil,
              previous.headingLevel == nil, previous.cell == next.cell
        else { return false }
        // "•   Make sure the school complies with the council's" over "    Scheme for Financing Schools…": a line
        // indented to where a bulleted item's text starts carries the item on, whatever its first letter.
        if previous.marker != .none, let body = previous.bodyColumn, let indent = previous.indent, body > indent,
           next.indent == body, next.bodyColumn == body, previous.text.last != ":" {
            return true
        }
        // "Key: … T = task  R" / "= references": a key to a grid's codes wrapped between a code and its meaning.
        if next.text.hasPrefix("= "), previous.text.last?.isUppercase == true, CriterionTerms.isCodeKey(previous.text) { return true }
        // "Kind regards," over the writer's name ends its line, though it ends on a comma.
        if previous.text.utf8.count <= 40, LetterDetection.isBareValediction(TextShape(previous.text)) { return false }
        // "Assessment tools used to identify need (e.g." / "WellComm, Boxall…)": a bracket left open runs on into the
        // line that closes it.
        if closesTheBracketLeftOpen(previous.text, next.text), !endsAGridRow(next) { return true }
        let lastWord = previous.text.split(atASCII: 0x20).last?.lowercased() ?? ""
        // "Leading an area of mathematics, e.g." / "as second in department": no sentence ends on "e.g.".
        if abbreviationsThatRunOn.contains(lastWord), next.text.first?.isLowercase == true { return true }
        guard let last = previous.text.last, !".:!?…".contains(last) else { return false }
        // "Responsible to" / "The Headteacher", "Line management of" / "Heads of Year…": a details table read one cell
        // per line puts each label on a line of its own, over its value, though it ends on a connective.
        // A long sentence running on in lower case still carries the label's words on ("Responsible for" / "the
        // health and safety of the…").
        if previous.marker == .none, MetadataLabels.field(forLabel: previous.text) != nil,
           !(next.text.first?.isLowercase == true && TextShape(next.text).wordCount >= 4) {
            return false
        }
        // "…from Key Stage" / "3 to Key Stage 5": a number after a word that numbers things goes with it, when a
        // range or pair follows; "…more than one Key Stage" / "2 years' experience…" is the next criterion.
        if next.text.first?.isNumber == true, nounsBeforeANumber.contains(lastWord), !endsAGridRow(next),
           previous.text.count >= 40, let second = next.text.split(separator: " ", maxSplits: 2).dropFirst().first,
           ["to", "and", "-", "–", "&"].contains(second.lowercased()) { return true }
        // A grid row's last cell ("… | ✓ | | A", "Criteria | Essential | Assessed by") ends its row: "A" there is a
        // stage's code and "by" a column title's, not words a sentence runs on from.
        if endsAGridRow(previous) { return false }
        // A grid given one cell per line: "Assessed by" is a column title, not words running on into "Qualifications".
        if CriterionTerms.isColumnTitle(previous.text) { return false }
        // There a lone "A" is a stage's code, not the article, and "E" a priority.
        if CriterionTerms.stageCodes.contains(previous.text) || CriterionTerms.priority(previous.text) != nil { return false }
        let nextShape = TextShape(next.text)
        let nextStartsLowercase = nextShape.startsLowercase && next.text.first?.isLetter == true
        // "Line manage the two tutors;" / "carry out their appraisals.": a bulleted or numbered item's own clauses go
        // on after a semicolon, where an unmarked list's next entry would have its own marker. "; and undertake…" is
        // the last entry of a list written as one sentence.
        if last == ";" {
            let firstWord = next.text.prefix { $0 != " " }
            return previous.marker != .none && nextStartsLowercase && firstWord != "and" && firstWord != "or"
        }
        if onlyInLowerCase { return nextStartsLowercase }
        if ",-–&/".contains(last) { return true }
        // "What we are looking for" over "Experience of…": a title of the person specification ends on "for", and a
        // capital after it opens the first criterion. "Person specification for the post of" runs on into the post.
        if !nextStartsLowercase, previous.text.utf8.count <= 60,
           HeadingDetection.personSpecificationTitles.endsAny(TextShape(previous.text).folded) {
            return false
        }
        if nextStartsLowercase || Self.continuesAName(previous.text, with: next.text) { return true }
        return Self.connectives.contains(lastWord)
    }

    /// The width a converter wrapped the text at, when it did: the length many lines end near. Nil for text whose
    /// line lengths vary as written lines do. Lines longer than any page holds are paragraphs written on one line,
    /// which a pack may mix with wrapped ones; they say nothing about the width.
    static func wrapWidth(of drafts: [Draft]) -> Int? {
        let lines = drafts.filter { $0.cell == nil && $0.headingLevel == nil }
        let lengths = lines.map(\.text.count).filter { $0 <= longestPrintedLine }.sorted()
        guard lengths.count >= 10 else { return nil }
        let wide = lengths[lengths.count * 95 / 100]
        let nearWidth = lengths.filter { $0 >= wide * 85 / 100 }.count
        guard wide >= 60, nearWidth >= 5, nearWidth * 100 >= lengths.count * 15 else { return nil }
        // Beside paragraphs written on one line, a list of lines of like length (criteria, say) could pass for
        // wrapped text: there the width stands only if lines near it often run on in lower case, as a wrapped
        // sentence does.
        guard lengths.count < lines.count else { return wide }
        let runOns = drafts.indices.dropLast().filter { index in
            let line = drafts[index], next = drafts[index + 1]
            return line.cell == nil && line.text.count >= wide * 85 / 100 && line.text.count <= wide && !next.blankBefore
                && next.text.first?.isLowercase == true
        }.count
        return runOns * 100 >= nearWidth * 30 ? wide : nil
    }

    /// More characters than a printed line holds, even in a landscape grid laid out with spaces.
    static let longestPrintedLine = 200

    /// Whether, in wrapped text, paragraphs are set apart by blank lines: the line after a finished paragraph (one
    /// ending short of the width with a full stop) nearly always has a blank line before it. There a line that
    /// fills the width with a full stop and runs straight on to the next line is a sentence ending mid-paragraph.
    static func paragraphsAreSetApart(_ drafts: [Draft], width: Int) -> Bool {
        var setApart = 0, runOn = 0
        for index in drafts.indices.dropLast() {
            let draft = drafts[index], next = drafts[index + 1]
            guard draft.cell == nil, draft.headingLevel == nil, draft.text.count * 100 < width * 85, draft.text.count >= 30,
                  draft.text.last == ".", next.cell == nil, next.marker == .none else { continue }
            if next.blankBefore { setApart += 1 } else { runOn += 1 }
        }
        return setApart >= 4 && setApart >= runOn * 9
    }

    /// Whether a draft is a finished item: it ends with a full stop or semicolon.
    static func endsAnItem(_ draft: Draft?) -> Bool {
        guard let draft, draft.kind == nil, draft.headingLevel == nil, let last = draft.text.last else { return false }
        return last == "." || last == ";"
    }

    /// Whether `previous`'s last line fills a hard-wrapped width and stops mid-sentence, and `next` does not open an
    /// item of its own or a section (a short line in capitals is a heading, whatever the line above it). A next line
    /// opening with a duty verb is a new duty, unless the item before `previous` ended with a stop, so that items
    /// here end with one and `previous` has not yet; and where paragraphs are set apart by blank lines, a line
    /// ending with a full stop is carried on too.
    static func fillsTheWidth(_ previous: Draft, lastLineLength: Int, _ width: Int?, then next: Draft,
                              itemBeforeEndedWithAStop: Bool = false, paragraphsSetApart: Bool = false) -> Bool {
        guard let width, lastLineLength * 100 >= width * 85, !next.blankBefore, !next.startsCell, next.marker == .none,
              next.listLevel == nil, next.headingLevel == nil, previous.headingLevel == nil, previous.cell == next.cell,
              let last = previous.text.last, !"!?…".contains(last)
        else { return false }
        let shape = TextShape(next.text)
        let opensAnItem = shape.opensWithADutyVerb && !continuesATitle(previous.text, with: next.text)
        // "…a leader who turns information into action:" / "someone who can analyse…": a colon the converter's
        // width fell after, with the sentence running on in lower case over the next full line. A list's lead-in
        // ("The post holder will:") has its items under it, which are no full lines of one sentence.
        if last == ":" {
            return shape.startsLowercase && next.text.first?.isLetter == true && !opensAnItem && next.text.count * 100 >= width * 85
        }
        // "…(a) helping to write the plan;" / "and (b) leading…": a sentence's own list, wrapped with the paragraph.
        // A next line opening with a duty verb ("to lead…;", "Lead the…") is the next item of a list that lost its
        // bullets, whatever the width.
        if last == ";" { return shape.startsLowercase && next.text.first?.isLetter == true && !opensAnItem }
        if last == "." {
            return paragraphsSetApart && shape.wordCount > 1 && !(shape.isAllCaps && shape.wordCount <= 12)
                && !opensAnItem
        }
        // A lone word is a heading ("Teaching") unless it ends the sentence ("Partnership.").
        return (!opensAnItem || (itemBeforeEndedWithAStop && (shape.wordCount >= 4 || next.text.last == ".")))
            && !(shape.isAllCaps && shape.wordCount <= 12)
            && (shape.wordCount > 1 || next.text.last == ".")
    }

    /// Whether the line opens more round brackets than it closes, the last one in the line's second half (an aside
    /// the line break cut, not a bracket a typo left open early in the line).
    static func leavesABracketOpen(_ text: String) -> Bool {
        var depth = 0, lastOpening = 0, offset = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "(") { depth += 1; lastOpening = offset }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            offset += 1
        }
        return depth > 0 && lastOpening * 2 >= offset
    }

    /// Whether `previous` leaves a round bracket open and `next` carries the bracket on: it closes it before opening
    /// another, or, right after a bracket opened at the line's end ("(e.g."), it does not open an item of its own
    /// (a criterion's "Knowledge of…", a duty verb). A typo's missing bracket does not join two items.
    static func closesTheBracketLeftOpen(_ previous: String, _ next: String) -> Bool {
        guard leavesABracketOpen(previous) else { return false }
        if let close = next.firstIndex(of: ")"), !next[..<close].contains("(") { return true }
        // Only an aside the line break cut: "(e.g.", "(including", "(such as" at the line's end, not a code ("(KS3").
        guard let opening = previous.lastIndex(of: "("),
              bracketedAsides.contains(where: { previous[previous.index(after: opening)...].lowercased().hasPrefix($0) }) else { return false }
        let shape = TextShape(next)
        return !shape.opensWithADutyVerb && !CriterionTerms.readsAsACriterion(shape)
    }

    /// How an aside in brackets opens when it lists examples a line break may cut.
    static let bracketedAsides = DocumentVocabulary.builtIn.entries("bracketedAsideOpenings")

    /// Whether a line opening with a duty verb carries on the name of a document the line above ends with ("…linked
    /// to the Academy Development" / "Plan, with measurable…", "the SEND Information" / "Report and…"): the two
    /// words make one of the titleCompounds in documents.json, with the first capitalised.
    static func continuesATitle(_ previous: String, with next: String) -> Bool {
        let lastWord = PdfTable.lastWord(of: previous)
        guard lastWord.first?.isUppercase == true else { return false }
        let words = next.split(separator: " ", maxSplits: 3).map { $0.lowercased().trimming(charactersIn: ",;:.") }
        guard let firstWord = words.first, titleCompounds.contains(lastWord.lowercased() + " " + firstWord) else { return false }
        // An article or a second verb after the word makes it an instruction after all: "…Professional Development" /
        // "Plan and deliver the induction…", "…annual Performance" / "Review the curriculum map". "Plan each term…"
        // carries the title on ("the plan, each term").
        guard words.count > 1 else { return true }
        if articles.contains(words[1]) { return false }
        return !(["and", "or"].contains(words[1]) && words.count > 2 && DutyVerbs.all.contains(words[2]))
    }

    /// Articles and possessives, which open an instruction's object ("Review the…"); "each" and "all" do not.
    static let articles: Set<String> = Set(DocumentVocabulary.builtIn.entries("articles"))

    /// The last two words of each document name in titleCompounds ("health care plan" → "care plan").
    static let titleCompounds: Set<String> = Set(DocumentVocabulary.builtIn.entries("titleCompounds").map { compound in
        compound.split(separator: " ").suffix(2).joined(separator: " ")
    })

    /// Words a sentence cannot end on.
    static let connectives: Set<String> = Set(DocumentVocabulary.builtIn.entries("connectives"))

    /// Abbreviations ending in a full stop that no sentence ends on ("e.g.", "i.e.").
    static let abbreviationsThatRunOn: Set<String> = Set(DocumentVocabulary.builtIn.entries("abbreviationsThatRunOn"))

    /// Words a number follows ("Key Stage 3", "Year 7", "Level 3"): a line ending on one runs on into a number.
    static let nounsBeforeANumber: Set<String> = Set(DocumentVocabulary.builtIn.entries("nounsBeforeANumber"))

    /// "co-" + "ordinate" is one word, and "be-" + "haviour" is "behaviour"; anything else is joined with a space.
    static func append(_ continuation: String, to text: inout String) {
        if LineBreakHyphenation.append(continuation, mendingAWordIn: &text) { return }
        if !(text.hasSuffix("-") && text.dropLast().last?.isLetter == true && continuation.first?.isLowercase == true) {
            text.append(" ")
        }
        text.append(continuation)
    }
}
