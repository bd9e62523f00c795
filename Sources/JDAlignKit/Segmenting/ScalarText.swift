/// Byte-level shortcuts for the per-line string work of segmenting, exact where they apply.
///
/// Swift compares `Character`s, which means grapheme breaking and canonical equivalence on every step; that was most
/// of the time spent segmenting. An ASCII byte such as a space, tab or line feed can only be part of a longer character
/// when a non-ASCII scalar touches it (a combining mark after it, a prepended mark before it) or, for a line feed, a
/// carriage return comes before it. Where none does, splitting the UTF-8 bytes gives exactly the `Character` result;
/// where one does, the `Character` path still runs.
extension StringProtocol {
    /// Whether every occurrence of the ASCII `byte` is a character of its own.
    func asciiByteStandsAlone(_ byte: UInt8) -> Bool {
        var previous: UInt8 = 0x20
        var previousMatched = false
        for current in utf8 {
            if previousMatched, current >= 0x80 { return false }
            previousMatched = current == byte
            if previousMatched, previous >= 0x80 || previous == 0x0D { return false }
            previous = current
        }
        return true
    }

    /// `split(separator:omittingEmptySubsequences:)` at an ASCII separator, on bytes whenever that gives the same pieces.
    func split(atASCII byte: UInt8, omittingEmptySubsequences: Bool = true) -> [SubSequence] {
        guard asciiByteStandsAlone(byte) else {
            return split(separator: Character(Unicode.Scalar(byte)), omittingEmptySubsequences: omittingEmptySubsequences)
        }
        return utf8.split(separator: byte, omittingEmptySubsequences: omittingEmptySubsequences).map { piece in
            self[piece.startIndex..<piece.endIndex]
        }
    }

    /// Whether some character is not one of `scalars`, which must be characters that never join another scalar.
    /// Checking scalars is exact: a character of several scalars always holds one outside such a set.
    func containsScalar(notIn scalars: Set<Unicode.Scalar>) -> Bool {
        unicodeScalars.contains { !scalars.contains($0) }
    }
}

extension String {
    /// The number of Unicode scalars that are not in `ignored`, counting no further than `limit + 1`.
    ///
    /// Lower-casing maps each scalar to at least one scalar, and trimming or dropping `ignored` characters removes no
    /// others, so a text with more than `limit` other scalars can never fold to a key of `limit` scalars or fewer.
    func scalarCount(ignoring ignored: Set<Unicode.Scalar>, limit: Int) -> Int {
        var count = 0
        for scalar in unicodeScalars where !ignored.contains(scalar) {
            count += 1
            if count > limit { break }
        }
        return count
    }
}
