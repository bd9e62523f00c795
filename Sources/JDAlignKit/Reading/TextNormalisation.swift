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
        var scalars = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if previousWasCarriageReturn {
                previousWasCarriageReturn = false
                if value == 0x0A { continue }
            }
            switch value {
            case 0x0D:
                previousWasCarriageReturn = true
                scalars.append("\n")
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                scalars.append("\n")
            case 0x09:
                scalars.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0:
                // Other C0/C1 controls come from binary junk or broken exports and carry no text.
                continue
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                scalars.append(" ")
            case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            default:
                if bulletGlyphs.contains(value) {
                    scalars.append("•")
                } else {
                    scalars.append(scalar)
                }
            }
        }
        let cleaned = String(scalars)
        return isASCII(cleaned) ? cleaned : cleaned.precomposedStringWithCanonicalMapping
    }

    /// Private-use code points that Word writes for list bullets set in the Symbol or Wingdings fonts
    /// (the font's own code plus 0xF000): •, ▪, ❖, ➢, ✓, ●, ■, ◆, ➔, ○ and their kin.
    static let bulletGlyphs: Set<UInt32> = [
        0xF0B7, 0xF0A7, 0xF0A8, 0xF076, 0xF0D8, 0xF0FC, 0xF0FB, 0xF06C, 0xF06E, 0xF06F, 0xF071, 0xF075,
        0xF077, 0xF0A1, 0xF09F, 0xF0E0, 0xF0E8, 0xF0F0, 0xF0D7, 0xF0FE, 0xF0A9, 0xF0B2, 0xF0C4, 0xF0F8,
    ]

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
