/// How the JSON output prints numbers: whole numbers plain, others rounded to four decimals with trailing
/// zeros dropped (0.82, not 0.8200), the same bytes on every run. A negative number that rounds to zero is `0`.
///
/// Scores and weights are most of the numbers a batch writes, so the common case is done with integer
/// arithmetic rather than through `Double.description`, which gives the same digits far more slowly.
enum JSONNumberFormat {
    /// Below this, `number * 10_000` stays under 2⁵³, so rounding it gives the exact ten-thousandths and their digits
    /// are the ones `Double.description` prints; beyond it, `Double.description` does the work.
    private static let fastLimit = 1e11

    /// The number as text.
    static func text(_ number: Double) -> String {
        var bytes: [UInt8] = []
        append(number, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the number's text.
    static func append(_ number: Double, to bytes: inout [UInt8]) {
        guard number.isFinite else { bytes += "null".utf8; return }
        guard abs(number) < fastLimit else {
            if number == number.rounded(), abs(number) < 1e15 {
                append(Int(number), to: &bytes)
                return
            }
            var text = String((number * 10_000).rounded() / 10_000)
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes += text.utf8
            return
        }
        let tenThousandths = Int((number * 10_000).rounded())
        if tenThousandths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = tenThousandths.magnitude
        append(Int(magnitude / 10_000), to: &bytes)
        let fraction = Int(magnitude % 10_000)
        guard fraction > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var digits = [fraction / 1000, fraction / 100 % 10, fraction / 10 % 10, fraction % 10]
        while digits.last == 0 { digits.removeLast() }
        bytes += digits.map { UInt8(ascii: "0") + UInt8($0) }
    }

    /// Appends a whole number's decimal digits.
    static func append(_ integer: Int, to bytes: inout [UInt8]) {
        if integer < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = integer.magnitude
        let start = bytes.endIndex
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }
}
