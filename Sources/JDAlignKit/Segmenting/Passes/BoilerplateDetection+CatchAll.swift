/// The catch-all clause in the many words schools put it in.
extension BoilerplateDetection {
    /// Whether the line asks the post holder to take on other duties at someone's request ("Take on other tasks the
    /// Principal may reasonably ask of you", "Undertake other duties, appropriate to the grade, as requested by the
    /// CEO"): it opens with a verb of taking on (catchAllVerbs), has "other" or "further" before "duties" or "tasks"
    /// (a qualifier or two between them), and words of asking or of the post's level. Duties about others' tasks
    /// ("Delegate other tasks to teaching assistants", "Carry out the other duties of the DSL") are no clause.
    /// The fixed phrases ("any other duties") miss most of the ways it is put.
    static func asksForOtherDuties(_ shape: TextShape) -> Bool {
        guard catchAllVerbs.contains(shape.leadingVerb.lowercased()) else { return false }
        let words = shape.words.map { $0.lowercased().trimming(charactersIn: ",.;:()") }
        guard words.contains(where: catchAllRequestWords.contains) else { return false }
        let verbIndex = words.first == "to" ? 1 : 0
        // Within a few words of the verb ("Carry out any other…"): "Undertake playground duty and other related
        // tasks" gives a duty first.
        for (index, word) in words.enumerated() where catchAllOthers.contains(word) && index - verbIndex <= 3 {
            if index > 0, words[index - 1] == "the" { continue }
            var next = index + 1
            while next < words.count, next - index <= 3, catchAllQualifiers.contains(words[next]) { next += 1 }
            guard next < words.count, catchAllObjects.contains(words[next]) else { continue }
            if next + 1 < words.count, words[next + 1] == "of" { continue }
            return true
        }
        return false
    }

    private static let catchAllVerbs: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllVerbs"))
    private static let catchAllOthers: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllOthers"))
    private static let catchAllQualifiers: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllQualifiers"))
    private static let catchAllObjects: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllObjects"))
    private static let catchAllRequestWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("catchAllRequestWords"))
}
