import Foundation
import Testing
@testable import JDAlignKit

/// A statement's `coverageLines` bar: decoding it, what it does to coverage, and the evidence `evaluate` gives for it.
@Suite struct CoverageBarTests {
    private let text = """
        Responsibilities
        - Lead safeguarding and child protection as the designated safeguarding lead
        - Manage the school budget
        - Monitor spending against the budget and report to governors on finance

        """
    private let safeguarding = "hs2020-exec:7.1"

    /// The JD analysed with the bundled knowledge, and the ids of the duties linked to each statement.
    private func analysed() throws -> (analysis: Analysis, frameworks: [Framework], duties: [String: [String]]) {
        let library = try StandardsLibrary.builtIn()
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        let analysis = try Analyser(library: library, frameworks: frameworks)
            .analyse(Segmenter().segment(PlainTextReader.read(Array(text.utf8), path: "jd.txt", format: .text)))
        var duties: [String: [String]] = [:]
        for item in analysis.jobDescription.items where item.kind == .duty {
            for link in analysis.links[item.id] ?? [] where link.strength == .linked { duties[link.standard, default: []].append(item.id) }
        }
        return (analysis, frameworks, duties)
    }

    /// `frameworks` with every statement asking for `lines` duties.
    private func barred(_ frameworks: [Framework], lines: Int) -> [Framework] {
        frameworks.map { framework in
            var framework = framework
            for area in framework.areas.indices {
                for statement in framework.areas[area].statements.indices { framework.areas[area].statements[statement].coverageLines = lines }
            }
            return framework
        }
    }

    @Test func theBarIsReadFromTheFrameworkFileAndChecked() throws {
        let json = #"{"id": "trust", "title": "Ours", "areas": [{"id": "1", "title": "Culture", "statements": [{"id": "1.1", "text": "set the ethos", "coverageLines": BAR}]}]}"#
        let decode = { (bar: String) throws(CatalogueError) -> Framework in
            try FrameworkDecoder.decode(Array(json.replacingOccurrences(of: "BAR", with: bar).utf8), file: "trust.json")
        }
        #expect(try decode("2").statements[0].coverageLines == 2)
        #expect(try FrameworkDecoder.decode(Array(json.replacingOccurrences(of: #", "coverageLines": BAR"#, with: "").utf8), file: "t.json")
            .statements[0].coverageLines == 1)
        for bad in ["0", "1.5", "\"2\""] {
            do {
                _ = try decode(bad)
                Issue.record("coverageLines \(bad) was accepted")
            } catch {
                #expect(error.location == "areas[0].statements[0].coverageLines")
            }
        }
    }

    @Test func aStatementBelowItsBarIsWeakWithItsDutyShownForReview() throws {
        let (analysis, frameworks, duties) = try analysed()
        let lone = try #require(duties[safeguarding])
        #expect(lone.count == 1)
        let several = try #require(duties.first { $0.key.hasPrefix("hs2020-exec:") && $0.value.count >= 2 }, "the two budget duties link to one statement")
        let calculator = CoverageCalculator()
        let today = calculator.coverage(of: analysis.jobDescription, links: analysis.links, frameworks: frameworks)
        #expect(today.first { $0.standard == safeguarding }?.status == .covered)

        let withBar = calculator.coverage(of: analysis.jobDescription, links: analysis.links, frameworks: barred(frameworks, lines: 2))
        let barredSafeguarding = try #require(withBar.first { $0.standard == safeguarding })
        #expect(barredSafeguarding.status == .weak && barredSafeguarding.items.isEmpty && barredSafeguarding.weakItems == lone)
        let budget = try #require(withBar.first { $0.standard == several.key })
        #expect(budget.status == .covered && budget.items == several.value)

        let confirmed = CoverageOverrides(confirmedLinks: [lone[0]: [safeguarding]])
        let decided = calculator.coverage(of: analysis.jobDescription, links: analysis.links, frameworks: barred(frameworks, lines: 2), overrides: confirmed)
        #expect(decided.first { $0.standard == safeguarding }?.status == .covered, "a link the governors confirmed counts whatever the bar")
    }

    @Test func evaluateProposesABarOnlyWhereLoneCoverageIsMostlyWrong() throws {
        let (analysis, frameworks, duties) = try analysed()
        let budget = try #require(duties.first { $0.key.hasPrefix("hs2020-exec:") && $0.value.count >= 2 }?.key)
        let items = analysis.jobDescription.items
        // The annotators link the budget duties and see no safeguarding statement in the safeguarding duty.
        let gold = GoldFile(document: "jd.txt", path: "jd.gold.json", lines: items.map { item in
            let sure: Set<String> = item.kind == .duty && duties[budget]!.contains(item.id) ? [budget] : []
            return GoldFile.Line(text: item.text, kind: item.kind, section: item.section, sure: sure, possible: sure)
        })
        let documents = (1...3).map { _ in EvaluatedDocument(gold: gold, analysis: analysis, group: nil) }
        let library = try StandardsLibrary.builtIn()
        let result = Evaluator(matcher: try Matcher(library: library, frameworks: frameworks), frameworks: frameworks).evaluate(documents: documents)
        let bars = try #require(result.matching.frameworks.first { $0.frameworkID == "hs2020-exec" }).coverageBars
        let lone = try #require(bars.first { $0.standard == safeguarding })
        #expect(lone.loneRight == 0 && lone.loneWrong == 3 && lone.proposedBar == 2)
        let several = try #require(bars.first { $0.standard == budget })
        #expect(several.severalRight == 3 && several.severalWrong == 0 && several.proposedBar == 1)
        #expect(EvaluationReport.text(result.matching).contains("\(safeguarding)      0 / 3     0 / 0     1 -> 2"))
    }
}
