/// Marks a link to a file ("Candidate information pack (PDF, 2.4 MB)", "Application form (DOCX)") as `other`.
///
/// A vacancy page lists its downloads after the person specification, and a pack names its enclosures: each names a
/// document, and read there it would be taken for a criterion or a duty. The brackets that close the line hold only
/// a file's type and size (`fileTypes`, `fileKindWords`, `fileSizeUnits` in `Standards/documents.json`).
struct FileLinkDetection: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        for index in state.drafts.indices where state.drafts[index].kind == nil && Self.linksToAFile(state.drafts[index].text) {
            state.drafts[index].decide(.other, because: "a link to a file (its type and size in brackets), not a duty or criterion")
        }
    }

    /// Whether the text ends in brackets holding a file's extension, or a program's name with the file's size, and
    /// before them names a document rather than a duty or a criterion ("Publish reports on the website (PDF)").
    static func linksToAFile(_ text: String) -> Bool {
        // Asked of every line: only one closing on a bracket or a file's extension is worth reading as words, and its
        // last byte says so.
        guard let lastByte = text.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        if lastByte != 0x29 && lastByte != 0x5D { return namesAFile(text) }
        let trimmed = text.trimmingSpaces()
        guard let close = trimmed.last, close == ")" || close == "]",
              let open = trimmed.lastIndex(of: close == ")" ? "(" : "["), open > trimmed.startIndex else { return false }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let words = inside.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        guard !words.isEmpty, words.count <= 4 else { return false }
        var hasExtension = false
        var hasSize = false
        for word in words {
            let term = String(word)
            if fileTypes.contains(term) || fileTypes.contains(String(term.drop { $0 == "." })) {
                hasExtension = true
            } else if fileSizeUnits.contains(term) || Self.isSize(term) {
                hasSize = true
            } else if !fileKindWords.contains(term), Double(term) == nil {
                return false
            }
        }
        // "(Word, Excel, PPT)" lists programs a candidate uses; a link names one file's type, or its size.
        let kinds = words.filter { fileKindWords.contains(String($0)) || fileTypes.contains(String($0)) }.count
        guard hasSize ? kinds >= 1 : hasExtension && kinds <= 2 && !words.contains(where: { fileKindWords.contains(String($0)) }) else {
            return false
        }
        // The brackets are read first: most lines closing on one hold a reference or an aside, and that settles it.
        let shape = TextShape(text)
        return shape.wordCount <= 12 && !DutyVerbs.all.contains(shape.leadingVerb) && !CriterionTerms.readsAsACriterion(shape)
    }

    /// "Head of Geography job description.pdf": a download's file name, its extension after the last full stop.
    private static func namesAFile(_ text: String) -> Bool {
        guard let stop = text.lastIndex(of: "."), stop > text.startIndex else { return false }
        let extensionText = text[text.index(after: stop)...].lowercased()
        guard fileTypes.contains(extensionText), text[..<stop].last?.isWhitespace == false else { return false }
        return TextShape(text).wordCount <= 12
    }

    /// "2.4mb", "96kb": a size written without a space.
    private static func isSize(_ word: String) -> Bool {
        guard let unit = fileSizeUnits.first(where: { word.hasSuffix($0) }) else { return false }
        return Double(word.dropLast(unit.count)) != nil
    }

    static let fileTypes: Set<String> = Set(DocumentVocabulary.builtIn.entries("fileTypes"))
    static let fileKindWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("fileKindWords"))
    static let fileSizeUnits: Set<String> = Set(DocumentVocabulary.builtIn.entries("fileSizeUnits"))
}
