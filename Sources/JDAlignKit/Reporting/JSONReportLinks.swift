/// Writes an item's links in the report's version 2 shape: the item's matched words once, then its links and weak links
/// keyed by statement id, each naming the knowledge that fired and which of those words it matched.
///
/// ```json
/// "words": [[257, 277, "barriers to learning"], [428, 436, "progress"]],
/// "links": {"nseh2015:D2.1": {"score": 0.72, "evidence": {"keyword 1": [0], "keyword 4": [1]}}},
/// "weakLinks": {"hs2020-exec:4.2": {"score": 0.35, "evidence": {"keyword 2": [1]}}}
/// ```
enum JSONItemLinks {
    /// Writes the `words`, `headingWords`, `links` and `weakLinks` members of an item with links; empty ones are left out.
    static func write(_ links: [Link], names: EvidenceNames, to json: inout JSONStream) {
        let evidence = links.flatMap(\.evidence)
        let words = WordTable(evidence.lazy.filter { $0.source != .heading }.flatMap(\.matches))
        let headingWords = WordTable(evidence.lazy.filter { $0.source == .heading }.flatMap(\.matches))
        if !words.spans.isEmpty { json.member("words") { words.write(to: &$0) } }
        if !headingWords.spans.isEmpty { json.member("headingWords") { headingWords.write(to: &$0) } }
        for (key, strength) in [("links", LinkStrength.linked), ("weakLinks", .weak)] as [(StaticString, LinkStrength)] {
            let chosen = links.filter { $0.strength == strength }
            guard !chosen.isEmpty else { continue }
            json.member(key) { json in
                json.object { json in
                    for link in chosen {
                        json.key(link.standard)
                        write(link, words: words, headingWords: headingWords, names: names, to: &json)
                    }
                }
            }
        }
    }

    /// One link: its score, and for each keyword group, rule, heading cue or decision that fired, the positions of its
    /// words in `words` (a heading cue's in `headingWords`).
    private static func write(_ link: Link, words: WordTable, headingWords: WordTable, names: EvidenceNames, to json: inout JSONStream) {
        // Several terms of one keyword group each make a piece of evidence; the report names the group once.
        var fired: [(name: String, words: [Int])] = []
        for (evidence, name) in zip(link.evidence, names.names(of: link)) {
            let table = evidence.source == .heading ? headingWords : words
            let positions = evidence.matches.compactMap { table.position(of: $0.range) }
            if let index = fired.firstIndex(where: { $0.name == name }) {
                fired[index].words += positions
            } else {
                fired.append((name, positions))
            }
        }
        json.object { json in
            json.member("score", link.score)
            json.member("evidence") { json in
                json.object { json in
                    for (name, positions) in fired {
                        json.key(name)
                        var previous: Int?
                        json.array(positions.sorted()) { json, position in
                            if position != previous { json.integer(position) }
                            previous = position
                        }
                    }
                }
            }
        }
    }
}

/// An item's matched words, each distinct range once and in text order, so links refer to them by position.
struct WordTable {
    /// The words, ordered by where they start and end.
    let spans: [TextSpan]

    init(_ matches: some Sequence<TextSpan>) {
        let sorted = matches.sorted { Self.precedes($0.range, $1.range) }
        var spans: [TextSpan] = []
        spans.reserveCapacity(sorted.count)
        for span in sorted where spans.last?.range != span.range { spans.append(span) }
        self.spans = spans
    }

    /// Where the word at `range` stands in `spans`: a binary search, as an item has a few dozen words at most.
    func position(of range: Range<Int>) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(spans[middle].range, range) { low = middle + 1 } else { high = middle }
        }
        return low < spans.count && spans[low].range == range ? low : nil
    }

    private static func precedes(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
        (left.lowerBound, left.upperBound) < (right.lowerBound, right.upperBound)
    }

    /// `[[start, end, "words"], …]`: offsets in Unicode scalars, end exclusive.
    func write(to json: inout JSONStream) {
        json.array(spans) { json, span in
            json.array { json in
                json.integer(span.range.lowerBound)
                json.integer(span.range.upperBound)
                json.string(span.text)
            }
        }
    }
}

/// Names a link's evidence by the knowledge of its statement that fired, numbered from 1 in the order of the framework
/// file and of `jdalign standards show`: `keyword 2` is the statement's second keyword group, `rule 3` its third rule;
/// `heading` is a cue in the item's section heading and `decision` the governors' decision.
struct EvidenceNames {
    private var statements: [String: Statement] = [:]

    /// Names for the statements of `frameworks` in `catalogue`.
    init(catalogue: Catalogue, frameworks: [String]) {
        for id in frameworks {
            for statement in catalogue.framework(id)?.statements ?? [] { statements[statement.qualifiedID] = statement }
        }
    }

    /// The name of each piece of a link's evidence, in order; a keyword or rule the catalogue does not hold (an
    /// analysis built by hand) is named by its kind alone.
    func names(of link: Link) -> [String] {
        let statement = statements[link.standard]
        // A term may stand in several groups of a statement, and then fires in each: each time it is found again it
        // belongs to the next group that holds it (with the weight the evidence carries).
        var named: [(group: Int, term: String)] = []
        return link.evidence.map { evidence in
            switch evidence.source {
            case .keyword:
                let group = statement.flatMap { statement in
                    statement.keywords.indices.first { index in
                        statement.keywords[index].weight == evidence.weight && statement.keywords[index].terms.contains(evidence.pattern)
                            && !named.contains { $0.group == index && $0.term == evidence.pattern }
                    }
                }
                if let group { named.append((group, evidence.pattern)) }
                return Self.numbered(group, Self.keywordNames, kind: "keyword")
            case .rule: return Self.numbered(statement?.rules.firstIndex { $0.query == evidence.pattern }, Self.ruleNames, kind: "rule")
            case .heading: return "heading"
            case .decision: return "decision"
            }
        }
    }

    // Written ready, since every link of every report names its evidence: statements have a few groups and rules.
    private static let keywordNames = (1...32).map { "keyword \($0)" }
    private static let ruleNames = (1...32).map { "rule \($0)" }

    private static func numbered(_ index: Int?, _ names: [String], kind: String) -> String {
        guard let index else { return kind }
        return index < names.count ? names[index] : "\(kind) \(index + 1)"
    }
}
