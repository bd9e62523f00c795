/// Reads PDF tokens and objects from bytes (ISO 32000-1 §7.2–7.3): the file body, object streams and content streams
/// all use this syntax. Works on an `ArraySlice` so that no token becomes a `String` unless it is a name or keyword.
struct PdfScanner {
    /// Why the bytes could not be read as PDF syntax; `offset` is where in the scanned bytes the problem was seen.
    struct SyntaxError: Error, Sendable {
        var offset: Int
        var message: String
    }

    /// A token that is not itself an object: `]`, `>>`, a keyword or an operator.
    enum Token: Equatable {
        case object(PdfObject)
        case keyword(String)
        case arrayEnd
        case dictionaryEnd
        case end
    }

    /// Nesting deeper than this is treated as hostile: no real document nests arrays or dictionaries so deep.
    static let maximumDepth = 64

    let bytes: ArraySlice<UInt8>
    var position: Int

    init(_ bytes: ArraySlice<UInt8>, at position: Int? = nil) {
        self.bytes = bytes
        self.position = position ?? bytes.startIndex
    }

    var isAtEnd: Bool { position >= bytes.endIndex }

    /// The white-space and delimiter bytes (all below 0x80) as bits of two words: every byte of a content stream is
    /// classified, and a `switch` over the delimiters compiled to an indirect jump per byte.
    private static let whitespaceBits: UInt64 = 1 << 0x00 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D | 1 << 0x20
    private static let delimiterBits: (low: UInt64, high: UInt64) = (
        1 << 0x25 | 1 << 0x28 | 1 << 0x29 | 1 << 0x2F | 1 << 0x3C | 1 << 0x3E,
        1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64))

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte < 64 && whitespaceBits >> byte & 1 != 0
    }

    @inline(__always)
    static func isDelimiter(_ byte: UInt8) -> Bool {
        byte < 64 ? delimiterBits.low >> byte & 1 != 0 : byte < 128 && delimiterBits.high >> (byte - 64) & 1 != 0
    }

    @inline(__always)
    static func isRegular(_ byte: UInt8) -> Bool {
        byte < 64 ? (whitespaceBits | delimiterBits.low) >> byte & 1 == 0 : byte >= 128 || delimiterBits.high >> (byte - 64) & 1 == 0
    }

    mutating func skipWhitespaceAndComments() {
        position = Self.afterWhitespaceAndComments(in: bytes, from: position)
    }

    /// The index of the first byte from `start` on that is neither white space nor in a comment ("% …" to the end of
    /// the line): for this scanner's slice and for the content lexer's bytes read in place alike.
    static func afterWhitespaceAndComments<Bytes: RandomAccessCollection>(in bytes: Bytes, from start: Bytes.Index) -> Bytes.Index
    where Bytes.Element == UInt8 {
        var position = start
        while position < bytes.endIndex {
            let byte = bytes[position]
            if isWhitespace(byte) {
                position = bytes.index(after: position)
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.endIndex, bytes[position] != 0x0A, bytes[position] != 0x0D { position = bytes.index(after: position) }
            } else {
                break
            }
        }
        return position
    }

    /// Reads one object, resolving `n g R` into a reference; a keyword where an object was expected is an error.
    mutating func object(depth: Int = 0) throws(SyntaxError) -> PdfObject {
        let start = position
        switch try token(depth: depth) {
        case let .object(object): return object
        case let .keyword(word): throw SyntaxError(offset: start, message: "expected an object, found '\(word.prefix(20))'")
        case .arrayEnd, .dictionaryEnd: throw SyntaxError(offset: start, message: "unbalanced ']' or '>>'")
        case .end: throw SyntaxError(offset: start, message: "the data ends where an object was expected")
        }
    }

    /// Reads the next token; integers followed by `g R` become references.
    mutating func token(depth: Int = 0) throws(SyntaxError) -> Token {
        guard depth < Self.maximumDepth else { throw SyntaxError(offset: position, message: "objects nested too deeply") }
        skipWhitespaceAndComments()
        guard position < bytes.endIndex else { return .end }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "/"):
            position += 1
            return .object(.name(readName()))
        case UInt8(ascii: "("):
            return .object(.string(try literalString()))
        case UInt8(ascii: "<"):
            if position + 1 < bytes.endIndex, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                return .object(.dictionary(try dictionaryBody(depth: depth + 1)))
            }
            return .object(.string(try hexString()))
        case UInt8(ascii: ">"):
            guard position + 1 < bytes.endIndex, bytes[position + 1] == UInt8(ascii: ">") else {
                throw SyntaxError(offset: position, message: "a lone '>'")
            }
            position += 2
            return .dictionaryEnd
        case UInt8(ascii: "["):
            position += 1
            var items: [PdfObject] = []
            while true {
                switch try token(depth: depth + 1) {
                case let .object(object): items.append(object)
                case .arrayEnd: return .object(.array(items))
                case let .keyword(word):
                    throw SyntaxError(offset: position, message: "unexpected '\(word.prefix(20))' inside an array")
                case .dictionaryEnd: throw SyntaxError(offset: position, message: "'>>' inside an array")
                case .end: throw SyntaxError(offset: position, message: "an array is not closed")
                }
            }
        case UInt8(ascii: "]"):
            position += 1
            return .arrayEnd
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ")"):
            position += 1
            return .keyword(String(UnicodeScalar(byte)))
        default:
            return try numberOrKeyword()
        }
    }

    private mutating func dictionaryBody(depth: Int) throws(SyntaxError) -> PdfDictionary {
        var dictionary = PdfDictionary()
        while true {
            switch try token(depth: depth) {
            case .dictionaryEnd: return dictionary
            case let .object(.name(key)):
                let value = try object(depth: depth)
                dictionary[key] = value
            case .end: throw SyntaxError(offset: position, message: "a dictionary is not closed")
            default: throw SyntaxError(offset: position, message: "a dictionary key is not a name")
            }
        }
    }

    mutating func readName() -> String {
        // Most names have no "#xx" escapes: their bytes are the name as they stand.
        let start = position
        while position < bytes.endIndex, Self.isRegular(bytes[position]), bytes[position] != UInt8(ascii: "#") { position += 1 }
        if position == bytes.endIndex || !Self.isRegular(bytes[position]) {
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }
        var name = Array(bytes[start..<position])
        while position < bytes.endIndex, Self.isRegular(bytes[position]) {
            var byte = bytes[position]
            if byte == UInt8(ascii: "#"), position + 2 < bytes.endIndex,
               let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2]) {
                byte = high << 4 | low
                position += 2
            }
            name.append(byte)
            position += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    private mutating func numberOrKeyword() throws(SyntaxError) -> Token {
        let start = position
        while position < bytes.endIndex, Self.isRegular(bytes[position]) { position += 1 }
        let word = bytes[start..<position]
        guard !word.isEmpty else {
            position += 1
            throw SyntaxError(offset: start, message: "unexpected byte \(bytes[start])")
        }
        guard let number = Self.number(word) else {
            let keyword = String(decoding: word, as: UTF8.self)
            switch keyword {
            case "true": return .object(.bool(true))
            case "false": return .object(.bool(false))
            case "null": return .object(.null)
            default: return .keyword(keyword)
            }
        }
        guard case let .integer(value) = number, value >= 0 else { return .object(number) }
        // `n g R` is a reference: look ahead without consuming anything else.
        var lookahead = self
        lookahead.skipWhitespaceAndComments()
        let generationStart = lookahead.position
        while lookahead.position < bytes.endIndex, bytes[lookahead.position].isASCIIDigit { lookahead.position += 1 }
        guard lookahead.position > generationStart,
              let generation = Self.number(bytes[generationStart..<lookahead.position])?.integer else { return .object(number) }
        lookahead.skipWhitespaceAndComments()
        guard lookahead.position < bytes.endIndex, bytes[lookahead.position] == UInt8(ascii: "R"),
              lookahead.position + 1 >= bytes.endIndex || !Self.isRegular(bytes[lookahead.position + 1])
        else { return .object(number) }
        position = lookahead.position + 1
        return .object(.reference(PdfReference(number: value, generation: generation)))
    }

    /// Parses `12`, `-3`, `.5`, `+4.25`; nil when the word is not a number.
    static func number(_ word: ArraySlice<UInt8>) -> PdfObject? {
        guard let parts = numberParts(word) else { return nil }
        if parts.isReal { return .real(parts.value) }
        return .integer(parts.integer)
    }

    /// ``number(_:)`` as a `Double`, for content streams' operands: going through a `PdfObject` cost its copying
    /// and destruction for every number of a page.
    @inline(__always)
    static func numberValue<Word: Collection<UInt8>>(_ word: Word) -> Double? where Word.Index == Int {
        guard let parts = numberParts(word) else { return nil }
        return parts.isReal ? parts.value : Double(parts.integer)
    }

    /// A number's value: `integer` when it has no decimal point, `value` when it has one.
    @inline(__always)
    private static func numberParts<Word: Collection<UInt8>>(_ word: Word) -> (isReal: Bool, integer: Int, value: Double)?
    where Word.Index == Int {
        var index = word.startIndex
        var negative = false
        if index < word.endIndex, word[index] == UInt8(ascii: "-") || word[index] == UInt8(ascii: "+") {
            negative = word[index] == UInt8(ascii: "-")
            index += 1
        }
        var integerPart = 0
        var digits = 0
        var fraction = 0.0
        var scale = 0.1
        var sawPoint = false
        while index < word.endIndex {
            let byte = word[index]
            if byte.isASCIIDigit {
                digits += 1
                if sawPoint {
                    fraction += Double(byte - 0x30) * scale
                    scale /= 10
                } else if integerPart < Int.max / 20 {
                    integerPart = integerPart * 10 + Int(byte - 0x30)
                }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        if sawPoint {
            let value = Double(integerPart) + fraction
            return (true, 0, negative ? -value : value)
        }
        return (false, negative ? -integerPart : integerPart, 0)
    }

    mutating func literalString() throws(SyntaxError) -> [UInt8] {
        var result: [UInt8] = []
        try literalString(into: &result)
        return result
    }

    /// Reads a `( … )` string, appending its bytes to `result` (so a content stream's strings can share one buffer).
    mutating func literalString(into result: inout [UInt8]) throws(SyntaxError) {
        let start = position
        position += 1
        var depth = 1
        while position < bytes.endIndex {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return }
                result.append(byte)
            case UInt8(ascii: "\\"):
                guard position < bytes.endIndex else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case 0x0D:
                    if position < bytes.endIndex, bytes[position] == 0x0A { position += 1 }
                case 0x0A: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(escaped - 0x30)
                    for _ in 0..<2 {
                        guard position < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) else { break }
                        value = value * 8 + Int(bytes[position] - 0x30)
                        position += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: value))
                default: result.append(escaped)
                }
            default:
                result.append(byte)
            }
        }
        throw SyntaxError(offset: start, message: "a string is not closed")
    }

    mutating func hexString() throws(SyntaxError) -> [UInt8] {
        var result: [UInt8] = []
        try hexString(into: &result)
        return result
    }

    /// Reads a `< … >` string, appending its bytes to `result`.
    mutating func hexString(into result: inout [UInt8]) throws(SyntaxError) {
        try Self.hexString(in: bytes, at: &position, into: &result)
    }

    /// Reads the `< … >` string at `position` of `bytes`, appending its bytes to `result`: the scanner's strings and
    /// the content lexer's, which reads its stream's bytes in place.
    @inline(__always)
    static func hexString<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, at position: inout Int, into result: inout [UInt8]
    ) throws(SyntaxError) where Bytes.Index == Int {
        let start = position
        position += 1
        // A content stream's strings are mostly glyph codes, whole pairs of digits: those are read two at a time.
        while position + 2 < bytes.endIndex, let high = hexValue(bytes[position]), let low = hexValue(bytes[position + 1]) {
            result.append(high << 4 | low)
            position += 2
        }
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: ">") {
            position += 1
            return
        }
        var pending: UInt8?
        while position < bytes.endIndex {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ">") {
                if let pending { result.append(pending << 4) }
                return
            }
            guard let value = hexValue(byte) else {
                if isWhitespace(byte) { continue }
                throw SyntaxError(offset: position - 1, message: "a hexadecimal string holds a non-hex character")
            }
            if let high = pending {
                result.append(high << 4 | value)
                pending = nil
            } else {
                pending = value
            }
        }
        throw SyntaxError(offset: start, message: "a hexadecimal string is not closed")
    }

    /// A hexadecimal digit's value; two subtractions rather than a `switch` of ranges, as glyph codes are read.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        let digit = byte &- UInt8(ascii: "0")
        if digit < 10 { return digit }
        // Setting 0x20 folds upper-case letters to lower case, and maps nothing else onto a to f.
        let letter = (byte | 0x20) &- UInt8(ascii: "a")
        return letter < 6 ? letter + 10 : nil
    }

    /// Whether `keyword` starts at `position` and ends at a token boundary.
    func startsWithKeyword(_ keyword: String, at offset: Int) -> Bool {
        var index = offset
        for byte in keyword.utf8 {
            guard index < bytes.endIndex, bytes[index] == byte else { return false }
            index += 1
        }
        return index >= bytes.endIndex || !Self.isRegular(bytes[index])
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
}
