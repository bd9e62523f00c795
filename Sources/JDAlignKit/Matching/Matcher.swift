import Foundation

/// Links JD items to the statements they evidence, with a score and the words that show it.
///
/// Each keyword group with a term that occurs contributes its weight once, each matching rule its weight
/// (times its boost); contributions combine as a noisy-OR, `1 − Π(1 − wᵢ)`, so independent evidence
/// adds up without ever passing 1. A cue in the item's section heading then closes part of the
/// remaining distance to 1, but only for statements that already have evidence.
public struct Matcher: Sendable {
    /// How much of the distance to 1 a matching section-heading cue closes.
    public static let headingStrength = 0.25

    private let analyser: TermAnalyser
    private let statements: [CompiledStatement]
    private let triggers: TriggerIndex
    private let textCache = BoundedCache<[StatementEvidence]>(capacity: 20_000)
    private let headingCache = BoundedCache<[Int: (pattern: String, matches: [TextSpan])]>(capacity: 2_000)

    /// Compiles the knowledge of `frameworks`; `thresholds` replaces each framework's own when given.
    public init(library: StandardsLibrary, frameworks: [Framework], thresholds: Thresholds? = nil) throws(RuleError) {
        let analyser = TermAnalyser(lexicon: library.lexicon,
                                    splitter: GluedWordSplitter(wordList: library.wordList, alsoKnown: library.vocabulary,
                                                                functionWords: Set(library.lexicon.stopWords)))
        var compiled: [CompiledStatement] = []
        for framework in frameworks {
            for area in framework.areas {
                for statement in area.statements {
                    compiled.append(try CompiledStatement(statement: statement, area: area, framework: framework,
                                                          thresholds: thresholds ?? framework.thresholds, analyser: analyser))
                }
            }
        }
        self.triggers = TriggerIndex(numbering: &compiled)
        self.analyser = analyser
        self.statements = compiled
    }

    /// The links of one item; only duties and person-specification criteria are linked.
    public func links(for item: Item) -> [Link] {
        guard item.kind == .duty || item.kind == .personSpec else { return [] }
        return links(forText: item.text, section: item.section)
    }

    /// The links of a line of text under an optional section heading, strongest first.
    public func links(forText text: String, section: String = "") -> [Link] {
        let found = textCache.value(for: text) { statementEvidence(in: text) }
        let cues = section.isEmpty ? [:] : headingCache.value(for: section) { headingCues(in: section) }
        var links: [Link] = []
        for var candidate in found {
            // Only the thresholds and id are needed: copying the whole compiled statement retained all its parts.
            let thresholds = statements[candidate.statement].thresholds
            if let cue = cues[candidate.statement] {
                let lift = (1 - candidate.score) * Self.headingStrength
                candidate.score += lift
                candidate.evidence.append(Evidence(source: .heading, pattern: cue.pattern, weight: lift, matches: cue.matches))
            }
            let strength: LinkStrength
            if candidate.score >= thresholds.linked {
                strength = .linked
            } else if candidate.score >= thresholds.weak {
                strength = .weak
            } else {
                continue
            }
            links.append(Link(standard: statements[candidate.statement].statement.qualifiedID, score: (candidate.score * 10_000).rounded() / 10_000,
                              strength: strength, evidence: candidate.evidence))
        }
        return links.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }

    /// The evidence a text holds for each statement, before any heading: what depends on the words alone.
    private func statementEvidence(in text: String) -> [StatementEvidence] {
        let terms = analyser.terms(in: text)
        let scalars = ScalarOffsets(text)
        let index = TermIndex(terms)
        let triggered = triggers.triggered(by: terms)
        return statements.indices.compactMap { position in
            let (evidence, score) = evidence(for: statements[position], in: index, scalars: scalars, triggered: triggered)
            return evidence.isEmpty ? nil : StatementEvidence(statement: position, evidence: evidence, score: score)
        }
    }

    /// For each statement whose area has a cue in `section`, the cue and where it stands in the heading.
    private func headingCues(in section: String) -> [Int: (pattern: String, matches: [TextSpan])] {
        let heading = TermIndex(analyser.terms(in: section))
        let scalars = ScalarOffsets(section)
        var cues: [Int: (pattern: String, matches: [TextSpan])] = [:]
        for (position, compiled) in statements.enumerated() {
            if let cue = compiled.headingCues.lazy.compactMap({ cue in cue.query.match(heading).map { (cue.text, $0) } }).first {
                cues[position] = (cue.0, spans(cue.1.spans, in: scalars))
            }
        }
        return cues
    }

    /// Why a line does or does not evidence one statement: every keyword and rule, found or not.
    public func explanation(forText text: String, section: String = "", standard: String) -> StatementExplanation? {
        guard let compiled = statements.first(where: { $0.statement.qualifiedID == standard }) else { return nil }
        let index = TermIndex(analyser.terms(in: text))
        let link = links(forText: text, section: section).first { $0.standard == standard }
        let keywords = compiled.keywordGroups.flatMap { group in
            group.terms.map { term in StatementExplanation.Check(pattern: term.text, weight: group.weight, found: term.query.match(index) != nil, leaves: []) }
        }
        let rules = compiled.rules.map { rule in
            StatementExplanation.Check(pattern: rule.rule.query, weight: rule.rule.weight, found: rule.query.match(index) != nil,
                                       leaves: rule.query.leaves(in: index))
        }
        return StatementExplanation(statement: compiled.statement, thresholds: compiled.thresholds, link: link, keywords: keywords, rules: rules)
    }

    /// The evidence for one statement and the score it adds up to before any heading cue.
    ///
    /// Every matching keyword term is listed, so a governor sees all the words, but a group's weight counts once.
    private func evidence(for compiled: CompiledStatement, in index: TermIndex, scalars: ScalarOffsets,
                          triggered: [Bool]) -> (evidence: [Evidence], score: Double) {
        var evidence: [Evidence] = []
        var weights: [Double] = []
        for group in compiled.keywordGroups {
            var fired = false
            for term in group.terms where triggered[term.triggerID] {
                guard let match = term.query.match(index) else { continue }
                fired = true
                evidence.append(Evidence(source: .keyword, pattern: term.text, weight: group.weight, matches: spans(match.spans, in: scalars)))
            }
            if fired { weights.append(group.weight) }
        }
        for rule in compiled.rules where triggered[rule.triggerID] {
            guard let match = rule.query.match(index) else { continue }
            let weight = min(1, rule.rule.weight * match.boost)
            weights.append(weight)
            evidence.append(Evidence(source: .rule, pattern: rule.rule.query, weight: weight, matches: spans(match.spans, in: scalars)))
        }
        return (evidence, Self.noisyOr(weights))
    }

    /// The words at `ranges`, which count Unicode scalars.
    private func spans(_ ranges: [Range<Int>], in scalars: ScalarOffsets) -> [TextSpan] {
        ranges.compactMap { range in scalars.text(at: range).map { TextSpan(text: $0, range: range) } }
    }

    static func noisyOr(_ weights: [Double]) -> Double {
        1 - weights.reduce(1) { $0 * (1 - min(max($1, 0), 1)) }
    }
}

/// What `jdalign explain --standard` shows: each piece of knowledge for one statement and whether it fired.
public struct StatementExplanation: Sendable {
    /// One keyword term or rule.
    public struct Check: Sendable {
        /// The term or query, as written in the catalogue.
        public var pattern: String
        /// The weight it would contribute.
        public var weight: Double
        /// Whether it fired.
        public var found: Bool
        /// For rules: each term of the query and whether it was found.
        public var leaves: [LeafReport]
    }

    /// The statement.
    public var statement: Statement
    /// The thresholds in force.
    public var thresholds: Thresholds
    /// The link, when the line reaches the weak threshold.
    public var link: Link?
    /// The keyword terms.
    public var keywords: [Check]
    /// The rules.
    public var rules: [Check]
}

/// One statement's evidence in a text, and the score it adds up to before any heading cue.
struct StatementEvidence: Sendable {
    /// The statement's position in the matcher's compiled list.
    let statement: Int
    var evidence: [Evidence]
    var score: Double
}
