/// The Snowball "Porter2" English stemmer (the `english.sbl` algorithm, with the `gener`/`commun`/`arsen`
/// region exceptions, the `evening` exception and the rule that keeps `add`, `err`, `egg` whole).
///
/// Stems lowercase ASCII words, apostrophes allowed; anything else (capitals, digits, accents) is
/// returned unchanged, because the algorithm is only defined for English letters and guessing would
/// make matches harder to explain.
public enum EnglishStemmer {
    /// The stem of `word`, e.g. `"safeguarding"` → `"safeguard"`, `"responsibilities"` → `"respons"`.
    public static func stem(_ word: String) -> String {
        var letters: [UInt8] = []
        letters.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            guard (byte >= .a && byte <= .z) || byte == .apostrophe else { return word }
            letters.append(byte)
        }
        if let exception = exceptionalForms[word] { return exception }
        guard letters.count >= 3 else { return word }
        var stemmer = Porter2(letters)
        stemmer.run()
        return String(decoding: stemmer.word, as: UTF8.self)
    }

    /// Words the algorithm gets wrong, and words that only look like plurals.
    static let exceptionalForms: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe",
        "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
}

private extension UInt8 {
    static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), z = UInt8(ascii: "z"), l = UInt8(ascii: "l")
    static let s = UInt8(ascii: "s"), t = UInt8(ascii: "t"), w = UInt8(ascii: "w"), x = UInt8(ascii: "x")
    /// The marker for a consonant `y`, so it is never taken for a vowel.
    static let consonantY = UInt8(ascii: "Y")
    static let apostrophe = UInt8(ascii: "'")

    var isVowel: Bool { self == .a || self == .e || self == .i || self == .o || self == .u || self == .y }
}

/// One run of the algorithm over one word; the word shrinks from the end as suffixes are removed.
private struct Porter2 {
    var word: [UInt8]
    /// Start of region R1: after the first non-vowel that follows a vowel.
    var r1: Int
    /// Start of region R2: R1's definition applied again inside R1.
    var r2: Int

    init(_ letters: [UInt8]) {
        word = letters
        r1 = 0
        r2 = 0
    }

    mutating func run() {
        prelude()
        markRegions()
        step1a()
        if isInvariantAfterStep1a { return finish() }
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        finish()
    }

    // MARK: Preparation

    mutating func prelude() {
        if word.first == .apostrophe { word.removeFirst() }
        // A `y` at the start or after a vowel acts as a consonant.
        for index in word.indices where word[index] == .y && (index == 0 || word[index - 1].isVowel) {
            word[index] = .consonantY
        }
    }

    mutating func markRegions() {
        r1 = word.count
        r2 = word.count
        // These prefixes would otherwise give too short an R1 (generate/general, communism/community, arsenic/arsenal).
        if let prefix = ["gener", "commun", "arsen"].first(where: { word.starts(with: $0.utf8) }) {
            r1 = prefix.utf8.count
        } else if let end = regionStart(after: 0) {
            r1 = end
        } else {
            return
        }
        r2 = regionStart(after: r1) ?? word.count
    }

    /// The index just past the first non-vowel that follows a vowel, searching from `start`.
    func regionStart(after start: Int) -> Int? {
        guard let vowel = word[start...].firstIndex(where: \.isVowel),
              let consonant = word[(vowel + 1)...].firstIndex(where: { !$0.isVowel }) else { return nil }
        return consonant + 1
    }

    mutating func finish() {
        for index in word.indices where word[index] == .consonantY { word[index] = .y }
    }

    // MARK: Tests on the word

    func endsWith(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return word.count >= count && word[(word.count - count)...].elementsEqual(suffix.utf8)
    }

    /// The longest of `suffixes` (which must be listed longest first) that ends the word.
    func longestSuffix(_ suffixes: [String]) -> String? {
        suffixes.first(where: endsWith)
    }

    func inR1(_ suffix: String) -> Bool { word.count - suffix.utf8.count >= r1 }
    func inR2(_ suffix: String) -> Bool { word.count - suffix.utf8.count >= r2 }

    /// Whether the letters before `end` form a short syllable: consonant-vowel-consonant (the last not w, x or Y),
    /// or vowel-consonant at the very start.
    func endsWithShortSyllable(at end: Int) -> Bool {
        guard end >= 2, !word[end - 1].isVowel, word[end - 2].isVowel else { return false }
        if end == 2 { return true }
        let last = word[end - 1]
        return last != .w && last != .x && last != .consonantY && !word[end - 3].isVowel
    }

    func hasVowel(before end: Int) -> Bool { word[..<end].contains(where: \.isVowel) }

    mutating func replace(_ suffix: String, with replacement: String) {
        word.removeLast(suffix.utf8.count)
        word.append(contentsOf: replacement.utf8)
    }

    // MARK: Steps

    mutating func step1a() {
        if let possessive = longestSuffix(["'s'", "'s", "'"]) { replace(possessive, with: "") }
        guard let suffix = longestSuffix(["sses", "ied", "ies", "us", "ss", "s"]) else { return }
        let stemEnd = word.count - suffix.utf8.count
        switch suffix {
        case "sses": replace(suffix, with: "ss")
        case "ied", "ies": replace(suffix, with: stemEnd > 1 ? "i" : "ie")
        case "s": if stemEnd >= 2, hasVowel(before: stemEnd - 1) { replace(suffix, with: "") }
        default: break
        }
    }

    /// Words left as they are once Step 1a has run.
    var isInvariantAfterStep1a: Bool {
        ["inning", "outing", "canning", "herring", "earring", "evening", "proceed", "exceed", "succeed"]
            .contains { word.elementsEqual($0.utf8) }
    }

    mutating func step1b() {
        guard let suffix = longestSuffix(["eedly", "ingly", "edly", "eed", "ing", "ed"]) else { return }
        if suffix == "eed" || suffix == "eedly" {
            if inR1(suffix) { replace(suffix, with: "ee") }
            return
        }
        guard hasVowel(before: word.count - suffix.utf8.count) else { return }
        replace(suffix, with: "")
        if longestSuffix(["at", "bl", "iz"]) != nil {
            word.append(.e)
        } else if longestSuffix(["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]) != nil {
            // `add`, `err`, `egg`, `off`… keep both letters.
            let isThreeLetterWord = word.count == 3 && (word[0] == .a || word[0] == .e || word[0] == .o)
            if !isThreeLetterWord { word.removeLast() }
        } else if word.count == r1, endsWithShortSyllable(at: word.count) {
            word.append(.e)
        }
    }

    mutating func step1c() {
        guard word.count >= 3, let last = word.last, last == .y || last == .consonantY,
              !word[word.count - 2].isVowel else { return }
        word[word.count - 1] = .i
    }

    static let step2Suffixes: [(String, String)] = [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ]

    mutating func step2() {
        guard let (suffix, replacement) = Self.step2Suffixes.first(where: { endsWith($0.0) }),
              inR1(suffix) else { return }
        let before = word.count - suffix.utf8.count
        switch suffix {
        case "ogi": guard before > 0, word[before - 1] == .l else { return }
        case "li": guard before > 0, "cdeghkmnrt".utf8.contains(word[before - 1]) else { return }
        default: break
        }
        replace(suffix, with: replacement)
    }

    static let step3Suffixes: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ]

    mutating func step3() {
        guard let (suffix, replacement) = Self.step3Suffixes.first(where: { endsWith($0.0) }),
              inR1(suffix) else { return }
        if suffix == "ative", !inR2(suffix) { return }
        replace(suffix, with: replacement)
    }

    static let step4Suffixes = [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ]

    mutating func step4() {
        guard let suffix = longestSuffix(Self.step4Suffixes), inR2(suffix) else { return }
        if suffix == "ion" {
            let before = word.count - 3
            guard before > 0, word[before - 1] == .s || word[before - 1] == .t else { return }
        }
        replace(suffix, with: "")
    }

    mutating func step5() {
        if endsWith("e") {
            if inR2("e") || (inR1("e") && !endsWithShortSyllable(at: word.count - 1)) { word.removeLast() }
        } else if endsWith("ll"), inR2("l") {
            word.removeLast()
        }
    }
}
