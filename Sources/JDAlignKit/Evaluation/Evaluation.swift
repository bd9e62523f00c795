/// How well the matcher agrees with hand-annotated gold files.
public struct Evaluation: Sendable {
    /// The figures for one framework.
    public struct FrameworkResult: Sendable {
        /// The framework's id.
        public var frameworkID: String
        /// Micro-averaged over every duty and person-spec line, by statement.
        public var statements: Scores
        /// The same, with statements replaced by their areas.
        public var areas: Scores
        /// Statement-level scores restricted to each area, in catalogue order.
        public var perArea: [(area: String, scores: Scores)]
        /// JD-level coverage: statements covered by at least one duty line, summed over documents.
        public var coverage: Scores
        /// The labelling-function style summary, one row per statement in catalogue order.
        public var perStatement: [StatementSummary]
        /// The same per keyword term and rule: how often it took part in a link and how often that link was right,
        /// most often wrong first.
        public var perPattern: [PatternSummary] = []
        /// Per statement, how trustworthy coverage by a single duty is, with the bar it supports; only when whole
        /// JDs were analysed (`evaluate --documents`).
        public var coverageBars: [CoverageBarEvidence] = []
    }

    /// How one keyword term or rule behaves over the gold lines: on the lines where it took part in a link.
    public struct PatternSummary: Sendable, Equatable {
        /// The statement it is knowledge of.
        public var standard: String
        /// The term or query as written.
        public var pattern: String
        /// Linked lines it took part in.
        public var fires: Int
        /// Of those, lines where the link is in the gold's possible set.
        public var correct: Int
        /// Of those, lines where it is not.
        public var wrong: Int { fires - correct }
    }

    /// How one statement's knowledge behaves over the gold lines.
    public struct StatementSummary: Sendable {
        /// The qualified statement id.
        public var standard: String
        /// Lines it linked to.
        public var fires: Int
        /// Of those, lines where the link is in the gold's possible set.
        public var correct: Int
        /// Of those, lines where it is not.
        public var wrong: Int
        /// Lines whose sure links include it but that it did not link.
        public var missed: Int
        /// Keyword terms and rules that never fired on any line, not even weakly.
        public var neverFired: [String]
    }

    /// The number of gold lines evaluated (duties and person-spec criteria).
    public var lineCount: Int
    /// The gold files read.
    public var documentCount: Int
    /// One result per framework, in the order chosen.
    public var frameworks: [FrameworkResult]
}

/// Runs the matcher over gold lines and counts agreement.
public struct Evaluator: Sendable {
    private let matcher: Matcher
    let frameworks: [Framework]

    /// Prepares an evaluator for `frameworks`.
    public init(matcher: Matcher, frameworks: [Framework]) {
        self.matcher = matcher
        self.frameworks = frameworks
    }

    /// Evaluates every duty and person-spec line of the gold files; a link counts when it reaches the linked threshold.
    public func evaluate(_ golds: [GoldFile]) -> Evaluation {
        let lines = golds.flatMap { gold in
            gold.lines.filter(\.isAssessable).map { line in
                ScoredLine(document: gold.document, line: line, links: matcher.links(forText: line.text, section: line.section))
            }
        }
        return evaluate(lines, documentCount: golds.count)
    }

    /// Scores predictions already made for gold lines.
    ///
    /// JD coverage is the union of each document's duty-line predictions unless `coveredByDocument` gives, per gold
    /// document name, the statements the analysis itself reported as covered.
    public func evaluate(_ lines: [ScoredLine], documentCount: Int, coveredByDocument: [String: Set<String>]? = nil) -> Evaluation {
        let results = frameworks.map { framework in
            result(for: framework, lines: lines, coveredByDocument: coveredByDocument)
        }
        return Evaluation(lineCount: lines.count, documentCount: documentCount, frameworks: results)
    }

    private func result(for framework: Framework, lines: [ScoredLine], coveredByDocument: [String: Set<String>]?) -> Evaluation.FrameworkResult {
        let prefix = framework.id + ":"
        let areaOf = Dictionary(uniqueKeysWithValues: framework.statements.map { ($0.qualifiedID, "\(framework.id):\($0.areaID)") })
        func mine(_ ids: Set<String>) -> Set<String> { ids.filter { $0.hasPrefix(prefix) } }
        func areas(_ ids: Set<String>) -> Set<String> { Set(ids.compactMap { areaOf[$0] }) }

        var statements = Scores(), areaScores = Scores()
        var perArea = Dictionary(uniqueKeysWithValues: framework.areas.map { ("\(framework.id):\($0.id)", Scores()) })
        var fires: [String: (fires: Int, correct: Int, missed: Int)] = [:]
        var goldCoverage: [String: (predicted: Set<String>, sure: Set<String>, possible: Set<String>)] = [:]
        var firedPatterns: Set<String> = []
        var patternCounts: [PatternKey: (fires: Int, correct: Int)] = [:]

        for scored in lines {
            let (document, line, links) = (scored.document, scored.line, scored.links)
            let linked = links.filter { $0.strength == .linked }
            for link in links where link.standard.hasPrefix(prefix) {
                firedPatterns.formUnion(link.evidence.filter { $0.source != .heading }.map { "\(link.standard) \($0.pattern)" })
            }
            let predicted = mine(Set(linked.map(\.standard)))
            let sure = mine(line.sure), possible = mine(line.possible)
            for link in linked where link.standard.hasPrefix(prefix) {
                for pattern in Set(link.evidence.filter { $0.source != .heading }.map(\.pattern)) {
                    let key = PatternKey(standard: link.standard, pattern: pattern)
                    patternCounts[key, default: (0, 0)].fires += 1
                    if possible.contains(link.standard) { patternCounts[key, default: (0, 0)].correct += 1 }
                }
            }
            statements.add(predicted: predicted, sure: sure, possible: possible)
            areaScores.add(predicted: areas(predicted), sure: areas(sure), possible: areas(possible))
            for (area, _) in perArea {
                let inArea = { (ids: Set<String>) in ids.filter { areaOf[$0] == area } }
                perArea[area]?.add(predicted: inArea(predicted), sure: inArea(sure), possible: inArea(possible))
            }
            for id in predicted {
                fires[id, default: (0, 0, 0)].fires += 1
                if possible.contains(id) { fires[id, default: (0, 0, 0)].correct += 1 }
            }
            for id in sure.subtracting(predicted) { fires[id, default: (0, 0, 0)].missed += 1 }
            if line.kind == .duty {
                var entry = goldCoverage[document] ?? ([], [], [])
                entry.predicted.formUnion(predicted)
                entry.sure.formUnion(sure)
                entry.possible.formUnion(possible)
                goldCoverage[document] = entry
            }
        }
        var coverage = Scores()
        // A JD whose gold has no duty lines still counts what the analysis claims it covers.
        let documents = Set(goldCoverage.keys).union(coveredByDocument.map { Array($0.keys) } ?? [])
        for document in documents.sorted() {
            let entry = goldCoverage[document] ?? ([], [], [])
            let predicted = coveredByDocument.map { mine($0[document] ?? []) } ?? entry.predicted
            coverage.add(predicted: predicted, sure: entry.sure, possible: entry.possible)
        }
        let summaries = framework.statements.map { statement in
            let id = statement.qualifiedID
            let counts = fires[id] ?? (0, 0, 0)
            let patterns = statement.keywords.flatMap(\.terms) + statement.rules.map(\.query)
            return Evaluation.StatementSummary(standard: id, fires: counts.fires, correct: counts.correct, wrong: counts.fires - counts.correct,
                                               missed: counts.missed, neverFired: patterns.filter { !firedPatterns.contains("\(id) \($0)") })
        }
        let patterns = patternCounts.map { Evaluation.PatternSummary(standard: $0.key.standard, pattern: $0.key.pattern, fires: $0.value.fires,
                                                                     correct: $0.value.correct) }
            .sorted { ($0.wrong, $0.fires, $1.standard, $1.pattern) > ($1.wrong, $1.fires, $0.standard, $0.pattern) }
        return Evaluation.FrameworkResult(frameworkID: framework.id, statements: statements, areas: areaScores,
                                          perArea: framework.areas.map { ("\(framework.id):\($0.id)", perArea["\(framework.id):\($0.id)"] ?? Scores()) },
                                          coverage: coverage, perStatement: summaries, perPattern: patterns)
    }
}

/// One gold line and the links predicted for it.
public struct ScoredLine: Sendable {
    /// The gold file's document name.
    public var document: String
    /// The annotated line.
    public var line: GoldFile.Line
    /// What the matcher (or the whole pipeline) linked it to; empty when it was not read as a duty or criterion.
    public var links: [Link]

    /// Pairs a gold line with its predicted links.
    public init(document: String, line: GoldFile.Line, links: [Link]) {
        self.document = document
        self.line = line
        self.links = links
    }
}

/// A statement and one of its keyword terms or rules.
private struct PatternKey: Hashable {
    let standard: String
    let pattern: String
}
