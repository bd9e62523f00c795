/// Names in capitals that a converter cut between two lines.
extension WrappedLineJoining {
    /// Whether the line above ends on one word of a known name and the line below opens with the next word of it
    /// ("…knowledge of the National" over "Curriculum, EYFS framework…", "…in the Early Years" over "Foundation
    /// Stage"): the capital there carries the name on rather than starting a new item. An article or a second verb
    /// after it makes the line an instruction after all ("…the Designated Safeguarding" over "Lead the team…").
    static func continuesAName(_ previous: String, with next: String) -> Bool {
        let lastWord = PdfTable.lastWord(of: previous)
        guard lastWord.first?.isUppercase == true else { return false }
        let words = next.split(separator: " ", maxSplits: 2).map { $0.lowercased().trimming(charactersIn: ",;:.") }
        guard let firstWord = words.first, next.first?.isUppercase == true,
              wrappedNamePairs.contains(lastWord.lowercased() + " " + firstWord) else { return false }
        return words.count < 2 || !articles.contains(words[1])
    }

    /// Each pair of neighbouring words in namesThatWrap ("national curriculum", "years foundation", "foundation stage").
    static let wrappedNamePairs: Set<String> = Set(DocumentVocabulary.builtIn.entries("namesThatWrap").flatMap { name in
        let words = name.split(separator: " ")
        return zip(words, words.dropFirst()).map { "\($0) \($1)" }
    })
}
