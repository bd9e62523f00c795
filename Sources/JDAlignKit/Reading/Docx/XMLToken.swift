/// One piece of an XML document, as ``XMLTokenizer`` hands them out.
public enum XMLToken: Sendable {
    /// `<name attributes>` or `<name/>`; an empty element is followed at once by its ``endElement(_:)``.
    case startElement(XMLStartTag)
    /// `</name>`, or the implied end of an empty element.
    case endElement(String)
    /// Character data or a CDATA section, decoded on request.
    case text(XMLText)
    /// `<!-- … -->`.
    case comment
    /// `<?target … ?>`, including the XML declaration (target `xml`).
    case processingInstruction(target: String)
}

/// A start tag: its qualified name and, on request, its attributes.
///
/// Attributes are validated while tokenizing but only decoded when asked for, because office documents
/// carry many attributes (revision ids) that readers never look at.
public struct XMLStartTag: Sendable {
    /// The qualified name, prefix included (`w:p`).
    public let name: String
    /// Whether the tag closed itself (`<w:tab/>`).
    public let isEmpty: Bool
    let source: [UInt8]
    let attributeBytes: Range<Int>

    /// The decoded value of the attribute with this qualified name, or nil.
    public func attribute(_ qualifiedName: String) -> String? {
        let wanted = Array(qualifiedName.utf8)
        var result: String?
        forEachAttribute { name, value in
            if result == nil, source[name].elementsEqual(wanted) { result = XMLText.decode(source, value) }
        }
        return result
    }

    /// All attributes in document order, decoded.
    public var attributes: [(name: String, value: String)] {
        var all: [(name: String, value: String)] = []
        forEachAttribute { name, value in
            all.append((String(decoding: source[name], as: UTF8.self), XMLText.decode(source, value)))
        }
        return all
    }

    /// Walks the already-validated `name="value"` pairs.
    private func forEachAttribute(_ body: (Range<Int>, Range<Int>) -> Void) {
        var index = attributeBytes.lowerBound
        let end = attributeBytes.upperBound
        while index < end {
            while index < end, XMLTokenizer.isWhitespace(source[index]) { index += 1 }
            guard index < end else { return }
            let nameStart = index
            while index < end, source[index] != UInt8(ascii: "="), !XMLTokenizer.isWhitespace(source[index]) { index += 1 }
            let name = nameStart..<index
            while index < end, source[index] != UInt8(ascii: "\""), source[index] != UInt8(ascii: "'") { index += 1 }
            guard index < end else { return }
            let quote = source[index]
            index += 1
            let valueStart = index
            while index < end, source[index] != quote { index += 1 }
            body(name, valueStart..<index)
            index += 1
        }
    }
}

/// Character data: either escaped text (entity and character references already validated) or a CDATA section.
public struct XMLText: Sendable {
    let source: [UInt8]
    let range: Range<Int>
    let isCDATA: Bool

    /// The text with references resolved.
    public var string: String {
        isCDATA ? String(decoding: source[range], as: UTF8.self) : Self.decode(source, range)
    }

    /// Whether the text is only XML whitespace.
    public var isWhitespace: Bool {
        source[range].allSatisfy(XMLTokenizer.isWhitespace)
    }

    /// Appends the decoded UTF-8 bytes to `buffer`, avoiding an intermediate string.
    public func appendDecoded(to buffer: inout [UInt8]) {
        if isCDATA {
            buffer.append(contentsOf: source[range])
            return
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = source[index]
            guard byte == UInt8(ascii: "&"), let (scalar, next) = XMLTokenizer.reference(in: source, at: index, end: range.upperBound)
            else {
                buffer.append(byte)
                index += 1
                continue
            }
            buffer.append(contentsOf: String(Character(scalar)).utf8)
            index = next
        }
    }

    static func decode(_ source: [UInt8], _ range: Range<Int>) -> String {
        guard source[range].contains(UInt8(ascii: "&")) else { return String(decoding: source[range], as: UTF8.self) }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(range.count)
        XMLText(source: source, range: range, isCDATA: false).appendDecoded(to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}

/// Why an XML document could not be tokenized, and where.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public enum Problem: Sendable, Equatable {
        /// The input ended inside markup or with elements still open.
        case unexpectedEnd(String)
        /// The markup is not well-formed; the string says what was expected.
        case malformed(String)
        /// An end tag does not close the element that is open.
        case mismatchedEndTag(expected: String?, found: String)
        /// `&name;` names an entity other than the five predefined ones, or a character reference is invalid.
        case invalidReference(String)
        /// A document type declaration; office XML never has one, and refusing it rules out entity expansion attacks.
        case documentTypeNotSupported
        /// The document is not UTF-8.
        case unsupportedEncoding(String)
    }

    /// What was wrong.
    public var problem: Problem
    /// The byte offset in the input where the problem was found.
    public var offset: Int

    /// Creates an error.
    public init(_ problem: Problem, offset: Int) {
        self.problem = problem
        self.offset = offset
    }

    /// A one-line explanation without the offset (callers name the part and the offset together).
    public var description: String {
        switch problem {
        case let .unexpectedEnd(detail): "the XML ends unexpectedly: \(detail)"
        case let .malformed(detail): "the XML is malformed: \(detail)"
        case let .mismatchedEndTag(expected?, found): "the XML is malformed: </\(found)> closes <\(expected)>"
        case let .mismatchedEndTag(nil, found): "the XML is malformed: </\(found)> closes no open element"
        case let .invalidReference(reference): "the XML has an invalid reference \(reference)"
        case .documentTypeNotSupported: "the XML has a document type declaration, which office documents never use"
        case let .unsupportedEncoding(encoding): "the XML is encoded as \(encoding); only UTF-8 is supported"
        }
    }
}
