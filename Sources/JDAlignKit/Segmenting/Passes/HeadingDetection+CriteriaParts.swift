/// How a person specification opened by a numbered title ("3. Person specification") has been numbered so far.
struct NumberedCriteria {
    /// The title's number.
    let number: Int
    /// Whether a criterion or category was numbered under it ("3.1").
    private(set) var numberedUnderIt = false

    /// Nil when the title that opened the person specification is not numbered at the top level.
    init?(openedBy title: Draft) {
        guard title.marker == .number, title.numberingDepth == 1, let number = title.topNumber else { return nil }
        self.number = number
    }

    /// Notes a draft read inside the person specification.
    mutating func note(_ draft: Draft) {
        if draft.marker == .number, draft.numberingDepth >= 2, draft.topNumber == number { numberedUnderIt = true }
    }
}

extension HeadingDetection {
    /// Whether a numbered title inside a numbered person specification opens the JD's next part: "4. General" over
    /// "4.1 …" after "3. Person specification" and its "3.1 …" criteria. A number beside the specification's own is a
    /// part beside it, not one of its categories, whatever it is called ("5. Safeguarding").
    ///
    /// Only where the criteria so far were numbered under the specification's number: criteria numbered on their own
    /// ("1. Qualified Teacher Status" … "4. Strong subject knowledge") or categories numbered in one run with the
    /// title ("4. Qualifications") carry higher numbers too. A title that reads as a criterion or names a category of
    /// criteria is never the next part.
    static func opensAPartAfterNumberedCriteria(at index: Int, in drafts: [Draft], criteria: NumberedCriteria) -> Bool {
        let draft = drafts[index]
        guard criteria.numberedUnderIt, draft.marker == .number, draft.numberingDepth == 1, let number = draft.topNumber,
              number > criteria.number, drafts.indices.contains(index + 1) else { return false }
        let shape = TextShape(draft.text)
        guard (1...8).contains(shape.wordCount), !shape.endsWithSentencePunctuation, shape.startsCapitalised,
              !CriterionTerms.readsAsACriterion(shape), !isCategoryName(shape) else { return false }
        let below = drafts[index + 1]
        let numberedUnderIt = below.marker == .number && below.numberingDepth >= 2 && below.topNumber == number
        return numberedUnderIt || (below.marker == .none && below.listLevel == nil && below.cell == nil)
    }

    /// Marks such a title as a heading and returns the zone it opens: a part about applying or the school, or else a
    /// general one.
    static func openPartAfterNumberedCriteria(at index: Int, in drafts: inout [Draft]) -> Zone {
        drafts[index].decide(.heading, because: "a part numbered after the person specification's own number")
        drafts[index].headingDepth = 1
        let below = drafts.indices.contains(index + 1) ? drafts[index + 1] : nil
        let zone: Zone = titlesAPartThatIsNotDuties(drafts[index].shape(), below: below) ? .notDuties : .general
        drafts[index].zone = zone
        return zone
    }

    /// Whether a short line set apart by blank lines inside the person specification names a part that follows it
    /// ("ACCOUNTABILITIES"): one word in capitals is otherwise read as a qualification ("QTS"), and a line that reads
    /// as a criterion or names a category stays in the criteria.
    static func titlesAPartLeavingTheCriteria(at index: Int, in drafts: [Draft]) -> Bool {
        let draft = drafts[index]
        guard draft.blankBefore, draft.cell == nil, !draft.startsCell, draft.marker == .none, draft.listLevel == nil,
              drafts.indices.contains(index + 1), drafts[index + 1].blankBefore else { return false }
        let shape = TextShape(draft.text)
        guard (1...4).contains(shape.wordCount), !shape.endsWithSentencePunctuation, shape.startsCapitalised,
              !CriterionTerms.readsAsACriterion(shape), !isCategoryName(shape) else { return false }
        // The whole line names the part ("Accountabilities", "Key responsibilities"), or, in capitals, holds its
        // name as whole words ("KEY ACCOUNTABILITIES"): "Moral purpose" and "Purposeful leadership" are criteria.
        let words = shape.words.map { $0.lowercased().trimming(charactersIn: ".,;:()") }.joined(separator: " ")
        return leavesPersonSpecificationWhole.contains(words)
            || (shape.isAllCaps && leavesPersonSpecificationWhole.contains { (" " + words + " ").includes(" " + $0 + " ") })
    }

    /// The titles of parts after the person specification, as whole phrases.
    private static let leavesPersonSpecificationWhole: Set<String> = Set(DocumentVocabulary.builtIn.entries("leavesPersonSpecification"))

    /// Whether a short line set apart by blank lines sits between paragraphs of prose ("Your leadership" between the
    /// paragraphs of "The person we are seeking"): a person specification written as prose titles its parts so. A short
    /// criterion usually has short criteria or a list around it; one that reads as a criterion stays one.
    static func titlesParagraphsOfProse(at index: Int, in drafts: [Draft]) -> Bool {
        let draft = drafts[index]
        guard index > 0, drafts.indices.contains(index + 1), draft.blankBefore, draft.cell == nil, !draft.startsCell,
              draft.marker == .none, draft.listLevel == nil else { return false }
        let shape = TextShape(draft.text)
        // "Qualified Teacher Status" there is a short criterion, not a title; "Your experience" names a category.
        guard (1...6).contains(shape.wordCount), shape.startsCapitalised, !shape.endsWithSentencePunctuation,
              !CriterionTerms.readsAsACriterion(shape) || isCategoryName(TextShape(shape.words.dropFirst().joined(separator: " ")))
        else { return false }
        let above = drafts[index - 1], below = drafts[index + 1]
        return below.blankBefore && isParagraphOfProse(below) && (above.kind == .heading || isParagraphOfProse(above))
    }

    /// Whether a draft is a paragraph: unmarked, outside a table, thirty words or more ending as a sentence does.
    private static func isParagraphOfProse(_ draft: Draft) -> Bool {
        guard draft.cell == nil, !draft.startsCell, draft.marker == .none, draft.listLevel == nil else { return false }
        let shape = TextShape(draft.text)
        return shape.wordCount >= 30 && shape.endsWithSentencePunctuation
    }

    /// "1. Our culture and Christian vision" over "A practising Christian … (E) A/R": where criteria state their
    /// priority in brackets on their own lines, a numbered line that states none, reads as no criterion and is no
    /// sentence titles the criteria under it (a person specification grouped under the areas of the duties). Such
    /// titles come in a series: another numbered line near it stands over marked criteria in the same way, so that
    /// one unmarked numbered criterion ("1. Degree in a relevant subject") over marked ones stays a criterion.
    static func titlesCriteriaMarkedBelow(at index: Int, in drafts: [Draft]) -> Bool {
        guard standsOverMarkedCriteria(at: index, in: drafts) else { return false }
        let near = max(0, index - 60)..<min(drafts.count, index + 60)
        return near.contains { $0 != index && drafts[$0].numberingDepth == drafts[index].numberingDepth
            && standsOverMarkedCriteria(at: $0, in: drafts) }
    }

    /// A short numbered line, stating no priority and reading as no criterion, over a criterion that states one.
    private static func standsOverMarkedCriteria(at index: Int, in drafts: [Draft]) -> Bool {
        let draft = drafts[index]
        guard draft.marker == .number, draft.cell == nil, !draft.startsCell, drafts.indices.contains(index + 1) else { return false }
        let shape = TextShape(draft.text)
        guard (1...10).contains(shape.wordCount), shape.startsCapitalised, !shape.endsWithSentencePunctuation,
              !CriterionTerms.readsAsACriterion(shape), !CriterionTerms.bracketsAPriority(draft.text)
        else { return false }
        let below = drafts[index + 1]
        return below.marker != .number && CriterionTerms.bracketsAPriority(below.text)
    }

    /// "Essential qualities" or "Desirable experience and skills" over a bulleted or numbered list: a priority and a
    /// category's name title the criteria listed below. Only over a list: among unmarked criteria under a category
    /// heading, "Essential safeguarding training" is a criterion.
    static func titlesAListByPriority(_ shape: TextShape, next: Draft?) -> Bool {
        guard let next, next.marker != .none || next.listLevel != nil, shape.words.count >= 2,
              CriterionTerms.priority(String(shape.words[0])) != nil, shape.words[0].count > 1 else { return false }
        return isCategoryName(TextShape(shape.words.dropFirst().joined(separator: " ")))
    }
}
