/// One normalised word of a text, as the matcher hands it to rules.
public struct Term: Sendable, Equatable {
    /// The normalised form compared for equality (stemmed, canonicalised by the lexicon).
    public var key: String
    /// The folded surface form (a `Token`'s text), which wildcard prefixes are also compared with.
    public var text: String
    /// Where the word is in the text, in Unicode scalar offsets.
    public var range: Range<Int>
    /// The word's index in the text; consecutive words differ by 1. Phrases and `NEAR` count in these.
    public var position: Int

    /// Creates a term.
    public init(key: String, text: String, range: Range<Int>, position: Int) {
        self.key = key
        self.text = text
        self.range = range
        self.position = position
    }
}

/// The terms of one text, indexed once so that every rule can be evaluated against them quickly.
public struct TermIndex: Sendable {
    /// The terms, as given.
    public let terms: [Term]
    /// Indices into `terms` for each key, in order of position.
    let byKey: [String: [Int]]
    /// Indices into `terms`, in order of position.
    let byPosition: [Int]
    /// The first byte of each term's surface text and of its key: every wildcard prefix is tried against every word
    /// of a line, and comparing one byte first turns nearly all of those tries away without reading the strings.
    private let firstBytes: [(text: UInt8, key: UInt8)]

    /// Indexes `terms`, which may come in any order and may share positions.
    public init(_ terms: [Term]) {
        self.terms = terms
        let ordered = terms.indices.sorted { (terms[$0].position, $0) < (terms[$1].position, $1) }
        byPosition = ordered
        var byKey: [String: [Int]] = [:]
        for index in ordered {
            byKey[terms[index].key, default: []].append(index)
        }
        self.byKey = byKey
        firstBytes = terms.map { ($0.text.utf8.first ?? 0, $0.key.utf8.first ?? 0) }
    }

    /// Indices of the terms at `position`, from `byPosition`.
    func terms(at position: Int) -> ArraySlice<Int> {
        var low = 0
        var high = byPosition.count
        while low < high {
            let middle = (low + high) / 2
            if terms[byPosition[middle]].position < position { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < byPosition.count, terms[byPosition[end]].position == position { end += 1 }
        return byPosition[low..<end]
    }

    /// Whether term `index` is one a pattern accepts.
    func term(_ index: Int, fits pattern: CompiledQuery.Pattern) -> Bool {
        switch pattern {
        case .key(let key):
            return terms[index].key == key
        case .prefix(let prefix):
            guard let first = prefix.utf8.first else { return true }
            let (textFirst, keyFirst) = firstBytes[index]
            return (textFirst == first && terms[index].text.utf8.starts(with: prefix.utf8))
                || (keyFirst == first && terms[index].key.utf8.starts(with: prefix.utf8))
        }
    }

    /// The first term at `position` that a pattern accepts.
    func term(at position: Int, fitting pattern: CompiledQuery.Pattern) -> Int? {
        if case .key(let key) = pattern {
            return byKey[key]?.first { terms[$0].position == position }
        }
        return terms(at: position).first { term($0, fits: pattern) }
    }
}
