/// A name in capitals that a criteria grid laid out with spaces wraps below its row.
extension WrappedLineJoining {
    /// Whether `draft` carries on the criterion in `first`, the first cell of the row above, whose later cells hold
    /// its ticks or codes: "Up-to-date knowledge of safeguarding, including Keeping  ✓  I, T" over "Children Safe in
    /// Education", "… provision in the Early Years  ✓  A" over "Foundation Stage". The criterion ends on a capital
    /// or a connective, so a name runs on; the line is short and holds no marks of its own; and it is not the first
    /// line of the next criterion, whose wrapped text would follow it in lower case.
    static func continuesANameBelowItsRow(_ first: Draft, with draft: Draft, next: Draft?) -> Bool {
        guard draft.kind == nil, !draft.blankBefore, !draft.startsCell, draft.marker == .none, draft.listLevel == nil,
              draft.headingLevel == nil, first.headingLevel == nil, first.cell == draft.cell,
              let last = first.text.last, !".:;!?…".contains(last) else { return false }
        let shape = TextShape(draft.text)
        guard (1...5).contains(shape.wordCount), !shape.endsWithColon, shape.startsCapitalised,
              !HeadingDetection.isCategoryName(shape) else { return false }
        let lastWord = PdfTable.lastWord(of: first.text)
        guard lastWord.first?.isUppercase == true || connectives.contains(lastWord.lowercased()) else { return false }
        guard let next else { return true }
        if next.line == draft.line { return false }
        return !(next.line == draft.line + 1 && !next.startsCell && TextShape(next.text).startsLowercase)
    }
}
