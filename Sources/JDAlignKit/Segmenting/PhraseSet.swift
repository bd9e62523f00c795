/// Phrases looked for in folded lines, indexed by their first two bytes so that one pass over a line checks them all.
///
/// The passes check every line against lists of some twenty phrases each; searching for each phrase in turn read
/// every line dozens of times.
struct PhraseSet: Sendable, ExpressibleByArrayLiteral {
    /// The phrases as UTF-8.
    private let phrases: [[UInt8]]
    /// The phrases (by index) that start with each pair of bytes.
    private let phrasesByLeadingPair: [UInt16: [Int]]
    /// One bit per pair of bytes that starts a phrase, so most positions are passed over without a dictionary lookup.
    private let leadingPairBits: [UInt64]
    /// Phrases shorter than two bytes, which have no leading pair.
    private let shortPhrases: [[UInt8]]

    init(arrayLiteral phrases: String...) {
        self.init(phrases)
    }

    init(_ phrases: [String]) {
        let encoded = phrases.map { Array($0.utf8) }
        var byPair: [UInt16: [Int]] = [:]
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for (index, phrase) in encoded.enumerated() where phrase.count >= 2 {
            let pair = Self.pair(phrase[0], phrase[1])
            byPair[pair, default: []].append(index)
            bits[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
        }
        self.phrases = encoded
        phrasesByLeadingPair = byPair
        leadingPairBits = bits
        shortPhrases = encoded.filter { $0.count < 2 }
    }

    /// Whether any phrase occurs in `text` other than right after "not" or "never" ("are not expected to").
    func occursUnnegated(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 2 else { return occurs(in: text) }
        for start in 0..<(text.count - 1) {
            let pair = Self.pair(text[start], text[start + 1])
            guard leadingPairBits[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 else { continue }
            for index in phrasesByLeadingPair[pair] ?? [] where Self.matches(phrases[index], in: text, at: start) {
                if !Self.isNegated(before: phrases[index].first == 0x20 ? start : start - 1, in: text) { return true }
            }
        }
        return shortPhrases.contains { phrase in phrase.first.map(text.contains) ?? true }
    }

    /// Whether the word ending just before `end` (a space at `end` or the text's start) is "not" or "never".
    private static func isNegated(before end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        for word in [Array(" not".utf8), Array(" never".utf8)] where end >= word.count - 1 {
            let start = end - word.count
            let matchesWord = (0..<word.count).allSatisfy { offset in
                let position = start + offset
                return position < 0 ? offset == 0 : text[position] == word[offset]
            }
            if matchesWord { return true }
        }
        return false
    }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        for phrase in shortPhrases {
            guard let byte = phrase.first else { return true }
            if text.contains(byte) { return true }
        }
        guard text.count >= 2 else { return false }
        for start in 0..<(text.count - 1) {
            let pair = Self.pair(text[start], text[start + 1])
            guard leadingPairBits[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 else { continue }
            for index in phrasesByLeadingPair[pair] ?? [] where Self.matches(phrases[index], in: text, at: start) {
                return true
            }
        }
        return false
    }

    /// Whether `text` ends with one of the phrases.
    func endsAny(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return phrases.contains { phrase in bytes.count >= phrase.count && bytes.suffix(phrase.count).elementsEqual(phrase) }
    }

    private static func pair(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(first) << 8 | UInt16(second)
    }

    private static func matches(_ phrase: [UInt8], in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard phrase.count <= text.count - start else { return false }
        for offset in 2..<phrase.count where text[start + offset] != phrase[offset] {
            return false
        }
        return true
    }
}
