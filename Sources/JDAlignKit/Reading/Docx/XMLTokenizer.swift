/// A pull tokenizer for the UTF-8 XML inside office documents.
///
/// It checks well-formedness as it goes (names, quoting, references, matching end tags) and reports the
/// first problem with its byte offset; it never traps on bad input and uses no recursion.
/// Namespaces are not resolved: names keep their prefixes.
public struct XMLTokenizer: Sendable {
    private let bytes: [UInt8]
    private var index = 0
    /// The names of the open elements, as byte ranges into `bytes`, to check end tags against.
    private var openElements: [Range<Int>] = []
    private var pendingEnd: String?
    private var sawRoot = false

    /// Where the next token starts.
    public var offset: Int { index }

    /// Prepares to tokenize `bytes`; a UTF-8 byte order mark is skipped.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The next token, or nil at the end of a complete document.
    public mutating func next() throws(XMLError) -> XMLToken? {
        if index == 0, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw XMLError(.unsupportedEncoding("UTF-16"), offset: 0)
        }
        if let name = pendingEnd {
            pendingEnd = nil
            return .endElement(name)
        }
        guard index < bytes.count else {
            if let open = openElements.last {
                throw XMLError(.unexpectedEnd("<\(string(open))> is not closed"), offset: index)
            }
            if !sawRoot { throw XMLError(.unexpectedEnd("there is no root element"), offset: index) }
            return nil
        }
        if bytes[index] != UInt8(ascii: "<") { return try text() }
        guard index + 1 < bytes.count else { throw XMLError(.unexpectedEnd("a tag is cut short"), offset: index) }
        switch bytes[index + 1] {
        case UInt8(ascii: "/"): return try endTag()
        case UInt8(ascii: "?"): return try processingInstruction()
        case UInt8(ascii: "!"): return try declarationOrComment()
        default: return try startTag()
        }
    }

    // MARK: Markup

    private mutating func startTag() throws(XMLError) -> XMLToken {
        let tagStart = index
        index += 1
        let name = try scanName()
        let attributesStart = index
        while true {
            let hadSpace = skipWhitespace()
            guard index < bytes.count else { throw XMLError(.unexpectedEnd("a start tag is cut short"), offset: tagStart) }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
            guard hadSpace else { throw XMLError(.malformed("expected a space before an attribute"), offset: index) }
            _ = try scanName()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw XMLError(.malformed("expected = after an attribute name"), offset: index)
            }
            index += 1
            skipWhitespace()
            try scanAttributeValue()
        }
        let attributesEnd = index
        let isEmpty = bytes[index] == UInt8(ascii: "/")
        if isEmpty {
            guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else {
                throw XMLError(.malformed("expected > after /"), offset: index)
            }
            index += 2
        } else {
            index += 1
        }
        if openElements.isEmpty, sawRoot { throw XMLError(.malformed("a second root element"), offset: tagStart) }
        return startToken(name, isEmpty: isEmpty, attributes: attributesStart..<attributesEnd)
    }

    private mutating func startToken(_ name: Range<Int>, isEmpty: Bool, attributes: Range<Int>) -> XMLToken {
        sawRoot = true
        let nameString = string(name)
        if isEmpty { pendingEnd = nameString } else { openElements.append(name) }
        return .startElement(XMLStartTag(name: nameString, isEmpty: isEmpty, source: bytes, attributeBytes: attributes))
    }

    private mutating func endTag() throws(XMLError) -> XMLToken {
        let tagStart = index
        index += 2
        let name = try scanName()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
            throw XMLError(.malformed("expected > to end </\(string(name))>"), offset: index)
        }
        index += 1
        guard let open = openElements.last, bytes[open].elementsEqual(bytes[name]) else {
            throw XMLError(.mismatchedEndTag(expected: openElements.last.map(string), found: string(name)), offset: tagStart)
        }
        openElements.removeLast()
        return .endElement(string(name))
    }

    private mutating func processingInstruction() throws(XMLError) -> XMLToken {
        let start = index
        index += 2
        let target = string(try scanName())
        guard let end = find([UInt8(ascii: "?"), UInt8(ascii: ">")], from: index) else {
            throw XMLError(.unexpectedEnd("<?\(target) is not closed"), offset: start)
        }
        if target == "xml", let encoding = declaredEncoding(in: index..<end),
            !["utf-8", "utf8"].contains(encoding.lowercased())
        {
            throw XMLError(.unsupportedEncoding(encoding), offset: start)
        }
        index = end + 2
        return .processingInstruction(target: target)
    }

    private mutating func declarationOrComment() throws(XMLError) -> XMLToken {
        let start = index
        if matches("<!--") {
            guard let end = find(Array("-->".utf8), from: index + 4) else {
                throw XMLError(.unexpectedEnd("a comment is not closed"), offset: start)
            }
            index = end + 3
            return .comment
        }
        if matches("<![CDATA[") {
            guard !openElements.isEmpty else { throw XMLError(.malformed("CDATA outside the root element"), offset: start) }
            guard let end = find(Array("]]>".utf8), from: index + 9) else {
                throw XMLError(.unexpectedEnd("a CDATA section is not closed"), offset: start)
            }
            let text = XMLText(source: bytes, range: (start + 9)..<end, isCDATA: true)
            index = end + 3
            return .text(text)
        }
        if matches("<!DOCTYPE") { throw XMLError(.documentTypeNotSupported, offset: start) }
        throw XMLError(.malformed("unknown markup after <!"), offset: start)
    }

    // MARK: Text

    private mutating func text() throws(XMLError) -> XMLToken {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
            if bytes[index] == UInt8(ascii: "&") {
                guard let (_, next) = Self.reference(in: bytes, at: index, end: bytes.count) else {
                    throw XMLError(.invalidReference(referenceText(at: index)), offset: index)
                }
                index = next
            } else {
                index += 1
            }
        }
        let text = XMLText(source: bytes, range: start..<index, isCDATA: false)
        if openElements.isEmpty, !text.isWhitespace {
            throw XMLError(.malformed("text outside the root element"), offset: start)
        }
        return .text(text)
    }

    private mutating func scanAttributeValue() throws(XMLError) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw XMLError(.malformed("expected a quoted attribute value"), offset: index)
        }
        let quote = bytes[index]
        index += 1
        while index < bytes.count, bytes[index] != quote {
            switch bytes[index] {
            case UInt8(ascii: "<"): throw XMLError(.malformed("< inside an attribute value"), offset: index)
            case UInt8(ascii: "&"):
                guard let (_, next) = Self.reference(in: bytes, at: index, end: bytes.count) else {
                    throw XMLError(.invalidReference(referenceText(at: index)), offset: index)
                }
                index = next
            default: index += 1
            }
        }
        guard index < bytes.count else { throw XMLError(.unexpectedEnd("an attribute value is not closed"), offset: index) }
        index += 1
    }

    /// Resolves the entity or character reference starting at `start` (`&`): its scalar and the index after `;`.
    static func reference(in bytes: [UInt8], at start: Int, end: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(end, start + 12)
        var semicolon = start + 1
        while semicolon < limit, bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < limit else { return nil }
        let body = bytes[(start + 1)..<semicolon]
        let scalar: Unicode.Scalar?
        if body.first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            let isHex = digits.first == UInt8(ascii: "x")
            let number = isHex ? digits.dropFirst() : digits
            let isDigit: (UInt8) -> Bool = { byte in
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || (isHex && ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f")))
            }
            let value = number.allSatisfy(isDigit) ? UInt32(String(decoding: number, as: UTF8.self), radix: isHex ? 16 : 10) : nil
            scalar = value.flatMap { $0 == 0 ? nil : Unicode.Scalar($0) }
        } else {
            switch String(decoding: body, as: UTF8.self) {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "apos": scalar = "'"
            case "quot": scalar = "\""
            default: scalar = nil
            }
        }
        guard let scalar else { return nil }
        return (scalar, semicolon + 1)
    }

    // MARK: Helpers

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    private mutating func scanName() throws(XMLError) -> Range<Int> {
        let start = index
        guard index < bytes.count, Self.isNameStart(bytes[index]) else {
            throw index < bytes.count
                ? XMLError(.malformed("expected a name"), offset: index)
                : XMLError(.unexpectedEnd("a name is cut short"), offset: index)
        }
        index += 1
        while index < bytes.count, Self.isNameCharacter(bytes[index]) { index += 1 }
        return start..<index
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = index
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
        return index > start
    }

    private func matches(_ literal: String) -> Bool {
        bytes[index...].starts(with: literal.utf8)
    }

    /// Where `needle` next starts at or after `start`, wholly before `limit` (the end of the bytes by default).
    private func find(_ needle: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        let end = min(limit ?? bytes.count, bytes.count)
        guard let first = needle.first, start <= end - needle.count else { return nil }
        var position = start
        while position <= end - needle.count {
            if bytes[position] == first, bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }

    private func declaredEncoding(in range: Range<Int>) -> String? {
        let key = Array("encoding".utf8)
        // Searching only inside the declaration keeps a run of `<?xml?>` linear rather than quadratic.
        guard let keyStart = find(key, from: range.lowerBound, before: range.upperBound) else { return nil }
        var position = keyStart + key.count
        while position < range.upperBound, bytes[position] == UInt8(ascii: "=") || Self.isWhitespace(bytes[position]) {
            position += 1
        }
        guard position < range.upperBound, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else { return nil }
        let quote = bytes[position]
        let valueStart = position + 1
        var valueEnd = valueStart
        while valueEnd < range.upperBound, bytes[valueEnd] != quote { valueEnd += 1 }
        return string(valueStart..<valueEnd)
    }

    private func referenceText(at start: Int) -> String {
        String(decoding: bytes[start..<min(bytes.count, start + 12)], as: UTF8.self)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
