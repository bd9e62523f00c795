import Foundation

/// One word of a text, as the matcher compares it, with the place it came from so a link can point at it.
public struct Token: Sendable, Equatable {
    /// The word lowercased, with diacritics folded (`é` → `e`), curly apostrophes written as `'`
    /// and a possessive `'s` dropped (`school’s` → `school`).
    public var text: String
    /// Where the word is in the original string, in Unicode scalar offsets; a dropped possessive is outside it.
    public var range: Range<Int>
    /// Whether the word followed the previous one with a hyphen and no space, like `being` in `well-being`.
    public var joinedByHyphen: Bool

    /// Creates a token.
    public init(text: String, range: Range<Int>, joinedByHyphen: Bool = false) {
        self.text = text
        self.range = range
        self.joinedByHyphen = joinedByHyphen
    }
}

/// Splits text into words: runs of letters and digits, with apostrophes kept only inside a word.
///
/// `KS2`, `L11` and `2020` are single words; `Year 7` is two; slashes and all other punctuation split.
/// The text is read once, scalar by scalar, so the cost grows linearly with its length.
public enum Tokeniser {
    /// The words of `text` in order.
    public static func tokens(in text: String) -> [Token] {
        var scanner = Scanner()
        for scalar in text.unicodeScalars {
            scanner.consume(scalar)
        }
        scanner.finish()
        return scanner.tokens
    }

    /// The state of one pass over a text.
    private struct Scanner {
        var tokens: [Token] = []
        /// The offset of the scalar being read.
        var offset = 0
        /// The UTF-8 of the word being read, lowercased when ASCII.
        var bytes: [UInt8] = []
        var wordStart: Int?
        var wordIsASCII = true
        /// An apostrophe just read inside a word: kept only if a letter or digit follows it.
        var pendingApostrophe: (offset: Int, byteCount: Int)?
        /// The last apostrophe kept in the word, to recognise a possessive `'s`.
        var lastApostrophe: (offset: Int, byteCount: Int)?
        /// Where the last word ended, to see a hyphen that joins two words.
        var lastWordEnd = -1
        /// The offset of a hyphen that touched the end of the previous word.
        var hyphenOffset: Int?

        mutating func consume(_ scalar: Unicode.Scalar) {
            defer { offset += 1 }
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    appendWordByte(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    appendWordByte(byte + 32)
                case UInt8(ascii: "'"):
                    apostrophe()
                case UInt8(ascii: "-"):
                    hyphen()
                default:
                    separator()
                }
                return
            }
            switch value {
            case 0x2019, 0x2018, 0x02BC:
                apostrophe()
            case 0x2010, 0x2011:
                hyphen()
            default:
                if isWordScalar(scalar) {
                    appendWordScalar(scalar)
                } else {
                    separator()
                }
            }
        }

        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            let properties = scalar.properties
            if properties.isAlphabetic { return true }
            // Emoji presentation selectors are marks too, but never part of a word.
            if properties.isVariationSelector { return false }
            switch properties.generalCategory {
            case .decimalNumber:
                return true
            case .nonspacingMark, .spacingMark, .enclosingMark:
                // A combining accent belongs to the letter before it; on its own it is not a word.
                return wordStart != nil
            default:
                return false
            }
        }

        mutating func beginWordIfNeeded() {
            if wordStart == nil {
                wordStart = offset
            } else if let apostrophe = pendingApostrophe {
                bytes.append(UInt8(ascii: "'"))
                lastApostrophe = apostrophe
            }
            pendingApostrophe = nil
        }

        mutating func appendWordByte(_ byte: UInt8) {
            beginWordIfNeeded()
            bytes.append(byte)
        }

        mutating func appendWordScalar(_ scalar: Unicode.Scalar) {
            beginWordIfNeeded()
            wordIsASCII = false
            UTF8.encode(scalar) { bytes.append($0) }
        }

        mutating func apostrophe() {
            if wordStart != nil, pendingApostrophe == nil {
                pendingApostrophe = (offset, bytes.count)
            } else {
                separator()
            }
        }

        mutating func hyphen() {
            let touchesWord = wordStart != nil && pendingApostrophe == nil
            separator()
            if touchesWord { hyphenOffset = offset }
        }

        mutating func separator() {
            endWord()
            hyphenOffset = nil
        }

        mutating func finish() {
            endWord()
        }

        mutating func endWord() {
            guard let start = wordStart else { return }
            var end = pendingApostrophe?.offset ?? offset
            var byteCount = bytes.count
            if let apostrophe = lastApostrophe, end == apostrophe.offset + 2,
               bytes[bytes.count - 1] == UInt8(ascii: "s") {
                // The possessive `'s` says whose, not what: `school's policy` is about the school.
                end = apostrophe.offset
                byteCount = apostrophe.byteCount
            }
            let joined = hyphenOffset.map { $0 == lastWordEnd && start == $0 + 1 } ?? false
            var text = String(decoding: bytes[..<byteCount], as: UTF8.self)
            if !wordIsASCII {
                text = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            }
            tokens.append(Token(text: text, range: start..<end, joinedByHyphen: joined))
            lastWordEnd = end
            wordStart = nil
            wordIsASCII = true
            bytes.removeAll(keepingCapacity: true)
            pendingApostrophe = nil
            lastApostrophe = nil
        }
    }
}
