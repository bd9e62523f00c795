/// The operands read before one content-stream operator: only what the text and path operators take, kept in
/// storage reused from one operator to the next. Strings are not arrays of their own: their bytes go into one
/// buffer and operands refer to ranges of it, so showing text allocates nothing per string.
struct PdfContentOperands {
    /// One element of a `TJ` array: a string to show (a range of ``bytes``), or a shift in thousandths of the font size.
    enum Element {
        case text(Range<Int>)
        case adjustment(Double)
    }

    /// Real documents never give an operator more; more is ignored, as a hostile stream's would be.
    static let maximumCount = 64

    /// The numbers among the operands, in order (not those inside an array).
    private(set) var numbers: [Double] = []
    /// The first operand, when it is a name (`/F1 12 Tf`, `/Im0 Do`).
    private(set) var leadingName: String?
    /// The bytes of every string operand read since the last operator.
    fileprivate(set) var bytes: [UInt8] = []
    /// The last operand's range of ``bytes``, when it is a string (`Tj`, `'`, `"`).
    private(set) var trailingString: Range<Int>?
    /// The last operand's strings and numbers, when it is an array (`TJ`).
    var trailingArray: ArraySlice<Element> { lastIsArray ? array[...] : [] }
    fileprivate var array: [Element] = []
    private var lastIsArray = false
    private var count = 0

    /// Calls `body` with ``bytes``, read in place.
    func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer(body)
    }

    fileprivate var isFull: Bool { count >= Self.maximumCount }

    /// Forgets the operands; the storage is kept (emptying an empty array still costs a generic call).
    mutating func removeAll() {
        if !numbers.isEmpty { numbers.removeAll(keepingCapacity: true) }
        if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
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

    /// A string operand whose bytes, from `start`, have just been added to ``bytes``.
    fileprivate mutating func addString(from start: Int) {
        guard !isFull else { return }
        added()
        trailingString = start..<bytes.count
    }

    /// An array operand whose elements have just been read into ``array``.
    fileprivate mutating func addArray() {
        guard !isFull else { return }
        added()
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
///
/// The stream's bytes are read in place, valid while the caller's `withUnsafeBufferPointer` lasts: reading them
/// through an array slice checked every byte's index against the slice's bounds. The rarer tokens (literal strings,
/// names, dictionaries, inline images) are left to the general scanner.
struct PdfContentLexer {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The same bytes, for the general scanner.
    private let content: ArraySlice<UInt8>
    private var position = 0

    /// `bytes` must be `content`'s own storage.
    init(_ content: [UInt8], bytes: UnsafeBufferPointer<UInt8>) {
        self.content = content[...]
        self.bytes = bytes
    }

    /// Reads operands up to the next operator and returns the operator; nil at the end of the stream.
    mutating func next(into operands: inout PdfContentOperands) -> PdfOperator? {
        operands.removeAll()
        while true {
            skipWhitespaceAndComments()
            guard position < bytes.count else { return nil }
            do throws(PdfScanner.SyntaxError) {
                switch bytes[position] {
                case UInt8(ascii: "/"):
                    position += 1
                    operands.add(name: withScanner { $0.readName() })
                case UInt8(ascii: "("):
                    let start = operands.bytes.count
                    try withScanner { scanner throws(PdfScanner.SyntaxError) in try scanner.literalString(into: &operands.bytes) }
                    operands.addString(from: start)
                case UInt8(ascii: "<"):
                    if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                        _ = try withScanner { scanner throws(PdfScanner.SyntaxError) in try scanner.object() }
                        operands.addOther()
                    } else {
                        let start = operands.bytes.count
                        try PdfScanner.hexString(in: bytes, at: &position, into: &operands.bytes)
                        operands.addString(from: start)
                    }
                case UInt8(ascii: "["):
                    position += 1
                    guard try array(into: &operands) else { return nil }
                    operands.addArray()
                case UInt8(ascii: "]"):
                    position += 1
                case UInt8(ascii: ">"):
                    throw PdfScanner.SyntaxError(offset: position, message: "a lone '>'")
                case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ")"):
                    position += 1
                    return .other
                default:
                    if let keyword = word(&operands) { return keyword }
                }
            } catch {
                position = max(position, error.offset + 1)
                operands.removeAll()
            }
        }
    }

    /// Skips `BI … ID <binary> EI`: the image data is binary and would otherwise be read as operators.
    mutating func skipInlineImage() {
        withScanner { scanner in
            let bytes = scanner.bytes
            while scanner.position < bytes.endIndex {
                if scanner.startsWithKeyword("ID", at: scanner.position),
                   scanner.position == bytes.startIndex || PdfScanner.isWhitespace(bytes[scanner.position - 1]) { break }
                scanner.position += 1
            }
            scanner.position += 3
            while scanner.position + 1 < bytes.endIndex {
                if bytes[scanner.position] == UInt8(ascii: "E"), bytes[scanner.position + 1] == UInt8(ascii: "I"),
                   PdfScanner.isWhitespace(bytes[scanner.position - 1]),
                   scanner.position + 2 >= bytes.endIndex || PdfScanner.isWhitespace(bytes[scanner.position + 2]) {
                    scanner.position += 2
                    return
                }
                scanner.position += 1
            }
            scanner.position = bytes.endIndex
        }
    }

    /// Runs the general scanner from the current position, and carries on from where it stopped (also on an error).
    private mutating func withScanner<Result, Failure: Error>(
        _ body: (inout PdfScanner) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var scanner = PdfScanner(content, at: position)
        defer { position = scanner.position }
        return try body(&scanner)
    }

    private mutating func skipWhitespaceAndComments() {
        position = PdfScanner.afterWhitespaceAndComments(in: bytes, from: position)
    }

    /// The regular bytes from the current position on: a number, a keyword or an operator. Inlined: read for every
    /// number and operator, a call each cost a third as much as reading the bytes.
    @inline(__always)
    private mutating func regularRun() -> UnsafeBufferPointer<UInt8> {
        let start = position
        while position < bytes.count, PdfScanner.isRegular(bytes[position]) { position += 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    /// A number or a keyword operand (`true`, `false`, `null`) is added; any other word is the operator.
    private mutating func word(_ operands: inout PdfContentOperands) -> PdfOperator? {
        let word = regularRun()
        if let number = PdfScanner.numberValue(word) {
            operands.add(number: number)
            return nil
        }
        // Only `true`, `false` and `null` are operands among the words; the first byte rules out every operator
        // but `n` (and `f`), so the full comparison is rare.
        if let first = word.first, first == UInt8(ascii: "t") || first == UInt8(ascii: "f") || first == UInt8(ascii: "n"), word.count >= 4,
           word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8) || word.elementsEqual("null".utf8) {
            operands.addOther()
            return nil
        }
        return PdfOperator(bytes: word)
    }

    /// Reads the strings and numbers of an array whose `[` has been read into `operands.array`, its strings'
    /// bytes into `operands.bytes`; nested arrays and other objects are read and left out. False when the stream
    /// ends inside the array.
    private mutating func array(into operands: inout PdfContentOperands) throws(PdfScanner.SyntaxError) -> Bool {
        operands.array.removeAll(keepingCapacity: true)
        while true {
            skipWhitespaceAndComments()
            guard position < bytes.count else { return false }
            switch bytes[position] {
            case UInt8(ascii: "]"):
                position += 1
                return true
            case UInt8(ascii: "("):
                let start = operands.bytes.count
                try withScanner { scanner throws(PdfScanner.SyntaxError) in try scanner.literalString(into: &operands.bytes) }
                operands.array.append(.text(start..<operands.bytes.count))
            case UInt8(ascii: "<") where position + 1 >= bytes.count || bytes[position + 1] != UInt8(ascii: "<"):
                let start = operands.bytes.count
                try PdfScanner.hexString(in: bytes, at: &position, into: &operands.bytes)
                operands.array.append(.text(start..<operands.bytes.count))
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
                // A kerning adjustment: read as a number at once, without the general reader's look-ahead for `n g R`.
                guard let number = PdfScanner.numberValue(regularRun()) else {
                    throw PdfScanner.SyntaxError(offset: position, message: "a malformed number inside an array")
                }
                operands.array.append(.adjustment(number))
            default:
                switch try withScanner({ scanner throws(PdfScanner.SyntaxError) in try scanner.token(depth: 1) }) {
                case let .object(object):
                    if let number = object.number { operands.array.append(.adjustment(number)) }
                case .arrayEnd:
                    return true
                case let .keyword(word):
                    throw PdfScanner.SyntaxError(offset: position, message: "unexpected '\(word.prefix(20))' inside an array")
                case .dictionaryEnd:
                    throw PdfScanner.SyntaxError(offset: position, message: "'>>' inside an array")
                case .end:
                    return false
                }
            }
        }
    }
}
