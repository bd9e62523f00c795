/// Mends a word that a typesetter broke at a line's end ("be-" / "haviour logs"), so that the matcher sees
/// "behaviour" rather than two pieces that are not words.
///
/// Designed packs are often justified and hyphenated; a converter keeps the hyphen and the line break, and joining
/// the lines leaves "be-haviour". A hyphen at a line's end is only dropped when the two pieces make a word of the
/// word list (`Standards/words.txt`) and the piece after the break is not a word of its own: "co-" / "ordinate",
/// "well-" / "sequenced" and "self-" / "evaluation" keep theirs.
enum LineBreakHyphenation {
    /// Whether the hyphen ending `text` broke one word that `continuation`, the next line, completes.
    static func brokeAWord(_ text: String, before continuation: String, words: WordList = .builtIn) -> Bool {
        guard text.hasSuffix("-"), continuation.first?.isLowercase == true else { return false }
        let beforeHyphen = text.dropLast()
        guard beforeHyphen.last?.isLetter == true else { return false }
        let head = String(beforeHyphen.reversed().prefix(while: \.isLetter).reversed())
        let tail = continuation.prefix(while: \.isLetter).lowercased()
        return words.contains(head.lowercased() + tail) && !words.contains(tail)
    }

    /// Appends the next line to a line, mending a word the line break cut.
    static func append(_ continuation: String, mendingAWordIn text: inout String) -> Bool {
        guard brokeAWord(text, before: continuation) else { return false }
        text.removeLast()
        text.append(continuation)
        return true
    }
}
