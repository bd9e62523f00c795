/// Writes `JSONValue`s as text, byte for byte the same on every run.
///
/// The writer builds UTF-8 bytes directly: a batch writes gigabytes of JSON, and appending to a
/// `String` piece by piece was a tenth of the run.
public enum JSONWriter {
    /// The layout of the written JSON.
    public enum Style: Sendable {
        /// One line, no spaces: for JSON Lines and machine reading.
        case compact
        /// Indented by two spaces: for files people open.
        case pretty
    }

    /// The value as JSON text.
    public static func write(_ value: JSONValue, style: Style = .compact) -> String {
        String(decoding: bytes(value, style: style), as: UTF8.self)
    }

    /// The value as UTF-8 JSON bytes, ready to write to a file.
    public static func bytes(_ value: JSONValue, style: Style = .compact) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        append(value, to: &output, style: style, indent: 0)
        return output
    }

    /// A number as the JSON output prints it: integers plain, others rounded to four decimals.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var text = String((number * 10_000).rounded() / 10_000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    private static func append(_ value: JSONValue, to output: inout [UInt8], style: Style, indent: Int) {
        switch value {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .number(let number): output += format(number).utf8
        case .string(let string): appendString(string, to: &output)
        case .array(let elements):
            appendContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: elements.count, to: &output, style: style, indent: indent) { index, output in
                append(elements[index], to: &output, style: style, indent: indent + 1)
            }
        case .object(let members):
            appendContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count, to: &output, style: style, indent: indent) { index, output in
                appendString(members[index].key, to: &output)
                output.append(UInt8(ascii: ":"))
                if style == .pretty { output.append(UInt8(ascii: " ")) }
                append(members[index].value, to: &output, style: style, indent: indent + 1)
            }
        }
    }

    private static func appendContainer(open: UInt8, close: UInt8, count: Int, to output: inout [UInt8], style: Style, indent: Int,
                                        element: (Int, inout [UInt8]) -> Void) {
        output.append(open)
        guard count > 0 else { output.append(close); return }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if style == .pretty { newline(&output, indent: indent + 1) }
            element(index, &output)
        }
        if style == .pretty { newline(&output, indent: indent) }
        output.append(close)
    }

    private static func newline(_ output: inout [UInt8], indent: Int) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static func appendString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = string
        let copiedWhole = text.withUTF8 { bytes in
            // Most strings need no escaping (no quote, backslash, control character or E2 lead byte):
            // copy those in one go.
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if copiedWhole {
            output.append(UInt8(ascii: "\""))
            return
        }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case UInt8(ascii: "\n"): output += "\\n".utf8
            case UInt8(ascii: "\r"): output += "\\r".utf8
            case UInt8(ascii: "\t"): output += "\\t".utf8
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += "\\u00".utf8
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80):
                // U+2028 and U+2029 are valid JSON but break JavaScript that embeds it, so they are escaped.
                output.removeLast(2)
                output += (byte == 0xA8 ? "\\u2028" : "\\u2029").utf8
            default:
                output.append(byte)
            }
            previous = (previous.1, byte)
        }
        output.append(UInt8(ascii: "\""))
    }
}
