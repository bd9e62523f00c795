/// Words and how often they occur (`Standards/words.txt`): what the glued-word splitter may split a run of letters
/// into, and the words it must never split.
///
/// The bundled list has some 40,000 words and every run of `jdalign` may need it, so it is not parsed into a
/// dictionary: its text is kept as bytes, sorted by word, and words are found by binary search over the line starts
/// (building a dictionary of it took longer than analysing a JD). Words a trust adds go into a small dictionary.
public struct WordList: Sendable, Equatable {
    /// The sorted bundled lines, `word count`, as UTF-8.
    private let sortedText: [UInt8]
    /// Where each sorted line starts in `sortedText`.
    private let lineStarts: [Int32]
    /// Words added from a trust's own list, lower case, with their counts.
    public private(set) var added: [String: Int]
    /// Every count added up: the denominator of each word's share.
    public private(set) var total: Int

    /// Creates a list of `counts` only.
    public init(counts: [String: Int] = [:]) {
        sortedText = []
        lineStarts = []
        added = counts
        total = counts.values.reduce(0, +)
    }

    /// Reads a list sorted by word (as `Scripts/build-word-list` writes it) without parsing it into a dictionary.
    init(sortedText text: String) {
        var bytes = Array(text.utf8)
        var starts: [Int32] = []
        var total = 0
        var start = 0
        bytes.append(UInt8(ascii: "\n"))
        while start < bytes.count {
            var end = start
            while bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if end > start, bytes[start] != UInt8(ascii: "#") {
                starts.append(Int32(start))
                total += Self.count(in: bytes, from: start, to: end)
            }
            start = end + 1
        }
        sortedText = bytes
        lineStarts = starts
        added = [:]
        self.total = total
    }

    /// Parses `word count` lines in any order; `#` starts a comment line, a word without a count counts once.
    public init(parsing text: String, file: String) throws(CatalogueError) {
        var counts: [String: Int] = [:]
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.first == "#" { continue }
            let fields = line.split(separator: " ")
            guard let word = fields.first, fields.count <= 2, word.allSatisfy({ $0.isLetter }) else {
                throw CatalogueError(file: file, location: "line \(lineNumber)", message: "expected a word and a count",
                                     hint: "one word of letters per line, then a space and how often it occurs")
            }
            guard let count = fields.count == 2 ? Int(fields[1]) : 1, count > 0 else {
                throw CatalogueError(file: file, location: "line \(lineNumber)", message: "the count of \"\(word)\" is not a whole number above 0")
            }
            counts[word.lowercased(), default: 0] += count
        }
        self.init(counts: counts)
    }

    /// The bundled list.
    static let builtIn = WordList(sortedText: BuiltInStandards.words)

    /// How often `word` (lower case) occurs, or nil when it is not in the list.
    public func count(of word: some Collection<UInt8>) -> Int? {
        let bundled = bundledCount(of: word)
        let extra = added.isEmpty ? nil : added[String(decoding: word, as: UTF8.self)]
        guard bundled != nil || extra != nil else { return nil }
        return (bundled ?? 0) + (extra ?? 0)
    }

    /// Whether `word` is in the list.
    public func contains(_ word: String) -> Bool {
        count(of: word.utf8) != nil
    }

    /// Every word with its count, bundled first: for tests and tools, not for lookups.
    public var allWords: [(word: String, count: Int)] {
        lineStarts.map { start in
            let from = Int(start)
            var space = from
            while sortedText[space] != UInt8(ascii: " "), sortedText[space] != UInt8(ascii: "\n") { space += 1 }
            var end = space
            while sortedText[end] != UInt8(ascii: "\n") { end += 1 }
            return (String(decoding: sortedText[from..<space], as: UTF8.self), Self.count(in: sortedText, from: from, to: end))
        } + added.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Adds another list's words to this one's.
    public mutating func add(_ other: WordList) {
        for (word, count) in other.allWords { added[word, default: 0] += count }
        total += other.total
    }

    public static func == (lhs: WordList, rhs: WordList) -> Bool {
        lhs.lineStarts == rhs.lineStarts && lhs.sortedText == rhs.sortedText && lhs.added == rhs.added
    }

    private func bundledCount(of word: some Collection<UInt8>) -> Int? {
        var low = 0, high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            let start = Int(lineStarts[middle])
            switch compare(word, lineAt: start) {
            case .same:
                var end = start
                while sortedText[end] != UInt8(ascii: "\n") { end += 1 }
                return Self.count(in: sortedText, from: start, to: end)
            case .before: high = middle
            case .after: low = middle + 1
            }
        }
        return nil
    }

    private enum Order { case before, same, after }

    /// Where `word` sorts against the word of the line at `start` (which ends at a space or a line break).
    private func compare(_ word: some Collection<UInt8>, lineAt start: Int) -> Order {
        var position = start
        for byte in word {
            let other = sortedText[position]
            let otherEnded = other == UInt8(ascii: " ") || other == UInt8(ascii: "\n")
            if otherEnded { return .after }
            if byte != other { return byte < other ? .before : .after }
            position += 1
        }
        let other = sortedText[position]
        return other == UInt8(ascii: " ") || other == UInt8(ascii: "\n") ? .same : .before
    }

    /// The count after the word on a line (1 when none is written).
    private static func count(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var position = start
        while position < end, bytes[position] != UInt8(ascii: " ") { position += 1 }
        guard position < end else { return 1 }
        var count = 0
        for byte in bytes[(position + 1)..<end] where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            count = count * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return max(count, 1)
    }
}
