import Testing
import JDAlignKit

@Suite("Year-on-year diff")
struct RevisionDiffTests {
    let framework: Framework
    let old: Analysis
    let new: Analysis
    static let rewordedSafeguarding = "Lead on safeguarding and child protection, ensuring the trust's procedures are followed by every member of staff."
    static let wellbeingDuty = "Promote staff wellbeing and manage workload across the pastoral team."

    init() throws {
        framework = try ReviewFixtures.headteachersStandards()
        let oldJD = ReviewFixtures.jobDescription(path: "2025/deputy-head.docx", [
            (.heading, "Duties and responsibilities"),
            (.duty, ReviewFixtures.safeguardingDuty),
            (.duty, ReviewFixtures.attendanceDuty),
            (.duty, ReviewFixtures.budgetDuty),
        ])
        let newJD = ReviewFixtures.jobDescription(path: "2026/deputy-head.docx", [
            (.heading, "Duties and responsibilities"),
            (.duty, "Monitor pupil attendance, and work with families to improve it!"),
            (.duty, Self.rewordedSafeguarding),
            (.duty, Self.wellbeingDuty),
        ])
        old = ReviewFixtures.analysis(oldJD, links: [("i2", "hs2020-exec:7.1", .linked), ("i3", "hs2020-exec:3.4", .weak), ("i4", "hs2020-exec:8.2", .linked)],
                                      framework: framework)
        new = ReviewFixtures.analysis(newJD, links: [("i3", "hs2020-exec:7.1", .weak), ("i2", "hs2020-exec:3.4", .linked), ("i4", "hs2020-exec:6.3", .linked)],
                                      framework: framework)
    }

    @Test("items are matched as unchanged, reworded, added and removed")
    func items() {
        let diff = RevisionDiff(old: old, new: new, frameworks: [framework])
        #expect(diff.unchangedCount == 1)
        #expect(diff.reworded.count == 1)
        #expect(diff.reworded.first?.old.text == ReviewFixtures.safeguardingDuty)
        #expect(diff.reworded.first?.new.text == Self.rewordedSafeguarding)
        #expect((diff.reworded.first?.similarity ?? 0) >= RevisionDiff.rewordingThreshold)
        #expect(diff.added.map(\.text) == [Self.wellbeingDuty])
        #expect(diff.removed.map(\.text) == [ReviewFixtures.budgetDuty])
    }

    @Test("statements gained and lost follow the coverage status")
    func statements() {
        let diff = RevisionDiff(old: old, new: new, frameworks: [framework])
        let changes = Dictionary(uniqueKeysWithValues: diff.statementChanges.map { ($0.standard, $0) })
        #expect(changes.count == 4)
        #expect(changes["hs2020-exec:7.1"]?.direction == .lost)
        #expect(changes["hs2020-exec:7.1"]?.new == .weak)
        #expect(changes["hs2020-exec:3.4"]?.direction == .gained)
        #expect(changes["hs2020-exec:8.2"]?.direction == .lost)
        #expect(changes["hs2020-exec:8.2"]?.new == .uncovered)
        #expect(changes["hs2020-exec:6.3"]?.direction == .gained)
        #expect(changes["hs2020-exec:6.3"]?.text == framework.statements.first { $0.id == "6.3" }?.text)
    }

    @Test("last year's decisions applied to this year show which went stale, and where the item went")
    func staleDecisions() {
        let decisions = [
            Decision(action: .accept, standard: "hs2020-exec:7.1", item: ItemFingerprint.of(ReviewFixtures.safeguardingDuty),
                     itemText: ReviewFixtures.safeguardingDuty, reason: "DSL role", decidedBy: "FGB", date: "2025-11-20"),
            Decision(action: .accept, standard: "hs2020-exec:3.4", item: ItemFingerprint.of(ReviewFixtures.attendanceDuty),
                     reason: "Attendance is behaviour", decidedBy: "FGB", date: "2025-11-20"),
            Decision(action: .reject, standard: "hs2020-exec:8.2", item: ItemFingerprint.of(ReviewFixtures.budgetDuty),
                     reason: "Not financial management", decidedBy: "FGB", date: "2025-11-20"),
        ]
        let applier = DecisionApplier(frameworks: [framework])
        let diff = RevisionDiff(old: applier.apply(decisions, to: old), new: applier.apply(decisions, to: new), frameworks: [framework])
        #expect(diff.staleDecisions.map(\.decision) == [decisions[0], decisions[2]])
        #expect(diff.staleDecisions[0].rewordedAs?.text == Self.rewordedSafeguarding)
        #expect(diff.staleDecisions[1].rewordedAs == nil)
        // With the same decisions on both sides, 3.4 was covered by decision last year and by the matcher this year.
        #expect(!diff.statementChanges.contains { $0.standard == "hs2020-exec:3.4" })
    }

    @Test("an analysis compared with itself has no changes")
    func identical() {
        let diff = RevisionDiff(old: old, new: old, frameworks: [framework])
        #expect(diff.isEmpty)
        #expect(diff.unchangedCount == 3)
        #expect(RevisionDiffReport.text(diff).contains("No changes"))
    }

    @Test("similarity is the Jaccard index of normalised word sets")
    func similarity() {
        #expect(RevisionDiff.similarity(ReviewFixtures.budgetDuty, Self.wellbeingDuty) < RevisionDiff.rewordingThreshold)
        #expect(RevisionDiff.similarity("Lead on safeguarding.", "lead on SAFEGUARDING") == 1)
        #expect(RevisionDiff.similarity("plan staff training", "plan pupil trips") == 1.0 / 5.0)
    }

    func withStarsAndPipes() -> Analysis {
        var analysis = new
        analysis.jobDescription.items.append(Item(id: "i5", kind: .duty, text: "Lead *all* year groups | houses", section: "", line: 5))
        return analysis
    }

    @Test("the renderers show every change")
    func renderers() throws {
        let diff = RevisionDiff(old: old, new: new, frameworks: [framework])
        let text = RevisionDiffReport.text(diff)
        #expect(text.contains("1 added, 1 removed, 1 reworded, 1 unchanged"))
        #expect(text.contains("  + line 4: \(Self.wellbeingDuty)"))
        #expect(text.contains("  - line 4: \(ReviewFixtures.budgetDuty)"))
        #expect(text.contains("was: \(ReviewFixtures.safeguardingDuty)"))
        #expect(text.contains("Statements lost:\n  hs2020-exec:7.1  covered → weak"))
        let markdown = RevisionDiffReport.markdown(diff)
        #expect(markdown.contains("## Reworded"))
        #expect(markdown.contains("| hs2020-exec:8.2 "))
        #expect(RevisionDiffReport.markdown(RevisionDiff(old: old, new: withStarsAndPipes(), frameworks: [framework])).contains("Lead \\*all\\* year groups \\| houses"))
        let json = try JSONParser.parse(JSONWriter.write(RevisionDiffReport.json(diff)))
        #expect(json["added"]?.arrayValue?.first?["fingerprint"]?.stringValue == ItemFingerprint.of(Self.wellbeingDuty))
        #expect(json["statements"]?.arrayValue?.count == 4)
        #expect(json["reworded"]?.arrayValue?.first?["new"]?["line"]?.numberValue == 3)
    }
}
