/// The catch-all clause in the many words schools put it in.
extension BoilerplateDetection {
    /// Whether the line asks for other duties at someone's request ("Take on other tasks the Principal may
    /// reasonably ask of you", "Undertake other duties, appropriate to the grade, as requested by the CEO"): "other"
    /// or "further" before "duties" or "tasks" (a qualifier or two between them), and words of asking or of the
    /// post's level elsewhere in the line. The fixed phrases ("any other duties") miss most of the ways it is put.
    static func asksForOtherDuties(_ shape: TextShape) -> Bool {
        let words = shape.words.map { $0.lowercased().trimming(charactersIn: ",.;:()") }
        guard words.contains(where: catchAllRequestWords.contains) else { return false }
        for (index, word) in words.enumerated() where catchAllOthers.contains(word) {
            var next = index + 1
            while next < words.count, next - index <= 3, catchAllQualifiers.contains(words[next]) { next += 1 }
            if next < words.count, catchAllObjects.contains(words[next]) { return true }
        }
        return false
    }

    private static let catchAllOthers: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllOthers"))
    private static let catchAllQualifiers: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllQualifiers"))
    private static let catchAllObjects: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllObjects"))
    private static let catchAllRequestWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllRequestWords"))
}
