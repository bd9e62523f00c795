/// Writes `JSONValue`s as text, byte for byte the same on every run; `JSONStream` does the writing.
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
        var json = JSONStream(style: style)
        json.value(value)
        return json.bytes
    }

    /// A number as the JSON output prints it: integers plain, others rounded to four decimals.
    public static func format(_ number: Double) -> String {
        JSONNumberFormat.text(number)
    }
}
