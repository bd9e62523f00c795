extension StringProtocol {
    /// Whether `fragment` occurs in the text, its UTF-8 bytes compared one for one.
    ///
    /// The readers and the segmenter ask a dozen such questions of every line ("does it hold three spaces, a
    /// ` / `, a `|`?"). With Foundation imported, `contains` on strings is Foundation's search, which cost about a
    /// microsecond a line even for one character: a quarter of segmenting a JD. This costs a few dozen nanoseconds.
    /// Unlike Foundation's search it does not treat differently composed accents as equal, which no caller needs.
    func includes(_ fragment: String) -> Bool {
        var fragment = fragment
        return fragment.withUTF8 { needle in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.find(needle, in: $0) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.find(needle, in: $0) }
        }
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard text.count >= needle.count else { return false }
        for start in 0...(text.count - needle.count) where text[start] == first {
            var offset = 1
            while offset < needle.count, text[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}

extension String {
    /// Where the first `byte` (an ASCII character) is, found in the string's bytes at once: searching the UTF-8 view
    /// index by index cost more than the rest of `CriterionTerms.isCodeKey`, asked of every line of a PDF's grid.
    func firstIndex(ofASCII byte: UInt8) -> String.Index? {
        let offset = utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: byte) }
            ?? utf8.firstIndex(of: byte).map { utf8.distance(from: utf8.startIndex, to: $0) }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}
