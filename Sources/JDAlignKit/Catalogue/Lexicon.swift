/// Shared knowledge about how school documents word things, applied to JD text and to keywords alike.
public struct Lexicon: Sendable, Equatable {
    /// Groups of words that mean the same in JDs; the first word of each group stands for the group.
    public var synonyms: [[String]]
    /// Abbreviations (lower case) and what they stand for: `senco` → `special educational needs coordinator`.
    public var abbreviations: [String: String]
    /// Spelling variants and the spelling they are read as: `organization` → `organisation`.
    public var spellings: [String: String]
    /// Hyphenated or spaced compounds and their joined form: `well-being` → `wellbeing`.
    public var compounds: [String: String]
    /// Words too common to count as evidence.
    public var stopWords: [String]
    /// Phrases after which the rest of a clause is negated or excluded: `not responsible for`, `excluding`.
    public var negationCues: [String]
    /// Words that stem alike but must not meet: each entry holds groups that stay apart ("responsible" is not
    /// "responsive", "routinely" is not "routines"). The first group is the usual meaning and keeps the shared stem
    /// (as do forms not listed); each later group meets only its own words.
    public var stemCollisions: [[[String]]]

    /// Creates a lexicon; an empty one changes nothing.
    public init(synonyms: [[String]] = [], abbreviations: [String: String] = [:], spellings: [String: String] = [:],
                compounds: [String: String] = [:], stopWords: [String] = [], negationCues: [String] = [],
                stemCollisions: [[[String]]] = []) {
        self.synonyms = synonyms
        self.abbreviations = abbreviations
        self.spellings = spellings
        self.compounds = compounds
        self.stopWords = stopWords
        self.negationCues = negationCues
        self.stemCollisions = stemCollisions
    }
}

/// Turns `Standards/lexicon.json` into a `Lexicon`, checking it as it goes.
public enum LexiconDecoder {
    /// Decodes and validates a lexicon file.
    public static func decode(_ bytes: [UInt8], file: String) throws(CatalogueError) -> Lexicon {
        let root = try JSONFieldReader.parse(bytes, file: file)
        let fields = try JSONFieldReader(root, file: file, path: "",
                                         allowed: ["synonyms", "abbreviations", "spellings", "compounds", "stopWords", "negationCues", "stemCollisions"])
        var synonyms: [[String]] = []
        var groupOfWord: [String: Int] = [:]
        for (index, element) in try fields.array("synonyms").enumerated() {
            guard let words = element.arrayValue?.compactMap(\.stringValue), words.count == element.arrayValue?.count, words.count >= 2 else {
                throw fields.error("synonyms[\(index)]", "expected an array of at least two strings")
            }
            for word in words {
                let key = word.lowercased()
                if let other = groupOfWord[key], other != index {
                    throw fields.error("synonyms[\(index)]", "\"\(word)\" is already in synonyms[\(other)]", hint: "a word may belong to one group only")
                }
                groupOfWord[key] = index
            }
            synonyms.append(words)
        }
        return Lexicon(synonyms: synonyms,
                       abbreviations: try lowercasedMap(fields, "abbreviations"),
                       spellings: try lowercasedMap(fields, "spellings"),
                       compounds: try lowercasedMap(fields, "compounds"),
                       stopWords: try fields.strings("stopWords"),
                       negationCues: try fields.strings("negationCues"),
                       stemCollisions: try stemCollisions(fields))
    }

    /// `stemCollisions`: `[{"apart": [["responsible", ...], ["responsive", ...]], "note": "..."}]`; a word may be in one
    /// group only.
    private static func stemCollisions(_ fields: JSONFieldReader) throws(CatalogueError) -> [[[String]]] {
        var entries: [[[String]]] = []
        var placeOfWord: [String: Int] = [:]
        for (index, element) in try fields.array("stemCollisions").enumerated() {
            let path = "stemCollisions[\(index)]"
            guard let groups = element["apart"]?.arrayValue?.map({ $0.arrayValue?.compactMap(\.stringValue) ?? [] }),
                  groups.count >= 2, groups.allSatisfy({ !$0.isEmpty }), element.objectMembers?.allSatisfy({ ["apart", "note"].contains($0.key) }) == true
            else {
                throw fields.error(path, "expected {\"apart\": [[words], [words], ...], \"note\": \"why\"} with two or more groups of words")
            }
            for word in groups.joined() {
                if let other = placeOfWord.updateValue(index, forKey: word.lowercased()) {
                    throw fields.error(path, "\"\(word)\" is already in stemCollisions[\(other)]", hint: "a word may be kept apart in one entry only")
                }
            }
            entries.append(groups.map { $0.map { $0.lowercased() } })
        }
        return entries
    }

    private static func lowercasedMap(_ fields: JSONFieldReader, _ key: String) throws(CatalogueError) -> [String: String] {
        var map: [String: String] = [:]
        for (from, to) in try fields.stringPairs(key) {
            guard map.updateValue(to, forKey: from.lowercased()) == nil else {
                throw fields.error("\(key).\(from)", "\"\(from)\" is listed twice (case is ignored)")
            }
        }
        return map
    }
}
