import Testing
@testable import JDAlignKit

/// A review's counter-examples to the rules for job boards' listings, introductions and keys (round 31): each line
/// sits on the wrong side of one rule as first written, and must read as a person would read it.
@Suite struct ReviewedListingRuleTests: ReadsLayouts {
    @Test func aResponsibilityWithALabelAndADateIsADutyWhileAFactOfTheVacancyIsNot() {
        let jd = read("""
            Areas of responsibility
            - Safeguarding: DSL for Years 7-9 from September 2026
            - Cover: may include up to 3 lessons per week
            - Timetable: the 2026-27 timetable, published by June
            - Open evening: 2 October, leading tours with student ambassadors
            - Interviews: w/c 4 May 2026
            - Visits: Tuesday 3 March
            """)
        #expect(texts(jd, .duty) == [
            "Safeguarding: DSL for Years 7-9 from September 2026",
            "Cover: may include up to 3 lessons per week",
            "Timetable: the 2026-27 timetable, published by June",
            "Open evening: 2 October, leading tours with student ambassadors",
        ])
    }

    @Test func aCriterionEndingInItsCodesIsNoKeyThoughItsLabelOpensLikeOne() {
        for criterion in ["Key Stage 3 and 4 teaching experience: A/I", "Evidence of successful leadership of a SEND team: A/I/R",
                          "Assessment qualification (e.g. CPT3A): A", "Identified as a strong communicator by current employer: R"] {
            #expect(!CriterionTerms.isCodeKey(criterion), "\(criterion)")
        }
        #expect(CriterionTerms.isCodeKey("Where assessed: A/I"))
        #expect(CriterionTerms.isCodeKey("Assessed by: A, I, R"))
    }

    @Test func dutiesAboutCookiesAndOnesThatGiveTheSchoolAsTheirReasonStayDuties() {
        let jd = read("""
            Key responsibilities
            - The school is a member of the Teaching School Hub; represent it at hub meetings
            - Our Academy is a Research School, so lead the research strand of the CPD programme
            - Hollins Vale Primary School is a two-form entry school in the heart of the town.
            Maintain the school website, making sure its cookie policy and privacy notice meet GDPR requirements.
            Teach pupils in Key Stage 2 to recognise when to accept cookies and when to refuse them.
            Line manage this post
            """)
        #expect(texts(jd, .duty) == [
            "The school is a member of the Teaching School Hub; represent it at hub meetings",
            "Our Academy is a Research School, so lead the research strand of the CPD programme",
            "Maintain the school website, making sure its cookie policy and privacy notice meet GDPR requirements.",
            "Teach pupils in Key Stage 2 to recognise when to accept cookies and when to refuse them.",
            "Line manage this post",
        ])
    }

    @Test func aCriterionAboutMarkingAgainstEachCriterionIsACriterion() {
        let jd = read("""
            Person specification
            A secure understanding of how to moderate writing against each criterion of the KS2 framework.
            The ability to mark pupils' work accurately against each criterion of a GCSE mark scheme.
            The evidence source for each criterion is shown in square brackets.
            """)
        #expect(texts(jd, .personSpec) == [
            "A secure understanding of how to moderate writing against each criterion of the KS2 framework.",
            "The ability to mark pupils' work accurately against each criterion of a GCSE mark scheme.",
        ])
    }
}
