extension HeadingDetection {
    /// Whether a numbered title inside a numbered person specification opens the JD's next part: "4. General" over
    /// "4.1 …" after "3. Person specification" and its "3.1 …" criteria. A number beside the specification's own is a
    /// part beside it, not one of its categories, whatever it is called ("5. Safeguarding").
    /// `criteriaNumber` is the number of the heading that opened the person specification.
    /// Only where the criteria so far were numbered under the specification's number ("3.1", "3.2"): criteria
    /// numbered on their own ("1. Qualified Teacher Status" … "4. Strong subject knowledge") or categories numbered
    /// in one run with the title ("4. Qualifications") carry higher numbers too. A title that reads as a criterion
    /// or names a category of criteria is never the next part.
    static func opensAPartAfterNumberedCriteria(at index: Int, in drafts: [Draft], criteriaNumber: Int, criteriaStart: Int) -> Bool {
        let draft = drafts[index]
        guard draft.marker == .number, draft.numberingDepth == 1, let number = draft.topNumber, number > criteriaNumber,
              drafts.indices.contains(index + 1) else { return false }
        let shape = TextShape(draft.text)
        guard (1...8).contains(shape.wordCount), !shape.endsWithSentencePunctuation, shape.startsCapitalised,
              !CriterionTerms.readsAsACriterion(shape), !isCategoryName(shape) else { return false }
        let criteriaNumberedUnderTheTitle = drafts[criteriaStart..<index].contains {
            $0.marker == .number && $0.numberingDepth >= 2 && $0.topNumber == criteriaNumber
        }
        guard criteriaNumberedUnderTheTitle else { return false }
        let below = drafts[index + 1]
        let numberedUnderIt = below.marker == .number && below.numberingDepth >= 2 && below.topNumber == number
        return numberedUnderIt || (below.marker == .none && below.listLevel == nil && below.cell == nil)
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
}
