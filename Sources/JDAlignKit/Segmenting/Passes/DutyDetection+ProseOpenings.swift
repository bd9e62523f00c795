extension DutyDetection {
    /// The duty verb that opens the sentence after a run-in title: "Identifying needs and planning provision. Oversee
    /// the early identification of…", as a prose JD sets a paragraph's subject before its duties. Nil when the first
    /// sentence is more than a short title or has a verb of its own ("The school is small."), when the title is a
    /// pack's ("How to apply. Send…"), when the next word is no instruction or one given to candidates, or when it
    /// is a noun with a verb of its own after it ("Support staff are…").
    static func dutyVerbAfterRunInTitle(_ shape: TextShape) -> String? {
        let words = shape.words
        guard let stop = words.prefix(7).firstIndex(where: { $0.hasSuffix(".") }), stop + 2 < words.count else { return nil }
        let title = TextShape(words[...stop].joined(separator: " ").trimming(charactersIn: "."))
        guard title.startsCapitalised, !title.words.contains(where: { clauseVerbs.contains($0.lowercased()) }),
              !title.words.contains(where: { sentenceSubjects.contains($0.lowercased()) }),
              !HeadingDetection.isNotDutiesTitle(title) else { return nil }
        let verb = words[stop + 1], next = words[stop + 2].lowercased()
        let folded = verb.lowercased()
        guard verb.first?.isUppercase == true, DutyVerbs.all.contains(folded), !candidateInstructionVerbs.contains(folded),
              next != "of" else { return nil }
        // "Inclusion. Support staff are deployed in every class": the word is a noun whose clause has its own verb.
        let rest = words[(stop + 2)...].prefix(3).map { $0.lowercased() }
        return rest.contains(where: clauseVerbs.contains) ? nil : folded
    }

    /// Whether, in a sentence describing something, the post holder ("you", "the Head of School") will go on to do
    /// something with a duty verb other than "be" ("…, and you will lead our strategy").
    static func handsThePostHolderADuty(_ words: ArraySlice<String>) -> Bool {
        words.indices.dropLast().contains { will in
            guard words[will] == "will", words[will + 1] != "be", DutyVerbs.all.contains(words[will + 1]) else { return false }
            return words[max(words.startIndex, will - 3)..<will].contains {
                HeadingDetection.postHolderWords.contains($0) || PostTitleFromHeading.roleWords.contains($0)
            }
        }
    }

    /// Whether a sentence after a duty says something about it rather than being the next one: its subject comes
    /// before its verb ("Lettings are handled by the office manager."), as notes under a duty do.
    static func isANoteOnTheDuty(_ shape: TextShape) -> Bool {
        shape.words.count > 1 && clauseVerbs.contains(shape.words[1].lowercased())
    }
}
