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

    /// Whether prose opens with a sentence about the school rather than the post: "Little Orton is a small village
    /// school…", "Holy Family is a Catholic school…". Its subject names no post ("The Headteacher is a member of…"
    /// is about the post), and the sentence names an organisation.
    static func describesTheSchool(_ shape: TextShape) -> Bool {
        let words = shape.words.prefix { !".!?".contains($0.last ?? " ") }.map { $0.lowercased().trimming(charactersIn: ",;:()\"'‘’") }
        guard let verb = words.prefix(7).firstIndex(where: { $0 == "is" || $0 == "are" }), verb > 0, verb + 1 < words.count,
              ["a", "an", "one", "the"].contains(words[verb + 1]) else { return false }
        // "Attendance is a priority across the trust, and you will lead our strategy…" gives the post holder a duty
        // after the description; "… a school where you will be part of a team" or "… pupils are expected to" do not.
        guard !Self.handsThePostHolderADuty(words[(verb + 1)...]) else { return false }
        // "School improvement is a shared effort here. You will write the plan…": the school's aim sets the scene for
        // the duties that follow it.
        let nextSentence = shape.words.dropFirst(words.count + 1).prefix(3).map { $0.lowercased().replacingApostrophes() }
        guard !Self.opensByHandingTheReaderADuty(nextSentence) else { return false }
        let subject = words[..<verb]
        guard !subject.contains(where: { PostTitleFromHeading.roleWords.contains($0) || postHolderNouns.contains($0)
            || HeadingDetection.postHolderWords.contains($0) || ["we", "you", "they", "this", "it"].contains($0) }) else { return false }
        return shape.words.prefix(words.count + 1).contains { MetadataLabels.organisationNouns.contains($0.lowercased().trimming(charactersIn: ".,;:()")) }
    }

    /// Whether a sentence's first words give the reader a duty: "You will write…", "You'll lead…".
    static func opensByHandingTheReaderADuty(_ words: [String]) -> Bool {
        if words.count >= 3, words[0] == "you", words[1] == "will" { return DutyVerbs.all.contains(words[2]) }
        return words.count >= 2 && words[0] == "you'll" && DutyVerbs.all.contains(words[1])
    }

    /// Whether a sentence after a duty says something about it rather than being the next one: its subject comes
    /// before its verb ("Lettings are handled by the office manager."), as notes under a duty do.
    static func isANoteOnTheDuty(_ shape: TextShape) -> Bool {
        shape.words.count > 1 && clauseVerbs.contains(shape.words[1].lowercased())
    }
}
