extension HeadingDetection {
    /// Whether a numbered title inside a numbered person specification opens the JD's next part: "4. General" over
    /// "4.1 …" after "3. Person specification" and its "3.1 …" criteria. A number beside the specification's own is a
    /// part beside it, not one of its categories, whatever it is called ("5. Safeguarding").
    /// `criteriaNumber` is the number of the heading that opened the person specification.
    static func opensAPartAfterNumberedCriteria(at index: Int, in drafts: [Draft], criteriaNumber: Int) -> Bool {
        let draft = drafts[index]
        guard draft.marker == .number, draft.numberingDepth == 1, let number = draft.topNumber, number > criteriaNumber,
              drafts.indices.contains(index + 1) else { return false }
        let shape = TextShape(draft.text)
        guard (1...8).contains(shape.wordCount), !shape.endsWithSentencePunctuation, shape.startsCapitalised else { return false }
        let below = drafts[index + 1]
        let numberedUnderIt = below.marker == .number && below.numberingDepth >= 2 && below.topNumber == number
        return numberedUnderIt || (below.marker == .none && below.listLevel == nil && below.cell == nil)
    }

    /// Whether a short line set apart by blank lines inside the person specification names a part that follows it
    /// ("ACCOUNTABILITIES", "Review of this job description"): one word in capitals is otherwise read as a
    /// qualification ("QTS"), and a line that reads as a criterion stays one.
    static func titlesAPartLeavingTheCriteria(at index: Int, in drafts: [Draft]) -> Bool {
        let draft = drafts[index]
        guard draft.blankBefore, draft.cell == nil, !draft.startsCell, draft.marker == .none, draft.listLevel == nil,
              drafts.indices.contains(index + 1), drafts[index + 1].blankBefore else { return false }
        let shape = TextShape(draft.text)
        return (1...4).contains(shape.wordCount) && !shape.endsWithSentencePunctuation && shape.startsCapitalised
            && shape.containsAny(leavesPersonSpecification) && !CriterionTerms.readsAsACriterion(shape)
    }
}
