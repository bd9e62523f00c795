/// A CMap (Adobe technical note #5014, #5099): how a font's byte codes split into character codes, which Unicode
/// text each code stands for (a ToUnicode CMap's bfchar and bfrange), and which CID it selects (an encoding CMap's
/// cidchar and cidrange).
struct PdfCMap: Sendable {
    /// A range of codes of one byte length, as `begincodespacerange` declares.
    struct CodeSpace: Sendable {
        var length: Int
        var low: UInt32
        var high: UInt32
    }

    /// The most mappings one CMap may declare; a real font has a few thousand.
    static let maximumMappings = 200_000

    /// Shortest codes first, the order in which a string's next code is tried; kept sorted as spaces are added, so
    /// that splitting each glyph's code need not sort them.
    var codeSpaces: [CodeSpace] = [] {
        didSet { codeSpaces.sort { $0.length < $1.length } }
    }
    var unicode: [UInt32: String] = [:]
    var cids: [UInt32: UInt32] = [:]
    private(set) var cidRanges: [(low: UInt32, high: UInt32, first: UInt32)] = []

    init() {}

    /// An operand of a CMap section: a string's bytes (a range of the parser's buffer, as nearly every operand of
    /// bfchar, bfrange and codespacerange is) or any other object.
    private enum Operand {
        case string(Range<Int>)
        case object(PdfObject)
    }

    /// Parses CMap source; unreadable parts are skipped rather than failing the whole font.
    ///
    /// Strings are read into one buffer: a font's CMap holds hundreds of two-byte codes, and an array apiece was
    /// most of the cost of reading it.
    init(parsing data: [UInt8]) {
        var scanner = PdfScanner(data[...])
        var operands: [Operand] = []
        var strings: [UInt8] = []
        func bytes(_ operand: Operand) -> ArraySlice<UInt8>? {
            switch operand {
            case let .string(range): strings[range]
            case let .object(object): object.stringBytes.map { $0[...] }
            }
        }
        func integer(_ operand: Operand) -> Int? {
            if case let .object(object) = operand { object.integer } else { nil }
        }
        func endSection() {
            operands.removeAll(keepingCapacity: true)
            strings.removeAll(keepingCapacity: true)
        }
        var mappings = 0
        while mappings < Self.maximumMappings {
            scanner.skipWhitespaceAndComments()
            if scanner.position + 1 < data.endIndex, data[scanner.position] == UInt8(ascii: "<"), data[scanner.position + 1] != UInt8(ascii: "<") {
                let start = strings.count
                if (try? scanner.hexString(into: &strings)) != nil {
                    operands.append(.string(start..<strings.count))
                } else {
                    strings.removeSubrange(start...)
                    scanner.position += 1
                }
                continue
            }
            guard let token = try? scanner.token() else {
                scanner.position += 1
                continue
            }
            switch token {
            case .end: return
            case let .object(object): operands.append(.object(object))
            case .keyword("endcodespacerange"):
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if let low = bytes(operands[pair]), let high = bytes(operands[pair + 1]), !low.isEmpty, low.count <= 4 {
                        codeSpaces.append(CodeSpace(length: low.count, low: Self.code(low), high: Self.code(high)))
                    }
                }
                endSection()
            case .keyword("endbfchar"):
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    guard let source = bytes(operands[pair]) else { continue }
                    let text: String?
                    switch operands[pair + 1] {
                    case let .string(range): text = Self.text(strings[range])
                    case let .object(object): text = Self.text(object)
                    }
                    guard let text else { continue }
                    unicode[Self.code(source)] = text
                    mappings += 1
                }
                endSection()
            case .keyword("endbfrange"):
                for triple in stride(from: 0, to: operands.count - 2, by: 3) {
                    guard let lowBytes = bytes(operands[triple]), let highBytes = bytes(operands[triple + 1]) else { continue }
                    let low = Self.code(lowBytes), high = Self.code(highBytes)
                    guard low <= high, high - low < 65_536 else { continue }
                    switch operands[triple + 2] {
                    case let .object(.array(targets)):
                        for (offset, target) in targets.prefix(Int(high - low) + 1).enumerated() {
                            if let text = Self.text(target) { unicode[low + UInt32(offset)] = text }
                        }
                    case let .string(range):
                        var utf16 = Self.utf16Units(strings[range])
                        guard !utf16.isEmpty else { continue }
                        for code in low...high {
                            unicode[code] = String(decoding: utf16, as: UTF16.self)
                            utf16[utf16.count - 1] &+= 1
                        }
                    default: continue
                    }
                    mappings += Int(high - low) + 1
                }
                endSection()
            case .keyword("endcidchar"):
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if let source = bytes(operands[pair]), let cid = integer(operands[pair + 1]), cid >= 0 {
                        cids[Self.code(source)] = UInt32(cid)
                    }
                }
                endSection()
            case .keyword("endcidrange"):
                for triple in stride(from: 0, to: operands.count - 2, by: 3) {
                    if let low = bytes(operands[triple]), let high = bytes(operands[triple + 1]),
                       let first = integer(operands[triple + 2]), first >= 0 {
                        cidRanges.append((Self.code(low), Self.code(high), UInt32(first)))
                    }
                }
                endSection()
            case .keyword:
                endSection()
            default: continue
            }
        }
    }

    /// The CID a code selects through cidchar or cidrange, or nil when the CMap does not say.
    func cid(of code: UInt32) -> UInt32? {
        if let cid = cids[code] { return cid }
        for range in cidRanges where range.low <= code && code <= range.high { return range.first + (code - range.low) }
        return nil
    }

    /// How many bytes the code starting at `bytes[index]` takes, by the declared code spaces; 1 when none match.
    func codeLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard let shortest = codeSpaces.first else { return 1 }
        for space in codeSpaces where index + space.length <= bytes.endIndex {
            let code = Self.code(bytes[index..<(index + space.length)])
            if space.low <= code, code <= space.high { return space.length }
        }
        return shortest.length
    }

    static func code<Bytes: Collection>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func utf16Units(_ bytes: ArraySlice<UInt8>) -> [UInt16] {
        stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    private static func text(_ object: PdfObject) -> String? {
        switch object {
        case let .string(bytes): text(bytes[...])
        case let .name(name): PdfEncodings.text(ofGlyph: name)
        default: nil
        }
    }

    /// The text of a destination string: one byte is a character code, more are UTF-16.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.count == 1 { return String(UnicodeScalar(bytes[bytes.startIndex])) }
        // Nearly every mapping is one character outside the surrogates, which needs no UTF-16 decoding.
        if bytes.count == 2, let scalar = Unicode.Scalar(UInt16(bytes[bytes.startIndex]) << 8 | UInt16(bytes[bytes.startIndex + 1])) {
            return String(scalar)
        }
        return String(decoding: utf16Units(bytes), as: UTF16.self)
    }
}
