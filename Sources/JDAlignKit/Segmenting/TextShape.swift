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
        words = text.split(atASCII: 0x20)
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

    /// A question of five words or fewer opening with a capital ("Why Oakfield?", "WHY JOIN US?"), as packs title parts.
    var isShortQuestion: Bool {
        text.last == "?" && wordCount <= 5 && startsCapitalised
    }

    /// Whether there are at least two letters and none is lower case ("PERSON SPECIFICATION").
    var isAllCaps: Bool {
        // In ASCII text without carriage returns (CR LF is one character of two bytes) every character is one byte.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            var letters = 0
            for byte in text.utf8 {
                if (0x61...0x7A).contains(byte) { return false }
                if (0x41...0x5A).contains(byte) { letters += 1 }
            }
            return letters >= 2
        }
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
        var remaining = opening.words[...]
        if remaining.first == "to", remaining.count > 1 { remaining = remaining.dropFirst() }
        guard let first = remaining.first else { return "" }
        // "Quality assure the teaching…": a verb of two words, listed as such among the duty verbs.
        if remaining.count > 1 {
            let pair = first + " " + remaining[remaining.startIndex + 1].trimming(charactersIn: ",;:.")
            if DutyVerbs.all.contains(pair) { return pair }
        }
        return first.trimming(charactersIn: ",;:.")
    }

    /// Whether the line opens with "To" and a lower-case word, the infinitive that JDs put before every kind of duty
    /// ("To reduce…", "To champion…"), whatever the verb.
    var opensWithInfinitive: Bool {
        let (openingWords, glued) = opening
        guard openingWords.count > 1, openingWords[0] == "to" else { return false }
        // Glued words have lost their case; otherwise "To Headteacher" is an address, not a duty.
        return glued || (words.count > 1 && words[1].first?.isLowercase == true)
    }

    /// The first two words in lower case, with a glued opening ("Tooverseethe…", as PDF converters leave text)
    /// split into its words first, and whether it was.
    private var opening: (words: [String], glued: Bool) {
        let leading = words.prefix(2).map { $0.lowercased().replacingApostrophes() }
        guard let first = leading.first, first.utf8.count >= GluedWordSplitter.shortestRun,
              let pieces = GluedWordSplitter.builtIn.split(first.trimming(charactersIn: ",;:."))
        else { return (leading, false) }
        return (Array((pieces + leading.dropFirst()).prefix(2)), true)
    }

    /// Whether the folded text contains any of `phrases` not negated by a "not" or "never" just before it.
    func containsAnyUnnegated(_ phrases: PhraseSet) -> Bool {
        var haystack = folded
        return haystack.withUTF8 { phrases.occursUnnegated(in: $0) }
    }

    /// Whether the folded text contains any of `phrases`.
    func containsAny(_ phrases: PhraseSet) -> Bool {
        var haystack = folded
        return haystack.withUTF8 { phrases.occurs(in: $0) }
    }

    /// Whether the folded text's first sentence (up to the first ". ") contains any of `phrases`.
    func firstSentenceContainsAny(_ phrases: PhraseSet) -> Bool {
        guard let end = folded.utf8.indices.first(where: { index in
            folded.utf8[index] == UInt8(ascii: ".") && folded.utf8.index(after: index) < folded.utf8.endIndex
                && folded.utf8[folded.utf8.index(after: index)] == UInt8(ascii: " ")
        }) else { return containsAny(phrases) }
        var haystack = String(folded[..<end])
        return haystack.withUTF8 { phrases.occurs(in: $0) }
    }

    /// Whether one sentence of the folded text (sentences end at ". ") contains one of `phrases` and one of `others`.
    func someSentenceContainsBoth(_ phrases: PhraseSet, _ others: PhraseSet) -> Bool {
        folded.components(separatedBy: ". ").contains { sentence in
            var haystack = sentence
            return haystack.withUTF8 { phrases.occurs(in: $0) && others.occurs(in: $0) }
        }
    }

    static let minorWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("minorWords"))
}

extension String {
    /// The text with ’ and ‘ made ', so phrase lists need one spelling.
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0 == "’" || $0 == "‘" }) else { return self }
        // An apostrophe between ASCII bytes is a character of its own, so replacing scalars is exact;
        // next to other scalars it could carry a combining mark, and the character view decides.
        let bytes = Array(utf8)
        var replaced: [UInt8] = []
        replaced.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let isApostrophe = index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99)
            guard isApostrophe else {
                replaced.append(bytes[index])
                index += 1
                continue
            }
            let before = index > 0 ? bytes[index - 1] : 0x20
            let after = index + 3 < bytes.count ? bytes[index + 3] : 0x20
            guard before < 0x80, after < 0x80 else { return String(map { $0 == "’" || $0 == "‘" ? "'" : $0 }) }
            replaced.append(0x27)
            index += 3
        }
        return String(decoding: replaced, as: UTF8.self)
    }

    /// The text without leading and trailing characters from `set`, whose characters must each be one scalar that
    /// never joins another (ASCII punctuation, dashes).
    func trimming(charactersIn set: String) -> String {
        if set.utf8.allSatisfy({ $0 < 0x80 }) { return trimming(asciiCharactersIn: set) }
        let members = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !members.contains($0) }),
              let last = scalars.lastIndex(where: { !members.contains($0) }) else {
            return ""
        }
        // The first and last kept scalars decide where the kept characters begin and end when they are ASCII;
        // otherwise a trimmed neighbour could belong to their character (or they could equal a member canonically).
        guard scalars[first].isASCII, scalars[last].isASCII else { return characterwiseTrimming(charactersIn: set) }
        return String(self[first..<scalars.index(after: last)])
    }

    /// `trimming(charactersIn:)` for a set of ASCII characters, by bytes: a member is one byte and no other
    /// scalar's bytes are members, so the first and last bytes kept are where the kept scalars begin and end. Asked
    /// of every cell of a grid, building a set of scalars for each call cost more than the trimming.
    private func trimming(asciiCharactersIn set: String) -> String {
        let members = ASCIIByteSet(set)
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !members.contains($0) }),
              let last = bytes.lastIndex(where: { !members.contains($0) }) else {
            return ""
        }
        guard bytes[first] < 0x80, bytes[last] < 0x80 else { return characterwiseTrimming(charactersIn: set) }
        return String(self[first..<bytes.index(after: last)])
    }

    private func characterwiseTrimming(charactersIn set: String) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
