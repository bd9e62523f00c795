/// Surface features of a line that the passes reason with: length, case, punctuation and key phrases.
struct TextShape {
    /// The text as written.
    let text: String
    /// The text in lower case with curly apostrophes made straight, for phrase matching.
    let folded: String
    /// The words, split on spaces.
    let words: [Substring]

    init(_ text: String) {
        self.text = text
        folded = text.lowercased().replacingApostrophes()
        words = text.split(separator: " ")
    }

    /// The number of words.
    var wordCount: Int { words.count }

    /// Whether the text ends like a sentence or a list entry (".", ";", ",", "!", "?", "…").
    var endsWithSentencePunctuation: Bool {
        guard let last = text.last else { return false }
        return ".;,!?…".contains(last)
    }

    /// Whether the text ends with a colon, as labels and lead-ins do.
    var endsWithColon: Bool { text.last == ":" }

    /// Whether the first letter is lower case ("and undertake…", "establish and sustain…").
    var startsLowercase: Bool {
        text.first(where: { $0.isLetter })?.isLowercase ?? false
    }

    /// Whether the first character is an upper-case letter or a digit.
    var startsCapitalised: Bool {
        guard let first = text.first else { return false }
        return first.isUppercase || first.isNumber || first == "‘" || first == "“" || first == "\""
    }

    /// Whether there are at least two letters and none is lower case ("PERSON SPECIFICATION").
    var isAllCaps: Bool {
        var letters = 0
        for character in text where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The share of significant words (not "and", "of", "the"…) that begin with a capital.
    var titleCaseRatio: Double {
        let significant = words.filter { !Self.minorWords.contains($0.lowercased()) && $0.first?.isLetter == true }
        guard !significant.isEmpty else { return 0 }
        let capitalised = significant.filter { $0.first?.isUppercase == true }.count
        return Double(capitalised) / Double(significant.count)
    }

    /// The first word in lower case, without a leading "to " and without trailing punctuation.
    var leadingVerb: String {
        var remaining = words[...]
        if remaining.first?.lowercased() == "to", remaining.count > 1 { remaining = remaining.dropFirst() }
        guard let first = remaining.first else { return "" }
        return first.lowercased().replacingApostrophes().trimming(charactersIn: ",;:.")
    }

    /// Whether the folded text contains any of `phrases`.
    func containsAny(_ phrases: [String]) -> Bool {
        phrases.contains { folded.contains($0) }
    }

    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "&", "–", "-", "~",
    ]
}

extension String {
    /// The text with ’ and ‘ made ', so phrase lists need one spelling.
    func replacingApostrophes() -> String {
        guard contains(where: { $0 == "’" || $0 == "‘" }) else { return self }
        return String(map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    }

    /// The text without leading and trailing characters from `set`.
    func trimming(charactersIn set: String) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
