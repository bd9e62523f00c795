/// The operands read before one content-stream operator: only what the text and path operators take, kept in
/// storage reused from one operator to the next.
struct PdfContentOperands {
    /// One element of a `TJ` array: a string to show, or a shift in thousandths of the font size.
    enum Element {
        case text([UInt8])
        case adjustment(Double)
    }

    /// Real documents never give an operator more; more is ignored, as a hostile stream's would be.
    static let maximumCount = 64

    /// The numbers among the operands, in order (not those inside an array).
    private(set) var numbers: [Double] = []
    /// The first operand, when it is a name (`/F1 12 Tf`, `/Im0 Do`).
    private(set) var leadingName: String?
    /// The last operand, when it is a string (`Tj`, `'`, `"`).
    private(set) var trailingString: [UInt8]?
    /// The last operand's strings and numbers, when it is an array (`TJ`).
    var trailingArray: [Element] { lastIsArray ? array : [] }
    private var array: [Element] = []
    private var lastIsArray = false
    private var count = 0

    fileprivate var isFull: Bool { count >= Self.maximumCount }

    /// Forgets the operands; the storage is kept (emptying an empty array still costs a generic call).
    mutating func removeAll() {
        if !numbers.isEmpty { numbers.removeAll(keepingCapacity: true) }
        lastIsArray = false
        leadingName = nil
        trailingString = nil
        count = 0
    }

    fileprivate mutating func add(number: Double) {
        guard !isFull else { return }
        numbers.append(number)
        added()
    }

    fileprivate mutating func add(name: String) {
        guard !isFull else { return }
        if count == 0 { leadingName = name }
        added()
    }

    fileprivate mutating func add(string: [UInt8]) {
        guard !isFull else { return }
        added()
        trailingString = string
    }

    fileprivate mutating func addArray(_ elements: [Element]) {
        guard !isFull else { return }
        added()
        array = elements
        lastIsArray = true
    }

    /// A boolean, null or dictionary operand: nothing the reader uses, but it is an operand all the same.
    fileprivate mutating func addOther() {
        guard !isFull else { return }
        added()
    }

    private mutating func added() {
        count += 1
        trailingString = nil
        lastIsArray = false
    }
}

/// Reads a content stream operator by operator, straight into ``PdfContentOperands``. A page shows thousands of
/// strings and numbers; wrapping each in a `PdfObject` token, and each `TJ` array in an array of them, was most of
/// the cost of reading a PDF. A malformed operand is skipped with the operands gathered so far, as viewers do, so
/// one bad byte does not lose the page.
struct PdfContentLexer {
    var scanner: PdfScanner

    init(_ content: [UInt8]) {
        scanner = PdfScanner(content[...])
    }

    /// Reads operands up to the next operator and returns the operator; nil at the end of the stream.
    mutating func next(into operands: inout PdfContentOperands) -> String? {
        operands.removeAll()
        let bytes = scanner.bytes
        while true {
            scanner.skipWhitespaceAndComments()
            guard scanner.position < bytes.endIndex else { return nil }
            do throws(PdfScanner.SyntaxError) {
                switch bytes[scanner.position] {
                case UInt8(ascii: "/"):
                    scanner.position += 1
                    operands.add(name: scanner.readName())
                case UInt8(ascii: "("):
                    operands.add(string: try scanner.literalString())
                case UInt8(ascii: "<"):
                    if scanner.position + 1 < bytes.endIndex, bytes[scanner.position + 1] == UInt8(ascii: "<") {
                        _ = try scanner.object()
                        operands.addOther()
                    } else {
                        operands.add(string: try scanner.hexString())
                    }
                case UInt8(ascii: "["):
                    scanner.position += 1
                    guard let elements = try array() else { return nil }
                    operands.addArray(elements)
                case UInt8(ascii: "]"):
                    scanner.position += 1
                case UInt8(ascii: ">"):
                    throw PdfScanner.SyntaxError(offset: scanner.position, message: "a lone '>'")
                case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ")"):
                    scanner.position += 1
                    return String(UnicodeScalar(bytes[scanner.position - 1]))
                default:
                    if let keyword = word(&operands) { return keyword }
                }
            } catch {
                scanner.position = max(scanner.position, error.offset + 1)
                operands.removeAll()
            }
        }
    }

    /// A number or a keyword operand (`true`, `false`, `null`) is added; any other word is the operator.
    private mutating func word(_ operands: inout PdfContentOperands) -> String? {
        let bytes = scanner.bytes
        let start = scanner.position
        while scanner.position < bytes.endIndex, PdfScanner.isRegular(bytes[scanner.position]) { scanner.position += 1 }
        let word = bytes[start..<scanner.position]
        if let number = PdfScanner.number(word)?.number {
            operands.add(number: number)
            return nil
        }
        let keyword = String(decoding: word, as: UTF8.self)
        switch keyword {
        case "true", "false", "null":
            operands.addOther()
            return nil
        default:
            return keyword
        }
    }

    /// The strings and numbers of an array whose `[` has been read; nested arrays and other objects are read and
    /// left out. Nil when the stream ends inside the array.
    private mutating func array() throws(PdfScanner.SyntaxError) -> [PdfContentOperands.Element]? {
        let bytes = scanner.bytes
        var elements: [PdfContentOperands.Element] = []
        while true {
            scanner.skipWhitespaceAndComments()
            guard scanner.position < bytes.endIndex else { return nil }
            switch bytes[scanner.position] {
            case UInt8(ascii: "]"):
                scanner.position += 1
                return elements
            case UInt8(ascii: "("):
                elements.append(.text(try scanner.literalString()))
            case UInt8(ascii: "<") where scanner.position + 1 >= bytes.endIndex || bytes[scanner.position + 1] != UInt8(ascii: "<"):
                elements.append(.text(try scanner.hexString()))
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
                // A kerning adjustment: read as a number at once, without the general reader's look-ahead for `n g R`.
                let start = scanner.position
                while scanner.position < bytes.endIndex, PdfScanner.isRegular(bytes[scanner.position]) { scanner.position += 1 }
                guard let number = PdfScanner.number(bytes[start..<scanner.position])?.number else {
                    throw PdfScanner.SyntaxError(offset: scanner.position, message: "a malformed number inside an array")
                }
                elements.append(.adjustment(number))
            default:
                switch try scanner.token(depth: 1) {
                case let .object(object):
                    if let number = object.number { elements.append(.adjustment(number)) }
                case .arrayEnd:
                    return elements
                case let .keyword(word):
                    throw PdfScanner.SyntaxError(offset: scanner.position, message: "unexpected '\(word.prefix(20))' inside an array")
                case .dictionaryEnd:
                    throw PdfScanner.SyntaxError(offset: scanner.position, message: "'>>' inside an array")
                case .end:
                    return nil
                }
            }
        }
    }
}
