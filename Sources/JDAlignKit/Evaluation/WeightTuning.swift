import Foundation

/// Fits the weight of every keyword group and rule to annotated lines, and says what the fit would change.
///
/// The matcher adds a statement's evidence by noisy-OR: a line links when 1 − Π(1 − wᵢ) reaches the linked threshold
/// t, that is when Σ γᵢ ≥ −ln(1 − t) with γᵢ = −ln(1 − wᵢ). The fit is a logistic model over those same features,
/// P(link) = σ(s · (Σ γᵢ xᵢ + ln(1 − t))), with the offset fixed by the threshold, a fixed slope s, and an L2 pull
/// towards today's weights so that knowledge seldom seen keeps its weight. Each fitted γ maps back to a plain weight
/// w = 1 − e^(−γ), so every link is still explained by the words that fired and their weights.
public struct WeightTuner: Sendable {
    /// One annotated line: its text, its section, and which statements it evidences.
    public struct Example: Sendable {
        /// The JD it comes from (folds of the cross-validation leave one JD out).
        public var document: String
        /// The text the matcher reads.
        public var text: String
        /// Its section heading.
        public var section: String
        /// Links both annotators made: positives.
        public var sure: Set<String>
        /// Links either made: anything else is a negative, and possible-only links are left out.
        public var possible: Set<String>

        /// Creates an example.
        public init(document: String, text: String, section: String, sure: Set<String>, possible: Set<String>) {
            self.document = document
            self.text = text
            self.section = section
            self.sure = sure
            self.possible = possible
        }
    }

    /// One piece of a statement's knowledge: a keyword group or a rule.
    public struct Piece: Sendable, Equatable {
        /// The statement's qualified id.
        public var standard: String
        /// "keywords" or "rule".
        public var source: Evidence.Source
        /// The group's terms or the rule's query, as written.
        public var patterns: [String]
        /// Today's weight.
        public var weight: Double
        /// The fitted weight.
        public var proposed: Double
        /// Lines where it fired and the statement is a sure link.
        public var firedRight = 0
        /// Lines where it fired and the statement is not even a possible link.
        public var firedWrong = 0
    }

    /// A word that recurs in lines whose sure link the knowledge missed: a candidate keyword.
    public struct Candidate: Sendable, Equatable {
        /// The statement.
        public var standard: String
        /// The word (lower case) or two-word phrase.
        public var words: String
        /// Missed sure lines of the statement holding it.
        public var inMissed: Int
        /// Lines not linked to the statement at all holding it.
        public var elsewhere: Int
    }

    /// Steps of gradient descent.
    static let iterations = 400
    /// The slope of the logistic model.
    static let slope = 8.0
    /// The pull towards today's weights.
    static let regularisation = 5.0
    /// Weights stay inside this range, so no piece is switched off or made certain by a fit.
    static let weightRange = 0.02...0.95

    private let matcher: Matcher
    private let frameworks: [Framework]

    /// Prepares a tuner; the matcher must keep every link however weak (weak threshold near 0), since the fit needs
    /// the evidence below today's thresholds too.
    public init(library: StandardsLibrary, frameworks: [Framework]) throws(RuleError) {
        matcher = try Matcher(library: library, frameworks: frameworks, thresholds: Thresholds(linked: 0.5, weak: 0.000_1))
        self.frameworks = frameworks
    }

    /// What fired on each example: worked out once, since every fold of a cross-validation reuses it.
    public func features(of examples: [Example]) -> [Features] {
        examples.map { Features(fired: fired(in: $0)) }
    }

    /// The fitted weights of every piece, with counts, fitted on `examples` (with their `features`).
    public func fit(_ examples: [Example], features: [Features]) -> [Piece] {
        var pieces: [Piece] = []
        for framework in frameworks {
            let threshold = framework.thresholds.linked
            for statement in framework.statements {
                let id = statement.qualifiedID
                var statementPieces = Self.pieces(of: statement)
                let rows = zip(examples, features.map(\.fired)).compactMap { example, fired -> (x: [Int], y: Bool)? in
                    let positive = example.sure.contains(id)
                    guard positive || !example.possible.contains(id) else { return nil }
                    return (fired[id] ?? [], positive)
                }
                for row in rows {
                    for index in row.x {
                        if row.y { statementPieces[index].firedRight += 1 } else { statementPieces[index].firedWrong += 1 }
                    }
                }
                let fitted = Self.fitWeights(rows.filter { !$0.x.isEmpty }, start: statementPieces.map(\.weight), threshold: threshold)
                for index in statementPieces.indices { statementPieces[index].proposed = fitted[index] }
                pieces += statementPieces
            }
        }
        return pieces
    }

    /// Line-level statement scores on `examples` with the given weights (today's when nil), per framework id.
    public func scores(_ examples: [Example], features: [Features], weights: [Piece]?) -> [String: Scores] {
        var proposed: [String: [Double]] = [:]
        for piece in weights ?? [] { proposed[piece.standard, default: []].append(piece.proposed) }
        var scores: [String: Scores] = [:]
        for (example, fired) in zip(examples, features.map(\.fired)) {
            for framework in frameworks {
                let prefix = framework.id + ":"
                var predicted: Set<String> = []
                for statement in framework.statements {
                    let id = statement.qualifiedID
                    let current = Self.pieces(of: statement).map(\.weight)
                    let weights = proposed[id] ?? current
                    let score = Matcher.noisyOr((fired[id] ?? []).map { weights[$0] })
                    if score >= framework.thresholds.linked { predicted.insert(id) }
                }
                scores[framework.id, default: Scores()].add(predicted: predicted, sure: example.sure.filter { $0.hasPrefix(prefix) },
                                                            possible: example.possible.filter { $0.hasPrefix(prefix) })
            }
        }
        return scores
    }

    /// Words of missed sure lines that the statement's knowledge lacks, most telling first.
    public func candidates(_ examples: [Example], limit: Int = 5) -> [Candidate] {
        let analyser = TermAnalyser(lexicon: Lexicon())
        var found: [Candidate] = []
        let words = examples.map { Set(analyser.terms(in: $0.text).map(\.text).filter { $0.count > 3 }) }
        for framework in frameworks {
            for statement in framework.statements {
                let id = statement.qualifiedID
                let known = Set(statement.keywords.flatMap(\.terms).joined(separator: " ").lowercased().split(separator: " ").map(String.init))
                var inMissed: [String: Int] = [:]
                var elsewhere: [String: Int] = [:]
                for (example, lineWords) in zip(examples, words) {
                    if example.sure.contains(id) {
                        let linked = matcher.links(forText: example.text, section: example.section)
                            .contains { $0.standard == id && $0.score >= framework.thresholds.linked }
                        if !linked { for word in lineWords where !known.contains(word) { inMissed[word, default: 0] += 1 } }
                    } else if !example.possible.contains(id) {
                        for word in lineWords { elsewhere[word, default: 0] += 1 }
                    }
                }
                let ranked = inMissed.filter { $0.value >= 2 && Double(elsewhere[$0.key] ?? 0) < Double($0.value) * 2 }
                    .sorted { ($0.value * 3 - (elsewhere[$0.key] ?? 0), $1.key) > ($1.value * 3 - (elsewhere[$1.key] ?? 0), $0.key) }
                found += ranked.prefix(limit).map { Candidate(standard: id, words: $0.key, inMissed: $0.value, elsewhere: elsewhere[$0.key] ?? 0) }
            }
        }
        return found
    }

    /// Leave one JD out: for each JD, weights fitted on the others and scored on it, added up; with today's weights
    /// scored on the same lines for comparison. Per framework id.
    public func crossValidate(_ examples: [Example], features: [Features]) -> [String: (today: Scores, fitted: Scores)] {
        var totals: [String: (today: Scores, fitted: Scores)] = [:]
        for document in Set(examples.map(\.document)).sorted() {
            let held = examples.indices.filter { examples[$0].document == document }
            let rest = examples.indices.filter { examples[$0].document != document }
            let fitted = fit(rest.map { examples[$0] }, features: rest.map { features[$0] })
            let heldExamples = held.map { examples[$0] }, heldFeatures = held.map { features[$0] }
            let today = scores(heldExamples, features: heldFeatures, weights: nil)
            let after = scores(heldExamples, features: heldFeatures, weights: fitted)
            for (framework, score) in today {
                var entry = totals[framework] ?? (Scores(), Scores())
                entry.today.merge(score)
                entry.fitted.merge(after[framework] ?? Scores())
                totals[framework] = entry
            }
        }
        return totals
    }

    /// Per statement, the indices (into `pieces(of:)`) of the groups and rules that fired on the line.
    private func fired(in example: Example) -> [String: [Int]] {
        var fired: [String: [Int]] = [:]
        for link in matcher.links(forText: example.text, section: example.section) {
            guard let statement = statement(link.standard) else { continue }
            let pieces = Self.pieces(of: statement)
            var indices: Set<Int> = []
            for evidence in link.evidence where evidence.source == .keyword || evidence.source == .rule {
                if let index = pieces.firstIndex(where: { $0.source == evidence.source && $0.patterns.contains(evidence.pattern) }) {
                    indices.insert(index)
                }
            }
            fired[link.standard] = indices.sorted()
        }
        return fired
    }

    private func statement(_ id: String) -> Statement? {
        for framework in frameworks { if let found = framework.statements.first(where: { $0.qualifiedID == id }) { return found } }
        return nil
    }

    /// A statement's keyword groups then rules, in catalogue order.
    static func pieces(of statement: Statement) -> [Piece] {
        statement.keywords.map { Piece(standard: statement.qualifiedID, source: .keyword, patterns: $0.terms, weight: $0.weight, proposed: $0.weight) }
            + statement.rules.map { Piece(standard: statement.qualifiedID, source: .rule, patterns: [$0.query], weight: $0.weight, proposed: $0.weight) }
    }

    /// Gradient descent on the regularised log-likelihood, in γ = −ln(1 − w).
    static func fitWeights(_ rows: [(x: [Int], y: Bool)], start: [Double], threshold: Double) -> [Double] {
        guard !rows.isEmpty, !start.isEmpty else { return start }
        let toGamma = { (weight: Double) in -log(1 - min(weight, 0.999)) }
        let prior = start.map(toGamma)
        var gamma = prior
        let offset = log(1 - threshold)
        // The step shrinks with the data, so the pull towards today's weights matters less the more lines there are.
        let rate = 0.5 / Double(rows.count)
        for _ in 0..<iterations {
            var gradient = zip(gamma, prior).map { regularisation * ($0 - $1) }
            for row in rows {
                let z = slope * (row.x.reduce(0) { $0 + gamma[$1] } + offset)
                let p = 1 / (1 + exp(-z))
                let error = p - (row.y ? 1 : 0)
                for index in row.x { gradient[index] += slope * error }
            }
            for index in gamma.indices { gamma[index] -= rate * gradient[index] }
            let low = toGamma(weightRange.lowerBound), high = toGamma(weightRange.upperBound)
            gamma = gamma.map { min(max($0, low), high) }
        }
        return gamma.map { ((1 - exp(-$0)) * 100).rounded() / 100 }
    }
}

/// The groups and rules that fired on one example, per statement.
public struct Features: Sendable {
    /// Statement id → indices into the statement's keyword groups then rules.
    let fired: [String: [Int]]
}
