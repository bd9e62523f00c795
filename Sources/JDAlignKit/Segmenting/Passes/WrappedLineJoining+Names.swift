/// Names in capitals that a converter cut between two lines.
extension WrappedLineJoining {
    /// Whether the line above ends on one word of a known name and the line below opens with the rest of it, or
    /// with its next two words ("…knowledge of the National" over "Curriculum, EYFS framework…", "…in the Early
    /// Years" over "Foundation Stage"): the capital there carries the name on rather than starting a new item. The
    /// line above is a wrapped line, not a heading or a label of a word or two ("Safeguarding" over "Lead termly
    /// training…"), the line below is no label of its own ("Status: Permanent"), and no article follows the name.
    static func continuesAName(_ previous: String, with next: String) -> Bool {
        let lastWord = PdfTable.lastWord(of: previous)
        // Asked of most pairs of lines: the name's word settles nearly all of them before any line is split.
        guard lastWord.first?.isUppercase == true, next.first?.isUppercase == true,
              let rests = namesThatWrap[lastWord.lowercased()], previous.split(separator: " ").count >= 4 else { return false }
        let opening = next.split(separator: " ", maxSplits: 3).prefix(3)
        guard opening.first?.last != ":" else { return false }
        let words = opening.map { $0.lowercased().trimming(charactersIn: ",;:.()") }
        return rests.contains { rest in
            let taken = min(2, rest.count)
            // "…the Designated Safeguarding" over "Lead the termly review…": an article after the name's last word
            // makes that word a verb opening an instruction.
            if words.count > taken, articles.contains(words[taken]) { return false }
            return rest.prefix(2).elementsEqual(words.prefix(taken))
        }
    }

    /// Whether the line ends on the whole of a known name ("Qualified Teacher Status", "Designated Safeguarding
    /// Lead"), as a word, not inside a longer one.
    static func endsWithAWholeName(_ line: String) -> Bool {
        // Asked of capitalised lines in narrow cells: the last word settles nearly all of them.
        guard lastWordsOfNames.contains(PdfTable.lastWord(of: line).lowercased()) else { return false }
        return wholeNames.endsAny(" " + line.lowercased().trimmingSpacesAndTabs())
    }

    /// Each name after a space, so that a match starts at a word.
    private static let wholeNames = PhraseSet(DocumentVocabulary.builtIn.entries("namesThatWrap").map { " " + $0.lowercased() })
    private static let lastWordsOfNames = Set(DocumentVocabulary.builtIn.entries("namesThatWrap").compactMap {
        $0.lowercased().split(separator: " ").last.map(String.init)
    })

    /// For each word of a name in namesThatWrap (documents.json) but its last, the words that follow it there:
    /// "years" → ["foundation", "stage"].
    static let namesThatWrap: [String: [[String]]] = {
        var rests: [String: [[String]]] = [:]
        for name in DocumentVocabulary.builtIn.entries("namesThatWrap") {
            let words = name.split(separator: " ").map(String.init)
            for index in words.indices.dropLast() { rests[words[index], default: []].append(Array(words[(index + 1)...])) }
        }
        return rests
    }()
}
