/// Byte-level shortcuts for the per-line string work of segmenting, exact where they apply.
///
/// Swift compares `Character`s, which means grapheme breaking and canonical equivalence on every step; that was most
/// of the time spent segmenting. An ASCII byte such as a space, tab or line feed can only be part of a longer character
/// when a non-ASCII scalar touches it (a combining mark after it, a prepended mark before it) or, for a line feed, a
/// carriage return comes before it. Where none does, splitting the UTF-8 bytes gives exactly the `Character` result;
/// where one does, the `Character` path still runs.
extension StringProtocol {
    /// `split(separator:omittingEmptySubsequences:)` at an ASCII separator, on bytes whenever that gives the same pieces.
    func split(atASCII separator: UInt8, omittingEmptySubsequences: Bool = true) -> [SubSequence] {
        let pieces = utf8.withContiguousStorageIfAvailable { bytes in
            Self.byteRanges(splitting: bytes, at: separator, omittingEmptySubsequences: omittingEmptySubsequences)
        } ?? nil
        guard let pieces else {
            return split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: omittingEmptySubsequences)
        }
        let start = utf8.startIndex
        return pieces.map { piece in
            self[utf8.index(start, offsetBy: piece.lowerBound)..<utf8.index(start, offsetBy: piece.upperBound)]
        }
    }

    /// The byte ranges between separators, or nil when a separator touches a byte that could join it to a longer character.
    private static func byteRanges(splitting bytes: UnsafeBufferPointer<UInt8>, at separator: UInt8,
                                   omittingEmptySubsequences: Bool) -> [Range<Int>]? {
        var pieces: [Range<Int>] = []
        var pieceStart = 0
        for index in bytes.indices where bytes[index] == separator {
            let before = index > 0 ? bytes[index - 1] : 0x20
            let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            guard before < 0x80, before != 0x0D, after < 0x80 else { return nil }
            if !omittingEmptySubsequences || index > pieceStart { pieces.append(pieceStart..<index) }
            pieceStart = index + 1
        }
        if !omittingEmptySubsequences || bytes.count > pieceStart { pieces.append(pieceStart..<bytes.count) }
        return pieces
    }
}

/// A set of ASCII bytes, tested with a shift and a mask rather than a hash.
struct ASCIIByteSet: Sendable {
    private let low: UInt64
    private let high: UInt64

    /// The ASCII characters of `members`; other characters are left out.
    init(_ members: String) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for byte in members.utf8 where byte < 0x80 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low & (1 << UInt64(byte)) != 0 }
        return byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }
}

extension String {
    /// Whether the text has more than `limit` ASCII bytes outside `ignored`.
    ///
    /// Lower-casing maps each scalar to at least one scalar, and trimming or dropping `ignored` characters removes no
    /// others, so such a text can never fold to a key of `limit` scalars or fewer: a cheap "no" for lines far too long
    /// to be a label or a grid term.
    func hasMoreASCII(than limit: Int, ignoring ignored: ASCIIByteSet) -> Bool {
        var count = 0
        for byte in utf8 where byte < 0x80 && !ignored.contains(byte) {
            count += 1
            if count > limit { return true }
        }
        return false
    }
}
