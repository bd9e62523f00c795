/// Writes `JSONValue`s as text, byte for byte the same on every run.
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
        var output = ""
        append(value, to: &output, style: style, indent: 0)
        return output
    }

    private static func append(_ value: JSONValue, to output: inout String, style: Style, indent: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += format(number)
        case .string(let string): appendString(string, to: &output)
        case .array(let elements):
            appendContainer(open: "[", close: "]", count: elements.count, to: &output, style: style, indent: indent) { index, output in
                append(elements[index], to: &output, style: style, indent: indent + 1)
            }
        case .object(let members):
            appendContainer(open: "{", close: "}", count: members.count, to: &output, style: style, indent: indent) { index, output in
                appendString(members[index].key, to: &output)
                output += style == .pretty ? ": " : ":"
                append(members[index].value, to: &output, style: style, indent: indent + 1)
            }
        }
    }

    private static func appendContainer(open: String, close: String, count: Int, to output: inout String, style: Style, indent: Int,
                                        element: (Int, inout String) -> Void) {
        output += open
        guard count > 0 else { output += close; return }
        for index in 0..<count {
            if index > 0 { output += "," }
            if style == .pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
            element(index, &output)
        }
        if style == .pretty { output += "\n" + String(repeating: "  ", count: indent) }
        output += close
    }

    /// Most strings need no escaping; checking the bytes first lets them be appended whole.
    private static func needsEscaping(_ string: String) -> Bool {
        var needs = false
        var copy = string
        copy.withUTF8 { bytes in
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) {
                    needs = true
                    return
                }
                previous = (previous.1, byte)
            }
        }
        return needs
    }

    /// A number as the JSON output prints it: integers plain, others rounded to four decimals.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var text = String((number * 10_000).rounded() / 10_000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    private static func appendString(_ string: String, to output: inout String) {
        output += "\""
        if !needsEscaping(string) {
            output += string
            output += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
