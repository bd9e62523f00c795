/// Marks the entries of a pack's list of contents ("Contents" over "A letter from the Headteacher ..... 2",
/// "Person specification ..... 9") as `other`.
///
/// The entries name the pack's parts without opening them: read as headings, "Person specification" would put the
/// letter and the school's introduction that follow it into the person specification. The list ends at a line that
/// is no title, at the first part's own title, which repeats an entry, and, when its entries give no page numbers, at
/// the first blank line.
///
/// The lines after the list that repeat one of its entries ("5. Visiting the school and how to apply", "TIMETABLE")
/// are the parts' own titles: the first unbulleted repeat of each is flagged for `HeadingDetection`, which reads it as a
/// heading however it is set out, a numbered line or one word in capitals in the middle of a person specification.
struct ContentsListDetection: SegmentationPass {
    /// Longest entry, in words.
    static let longestEntry = 10

    func run(_ state: inout SegmentationState) {
        var index = state.drafts.startIndex
        while index < state.drafts.endIndex {
            guard state.drafts[index].kind == nil, Self.titlesContents(state.drafts[index].shape()) else {
                index += 1
                continue
            }
            let end = Self.endOfList(after: index, in: state.drafts)
            if end > index + 1 {
                var titles: Set<String> = []
                for entryIndex in (index + 1)..<end {
                    if let title = Self.entry(state.drafts[entryIndex].text)?.title { titles.insert(title) }
                    state.drafts[entryIndex].decide(.other, because: "an entry in the list of contents")
                }
                // Each part has one title: the first line repeating its entry, never a bullet ("- Safeguarding").
                for later in end..<state.drafts.endIndex where state.drafts[later].kind == nil {
                    let draft = state.drafts[later]
                    guard draft.marker != .bullet, draft.listLevel == nil, let title = Self.entry(draft.text)?.title,
                          titles.remove(title) != nil else { continue }
                    state.drafts[later].repeatedContentsEntry = title
                }
            }
            index = max(end, index + 1)
        }
    }

    /// The index after the last line of the list titled at `title`; `title + 1` when fewer than two entries follow.
    static func endOfList(after title: Int, in drafts: [Draft]) -> Int {
        var seen: Set<String> = []
        var locatesItsEntries: Bool?
        var next = title + 1
        while drafts.indices.contains(next), drafts[next].kind == nil, let entry = entry(drafts[next].text), !seen.contains(entry.title) {
            // A page number in a cell of its own belongs to the entry before it.
            let pageCell = drafts.indices.contains(next + 1) && drafts[next + 1].startsCell && isPageNumber(drafts[next + 1].text)
            let locates = entry.locatesIt || pageCell
            if let locatesItsEntries {
                guard locates == locatesItsEntries, locates || !drafts[next].blankBefore else { break }
            } else {
                locatesItsEntries = locates
            }
            seen.insert(entry.title)
            next += pageCell ? 2 : 1
        }
        return seen.count >= 2 ? next : title + 1
    }

    /// Whether the draft was flagged as repeating an entry and still reads as it: joined to the line below, it is a
    /// paragraph instead.
    static func titlesItsPart(_ draft: Draft) -> Bool {
        guard let entry = draft.repeatedContentsEntry else { return false }
        return self.entry(draft.text)?.title == entry
    }

    /// "Contents", "Table of contents", "In this pack".
    static func titlesContents(_ shape: TextShape) -> Bool {
        shape.wordCount <= 4 && titles.contains(shape.folded.trimming(charactersIn: ": "))
    }

    /// The entry's title, folded, without dot leaders or a page number, and whether it had either; nil for a line that
    /// is no title ("Why join us?" is one) or a duty ("Lead the curriculum review").
    static func entry(_ text: String) -> (title: String, locatesIt: Bool)? {
        var words = text.split(separator: " ").map(String.init)
        let withoutLeaders = words.filter { !$0.allSatisfy(leaders.contains) }
        var locatesIt = withoutLeaders.count < words.count
        words = withoutLeaders
        if let last = words.last, isPageNumber(last) {
            words.removeLast()
            locatesIt = true
        }
        // "Person specification......" with the leader run on to the title.
        if let last = words.last, last.count > 2, last.suffix(2).allSatisfy(leaders.contains),
           case let trimmed = String(last.reversed().drop(while: leaders.contains).reversed()), !trimmed.isEmpty {
            words[words.count - 1] = trimmed
            locatesIt = true
        }
        guard (1...longestEntry).contains(words.count), let first = words.first?.first, first.isUppercase || first.isNumber,
              let last = words.last?.last, !".;,!:".contains(last) else { return nil }
        let title = words.joined(separator: " ")
        let shape = TextShape(title)
        // "Meet the team" and "Welcome from the Headteacher" are parts of a pack; "Lead the curriculum review across
        // the school" is a duty under a heading that happens to read "Contents".
        let readsAsADuty = !locatesIt && (shape.opensWithInfinitive
            || (shape.wordCount >= 4 && shape.opensWithADutyVerb && !HeadingDetection.isNotDutiesTitle(shape)))
        guard !readsAsADuty else { return nil }
        return (title.lowercased(), locatesIt)
    }

    static func isPageNumber(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 3 && text.allSatisfy(\.isNumber)
    }

    static let titles: Set<String> = Set(DocumentVocabulary.builtIn.entries("contentsTitles"))

    /// Characters of the dot leaders between an entry and its page number.
    static let leaders: Set<Character> = Set(DocumentVocabulary.builtIn.entries("contentsLeaders").joined())
}
