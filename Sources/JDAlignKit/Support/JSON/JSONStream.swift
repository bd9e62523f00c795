/// Writes JSON straight to UTF-8 bytes while a report walks its data, with no tree of values in between.
///
/// A batch writes gigabytes of JSON; building a `JSONValue` tree first and then walking it doubled the
/// allocations and was a quarter of a run. Containers take a closure that writes their contents, so
/// brackets always balance:
///
/// ```swift
/// var json = JSONStream()
/// json.object { json in
///     json.member("standard", "hs2020-exec:2.3")
///     json.member("score", 0.82)
///     json.member("items") { json in json.array(["i12", "i14"]) { json, id in json.string(id) } }
/// }
/// ```
public struct JSONStream {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    private let style: JSONWriter.Style
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has no element yet (no comma before its first).
    private var atFirstElement = true
    /// Whether a member's key was just written, so its value follows without a separator.
    private var afterKey = false

    /// An empty stream; `capacity` is a guess at the final size, to spare regrowing.
    public init(style: JSONWriter.Style = .compact, capacity: Int = 4096) {
        self.style = style
        bytes.reserveCapacity(capacity)
    }

    /// Writes an object whose members `body` writes with `member`.
    @inline(__always)
    public mutating func object(_ body: (inout JSONStream) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    /// Writes an array whose elements `body` writes.
    @inline(__always)
    public mutating func array(_ body: (inout JSONStream) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    /// Writes an array of `elements`, each written by `element`.
    @inline(__always)
    public mutating func array<Elements: Sequence>(_ elements: Elements, _ element: (inout JSONStream, Elements.Element) -> Void) {
        array { json in
            for each in elements { element(&json, each) }
        }
    }

    /// Writes an array of strings.
    public mutating func array(_ strings: [String]) {
        array(strings) { json, string in json.string(string) }
    }

    /// The JSON written since the stream started or was last drained, which the stream then forgets while keeping its
    /// place in the document: a document too large to hold, such as a trust summary of 100,000 JDs, goes to its file
    /// a piece at a time.
    public mutating func drain() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Writes a member's key; the next value written is the member's value.
    public mutating func key(_ key: String) {
        separate()
        appendEscaped(key)
        endKey()
    }

    /// Writes a member's key that is known when the program is built, as report field names are: such keys
    /// need no escaping and are copied as they are.
    @inline(__always)
    public mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        endKey()
    }

    private mutating func endKey() {
        bytes.append(UInt8(ascii: ":"))
        if style == .pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// Writes a member whose value `value` writes.
    @inline(__always)
    public mutating func member(_ key: StaticString, _ value: (inout JSONStream) -> Void) {
        self.key(key)
        value(&self)
        assert(!afterKey, "the value of \(key) wrote nothing")
    }

    /// Writes a string member.
    public mutating func member(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    /// Writes a string member, or `null` when there is no string.
    public mutating func member(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { string(value) } else { null() }
    }

    /// Writes a number member.
    public mutating func member(_ key: StaticString, _ value: Double) {
        self.key(key)
        number(value)
    }

    /// Writes a whole-number member.
    public mutating func member(_ key: StaticString, _ value: Int) {
        self.key(key)
        integer(value)
    }

    /// Writes a boolean member.
    public mutating func member(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    /// Writes a string.
    public mutating func string(_ string: String) {
        separate()
        appendEscaped(string)
    }

    /// Writes a number as `JSONWriter.format` prints it.
    public mutating func number(_ number: Double) {
        separate()
        JSONNumberFormat.append(number, to: &bytes)
    }

    /// Writes a whole number.
    public mutating func integer(_ integer: Int) {
        separate()
        JSONNumberFormat.append(integer, to: &bytes)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ flag: Bool) {
        separate()
        bytes += (flag ? "true" : "false").utf8
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes += "null".utf8
    }

    /// Writes a value that was built as a tree.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let number): self.number(number)
        case .string(let string): self.string(string)
        case .array(let elements): array(elements) { json, element in json.value(element) }
        case .object(let members):
            object { json in
                for member in members {
                    json.key(member.key)
                    json.value(member.value)
                }
            }
        }
    }

    @inline(__always)
    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONStream) -> Void) {
        separate()
        bytes.append(open)
        let outerAtFirstElement = atFirstElement
        depth += 1
        atFirstElement = true
        body(&self)
        depth -= 1
        if style == .pretty, !atFirstElement { newline() }
        bytes.append(close)
        atFirstElement = outerAtFirstElement
    }

    /// Writes what comes before an element: nothing after a key, else a comma unless it is the first, and in
    /// the pretty style a new line.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if !atFirstElement { bytes.append(UInt8(ascii: ",")) }
        atFirstElement = false
        if style == .pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func appendEscaped(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { utf8 in
            // Copies the runs between bytes that need escaping in one go: most strings have none.
            var runStart = 0
            for index in utf8.indices where Self.mayNeedEscaping(utf8[index]) {
                guard let (replacement, length) = Self.escape(at: index, in: utf8) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes += replacement.utf8
                runStart = index + length
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether the byte is a quote, a backslash, a control character or the lead byte of U+2028/U+2029.
    @inline(__always)
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// What replaces the character starting at `index` and how many bytes it replaces, or nil when it is written as
    /// it is.
    private static func escape(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (String, length: Int)? {
        let byte = utf8[index]
        switch byte {
        case UInt8(ascii: "\""): return ("\\\"", 1)
        case UInt8(ascii: "\\"): return ("\\\\", 1)
        case UInt8(ascii: "\n"): return ("\\n", 1)
        case UInt8(ascii: "\r"): return ("\\r", 1)
        case UInt8(ascii: "\t"): return ("\\t", 1)
        case 0..<0x20:
            return ("\\u00" + String(decoding: [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]], as: UTF8.self), 1)
        case 0xE2:
            // U+2028 and U+2029 are valid JSON but break JavaScript that embeds it, so they are escaped.
            guard index + 2 < utf8.count, utf8[index + 1] == 0x80 else { return nil }
            switch utf8[index + 2] {
            case 0xA8: return ("\\u2028", 3)
            case 0xA9: return ("\\u2029", 3)
            default: return nil
            }
        default:
            return nil
        }
    }
}
