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
    private let textCache = BoundedCache<[StatementEvidence]>(capacity: 5_000)
    private let headingCache = BoundedCache<[Int: (pattern: String, matches: [TextSpan])]>(capacity: 2_000)

    /// Compiles the knowledge of `frameworks`; `thresholds` replaces each framework's own when given.
    public init(library: StandardsLibrary, frameworks: [Framework], thresholds: Thresholds? = nil) throws(RuleError) {
        // The bundled standards' words were read when the binary was built: reading them again was a third of a one-JD run.
        let readings = library.isAsBundled ? PrecomputedReadings.bundled : nil
        let analyser = TermAnalyser(lexicon: library.lexicon,
                                    splitter: GluedWordSplitter(wordList: library.wordList, alsoKnown: readings?.vocabulary ?? library.vocabulary,
                                                                functionWords: Set(library.lexicon.stopWords)),
                                    knownKeys: readings?.keys ?? [:])
        var placing: [(statement: Statement, area: Area, framework: Framework)] = []
        for framework in frameworks {
            for area in framework.areas {
                for statement in area.statements { placing.append((statement, area, framework)) }
            }
        }
        let placed = placing
        let terms = TermCompiler(analyser: analyser)
        // Statements compile independently, and compiling them was most of a one-JD run: they are spread over
        // the cores. The analyser's caches are shared and locked, so each word is still analysed about once.
        let results = ConcurrentResults<Result<CompiledStatement, RuleError>>(count: placed.count)
        DispatchQueue.concurrentPerform(iterations: placed.count) { index in
            let (statement, area, framework) = placed[index]
            results[index] = Result { () throws(RuleError) in
                try CompiledStatement(statement: statement, area: area, framework: framework,
                                      thresholds: thresholds ?? framework.thresholds, analyser: analyser, terms: terms)
            }
        }
        // The first statement's error in catalogue order, whichever core met it first.
        let compiled = try results.values.map { result throws(RuleError) in try result.get() }
        self.triggers = TriggerIndex(statements: compiled)
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
    ///
    /// Only the keyword terms and rules whose trigger occurs are tried, in trigger-id order, which is statement by
    /// statement, keyword groups before rules: looking at every statement's knowledge for every line, only to skip
    /// nearly all of it, cost more than the matching itself.
    func statementEvidence(in text: String) -> [StatementEvidence] {
        let terms = analyser.terms(in: text)
        return statementEvidence(in: text, terms: terms, trying: triggers.triggeredIDs(by: terms))
    }

    /// The evidence found by trying every keyword term and rule on `text`, triggered or not: the trigger index must
    /// never leave out one that fires, so this always equals what the matcher finds.
    func statementEvidenceTryingEverything(in text: String) -> [StatementEvidence] {
        statementEvidence(in: text, terms: analyser.terms(in: text), trying: Array(triggers.targets.indices))
    }

    /// The evidence of the terms and rules numbered `ids`, in ascending order.
    private func statementEvidence(in text: String, terms: [Term], trying ids: [Int]) -> [StatementEvidence] {
        let scalars = ScalarOffsets(text)
        let index = TermIndex(terms)
        var found: [StatementEvidence] = []
        var building = StatementEvidenceBuilder(statement: -1)
        for id in ids {
            let target = triggers.targets[id]
            if target.statement != building.statement {
                if let evidence = building.finished() { found.append(evidence) }
                building = StatementEvidenceBuilder(statement: target.statement)
            }
            switch target {
            case .keyword(let statement, let group, let term):
                let keywords = statements[statement].keywordGroups[group]
                guard let match = keywords.terms[term].query.match(index) else { continue }
                building.add(Evidence(source: .keyword, pattern: keywords.terms[term].text, weight: keywords.weight,
                                      matches: spans(match.spans, in: scalars)), group: group)
            case .rule(let statement, let rule):
                let compiled = statements[statement].rules[rule]
                guard let match = compiled.query.match(index) else { continue }
                let weight = min(1, compiled.rule.weight * match.boost)
                building.add(Evidence(source: .rule, pattern: compiled.rule.query, weight: weight,
                                      matches: spans(match.spans, in: scalars)), group: nil)
            }
        }
        if let evidence = building.finished() { found.append(evidence) }
        return found
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
struct StatementEvidence: Sendable, Equatable {
    /// The statement's position in the matcher's compiled list.
    let statement: Int
    var evidence: [Evidence]
    var score: Double
}

/// Gathers one statement's evidence as its keyword terms and rules fire.
///
/// Every keyword term that fires is listed, so a governor sees all the words, but a group's weight counts once.
private struct StatementEvidenceBuilder {
    let statement: Int
    private var evidence: [Evidence] = []
    private var weights: [Double] = []
    private var lastGroup: Int?

    init(statement: Int) {
        self.statement = statement
    }

    /// Adds a fired keyword term of `group`, or a fired rule when `group` is nil.
    mutating func add(_ fired: Evidence, group: Int?) {
        evidence.append(fired)
        if group == nil || group != lastGroup { weights.append(fired.weight) }
        if let group { lastGroup = group }
    }

    /// The statement's evidence and score, or nil when nothing fired.
    func finished() -> StatementEvidence? {
        evidence.isEmpty ? nil : StatementEvidence(statement: statement, evidence: evidence, score: Matcher.noisyOr(weights))
    }
}
