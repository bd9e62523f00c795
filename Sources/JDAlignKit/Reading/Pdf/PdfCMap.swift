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

    /// Parses CMap source; unreadable parts are skipped rather than failing the whole font.
    init(parsing data: [UInt8]) {
        var scanner = PdfScanner(data[...])
        var operands: [PdfObject] = []
        var mappings = 0
        while mappings < Self.maximumMappings {
            guard let token = try? scanner.token() else {
                scanner.position += 1
                continue
            }
            switch token {
            case .end: return
            case let .object(object): operands.append(object)
            case .keyword("endcodespacerange"):
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if let low = operands[pair].stringBytes, let high = operands[pair + 1].stringBytes, !low.isEmpty, low.count <= 4 {
                        codeSpaces.append(CodeSpace(length: low.count, low: Self.code(low), high: Self.code(high)))
                    }
                }
                operands.removeAll()
            case .keyword("endbfchar"):
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    guard let source = operands[pair].stringBytes, let text = Self.text(operands[pair + 1]) else { continue }
                    unicode[Self.code(source)] = text
                    mappings += 1
                }
                operands.removeAll()
            case .keyword("endbfrange"):
                for triple in stride(from: 0, to: operands.count - 2, by: 3) {
                    guard let lowBytes = operands[triple].stringBytes, let highBytes = operands[triple + 1].stringBytes else { continue }
                    let low = Self.code(lowBytes), high = Self.code(highBytes)
                    guard low <= high, high - low < 65_536 else { continue }
                    switch operands[triple + 2] {
                    case let .array(targets):
                        for (offset, target) in targets.prefix(Int(high - low) + 1).enumerated() {
                            if let text = Self.text(target) { unicode[low + UInt32(offset)] = text }
                        }
                    case let .string(target):
                        var utf16 = Self.utf16Units(target)
                        guard !utf16.isEmpty else { continue }
                        for code in low...high {
                            unicode[code] = String(decoding: utf16, as: UTF16.self)
                            utf16[utf16.count - 1] &+= 1
                        }
                    default: continue
                    }
                    mappings += Int(high - low) + 1
                }
                operands.removeAll()
            case .keyword("endcidchar"):
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if let source = operands[pair].stringBytes, let cid = operands[pair + 1].integer, cid >= 0 {
                        cids[Self.code(source)] = UInt32(cid)
                    }
                }
                operands.removeAll()
            case .keyword("endcidrange"):
                for triple in stride(from: 0, to: operands.count - 2, by: 3) {
                    if let low = operands[triple].stringBytes, let high = operands[triple + 1].stringBytes,
                       let first = operands[triple + 2].integer, first >= 0 {
                        cidRanges.append((Self.code(low), Self.code(high), UInt32(first)))
                    }
                }
                operands.removeAll()
            case .keyword:
                operands.removeAll()
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
    func codeLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
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

    private static func utf16Units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    private static func text(_ object: PdfObject) -> String? {
        switch object {
        case let .string(bytes):
            if bytes.count == 1 { return String(UnicodeScalar(bytes[0])) }
            return String(decoding: utf16Units(bytes), as: UTF16.self)
        case let .name(name): return PdfEncodings.text(ofGlyph: name)
        default: return nil
        }
    }
}
