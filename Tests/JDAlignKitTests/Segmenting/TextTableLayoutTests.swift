import Testing
@testable import JDAlignKit

/// Tables flattened to plain text with their cells kept apart by " | " (pasted from a web page or an e-mail) or by
/// tabs (saved from Word as text): the same rows must read the same either way.
@Suite struct TextTableLayoutTests {
    static let pipeTable = """
        Post title | Head of Geography
        Salary | MPS/UPS + TLR 2a
        Responsible to | Deputy Headteacher

        Area | Duties
        Curriculum | Lead the design of the KS3 geography curriculum.
          | Plan fieldwork for every year group, with risk assessments.
        Pupils | Promote high standards of behaviour in geography lessons.

        PERSON SPECIFICATION
        Criteria | Essential | Desirable | Assessed by
        QUALIFICATIONS
        Qualified Teacher Status | ✓ | | A
        Degree in geography or a related subject | ✓ | | A
        Experience of leading fieldwork | | ✓ | A, I
        """

    @Test(arguments: [" | ", "\t"])
    func cellsKeptApartByPipesOrTabsAreReadAsATable(separator: String) {
        let jd = segmentText(Self.pipeTable.replacingOccurrences(of: " | ", with: separator))
        #expect(jd.metadata.postTitle == "Head of Geography")
        #expect(jd.metadata.grade == "MPS/UPS + TLR 2a")
        #expect(jd.texts(.duty) == [
            "Lead the design of the KS3 geography curriculum.",
            "Plan fieldwork for every year group, with risk assessments.",
            "Promote high standards of behaviour in geography lessons.",
        ])
        // The last cell of a row ("A", "Assessed by") is not a line that the next row's text carries on.
        #expect(jd.texts(.personSpec) == [
            "Qualified Teacher Status", "Degree in geography or a related subject", "Experience of leading fieldwork",
        ])
        #expect(jd.texts(.heading).contains("Assessed by"))
        #expect(jd.texts(.heading).contains("QUALIFICATIONS"))
    }

    @Test func aCriterionWrappedBelowItsRowsCellsIsOneCriterion() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            KNOWLEDGE AND UNDERSTANDING
            Knowledge of research into teaching, and the ability to turn\tE\tA/I
            it into practical guidance for staff
            The statutory induction arrangements for ECTs\tE\tI
            """)
        #expect(jd.texts(.personSpec) == [
            "Knowledge of research into teaching, and the ability to turn it into practical guidance for staff",
            "The statutory induction arrangements for ECTs",
        ])
    }

    @Test func aPipeInsideProseIsNotACell() {
        #expect(DraftBuilder.splittingPipeCells("Use the A|B grading scheme") == ["Use the A|B grading scheme"])
        #expect(DraftBuilder.splittingPipeCells("Salary | L12 | ") == ["Salary", "L12"])
    }
}
