/// Decides which lines are headings and, from the headings, which part of the JD (`Zone`) every line is in.
///
/// A heading is a line the source marked as one, or a short line that is not a sentence: ALL CAPS; a numbered or
/// lettered title ("1. School culture", "A. Strategic direction… to:"); a label ending with a colon; a short or
/// title-case phrase that does not start with a duty verb. Inside a person specification, where criteria are short
/// phrases too, only colons, capitals, category names ("Qualifications", "Skills and aptitudes") and column titles
/// ("Essential", "Desirable") make headings.
struct HeadingDetection: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        var zone = Zone.general
        // The source's level of the heading that opened the current part about the school or applying.
        var notDutiesLevel: Int?
        var criterionSinceHeading = false
        var contentSeen = false
        // Whether numbered criteria were ended by a numbered statement part ("3. Safeguarding statement"): a numbered
        // category after it ("4. Knowledge and understanding") takes the criteria up again.
        var criteriaPausedByNumberedPart = false
        var numberedCriteria: NumberedCriteria?
        for index in state.drafts.indices {
            let draft = state.drafts[index]
            if zone == .personSpecification { numberedCriteria?.note(draft) }
            if draft.kind == nil, zone == .personSpecification, let criteria = numberedCriteria,
               Self.opensAPartAfterNumberedCriteria(at: index, in: state.drafts, criteria: criteria) {
                zone = Self.openPartAfterNumberedCriteria(at: index, in: &state.drafts)
                numberedCriteria = nil
                criterionSinceHeading = false
                continue
            }
            if draft.kind == nil, let (foundDepth, reason) = headingDepth(at: index, in: &state.drafts, zone: zone,
                                                                          criterionSinceHeading: criterionSinceHeading) {
                let depth = !contentSeen && draft.headingLevel == nil ? 1 : foundDepth
                state.drafts[index].decide(.heading, because: reason)
                state.drafts[index].headingDepth = depth
                // A bare assessment stage ("Tasks", "Interview") beside "Area" is a duties table's column, not a grid's.
                let followedByGridTerm = state.drafts.indices.contains(index + 1)
                    && (CriterionTerms.priority(state.drafts[index + 1].text) != nil || CriterionTerms.isColumnTitle(state.drafts[index + 1].text))
                // "5. Recruitment and marketing" among numbered duty sections is one of them, not a part about applying;
                // "4. Safeguarding statement" after the numbered criteria does end them.
                let numbered = (draft.marker == .number || draft.numberingDepth > 0) && zone != .personSpecification
                let shape = state.drafts[index].shape()
                let below = state.drafts.indices.contains(index + 1) ? state.drafts[index + 1] : nil
                var next = Self.zone(after: shape, in: zone, followedByGridTerm: followedByGridTerm,
                                     inTable: draft.cell != nil || draft.startsCell || draft.isLabelCell, below: below)
                let isNumberedHeading = draft.marker == .number || draft.numberingDepth > 0
                if zone == .personSpecification, next == .notDuties, isNumberedHeading { criteriaPausedByNumberedPart = true }
                if zone == .notDuties, criteriaPausedByNumberedPart, isNumberedHeading, Self.isCategoryName(shape) {
                    next = .personSpecification
                }
                // "## About us" › "### In numbers": where the source gives heading levels, a heading under the one that
                // opened a part about the school stays in that part, unless it opens the duties.
                let staysInThePart = zone == .notDuties && next == .general && !Self.opensTheDuties(shape, below: below)
                    && (notDutiesLevel.map { opened in draft.headingLevel.map { $0 > opened } ?? false } ?? false)
                if !staysInThePart {
                    if next == .notDuties, zone != .notDuties, !numbered { notDutiesLevel = draft.headingLevel }
                    if next == .personSpecification, zone != .personSpecification { numberedCriteria = NumberedCriteria(openedBy: draft) }
                    zone = numbered && next == .notDuties ? zone : next
                }
                criterionSinceHeading = false
            } else if draft.kind == nil || draft.kind == .boilerplate {
                // "Dear Colleague," opens a letter to candidates: what follows is about the school until a heading
                // opens the duties, though the sign-off is too far on for the letter to be marked whole.
                if zone == .general, draft.kind == nil, LetterDetection.greets(state.drafts[index].shape()) { zone = .notDuties }
                contentSeen = true
                if zone == .personSpecification, draft.kind == nil { criterionSinceHeading = true }
            }
            state.drafts[index].zone = zone
        }
    }

    /// The outline depth when the draft is a heading, with the rule that made it one; nil when it is not.
    func headingDepth(at index: Int, in drafts: inout [Draft], zone: Zone, criterionSinceHeading: Bool) -> (depth: Int, reason: String)? {
        let draft = drafts[index]
        if let level = draft.headingLevel { return (max(1, level), "marked as a heading by the document (a heading style or #)") }
        if draft.isLabelCell { return (2, "the label cell of a two-column row (\"Label / text\")") }
        if ContentsListDetection.titlesItsPart(draft) { return (1, "repeats an entry of the list of contents: the title of that part") }
        let shape = drafts[index].shape()
        // "1. Curriculum and planning" with items nested under it titles them, though written as a list item.
        if let level = draft.listLevel, drafts.indices.contains(index + 1), let nested = drafts[index + 1].listLevel, nested > level,
           Self.isHeadingShaped(shape) {
            return (2, "a list item with a list nested under it, shaped as a title")
        }
        guard draft.marker != .bullet, draft.listLevel == nil else { return nil }
        // "Welcome from the Principal" over "Dear Colleague," titles the letter, though it opens with a verb.
        if drafts.indices.contains(index + 1), drafts[index + 1].greetsTheReader, (1...8).contains(shape.wordCount),
           !shape.endsWithSentencePunctuation, shape.startsCapitalised {
            return (2, "titles the letter to candidates below it")
        }
        // "WHY JOIN US?" and "Why Oakfield?" set apart from the text title parts of a pack as questions; a question
        // inside a list or a paragraph is not a title.
        let isTitleQuestion = shape.isShortQuestion && (shape.isAllCaps || draft.blankBefore)
        guard (1...25).contains(shape.wordCount), !shape.endsWithSentencePunctuation || isTitleQuestion, !shape.startsLowercase
        else { return nil }
        let next = drafts[(index + 1)...].first { $0.kind == nil }
        if CriterionTerms.isRowOfGridTerms(draft.text) { return (3, "a row of the person specification's column titles") }
        if CriterionTerms.isGridTerm(draft.text) {
            return Self.isColumnHeader(draft.text, next: next, zone: zone, criterionSinceHeading: criterionSinceHeading,
                                       marksItsRowsCriterion: Self.marksItsRowsCriterion(at: index, in: drafts, next: next))
                ? (3, "a column title of the person specification") : nil
        }
        // "Job Description & Person Specification" titles the whole pack; the person specification starts later.
        if shape.wordCount <= 10, Self.namesTheJobDescription(shape) { return (1, "names the document (\"job description\")") }
        if shape.wordCount <= 14, shape.containsAny(Self.personSpecificationTitles) { return (1, "names the person specification") }
        if Self.isWholePersonSpecificationTitle(shape) { return (1, "names the person specification") }
        if zone == .personSpecification, draft.cell == nil, Self.namesTheDutiesWhole(shape) {
            return (1, "names the post's duties")
        }
        if zone == .personSpecification {
            // "How to apply" or "Equal opportunities" set apart over the employer's statement titles the part after the
            // criteria; an unmarked criterion ("Data protection law") has a criterion under it, not a statement. Set
            // apart: after a blank line, a finished sentence or a line already read (a page footer, a statement). A
            // title only packs use ("Terms and conditions", "How to apply") after a blank line needs no statement under
            // it, only a line that does not read as a criterion.
            if draft.cell == nil, !draft.startsCell, index > 0,
               draft.blankBefore || drafts[index - 1].kind != nil || drafts[index - 1].shape().endsWithSentencePunctuation,
               drafts.indices.contains(index + 1),
               drafts[index + 1].kind == .boilerplate || Self.isEmployersStatement(drafts[index + 1].shape())
                || (draft.blankBefore && Self.isNotDutiesTitle(shape) && Self.readsAsAPackTitle(shape)
                    && !CriterionTerms.readsAsACriterion(drafts[index + 1].shape())),
               Self.titlesAPartAfterTheCriteria(shape, below: drafts[index + 1]) {
                return (2, "titles a part about applying or the school, after the criteria")
            }
            // "Downloads" over "Job description.pdf": a pack's title over lines already read as links or contacts.
            if draft.cell == nil, !draft.startsCell, drafts.indices.contains(index + 1), drafts[index + 1].kind == .other,
               Self.isNotDutiesTitle(shape), Self.readsAsAPackTitle(shape), !CriterionTerms.readsAsACriterion(shape) {
                return (2, "titles a part about applying or the school, after the criteria")
            }
            if shape.endsWithColon, shape.wordCount <= 8 { return (2, "a short label ending with a colon") }
            if Self.titlesAPartLeavingTheCriteria(at: index, in: drafts) {
                return (1, "titles a part that comes after the person specification (\"Accountabilities\")")
            }
            if Self.isCategoryName(shape) { return (2, "a category of criteria (qualifications, experience...)") }
            if Self.titlesAListByPriority(shape, next: next) {
                return (2, "a category of criteria named with their priority, over a list of them")
            }
            if Self.titlesCriteriaMarkedBelow(at: index, in: drafts) {
                return (2, "a numbered title over criteria that state their priority (\"(E)\")")
            }
            if Self.labelsTheCriteriaBesideIt(at: index, in: drafts) {
                return (2, "the first cell of a grid's row, naming the criteria beside and below it")
            }
            if Self.titlesParagraphsOfProse(at: index, in: drafts) { return (2, "a short title set apart between paragraphs of prose") }
            // "NPQSL" with "Desirable" or a tick in the next cell of its row is a criterion written in capitals.
            if let next, next.startsCell, CriterionTerms.isGridTerm(next.text) || CriterionTerms.isTick(next.text) { return nil }
            // "A A/I" is a grid's assessment cell, not a title in capitals.
            if draft.startsCell || draft.cell != nil, CriterionTerms.isCodeCell(draft.text) { return nil }
            // A lone word in capitals there ("QTS", "NPQH") is a qualification, not a title: titles that short are
            // category names, caught above.
            return shape.isAllCaps && (2...8).contains(shape.wordCount) ? (1, "a short line in capitals") : nil
        }
        if draft.marker == .number || draft.marker == .letter {
            if shape.endsWithColon { return Self.opensADuty(shape) ? nil : (2, "a numbered label ending with a colon") }
            if DutyVerbs.all.contains(shape.leadingVerb), !Self.titlesLikeItsSiblings(at: index, in: drafts) { return nil }
            // Numbered titles have content between them; numbered lines next to each other at the same level are a
            // list, while "2. Teaching" above "2.1 …" is the title of what is numbered under it. A title in capitals
            // ("II. THE TIMETABLE") over items lettered in the same way ("a) Build …") is not one of them.
            let neighbours = [index - 1, index + 1].filter(drafts.indices.contains).map { drafts[$0] }
            let inList = neighbours.contains {
                $0.marker == draft.marker && $0.numberingDepth == draft.numberingDepth && TextShape($0.text).isAllCaps == shape.isAllCaps
            }
            if shape.wordCount <= 12 && !inList { return (2, "a numbered title with its content below it") }
            // "2.3.2  Assessment calendar" over "a) set the calendar…": a short numbered line that is no sentence
            // titles the items lettered or indented under it, though its neighbours are duties.
            if let next = drafts.indices.contains(index + 1) ? drafts[index + 1] : nil, shape.wordCount <= 6,
               !shape.endsWithSentencePunctuation, next.marker != .none, next.marker != draft.marker || (next.indent ?? 0) > (draft.indent ?? 0) {
                return (2, "a short numbered title over the items under it")
            }
            return nil
        }
        if shape.isAllCaps, shape.wordCount <= 12 { return (1, "a short line in capitals") }
        if shape.endsWithColon {
            return shape.wordCount <= 6 && !shape.containsAny(Self.leadInPhrases) && !Self.namesOnlyThePostHolder(shape)
                && !Self.opensADuty(shape)
                ? (2, "a short label ending with a colon") : nil
        }
        // "Welcome from the Principal" titles a part only a pack has, though it opens with a verb duties open with.
        if shape.wordCount <= 8, shape.titleCaseRatio >= 0.75 || shape.isAllCaps, Self.isNotDutiesTitle(shape) {
            return (2, "titles a part only a recruitment pack has")
        }
        if isTitleQuestion || Self.isHeadingShaped(shape) { return (2, "a short phrase that is not a sentence and opens with no duty verb") }
        // "Additional and special educational needs and disabilities" above a list titles it, whatever its case.
        if let next, next.marker != .none || next.listLevel != nil, draft.marker == .none, shape.wordCount <= 10,
           shape.startsCapitalised, !shape.endsWithSentencePunctuation, !shape.opensWithInfinitive,
           !DutyVerbs.all.contains(shape.leadingVerb) {
            return (2, "a short line that is not a sentence, above a list")
        }
        return nil
    }

    /// Whether a line ending with a colon is a duty that introduces its parts ("Oversee the assessment model:"): four
    /// words or more opening with a duty verb or "To" and a verb. "Line manages:" and "Direct reports:" are labels.
    static func opensADuty(_ shape: TextShape) -> Bool {
        shape.wordCount >= 4 && shape.opensWithADutyVerb
    }

    /// A short phrase, or a title-case one, that does not begin with a verb a duty would begin with.
    static func isHeadingShaped(_ shape: TextShape) -> Bool {
        guard !shape.endsWithSentencePunctuation, shape.startsCapitalised, !DutyVerbs.all.contains(shape.leadingVerb) else {
            return false
        }
        return shape.wordCount <= 6 || (shape.wordCount <= 12 && shape.titleCaseRatio >= 0.75)
    }

    /// "Headteachers:" or "The post holder:" opens a list of what that person does, like "The deputy will:".
    static func namesOnlyThePostHolder(_ shape: TextShape) -> Bool {
        let words = shape.folded.trimming(charactersIn: ":").split(separator: " ").filter { $0 != "the" && $0 != "all" }
        return !words.isEmpty && words.count <= 3 && words.allSatisfy { postHolderWords.contains(String($0)) }
    }

    static let postHolderWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("postHolderWords"))

    /// "Essential" and "Desirable" at the top of a grid are column titles; after a criterion they are its attributes.
    static func isColumnHeader(
        _ text: String, next: Draft?, zone: Zone, criterionSinceHeading: Bool, marksItsRowsCriterion: Bool
    ) -> Bool {
        if CriterionTerms.isColumnTitle(text) { return true }
        // "Desirable:" after the essential criteria, or "Desirable" over a bulleted list, titles the list below it,
        // not the criterion above it. A grid's mark cell ("AF / I" after "E") marks its row's criterion, whether or not
        // the next row's criterion is numbered.
        if zone == .personSpecification {
            let titlesAListBelow = !marksItsRowsCriterion && next.map { $0.marker != .none || $0.listLevel != nil } == true
            return !criterionSinceHeading || text.hasSuffix(":") || titlesAListBelow
        }
        guard CriterionTerms.priority(text) != nil, let next else { return false }
        return CriterionTerms.isGridTerm(next.text)
    }

    /// Names of person-specification sections: all words are category words ("Skills and aptitudes"),
    /// optionally followed by a dash and a lead-in ("Experience – show evidence of").
    static func isCategoryName(_ shape: TextShape) -> Bool {
        // "Qualifications: QTS (E); degree (E)" lists its criteria after the category: a criterion line, not a heading.
        if let colon = shape.folded.firstIndex(of: ":"), shape.folded[colon...].split(separator: " ").count > 4 || shape.folded.includes(";") {
            return false
        }
        var head = shape.folded[...]
        for separator in [" – ", " - ", " — ", ":"] {
            if let range = head.firstRange(of: separator) { head = head[..<range.lowerBound] }
        }
        let words = head.split(whereSeparator: { " ,/&()".contains($0) }).map(String.init)
            .filter { !TextShape.minorWords.contains($0) }
        guard (1...6).contains(words.count) else { return false }
        return words.allSatisfy { categoryWords.contains($0) || categoryModifiers.contains($0) }
            && words.contains { categoryWords.contains($0) }
    }

    /// A grid flattened to text whose first column names a group of criteria and whose later rows leave that column
    /// empty, as a merged cell does ("Pupils and staff | Successful headship … | E | AF" over " | Experience of … | E"):
    /// the first cell is the group's title, whatever its words. The cell beside it must be a longer criterion, and
    /// the row must end in the grid's codes or the next row open with an empty cell, so that a criterion in the first
    /// column ("QTS | E | AF") or a two-cell row of criteria stays a criterion.
    static func labelsTheCriteriaBesideIt(at index: Int, in drafts: [Draft]) -> Bool {
        let draft = drafts[index]
        guard draft.cell == nil, !draft.startsCell, drafts.indices.contains(index + 1) else { return false }
        let beside = drafts[index + 1]
        let shape = TextShape(draft.text)
        // A first cell that reads as a criterion ("Qualified Teacher Status", "Experience of …") is one, whatever
        // stands beside it (an evidence column may hold longer text).
        guard beside.line == draft.line, beside.startsCell, (1...6).contains(shape.wordCount), shape.startsCapitalised,
              !shape.endsWithSentencePunctuation, !WrappedLineJoining.isGridCode(draft.text), !CriterionTerms.readsAsACriterion(shape),
              !WrappedLineJoining.isGridCode(beside.text), TextShape(beside.text).wordCount > shape.wordCount + 1,
              !Self.namesTheEvidence(TextShape(beside.text))
        else { return false }
        let row = drafts[(index + 1)...].prefix { $0.line == draft.line }
        let endsInCodes = row.count >= 2 && row.dropFirst().allSatisfy { WrappedLineJoining.isGridCode($0.text) }
        let nextRowOpensEmpty = drafts[(index + 1)...].first { $0.line != draft.line }.map { $0.startsCell && $0.cell == nil } ?? false
        return endsInCodes || nextRowOpensEmpty
    }

    /// Whether a short cell says where a criterion's evidence comes from ("Certificate seen at interview"): beside it
    /// stands a criterion ("Degree | Certificate seen at interview | E"), not a group's title.
    static func namesTheEvidence(_ shape: TextShape) -> Bool {
        guard shape.wordCount <= 6, !CriterionTerms.readsAsACriterion(shape) else { return false }
        return shape.words.contains { CriterionTerms.stages.contains($0.lowercased().trimming(charactersIn: ".,;:()")) }
    }

    /// The zone that starts at a heading.
    ///
    /// A grid's column titles start a person specification that has no title of its own, but a lone "Assessment" or
    /// "Evidence" is as likely to head a section of duties: such a word counts only as the first of a row of titles.
    /// `below` is the line under the heading.
    static func zone(after shape: TextShape, in zone: Zone, followedByGridTerm: Bool, inTable: Bool, below: Draft?) -> Zone {
        // "The successful candidate will:" or "Key requirements" over "- Lead the professional development…" heads duties.
        let dutiesFollow = below.map { $0.kind == nil && TextShape($0.text).opensWithADutyVerb && $0.text.first?.isUppercase == true } ?? false
        if shape.containsAny(personSpecificationTitles), !namesTheJobDescription(shape),
           !(dutiesFollow && shape.containsAny(leadInTitles)) { return .personSpecification }
        if isWholePersonSpecificationTitle(shape), !dutiesFollow { return .personSpecification }
        if CriterionTerms.priority(shape.text) != nil || (CriterionTerms.isGridTerm(shape.text) && followedByGridTerm) {
            return .personSpecification
        }
        switch zone {
        case .personSpecification:
            // In a grid's cell such a title is a category of criteria ("Equal opportunities").
            if !inTable && titlesAPartAfterTheCriteria(shape, below: below) { return .notDuties }
            // An advert's "About you" then "The role": the duties follow.
            if !inTable, namesTheDutiesWhole(shape) { return .general }
            return shape.containsAny(leavesPersonSpecification) ? .general : .personSpecification
        case .notDuties:
            if opensTheDuties(shape, below: below) { return .general }
            // "Some recent highlights:" introduces a list of the part it is in.
            if shape.endsWithColon { return .notDuties }
            return titlesAPartThatIsNotDuties(shape, below: below) ? .notDuties : .general
        case .general:
            return titlesAPartThatIsNotDuties(shape, below: below) ? .notDuties : .general
        }
    }

    /// Whether a heading titles a part of a pack that holds no duties: one only a pack has ("How to apply", "About
    /// us"), or the employer's statements and the school's values ("Equal opportunities", "Our values") when what is
    /// under them is not a duty. JDs also give duties under "Equality and diversity" or "Data protection".
    static func titlesAPartThatIsNotDuties(_ shape: TextShape, below: Draft?) -> Bool {
        if isNotDutiesTitle(shape) { return true }
        guard isStatementTitle(shape), let below else { return false }
        return !TextShape(below.text).opensWithADutyVerb
    }

    /// Whether a heading inside a part about the school opens the duties after all: it names them ("Responsibilities:",
    /// "### Main duties") or the line under it, not a pack's own title, begins with a duty verb.
    static func opensTheDuties(_ shape: TextShape, below: Draft?) -> Bool {
        if shape.containsAny(namesTheDuties) { return true }
        guard let below, below.kind == nil, !titlesAPartThatIsNotDuties(shape, below: below) else { return false }
        let belowShape = TextShape(below.text)
        return belowShape.wordCount >= 4 && belowShape.opensWithADutyVerb
    }

    /// Whether the heading starts as a title of the employer's statements or values ("Equal opportunities").
    static func isStatementTitle(_ shape: TextShape) -> Bool {
        statementTitles.contains { shape.folded.hasPrefix($0) }
    }

    /// Whether a short line inside a person specification titles what a pack puts after it ("How to apply", "Equal
    /// opportunities" over the employer's statement): not a column title ("Interview") nor a category ("Safeguarding").
    static func titlesAPartAfterTheCriteria(_ shape: TextShape, below: Draft?) -> Bool {
        guard shape.wordCount <= 8, !shape.endsWithSentencePunctuation, !CriterionTerms.isGridTerm(shape.text) else { return false }
        if joinsAPackTitle(shape) { return true }
        guard !isCategoryName(shape) else { return false }
        if isNotDutiesTitle(shape) { return true }
        guard isStatementTitle(shape), let below else { return false }
        return below.kind == .boilerplate || isEmployersStatement(TextShape(below.text))
    }

    /// A paragraph in which the employer speaks or addresses the candidate ("We are committed to…", "Your data will
    /// be…"), as a pack's statements are; criteria describe the candidate in the third person.
    static func isEmployersStatement(_ shape: TextShape) -> Bool {
        guard shape.wordCount >= 10, shape.endsWithSentencePunctuation || shape.endsWithColon else { return false }
        var words = " " + shape.folded
        return words.withUTF8 { employersVoice.occurs(in: $0) }
    }

    /// Whether the heading names the job description itself ("Job Description & Person Specification"), not only
    /// the person specification.
    static func namesTheJobDescription(_ shape: TextShape) -> Bool {
        PostTitleFromHeading.documentNames.contains { name in
            var name = name
            let namesOnlyThePersonSpecification = name.withUTF8 { personSpecificationTitles.occurs(in: $0) }
            return !namesOnlyThePersonSpecification && shape.folded.contains(name)
        }
    }

    static let personSpecificationTitles: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("personSpecificationTitles"))

    /// Titles of the person specification that an advert may put over duties too.
    static let leadInTitles: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("personSpecificationLeadIns"))

    /// Whether the heading is, whole, a title that opens the person specification only when it stands alone ("The
    /// person" after "The role", "About you"): inside a longer line those words say something else.
    static func isWholePersonSpecificationTitle(_ shape: TextShape) -> Bool {
        shape.wordCount <= 6 && wholePersonSpecificationTitles.contains(bareTitle(shape))
    }

    /// Whether the heading is, whole, a title naming the post's duties ("The role" after an advert's "About you").
    static func namesTheDutiesWhole(_ shape: TextShape) -> Bool {
        wholeDutiesTitles.contains(bareTitle(shape))
    }

    /// The heading folded, without the punctuation around it ("The role:" → "the role").
    private static func bareTitle(_ shape: TextShape) -> String {
        shape.folded.trimming(charactersIn: " :.-–")
    }

    static let wholePersonSpecificationTitles = Set(DocumentVocabulary.builtIn.entries("wholePersonSpecificationTitles"))

    static let wholeDutiesTitles = Set(DocumentVocabulary.builtIn.entries("wholeDutiesTitles"))

    static let leavesPersonSpecification: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("leavesPersonSpecification"))

    static let notDutiesTitles = DocumentVocabulary.builtIn.entries("notDutiesTitles")

    static let statementTitles = DocumentVocabulary.builtIn.entries("statementTitles")

    static let namesTheDuties: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("dutiesTitles"))

    static let employersVoice: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("employersVoice"))

    /// Lead-ins that end with a colon but introduce a list rather than name a section ("The deputy headteacher will:").
    static let leadInPhrases: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("leadInPhrases"))

    static let categoryWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("criteriaCategoryWords"))

    static let categoryModifiers: Set<String> = Set(DocumentVocabulary.builtIn.entries("criteriaCategoryModifiers"))
}
