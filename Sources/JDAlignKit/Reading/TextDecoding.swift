/// Turns the bytes of a plain-text job description into a string, whatever encoding the author's editor chose.
///
/// Word offers "Unicode text" (UTF-16 with a byte-order mark), "UTF-8" and "Windows (Western)" text, and
/// Notepad may leave a BOM on UTF-8; governors rarely know which one they saved, so the encoding is guessed
/// from the bytes and never reported as an error: every byte sequence decodes to some string.
public enum TextDecoding {
    /// Decodes `bytes`: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or without one when the zero bytes show it),
    /// and Windows-1252 when the bytes are not valid UTF-8. The byte-order mark is not part of the result.
    public static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8OrWindows1252(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decodeUTF16(bytes[2...], littleEndian: true)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes[2...], littleEndian: false)
        }
        if let littleEndian = unmarkedUTF16ByteOrder(bytes) {
            return decodeUTF16(bytes[...], littleEndian: littleEndian)
        }
        return decodeUTF8OrWindows1252(bytes[...])
    }

    /// The byte order of UTF-16 text saved without a BOM, judged from where the zero bytes fall in the first few kilobytes:
    /// Latin-script text in UTF-16 has a zero in (nearly) every other byte, which UTF-8 and Windows-1252 text never has.
    static func unmarkedUTF16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        let sampleLength = min(bytes.count, 4096) & ~1
        guard sampleLength >= 4 else { return nil }
        var zerosAtEven = 0
        var zerosAtOdd = 0
        for index in 0..<sampleLength where bytes[index] == 0 {
            if index & 1 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let pairs = sampleLength / 2
        // Most characters of an English JD are ASCII, so well over a third of the pairs carry a zero on one side only.
        if zerosAtOdd * 3 > pairs, zerosAtEven * 10 < zerosAtOdd { return true }
        if zerosAtEven * 3 > pairs, zerosAtOdd * 10 < zerosAtEven { return false }
        return nil
    }

    /// UTF-16 code units from byte pairs; an odd last byte is dropped and unpaired surrogates become U+FFFD.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (which is what "ANSI" text from Word in England is).
    static func decodeUTF8OrWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        var utf8 = [UInt8]()
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                appendUTF8(of: windows1252Scalar(byte), to: &utf8)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The character a Windows-1252 byte stands for; the five unassigned bytes map to the C1 controls, as Windows itself does.
    static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
        return windows1252High[Int(byte) - 0x80]
    }

    /// Code points of bytes 0x80–0x9F in Windows-1252.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func appendUTF8(of scalar: UInt32, to utf8: inout [UInt8]) {
        if scalar < 0x800 {
            utf8.append(UInt8(0xC0 | scalar >> 6))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        } else {
            utf8.append(UInt8(0xE0 | scalar >> 12))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
