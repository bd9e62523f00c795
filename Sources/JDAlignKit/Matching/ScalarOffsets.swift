/// A text with the index of each of its Unicode scalars, so the words at a range of scalar offsets are cut out
/// directly.
///
/// Matches are reported in scalar offsets; walking the string's scalars from its start for every span of
/// evidence was a tenth of the time spent matching a line.
struct ScalarOffsets {
    private let text: String
    /// The index of each scalar, and the end index last.
    private let indices: [String.Index]

    init(_ text: String) {
        self.text = text
        indices = Array(text.unicodeScalars.indices) + [text.endIndex]
    }

    /// The text at scalar offsets `range`, or nil when the range lies outside the text.
    func text(at range: Range<Int>) -> String? {
        guard range.lowerBound >= 0, range.upperBound < indices.count else { return nil }
        return String(text.unicodeScalars[indices[range.lowerBound]..<indices[range.upperBound]])
    }
}
