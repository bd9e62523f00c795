/// Joins a line that a hard line break cut short with the line that continues it, so a wrapped bullet is one item.
///
/// A line continues the one before when nothing separates them (no blank line, no new cell, bullet or heading),
/// the first stops mid-sentence (no closing punctuation) and the second plainly carries on: it starts in lower case,
/// or the first ends on a comma, hyphen or a word such as "and" or "of".
struct WrappedLineJoining: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        var joined: [Draft] = []
        joined.reserveCapacity(state.drafts.count)
        for draft in state.drafts {
            if let last = joined.indices.last, Self.continues(joined[last], with: draft) {
                // Appending in place keeps a long run of wrapped lines linear rather than copying the paragraph each time.
                Self.append(draft.text, to: &joined[last].text)
            } else {
                joined.append(draft)
            }
        }
        state.drafts = joined
    }

    static func continues(_ previous: Draft, with next: Draft) -> Bool {
        guard !next.blankBefore, !next.startsCell, next.marker == .none, next.listLevel == nil, next.headingLevel == nil,
              previous.headingLevel == nil, previous.cell == next.cell
        else { return false }
        guard let last = previous.text.last, !".;:!?…".contains(last) else { return false }
        if ",-–&/".contains(last) { return true }
        let nextShape = TextShape(next.text)
        if nextShape.startsLowercase, next.text.first?.isLetter == true { return true }
        let lastWord = previous.text.split(atASCII: 0x20).last?.lowercased() ?? ""
        return Self.connectives.contains(lastWord)
    }

    /// Words a sentence cannot end on.
    static let connectives: Set<String> = [
        "and", "or", "of", "the", "to", "with", "for", "in", "a", "an", "by", "on", "at", "from", "that", "which", "as",
        "their", "its", "our", "all", "including", "into", "within", "across", "between", "whilst", "while",
    ]

    /// "co-" + "ordinate" is one word; anything else is joined with a space.
    static func append(_ continuation: String, to text: inout String) {
        if !(text.hasSuffix("-") && text.dropLast().last?.isLetter == true && continuation.first?.isLowercase == true) {
            text.append(" ")
        }
        text.append(continuation)
    }
}
