/// One symbol of a rule: a word, a phrase, a bracket, an operator or a weight.
struct QueryToken: Equatable {
    enum Kind: Equatable {
        case word(String)
        case prefix(String)
        case phrase([PhraseWord])
        case open
        case close
        case and
        case or
        case not
        case near(Int)
        case boost(Double)
    }

    var kind: Kind
    /// 1-based, in Unicode scalars (characters, for everything but combining accents).
    var column: Int
}

/// Splits a rule into tokens, rejecting malformed words, phrases, distances and weights on the spot
/// so each error points at the character that caused it. It works on Unicode scalars, not `Character`s: grapheme
/// breaking made lexing the bundled rules the largest cost of starting up, and no rule syntax needs it.
enum QueryLexer {
    typealias Scalars = ArraySlice<Unicode.Scalar>

    /// The largest `NEAR/n` accepted: a JD line is rarely longer, and a cap keeps arithmetic safe.
    static let maximumDistance = 1000

    static func tokens(in query: String) throws(QueryParseError) -> [QueryToken] {
        let characters = Array(query.unicodeScalars)
        var tokens: [QueryToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if isWhitespace(character) {
                index += 1
            } else if character == "(" || character == ")" {
                tokens.append(QueryToken(kind: character == "(" ? .open : .close, column: column))
                index += 1
            } else if isQuote(character) {
                guard let closing = characters[(index + 1)...].firstIndex(where: isQuote) else {
                    throw QueryParseError(message: "this quote is never closed", column: column)
                }
                let words = try phraseWords(characters, from: index + 1, to: closing)
                guard !words.isEmpty else { throw QueryParseError(message: "this phrase is empty", column: column) }
                tokens.append(QueryToken(kind: .phrase(words), column: column))
                index = closing + 1
            } else if character == "^" {
                let end = wordEnd(characters, from: index + 1)
                tokens.append(QueryToken(kind: .boost(try weight(characters[(index + 1)..<end], column: column)),
                                         column: column))
                index = end
            } else {
                let end = wordEnd(characters, from: index)
                tokens.append(QueryToken(kind: try wordKind(characters[index..<end], column: column), column: column))
                index = end
            }
        }
        return tokens
    }

    static func isQuote(_ character: Unicode.Scalar) -> Bool {
        character == "\"" || character == "\u{201C}" || character == "\u{201D}"
    }

    /// White space as Unicode defines it, answered without a property lookup for ASCII: the catalogue's two
    /// thousand rules are lexed at every start, and looking up each character's properties was a tenth of it.
    static func isWhitespace(_ character: Unicode.Scalar) -> Bool {
        character.isASCII ? character == " " || ("\t"..."\r").contains(character) : character.properties.isWhitespace
    }

    static func isDelimiter(_ character: Unicode.Scalar) -> Bool {
        isWhitespace(character) || character == "(" || character == ")" || character == "^" || isQuote(character)
    }

    static func wordEnd(_ characters: [Unicode.Scalar], from start: Int) -> Int {
        characters[start...].firstIndex(where: isDelimiter) ?? characters.count
    }

    static func wordKind(_ word: Scalars, column: Int) throws(QueryParseError) -> QueryToken.Kind {
        let text = string(word)
        switch text {
        case "AND": return .and
        case "OR": return .or
        case "NOT": return .not
        case "NEAR": throw QueryParseError(message: "NEAR needs a distance in words, like NEAR/3", column: column)
        default:
            if text.hasPrefix("NEAR/") { return .near(try distance(text.dropFirst(5), column: column)) }
            return try plainWord(word, column: column).kind
        }
    }

    /// A word that is not an operator, in a phrase or on its own.
    static func plainWord(_ word: Scalars, column: Int)
        throws(QueryParseError) -> (kind: QueryToken.Kind, phraseWord: PhraseWord) {
        let text = string(word)
        if let star = word.firstIndex(of: "*"), star != word.index(before: word.endIndex) {
            throw QueryParseError(message: "a * wildcard can only end a word", column: column + star - word.startIndex)
        }
        guard word.contains(where: isLetterOrDigit) else {
            throw QueryParseError(message: "'\(text)' has no letters or digits to match", column: column)
        }
        guard text.hasSuffix("*") else { return (.word(text), .word(text)) }
        let stem = text.dropLast()
        guard word.dropLast().allSatisfy({ isLetterOrDigit($0) || $0 == "'" || $0 == "\u{2019}" }) else {
            throw QueryParseError(message: "a wildcard word can only have letters and digits before the *", column: column)
        }
        return (.prefix(String(stem)), .prefix(String(stem)))
    }

    static func phraseWords(_ characters: [Unicode.Scalar], from start: Int, to end: Int) throws(QueryParseError) -> [PhraseWord] {
        var words: [PhraseWord] = []
        var index = start
        while index < end {
            if isWhitespace(characters[index]) {
                index += 1
                continue
            }
            let wordEnd = characters[index..<end].firstIndex(where: isWhitespace) ?? end
            words.append(try plainWord(characters[index..<wordEnd], column: index + 1).phraseWord)
            index = wordEnd
        }
        return words
    }

    static func distance(_ digits: Substring, column: Int) throws(QueryParseError) -> Int {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw QueryParseError(message: "NEAR/ needs a whole number of words after it, like NEAR/3", column: column)
        }
        guard digits.count <= 4, let value = Int(digits), value <= maximumDistance else {
            throw QueryParseError(message: "NEAR distance can be at most \(maximumDistance) words", column: column)
        }
        guard value > 0 else {
            throw QueryParseError(message: "NEAR distance must be at least 1 (NEAR/1 means next to each other)", column: column)
        }
        return value
    }

    static func weight(_ text: Scalars, column: Int) throws(QueryParseError) -> Double {
        let isDecimal = !text.isEmpty && text.allSatisfy { ("0"..."9").contains($0) || $0 == "." }
            && text.filter { $0 == "." }.count <= 1 && text.contains { $0 != "." }
        guard isDecimal, text.count <= 12, let value = Double(string(text)) else {
            throw QueryParseError(message: "^ needs a number after it, like ^2 or ^0.5", column: column)
        }
        guard value > 0 else { throw QueryParseError(message: "a weight must be greater than 0", column: column) }
        return value
    }

    /// Letters and digits as `Character.isLetter` and `isNumber` see them, for a single scalar.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar.properties.isAlphabetic
        }
    }

    static func string(_ scalars: Scalars) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { utf8.append($0) } }
        return String(decoding: utf8, as: UTF8.self)
    }
}
