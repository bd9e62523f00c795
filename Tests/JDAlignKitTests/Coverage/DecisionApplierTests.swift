import Foundation
import Testing
import JDAlignKit

@Suite("Applying decisions")
struct DecisionApplierTests {
    let framework: Framework
    let analysis: Analysis

    init() throws {
        framework = try ReviewFixtures.headteachersStandards()
        let jd = ReviewFixtures.jobDescription(path: "Examples/deputy-head.docx", [
            (.duty, ReviewFixtures.safeguardingDuty),
            (.duty, ReviewFixtures.attendanceDuty),
            (.duty, ReviewFixtures.budgetDuty),
            (.personSpec, ReviewFixtures.personSpecCriterion),
        ])
        analysis = ReviewFixtures.analysis(jd, links: [
            ("i1", "hs2020-exec:7.1", .linked),
            ("i2", "hs2020-exec:3.4", .weak),
            ("i3", "hs2020-exec:8.2", .linked),
            ("i4", "hs2020-exec:7.2", .linked),
        ], framework: framework)
    }

    func decision(_ action: Decision.Action, _ standard: String, item text: String?) -> Decision {
        Decision(action: action, standard: standard, item: text.map(ItemFingerprint.of), itemText: text,
                 reason: "Agreed at the November FGB", decidedBy: "FGB", date: "2026-11-20")
    }

    func applied(_ decisions: [Decision]) -> Analysis {
        DecisionApplier(frameworks: [framework]).apply(decisions, to: analysis)
    }

    @Test("the hand-built analysis starts where the tests assume")
    func startingPoint() {
        #expect(ReviewFixtures.status("hs2020-exec:7.1", in: analysis) == .covered)
        #expect(ReviewFixtures.status("hs2020-exec:3.4", in: analysis) == .weak)
        #expect(ReviewFixtures.status("hs2020-exec:8.2", in: analysis) == .covered)
        #expect(ReviewFixtures.status("hs2020-exec:7.2", in: analysis) == .weak)
        #expect(ReviewFixtures.status("hs2020-exec:3.3", in: analysis) == .uncovered)
    }

    @Test("accept makes a weak link count, and says so in its evidence")
    func acceptWeakLink() {
        let result = applied([decision(.accept, "hs2020-exec:3.4", item: ReviewFixtures.attendanceDuty)])
        #expect(ReviewFixtures.status("hs2020-exec:3.4", in: result) == .covered)
        #expect(result.coverage.first { $0.standard == "hs2020-exec:3.4" }?.items == ["i2"])
        let link = result.links["i2"]?.first { $0.standard == "hs2020-exec:3.4" }
        #expect(link?.strength == .linked)
        #expect(link?.evidence.last?.source == .decision)
        #expect(link?.evidence.last?.pattern == "Agreed at the November FGB")
        #expect(result.decisions == [DecisionOutcome(decision: decision(.accept, "hs2020-exec:3.4", item: ReviewFixtures.attendanceDuty), state: .applied, itemID: "i2")])
    }

    @Test("accepting a person-specification link makes it count")
    func acceptPersonSpec() {
        let result = applied([decision(.accept, "hs2020-exec:7.2", item: ReviewFixtures.personSpecCriterion)])
        #expect(ReviewFixtures.status("hs2020-exec:7.2", in: result) == .covered)
    }

    @Test("accept without a matcher link adds one")
    func acceptWithoutLink() {
        let result = applied([decision(.accept, "hs2020-exec:3.3", item: ReviewFixtures.attendanceDuty)])
        #expect(ReviewFixtures.status("hs2020-exec:3.3", in: result) == .covered)
        #expect(result.links["i2"]?.contains { $0.standard == "hs2020-exec:3.3" && $0.strength == .linked } == true)
    }

    @Test("reject takes the link out of the count")
    func reject() {
        let result = applied([decision(.reject, "hs2020-exec:8.2", item: ReviewFixtures.budgetDuty)])
        #expect(ReviewFixtures.status("hs2020-exec:8.2", in: result) == .uncovered)
        #expect(result.links["i3"] == nil)
        #expect(result.gaps.contains("hs2020-exec:8.2"))
    }

    @Test("add creates a counting link the matcher missed")
    func add() {
        let result = applied([decision(.add, "hs2020-exec:10.1", item: ReviewFixtures.budgetDuty)])
        #expect(ReviewFixtures.status("hs2020-exec:10.1", in: result) == .covered)
        let link = result.links["i3"]?.first { $0.standard == "hs2020-exec:10.1" }
        #expect(link?.evidence == [DecisionApplier.evidence(for: decision(.add, "hs2020-exec:10.1", item: ReviewFixtures.budgetDuty))])
        #expect(ReviewFixtures.status("hs2020-exec:8.2", in: result) == .covered)
    }

    @Test("not-applicable is never a gap")
    func notApplicable() {
        let result = applied([decision(.notApplicable, "hs2020-exec:3.3", item: nil)])
        #expect(ReviewFixtures.status("hs2020-exec:3.3", in: result) == .notApplicable)
        #expect(!result.gaps.contains("hs2020-exec:3.3"))
        #expect(result.gaps.count == analysis.gaps.count - 1)
    }

    @Test("a decision about reworded text is stale and not applied")
    func staleWhenReworded() {
        let old = decision(.reject, "hs2020-exec:8.2", item: "Manage the pastoral budget and report on it to governors.")
        let result = applied([old])
        #expect(result.decisions == [DecisionOutcome(decision: old, state: .stale)])
        #expect(ReviewFixtures.status("hs2020-exec:8.2", in: result) == .covered)
        #expect(result.coverage == analysis.coverage)
    }

    @Test("a re-typed item still matches its decision")
    func retypedStillApplies() {
        let retyped = decision(.reject, "hs2020-exec:8.2", item: "manage the pastoral budget, and account for its spending to the governing board")
        #expect(applied([retyped]).decisions.first?.state == .applied)
    }

    @Test("a statement outside the analysed frameworks is reported, not applied")
    func unknownStandard() {
        let elsewhere = decision(.notApplicable, "nseh2015:D1.1", item: nil)
        let area = decision(.accept, "hs2020-exec:7", item: ReviewFixtures.safeguardingDuty)
        let result = applied([elsewhere, area])
        #expect(result.decisions.map(\.state) == [.unknownStandard, .unknownStandard])
        #expect(result.coverage == analysis.coverage)
    }

    @Test("the starter file lists each weak link as a review placeholder after the decisions already made")
    func starter() throws {
        let accepted = decision(.accept, "hs2020-exec:3.4", item: ReviewFixtures.attendanceDuty)
        let text = StarterDecisions.text(for: applied([accepted]))
        let root = try JSONParser.parse(text)
        #expect(root["jd"]?.stringValue == "deputy-head.docx")
        let entries = try #require(root["decisions"]?.arrayValue)
        #expect(entries.map { $0["action"]?.stringValue } == ["accept", "review"])
        #expect(entries[1]["standard"]?.stringValue == "hs2020-exec:7.2")
        #expect(entries[1]["item"]?.stringValue == ItemFingerprint.of(ReviewFixtures.personSpecCriterion))
        #expect(entries[1]["itemText"]?.stringValue == ReviewFixtures.personSpecCriterion)
        #expect(throws: CatalogueError.self) { try DecisionsFile.decode(Array(text.utf8), file: "starter.json") }
    }

    @Test("a completed starter file reads and applies")
    func completedStarter() throws {
        let starter = StarterDecisions.text(for: analysis)
        let completed = starter
            .replacingOccurrences(of: "\"review\"", with: "\"accept\"")
            .replacingOccurrences(of: "\"reason\": \"\"", with: "\"reason\": \"Confirmed\"")
            .replacingOccurrences(of: "\"decidedBy\": \"\"", with: "\"decidedBy\": \"FGB\"")
            .replacingOccurrences(of: "\"date\": \"\"", with: "\"date\": \"2026-11-20\"")
        let file = try DecisionsFile.decode(Array(completed.utf8), file: "decisions.json")
        #expect(file.decisions.count == 2)
        let result = DecisionApplier(frameworks: [framework]).apply(file.decisions, to: analysis)
        #expect(result.coverage.allSatisfy { $0.status != .weak })
        #expect(ReviewFixtures.status("hs2020-exec:7.2", in: result) == .covered)
    }
}
