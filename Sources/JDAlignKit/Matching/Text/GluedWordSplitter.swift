import Foundation

/// Restores the spaces a PDF converter lost: "tooverseetheprogressof" → "to oversee the progress of".
///
/// A run of letters that is not itself a word is split into the most probable sequence of known words (each word's
/// probability from its count in the word list, the split's probability their product), found by dynamic
/// programming over the run. A known word is never split, and a run that cannot be covered by known words is left
/// as it is. Names must pass untouched too ("Thornbury" is not "thorn bury"), so a split is only taken when it holds
/// a function word ("to", "the", "of": glued text nearly always does) or every piece is a word our own texts use.
public struct GluedWordSplitter: Sendable {
    /// Runs shorter than this are never split: two short words glued ("ofa") are rare and too ambiguous.
    static let shortestRun = 5
    /// Pieces are at most this long; longer words are rare enough not to matter.
    static let longestPiece = 24

    /// The bundled word list with the bundled lexicon's function words, for reading a document's layout before any
    /// framework is chosen. Only the lexicon is parsed: loading the whole library here cost a fifth of a JD's run, and
    /// the frameworks' own words are in the word list already.
    public static let builtIn: GluedWordSplitter = {
        let lexicon = BuiltInStandards.files.first { $0.name == "lexicon.json" }
            .flatMap { try? LexiconDecoder.decode(Array($0.contents.utf8), file: "Standards/lexicon.json") }
        return GluedWordSplitter(wordList: .builtIn, functionWords: Set(lexicon?.stopWords ?? []))
    }()

    /// A split costs at most this much per letter (minus the log of each word's share, added up): real glued text is
    /// made of common words and is cheap, while a name cut into rare fragments ("kings me ad") is dear.
    public static let defaultMostCostPerLetter = 2.4
    /// A word listed as common English counts twice; one our own texts use counts more.
    static let usedInOurTexts = 3

    private let words: WordList
    private let alsoKnown: Set<String>
    private let mostCostPerLetter: Double
    private let functionWords: Set<String>
    private let logTotal: Double

    /// Prepares the splitter; `alsoKnown` words (a framework's own vocabulary) are never split either, and
    /// `functionWords` (the lexicon's stop words) are the words whose presence makes a split believable.
    public init(wordList: WordList, alsoKnown: Set<String> = [], functionWords: Set<String> = [],
                mostCostPerLetter: Double = GluedWordSplitter.defaultMostCostPerLetter) {
        words = wordList
        self.mostCostPerLetter = mostCostPerLetter
        self.alsoKnown = alsoKnown
        self.functionWords = functionWords
        logTotal = log(Double(max(1, wordList.total + 2 * alsoKnown.count)))
    }

    /// Whether `word` (lower case) is known: in the list or the frameworks' own words.
    public func isKnown(_ word: String) -> Bool {
        // The set first: one hash, where the word list is a binary search, and every word of the catalogue's
        // keywords and rules is asked about at each start and found there.
        alsoKnown.contains(word) || words.contains(word)
    }

    /// The words `run` (lower-case letters) is made of, or nil when it is a word itself, too short, holds anything
    /// but letters, or cannot be made of known words.
    public func split(_ run: String) -> [String]? {
        if run.includes("'") { return splitPossessive(run) }
        let letters = Array(run.utf8)
        guard letters.count >= Self.shortestRun, letters.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
              !isKnown(run)
        else { return nil }
        // best[end]: the cheapest split of letters[0..<end] and where its last word starts.
        var best: [(cost: Double, start: Int)?] = Array(repeating: nil, count: letters.count + 1)
        best[0] = (0, 0)
        for end in 1...letters.count {
            for start in max(0, end - Self.longestPiece)..<end {
                guard let before = best[start], let wordCost = cost(of: letters[start..<end]) else { continue }
                let total = before.cost + wordCost
                if best[end].map({ total < $0.cost }) ?? true { best[end] = (total, start) }
            }
        }
        guard let total = best[letters.count], total.cost / Double(letters.count) <= mostCostPerLetter else { return nil }
        var pieces: [String] = []
        var end = letters.count
        while end > 0, let step = best[end] {
            pieces.append(String(decoding: letters[step.start..<end], as: UTF8.self))
            end = step.start
        }
        guard pieces.count > 1 else { return nil }
        let believable = pieces.contains { functionWords.contains($0) }
            || pieces.allSatisfy { $0.utf8.count >= 3 && ((words.count(of: $0.utf8) ?? 0) >= Self.usedInOurTexts || alsoKnown.contains($0)) }
        return believable ? pieces.reversed() : nil
    }

    /// "school'sworkwith" → "school's work with": the possessive "'s" belongs to the word before it, and both sides
    /// are split as runs of their own.
    private func splitPossessive(_ run: String) -> [String]? {
        let parts = run.split(separator: "'", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        var before = isKnown(parts[0]) ? [parts[0]] : split(parts[0]) ?? []
        guard !before.isEmpty else { return nil }
        var after = parts[1]
        if after.hasPrefix("s") {
            before[before.count - 1] += "'s"
            after.removeFirst()
        } else {
            before[before.count - 1] += "'"
        }
        guard !after.isEmpty else { return before.count > 1 ? before : nil }
        guard let rest = isKnown(after) ? [after] : split(after) else { return nil }
        return before + rest
    }

    /// Minus the log of the piece's share of all counted words; nil when it is not a word. Single letters other
    /// than "a" and "i" are initials, never words to split into.
    private func cost(of piece: ArraySlice<UInt8>) -> Double? {
        if piece.count == 1 && piece.first != UInt8(ascii: "a") && piece.first != UInt8(ascii: "i") { return nil }
        var count = words.count(of: piece)
        if count == nil, alsoKnown.contains(String(decoding: piece, as: UTF8.self)) { count = 2 }
        return count.map { logTotal - log(Double($0)) }
    }
}
