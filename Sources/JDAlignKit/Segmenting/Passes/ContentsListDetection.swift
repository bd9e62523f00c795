/// Marks the entries of a pack's list of contents ("Contents" over "A letter from the Headteacher ..... 2",
/// "Person specification ..... 9") as `other`.
///
/// The entries name the pack's parts without opening them: read as headings, "Person specification" would put the
/// letter and the school's introduction that follow it into the person specification. The list ends at a line that
/// is no title, or at the first part's own title, which repeats an entry.
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
            var entries: [String] = []
            var next = index + 1
            while state.drafts.indices.contains(next), state.drafts[next].kind == nil,
                  let entry = Self.entry(state.drafts[next].text), !entries.contains(entry) {
                entries.append(entry)
                next += 1
            }
            if entries.count >= 2 {
                for entryIndex in (index + 1)..<next {
                    state.drafts[entryIndex].decide(.other, because: "an entry in the list of contents")
                }
            }
            index = next
        }
    }

    /// "Contents", "Table of contents", "In this pack".
    static func titlesContents(_ shape: TextShape) -> Bool {
        shape.wordCount <= 4 && titles.contains(shape.folded.trimming(charactersIn: ": "))
    }

    /// The entry's title, folded, without dot leaders or a page number; nil for a line that is no title ("Why join
    /// us?" is one).
    static func entry(_ text: String) -> String? {
        var words = text.split(separator: " ").map(String.init).filter { !$0.allSatisfy { ".…_·".contains($0) } }
        if let last = words.last, last.allSatisfy(\.isNumber) { words.removeLast() }
        // "Person specification......" with the leader run on to the title.
        if let last = words.last, last.hasSuffix(".."), case let trimmed = last.trimming(charactersIn: ".…"), !trimmed.isEmpty {
            words[words.count - 1] = trimmed
        }
        guard (1...longestEntry).contains(words.count), let first = words.first?.first, first.isUppercase || first.isNumber,
              let last = words.last?.last, !".;,!:".contains(last) else { return nil }
        return words.joined(separator: " ").lowercased()
    }

    static let titles: Set<String> = Set(DocumentVocabulary.builtIn.entries("contentsTitles"))
}
