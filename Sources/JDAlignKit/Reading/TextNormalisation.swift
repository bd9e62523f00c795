import Foundation

/// Irons out the invisible differences that Word, PDF converters and web pages leave in text,
/// so that the segmenter and the matcher see one spelling of each word.
///
/// Letters, punctuation and curly quotes are kept as written: the gold files quote the JDs as they stand.
public enum TextNormalisation {
    /// Returns `text` in NFC with odd spaces made ordinary spaces, invisible format characters and soft hyphens removed,
    /// private-use bullet glyphs from the Symbol and Wingdings fonts made "•", other control characters removed,
    /// and every line break (CR, CRLF, vertical tab, form feed, U+2028/U+2029, NEL) made LF. Tabs are kept.
    public static func normalise(_ text: String) -> String {
        // Most JDs are printable ASCII with LF line ends: one byte scan proves there is nothing to do.
        if text.utf8.allSatisfy(isUnchangedASCII) { return text }
        // Text that is already normalised (a .docx paragraph typed plainly, say) scans through unchanged.
        if text.unicodeScalars.allSatisfy(isKeptAsIs) { return text }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(text.utf8.count)
        var mayChangeUnderNFC = false
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x20..<0x7F).contains(value) {
                utf8.append(UInt8(value))
                previousWasCarriageReturn = false
                continue
            }
            if previousWasCarriageReturn {
                previousWasCarriageReturn = false
                if value == 0x0A { continue }
            }
            switch value {
            case 0x0D:
                previousWasCarriageReturn = true
                utf8.append(0x0A)
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                utf8.append(0x0A)
            case 0x09:
                utf8.append(0x09)
            case 0x00..<0x20, 0x7F..<0xA0:
                // Other C0/C1 controls come from binary junk or broken exports and carry no text.
                continue
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                utf8.append(0x20)
            case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            default:
                let kept = bulletGlyphs.contains(value) ? "•" : scalar
                if !isStableUnderNFC(kept) { mayChangeUnderNFC = true }
                utf8.append(contentsOf: UTF8.encode(kept)!)
            }
        }
        let cleaned = String(decoding: utf8, as: UTF8.self)
        return mayChangeUnderNFC ? cleaned.precomposedStringWithCanonicalMapping : cleaned
    }

    /// Private-use code points that Word writes for list bullets set in the Symbol or Wingdings fonts
    /// (the font's own code plus 0xF000): •, ▪, ❖, ➢, ✓, ●, ■, ◆, ➔, ○ and their kin.
    static let bulletGlyphs: Set<UInt32> = [
        0xF0B7, 0xF0A7, 0xF0A8, 0xF076, 0xF0D8, 0xF0FC, 0xF0FB, 0xF06C, 0xF06E, 0xF06F, 0xF071, 0xF075,
        0xF077, 0xF0A1, 0xF09F, 0xF0E0, 0xF0E8, 0xF0F0, 0xF0D7, 0xF0FE, 0xF0A9, 0xF0B2, 0xF0C4, 0xF0F8,
    ]

    /// Bytes that `normalise` keeps as they are: printable ASCII, tab and line feed.
    private static func isUnchangedASCII(_ byte: UInt8) -> Bool {
        (0x20..<0x7F).contains(byte) || byte == 0x0A || byte == 0x09
    }

    /// Whether `normalise` keeps the scalar as it is, wherever it stands.
    private static func isKeptAsIs(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0x09, 0x0A: return true
        case 0x00..<0xA1, 0xAD, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return false
        default: return !bulletGlyphs.contains(scalar.value) && isStableUnderNFC(scalar)
        }
    }

    /// Whether NFC leaves the scalar alone wherever it stands: it neither combines with its neighbours nor has a
    /// canonical equivalent. True for Latin letters below U+0300 and for the punctuation, arrows, shapes, dingbats and
    /// private-use bullets JDs are full of, so Foundation's normaliser runs only on text that can need it.
    static func isStableUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x20CF, 0x2190...0x21FF, 0x2500...0x27BF, 0xE000...0xF8FF, 0xFFFD: return true
        default: return false
        }
    }
}
