import Foundation

/// A short, stable name for an item's wording, used to tie a governors' decision to the duty it was made about.
///
/// Item ids (`i12`) change whenever a line is added above, so decisions cannot use them. The text itself
/// identifies the duty, but a decision should survive re-typing: a changed bullet, a curly apostrophe, a
/// double space, "Safeguarding" capitalised differently or a full stop added. So the text is normalised
/// first (case and accents folded, apostrophes dropped, other punctuation treated as a space, runs of
/// space collapsed) and only then hashed. Any change of words gives a different fingerprint, which
/// makes the decision stale: a reworded duty may no longer mean what the governors accepted.
///
/// The hash is 64-bit FNV-1a over the normalised UTF-8, printed as 16 lowercase hex digits: short enough
/// to sit in a hand-edited JSON file, long enough that two duties of one JD will not collide, and
/// defined here rather than by the standard library, whose `Hasher` is seeded differently on every run.
public enum ItemFingerprint {
    /// The fingerprint of `text`: 16 lowercase hex digits.
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalised(text).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Whether `text` has the form of a fingerprint (16 hex digits), for checking decisions files.
    public static func isWellFormed(_ text: String) -> Bool {
        text.count == 16 && text.allSatisfy(\.isHexDigit)
    }

    /// The text as the fingerprint sees it: folded, without punctuation, single-spaced.
    public static func normalised(_ text: String) -> String {
        words(of: text).joined(separator: " ")
    }

    /// The words of the normalised text, in order; the revision diff compares duties by these.
    public static func words(of text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Apostrophes join a word ("pupils'", "school's") rather than split it, so they vanish instead of becoming a space.
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`"]
}
