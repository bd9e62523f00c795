/// Titles in an outline, told by the level they are numbered at rather than by their words alone.
extension HeadingDetection {
    /// Whether a short numbered line that opens with a word duties also open with ("2.5 Line management", "3.2
    /// Support staff") titles the items under it as the other lines numbered at its level do ("2.4 Quality
    /// assurance" over "2.4.1 …"): items of a deeper level follow it, and the nearest earlier line at its level,
    /// under the same parent, is a title over deeper items too. An instruction with its object ("Manage the
    /// budget", "Support our governors") stays a duty, and so does one whose items finish its sentence ("Attend
    /// meetings" over "a) of the governing board;").
    static func titlesLikeItsSiblings(at index: Int, in drafts: [Draft]) -> Bool {
        let draft = drafts[index]
        let shape = TextShape(draft.text)
        guard draft.marker == .number, shape.wordCount <= 6, !shape.endsWithSentencePunctuation,
              shape.words.count > 1, !determiners.contains(shape.words[1].lowercased()),
              holdsDeeperItems(below: index, in: drafts), !TextShape(drafts[index + 1].text).startsLowercase else { return false }
        for earlier in stride(from: index - 1, through: max(0, index - 80), by: -1) {
            let sibling = drafts[earlier]
            guard sibling.marker == .number, sibling.numberingDepth <= draft.numberingDepth else { continue }
            // A line numbered at a shallower level is the parent: no sibling came before this line under it.
            guard sibling.numberingDepth == draft.numberingDepth else { return false }
            let siblingShape = TextShape(sibling.text)
            return siblingShape.wordCount <= 12 && !siblingShape.endsWithSentencePunctuation
                && !DutyVerbs.all.contains(siblingShape.leadingVerb) && holdsDeeperItems(below: earlier, in: drafts)
        }
        return false
    }

    /// Whether the line under a numbered line is an item of a deeper level: numbered further ("2.4.1"), lettered
    /// ("(i)", "a)") or indented further.
    private static func holdsDeeperItems(below index: Int, in drafts: [Draft]) -> Bool {
        guard drafts.indices.contains(index + 1) else { return false }
        let draft = drafts[index], next = drafts[index + 1]
        guard next.marker != .none else { return false }
        return next.marker != draft.marker || next.numberingDepth > draft.numberingDepth || (next.indent ?? 0) > (draft.indent ?? 0)
    }

    private static let determiners: Set<String> = Set(DocumentVocabulary.builtIn.entries("determiners"))
}
