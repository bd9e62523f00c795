import Testing
@testable import JDAlignKit

@Suite struct CoverageSummaryTests {
    @Test func talliesEachFrameworkAndArea() throws {
        let catalogue = try ReportFixtures.catalogue()
        let summary = CoverageSummary(analysis: try ReportFixtures.deputyHead(), catalogue: catalogue)
        #expect(summary.frameworks.map(\.id) == ["hs2020-exec", "nseh2015"])
        let heads = try #require(summary.frameworks.first)
        // Covered by duties: 7.1 (i3), 7.2 (i4), 4.2 (i6); weak only: 4.3 (i5), 10.1 (i4), 7.4 (i7); 5.4 decided not applicable.
        #expect(heads.tally.covered == 3)
        #expect(heads.tally.weak == 3)
        #expect(heads.tally.notApplicable == 1)
        #expect(heads.tally.total == catalogue.framework("hs2020-exec")?.statements.count)
        #expect(heads.tally.uncovered == heads.tally.total - 7)
        let management = try #require(heads.areas.first { $0.area.id == "7" })
        #expect(management.tally.covered == 2 && management.tally.weak == 1)
        // The qualified person-spec criterion (i8) does not count, so D1.4 is weak, not covered.
        let national = summary.frameworks[1]
        #expect(national.statements.first { $0.statement.id == "D1.4" }?.status == .weak)
        #expect(national.tally.covered == 2)
        #expect(summary.tally == heads.tally + national.tally)
    }

    @Test func strengthCountsDutiesAndGapsExcludeNotApplicable() throws {
        let summary = CoverageSummary(analysis: try ReportFixtures.deputyHead(), catalogue: try ReportFixtures.catalogue())
        let safeguarding = try #require(summary.statements.first { $0.statement.qualifiedID == "hs2020-exec:7.1" })
        #expect(safeguarding.strength == 1)
        #expect(safeguarding.countingDuties == ["i3"])
        #expect(!summary.gaps.contains { $0.statement.qualifiedID == "hs2020-exec:5.4" })
        #expect(summary.gaps.contains { $0.statement.qualifiedID == "hs2020-exec:1.1" })
        #expect(summary.gaps.allSatisfy { $0.status == .uncovered && !$0.statement.text.isEmpty })
    }

    @Test func reverseGapListsDutiesThatCountTowardsNothing() throws {
        let summary = CoverageSummary(analysis: try ReportFixtures.deputyHead(), catalogue: try ReportFixtures.catalogue())
        // i5 and i7 have only weak links.
        #expect(summary.dutiesEvidencingNoStandard.map(\.item.id) == ["i5", "i7"])
        #expect(summary.duties.map(\.item.id) == ["i3", "i4", "i5", "i6", "i7"])
        #expect(summary.personSpecCriteria.map(\.item.id) == ["i8"])
        #expect(summary.personSpecCriteria.first?.links.map(\.standard) == ["nseh2015:D1.4"])
        #expect(summary.duties.first { $0.item.id == "i4" }?.countsTowards == ["hs2020-exec:7.2"])
    }

    @Test func teamMatrixFindsGapsAndSinglePointsOfFailure() throws {
        let matrix = TeamMatrix(analyses: [try ReportFixtures.deputyHead(), try ReportFixtures.businessManager()],
                                catalogue: try ReportFixtures.catalogue())
        #expect(matrix.roles.map(\.title) == ["Deputy Headteacher", "School Business Manager"])
        let safeguarding = try #require(matrix.rows.first { $0.statement.qualifiedID == "hs2020-exec:7.1" })
        #expect(safeguarding.cells.map(\.countingDuties) == [1, 1])
        #expect(safeguarding.coveringRoles == [0, 1])
        let single = matrix.singlePointsOfFailure.map(\.statement.qualifiedID)
        #expect(single.contains("hs2020-exec:9.1") && single.contains("hs2020-exec:7.2") && !single.contains("hs2020-exec:7.1"))
        let gaps = matrix.teamGaps.map(\.statement.qualifiedID)
        // Not applicable to the deputy, but the business manager's JD does not say so: still a team gap.
        #expect(gaps.contains("hs2020-exec:5.4") && gaps.contains("hs2020-exec:1.1") && !gaps.contains("hs2020-exec:9.1"))
        #expect(matrix.roles[1].tally.covered == 2)
        #expect(matrix.roles[0].tally == CoverageSummary(analysis: try ReportFixtures.deputyHead(),
                                                          catalogue: try ReportFixtures.catalogue()).tally)
        #expect(matrix.rows.count == matrix.roles[0].tally.total)
    }
}
