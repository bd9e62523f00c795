/// A claim that an item evidences a standard statement, with the score and the words that support it.
public struct Link: Sendable, Equatable {
    /// The qualified statement id (`hs2020-exec:7.1`).
    public var standard: String
    /// How strongly the item evidences the statement, from 0 to 1.
    public var score: Double
    /// Whether the score reaches the framework's linked or only its weak threshold.
    public var strength: LinkStrength
    /// What fired, and where in the item's text.
    public var evidence: [Evidence]

    /// Creates a link.
    public init(standard: String, score: Double, strength: LinkStrength, evidence: [Evidence]) {
        self.standard = standard
        self.score = score
        self.strength = strength
        self.evidence = evidence
    }
}

/// How much a link counts.
public enum LinkStrength: String, Sendable, Equatable, Codable {
    /// At or above the linked threshold: counts towards coverage.
    case linked
    /// Between the weak and linked thresholds: shown for a human look, not counted.
    case weak
}

/// One keyword, rule or heading cue that contributed to a link.
public struct Evidence: Sendable, Equatable {
    /// What kind of knowledge fired.
    public enum Source: String, Sendable, Equatable, Codable {
        /// A term of a keyword group.
        case keyword
        /// A rule's query.
        case rule
        /// A cue in the item's section heading (strengthens, never links alone).
        case heading
        /// The governors' decision to accept or add the link; `pattern` holds their reason.
        case decision
    }

    /// What kind of knowledge fired.
    public var source: Source
    /// The keyword term, rule query or heading cue, as written in the catalogue.
    public var pattern: String
    /// The weight it contributed.
    public var weight: Double
    /// The words in the item's text (or, for heading cues, in the heading) that matched.
    public var matches: [TextSpan]

    /// Creates evidence.
    public init(source: Source, pattern: String, weight: Double, matches: [TextSpan]) {
        self.source = source
        self.pattern = pattern
        self.weight = weight
        self.matches = matches
    }
}

/// A stretch of an item's text.
public struct TextSpan: Sendable, Equatable, Hashable {
    /// The words as they stand in the text.
    public var text: String
    /// Offsets in Unicode scalars (code points) from the start of the text: start inclusive, end exclusive.
    public var range: Range<Int>

    /// Creates a span.
    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }
}
