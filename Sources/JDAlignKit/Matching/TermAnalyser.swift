/// Turns text into the normalised terms the matcher compares, applying the lexicon.
///
/// JD text and catalogue keywords go through the same steps, so "SENCO", "SENDCo" and
/// "special educational needs co-ordinator" all meet in the middle:
/// fold case → British spelling → join compounds → expand abbreviations → drop stop words → stem → canonical synonym.
public struct TermAnalyser: Sendable {
    private let spellings: [String: String]
    private let compounds: [[String]: String]
    /// The first words of compounds of two or more words: only at these does a compound need looking for.
    private let compoundFirstWords: Set<String>
    private let longestCompound: Int
    private let abbreviations: [String: [String]]
    private let stopWords: Set<String>
    private let canonicalStem: [String: String]
    /// Words of the lexicon's stem collisions and the key of their group, used instead of their stem.
    private let keptApart: [String: String]
    private let negationCues: [[String]]
    /// The words negation cues start with: only at these does a cue need looking for.
    private let negationFirstWords: Set<String>
    /// Restores words a PDF converter glued together; nil leaves every token as it is.
    private let splitter: GluedWordSplitter?
    /// Tokens already looked at by the splitter: its words, or none when the token stays whole.
    private let splitCache = BoundedCache<[String]>(capacity: 20_000)
    /// Keys already worked out: a trust's JDs use a few thousand distinct words, and stemming one is far slower
    /// than looking it up.
    private let keyCache = BoundedCache<String>(capacity: 20_000)
    /// How each token already seen reads on its own.
    private let tokenCache = BoundedCache<TokenReading>(capacity: 20_000)
    /// Keys of whole keyword and rule texts already analysed.
    private let textKeyCache = BoundedCache<[String]>(capacity: 20_000)
    /// Keys of keyword and rule texts worked out before this analyser was made, by one with the same lexicon, word
    /// list and vocabulary (`PrecomputedReadings`).
    private let knownKeys: [String: [String]]

    /// Prepares the lexicon for fast lookups; with a `splitter`, runs of letters that are not words are read as
    /// the words they are made of ("tooverseethe" as "to oversee the"), each keeping the run's place in the text.
    /// `knownKeys` are texts' keys as `keys(for:)` gives them, worked out already with this lexicon and splitter.
    public init(lexicon: Lexicon, splitter: GluedWordSplitter? = nil, knownKeys: [String: [String]] = [:]) {
        self.splitter = splitter
        self.knownKeys = knownKeys
        spellings = lexicon.spellings
        var compounds: [[String]: String] = [:]
        // Sorted so that two written forms that read alike resolve the same way on every run.
        for (written, joined) in lexicon.compounds.sorted(by: { $0.key < $1.key }) {
            compounds[Tokeniser.tokens(in: written).map(\.text)] = joined.lowercased()
        }
        self.compounds = compounds
        compoundFirstWords = Set(compounds.keys.filter { $0.count > 1 }.compactMap(\.first))
        longestCompound = compounds.keys.map(\.count).max() ?? 0
        abbreviations = lexicon.abbreviations.mapValues { Tokeniser.tokens(in: $0).map(\.text) }
        stopWords = Set(lexicon.stopWords.map { $0.lowercased() })
        var canonical: [String: String] = [:]
        for group in lexicon.synonyms {
            guard let head = group.first.map({ EnglishStemmer.stem($0.lowercased()) }) else { continue }
            for word in group { canonical[EnglishStemmer.stem(word.lowercased())] = head }
        }
        canonicalStem = canonical
        var apart: [String: String] = [:]
        for groups in lexicon.stemCollisions {
            // The first group is the usual meaning and keeps the stem, with every form not listed; each later group
            // gets a key of its own. "=" never appears in a stem, so such a key cannot meet an ordinary word's.
            for group in groups.dropFirst() { for word in group { apart[word] = "=" + group[0] } }
        }
        keptApart = apart
        negationCues = lexicon.negationCues.map { Tokeniser.tokens(in: $0).map(\.text) }.filter { !$0.isEmpty }
        negationFirstWords = Set(negationCues.compactMap(\.first))
    }

    /// The terms of a JD item's text, without words that a negation cue excludes ("not responsible for the budget").
    public func terms(in text: String) -> [Term] {
        let tokens = Tokeniser.tokens(in: text)
        let negated = negatedTokens(tokens, in: text)
        var terms: [Term] = []
        terms.reserveCapacity(tokens.count)
        forEachWord(in: tokens) { words, keys, range, consumed in
            guard !consumed.contains(where: { negated[$0] }) else { return }
            for (word, key) in zip(words, keys) {
                terms.append(Term(key: key, text: word, range: range, position: terms.count))
            }
        }
        return terms
    }

    /// The keys of a keyword or query word, analysed exactly as JD text is.
    public func keys(for text: String) -> [String] {
        if let keys = knownKeys[text] { return keys }
        // The same few hundred words and phrases recur across thousands of keywords and rules at every start.
        return textKeyCache.value(for: text) { analysedKeys(for: text) }
    }

    private func analysedKeys(for text: String) -> [String] {
        var keys: [String] = []
        forEachWord(in: Tokeniser.tokens(in: text)) { _, wordKeys, _, _ in keys += wordKeys }
        return keys
    }

    /// Reads `tokens` a word at a time, a compound of several tokens or one token, and gives `body` the words without
    /// stop words, their keys, where they stand in the text and which tokens they consumed.
    private func forEachWord(in tokens: [Token],
                             _ body: (_ words: [String], _ keys: [String], _ range: Range<Int>, _ consumed: Range<Int>) -> Void) {
        var index = 0
        while index < tokens.count {
            let reading = reading(of: tokens[index].text)
            if reading.mayStartCompound, let (words, range, consumed) = compound(tokens, at: index) {
                let kept = words.filter { !stopWords.contains($0) }
                body(kept, kept.map(key), range, index..<index + consumed)
                index += consumed
            } else {
                body(reading.words, reading.keys, tokens[index].range, index..<index + 1)
                index += 1
            }
        }
    }

    /// The key one folded word compares by: its stem, replaced by its synonym group's stem, or its stem-collision
    /// group's key when the lexicon keeps it apart from words that stem alike.
    public func key(for word: String) -> String {
        keyCache.value(for: word) {
            if let group = keptApart[word] { return group }
            let stem = EnglishStemmer.stem(word)
            return canonicalStem[stem] ?? stem
        }
    }

    /// The compound of two or more tokens that starts at `index`, the longest first, if any.
    private func compound(_ tokens: [Token], at index: Int) -> (words: [String], range: Range<Int>, consumed: Int)? {
        for length in stride(from: min(longestCompound, tokens.count - index), through: 2, by: -1) {
            let candidate = tokens[index..<index + length].map { spellings[$0.text] ?? $0.text }
            if let joined = compounds[candidate] {
                return ([joined], tokens[index].range.lowerBound..<tokens[index + length - 1].range.upperBound, length)
            }
        }
        return nil
    }

    /// The words one token (already in British spelling) stands for on its own: a one-word compound's joined form,
    /// an abbreviation's expansion, the words a glued run is made of, or itself.
    private func words(of word: String) -> [String] {
        if let joined = compounds[[word]] { return [joined] }
        if let expansion = abbreviations[word] { return expansion }
        if let splitter, word.utf8.count >= GluedWordSplitter.shortestRun {
            let pieces = splitCache.value(for: word) { splitter.split(word) ?? [] }
            if !pieces.isEmpty {
                return pieces.flatMap { piece in abbreviations[piece] ?? [compounds[[piece]] ?? spellings[piece] ?? piece] }
            }
        }
        return [word]
    }

    /// How one token reads when no compound of several tokens starts at it: its words without stop words, their
    /// keys, and whether such a compound may start at it.
    private struct TokenReading: Sendable {
        let mayStartCompound: Bool
        let words: [String]
        let keys: [String]
    }

    /// A token's reading, worked out once: the lookups behind it (spelling, compounds, abbreviations, splitting,
    /// stop words, stemming) were a dozen hashes of the same text for every word of every line.
    private func reading(of token: String) -> TokenReading {
        tokenCache.value(for: token) {
            let word = spellings[token] ?? token
            let words = words(of: word).filter { !stopWords.contains($0) }
            return TokenReading(mayStartCompound: longestCompound > 1 && compoundFirstWords.contains(word), words: words,
                                keys: words.map(key))
        }
    }

    /// Marks the tokens that follow a negation cue up to the end of their clause (a full stop, semicolon or colon).
    private func negatedTokens(_ tokens: [Token], in text: String) -> [Bool] {
        var negated = Array(repeating: false, count: tokens.count)
        var scalars: [Unicode.Scalar]?
        var index = 0
        while index < tokens.count {
            guard negationFirstWords.contains(tokens[index].text), let cue = negationCues.first(where: { cue in
                index + cue.count <= tokens.count && zip(cue, tokens[index..<index + cue.count]).allSatisfy { $0 == $1.text }
            }) else {
                index += 1
                continue
            }
            let textScalars = scalars ?? Array(text.unicodeScalars)
            scalars = textScalars
            var next = index + cue.count
            while next < tokens.count, !endsClause(textScalars, from: tokens[next - 1].range.upperBound, to: tokens[next].range.lowerBound) {
                negated[next] = true
                next += 1
            }
            index = next
        }
        return negated
    }

    private func endsClause(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard start < end, end <= scalars.count else { return false }
        return scalars[start..<end].contains { ".;:!?".unicodeScalars.contains($0) }
    }
}
