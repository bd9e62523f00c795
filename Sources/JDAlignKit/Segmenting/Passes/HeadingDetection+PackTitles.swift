/// The titles of a pack's parts that hold no duties ("How to apply", "About us", "Terms"), as headings name them.
extension HeadingDetection {
    /// Whether the heading starts as a title of a part only a pack has ("How to apply", "About us"), and does not
    /// name the duties ("About the role" opens what the post does).
    static func isNotDutiesTitle(_ shape: TextShape) -> Bool {
        notDutiesTitleOpening(shape) != nil && !shape.containsAny(namesTheDuties)
    }

    /// The pack title the heading starts with, as whole words: "Interview" opens "Interviews" but not
    /// "Interviewing and appointing staff", and "The school" not "The school's approach".
    static func notDutiesTitleOpening(_ shape: TextShape) -> String? {
        let folded = withoutPartNumber(shape.folded)
        // "Interviews: week beginning 2 June" gives a detail's value after its label; a part's title has none.
        if let colon = folded.firstIndex(of: ":"), ReviewDateParser.namesADay(folded[colon...]) { return nil }
        let whole = String(folded).trimming(charactersIn: " :.")
        if wholeNotDutiesTitles.contains(whole) { return whole }
        return notDutiesTitles.first { title in
            guard folded.hasPrefix(title) else { return false }
            if title.last == " " { return true }
            var rest = folded.dropFirst(title.count)
            if title.last?.isLetter == true, rest.first == "s" { rest = rest.dropFirst() }
            // "Our School's Vision and Values" in title case is the pack's title; "The school's approach to…" is not.
            if rest.hasPrefix("'s") || rest.hasPrefix("\u{2019}s"), shape.titleCaseRatio >= 1 || shape.isAllCaps { rest = rest.dropFirst(2) }
            guard let next = rest.first else { return true }
            return !next.isLetter && next != "'" && next != "\u{2019}" && next != "-"
        }
    }

    /// A folded heading without the part it numbers ("section 4: terms" → "terms", "part iv – how to apply" →
    /// "how to apply"): an outline JD numbers its back matter as it numbers its duties.
    static func withoutPartNumber(_ folded: String) -> Substring {
        let words = folded.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[0] == "section" || words[0] == "part" else { return Substring(folded) }
        let number = String(words[1]).trimming(charactersIn: ":.–-")
        guard !number.isEmpty, number.allSatisfy(\.isNumber) || number.allSatisfy({ "ivxlc".contains($0) }) || number.count == 1
        else { return Substring(folded) }
        return words[2].drop { ":.–- ".contains($0) }
    }

    /// Whether a pack title set apart by a blank line reads as a title by its form, not as a criterion that opens
    /// with the same words ("Contact with parents and outside agencies about…"): in capitals or title case, or a
    /// few words more than the title itself ("How to apply for this post", "Visiting the school before you apply").
    static func readsAsAPackTitle(_ shape: TextShape) -> Bool {
        guard let opening = notDutiesTitleOpening(shape) else { return false }
        let wordsAfterTitle = shape.wordCount - opening.split(separator: " ").count
        return wordsAfterTitle <= 4 || shape.isAllCaps || shape.titleCaseRatio >= 1
    }

    /// Whether a title joins the part on applying to another with "and" ("Safeguarding and how to apply"): the part
    /// after the criteria, though it opens with a category's name. Only titles about applying count: "Safeguarding
    /// and our values" is a category of criteria.
    static func joinsAPackTitle(_ shape: TextShape) -> Bool {
        let folded = shape.folded.trimming(charactersIn: " :.")
        guard let conjunction = folded.range(of: " and ") ?? folded.range(of: " & ") else { return false }
        let joined = folded[conjunction.upperBound...]
        return applyingTitles.contains { title in
            joined.hasPrefix(title) && (joined.count == title.count || joined.dropFirst(title.count).first == " ")
        }
    }

    /// Titles of the part of a pack on applying and being appointed ("how to apply", "key dates").
    static let applyingTitles = DocumentVocabulary.builtIn.entries("applyingTitles")

    /// Titles of a pack's parts that are not duties only as the whole heading ("Terms", not "Terms of reference").
    static let wholeNotDutiesTitles: Set<String> = Set(DocumentVocabulary.builtIn.entries("wholeNotDutiesTitles"))
}
