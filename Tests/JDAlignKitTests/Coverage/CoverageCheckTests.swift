import Testing
import JDAlignKit

@Suite("Coverage check")
struct CoverageCheckTests {
    let framework: Framework
    let analysis: Analysis

    init() throws {
        framework = try ReviewFixtures.headteachersStandards()
        let jd = ReviewFixtures.jobDescription(path: "deputy-head.docx", [
            (.duty, ReviewFixtures.safeguardingDuty),
            (.duty, ReviewFixtures.attendanceDuty),
            (.duty, ReviewFixtures.behaviourDuty),
        ])
        // Area 7 (five statements): 7.1 and 7.2 covered, 7.3 weak, 7.4 and 7.5 uncovered; 3.2 covered.
        analysis = ReviewFixtures.analysis(jd, links: [
            ("i1", "hs2020-exec:7.1", .linked), ("i1", "hs2020-exec:7.2", .linked), ("i2", "hs2020-exec:7.3", .weak),
            ("i3", "hs2020-exec:3.2", .linked),
        ], framework: framework)
    }

    func check(_ requirements: [String], minimum: Double? = nil) throws -> CoverageCheckResult {
        try CoverageCheck(requirements: requirements, minimumCoverage: minimum, frameworks: [framework]).evaluate(analysis)
    }

    @Test("a covered statement requirement passes")
    func statementMet() throws {
        let result = try check(["hs2020-exec:7.1", "hs2020-exec:3.2"])
        #expect(result.passed)
        #expect(result.unmet.isEmpty)
    }

    @Test("an area requirement lists the statements that fall short, weak ones included")
    func areaUnmet() throws {
        let result = try check(["hs2020-exec:7"])
        #expect(!result.passed)
        #expect(result.unmet.map(\.requirement) == ["hs2020-exec:7"])
        #expect(result.unmet[0].shortfalls.map(\.standard) == ["hs2020-exec:7.3", "hs2020-exec:7.4", "hs2020-exec:7.5"])
        #expect(result.unmet[0].shortfalls.map(\.status) == [.weak, .uncovered, .uncovered])
    }

    @Test("not-applicable statements meet a requirement")
    func notApplicableMeets() throws {
        let decisions = ["hs2020-exec:7.3", "hs2020-exec:7.4", "hs2020-exec:7.5"].map {
            Decision(action: .notApplicable, standard: $0, reason: "Covered by the trust's DSL", decidedBy: "FGB", date: "2026-11-20")
        }
        let decided = DecisionApplier(frameworks: [framework]).apply(decisions, to: analysis)
        let result = try CoverageCheck(requirements: ["hs2020-exec:7"], minimumCoverage: nil, frameworks: [framework]).evaluate(decided)
        #expect(result.passed)
    }

    @Test("a framework requirement, and no requirement at all, require every statement")
    func wholeFramework() throws {
        let statementCount = framework.statements.count
        let named = try check(["hs2020-exec"])
        let defaulted = try check([])
        #expect(named == defaulted)
        #expect(named.unmet.first?.shortfalls.count == statementCount - 3)
    }

    @Test("minimum coverage counts covered statements over applicable ones")
    func minimumCoverage() throws {
        let total = Double(framework.statements.count)
        let percentage = 3 * 100 / total
        let result = try check([], minimum: 5)
        #expect(result.coveragePercentage == percentage)
        #expect(result.passed == (percentage >= 5))
        #expect(result.unmet.isEmpty)
        #expect(try !check([], minimum: percentage + 0.1).passed)
        let decided = DecisionApplier(frameworks: [framework]).apply(
            [Decision(action: .notApplicable, standard: "hs2020-exec:3.3", reason: "Secondary school: no early reading", decidedBy: "FGB", date: "2026-11-20")],
            to: analysis)
        #expect(CoverageCheck.coveragePercentage(of: decided) == 3 * 100 / (total - 1))
    }

    @Test("unknown requirement ids are errors", arguments: [("nseh2015:D1", "names no framework"), ("hs2020-exec:11", "is not an area or statement"), ("hs2020-exec:7.9", "is not an area or statement")])
    func unknownIDs(_ id: String, _ message: String) {
        #expect {
            _ = try check([id])
        } throws: { error in
            (error as? CoverageCheckError)?.requirement == id && (error as? CoverageCheckError)?.message.hasPrefix(message) == true
        }
    }
}
