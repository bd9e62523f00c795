import Testing
@testable import JDAlignKit

/// Layouts from the corpus's tune split that lost or invented duties and criteria, each written here as a small JD of
/// its own (no sentence taken from the corpus): the rule that reads the layout must hold on a JD nobody tuned for.
@Suite struct SegmentationLayoutTests {
    @Test func gridLaidOutWithSpacesKeepsItsCodesAcronymsAndPageBreakOutOfTheCriteria() {
        let jd = segmentText("""
            Oakhurst College – Head of Languages JD                                     Page 1 of 2

            Key duties
            • Lead the languages team and plan its curriculum.
            • Report on outcomes in French and Spanish to the senior team.

            Oakhurst College – Head of Languages JD                                     Page 2 of 2

            PERSON SPECIFICATION
            Criteria                                       Essential    Desirable    Assessed
            Qualifications
            Degree in a modern foreign language              X                       A
            QTS                                              X                       A
            Experience
            Teaching French to A level                                    X          A/I
            Personal
            Patience and a sense of humour                   X                       I

            A = Application form    I = Interview    R = References
            """)
        #expect(jd.texts(.personSpec) == ["Degree in a modern foreign language", "QTS", "Teaching French to A level",
                                          "Patience and a sense of humour"])
        #expect(jd.item("QTS")?.criterion?.assessment == ["A"])
        #expect(jd.texts(.heading).contains("Personal"))
        #expect(jd.texts(.heading).contains("Assessed"))
        #expect(jd.items.filter { $0.text.contains(" = ") }.allSatisfy { $0.kind == .other })
    }

    @Test func loneAcronymsInACriteriaListAreQualificationsNotHeadings() {
        let jd = segmentText("""
            # Person specification

            ## Qualifications
            - QTS
            - NPQML
            - A degree in a science subject
            """, path: "jd.md", format: .markdown)
        #expect(jd.texts(.personSpec) == ["QTS", "NPQML", "A degree in a science subject"])
        #expect(jd.texts(.heading) == ["Person specification", "Qualifications"])
    }

    @Test func pageFooterInsideAGridLaidOutWithSpacesIsNotACriterion() {
        let jd = segmentText("""
            Westfield School – Bursar                                    Page 1 of 2
            Main duties
            Prepare the annual budget with the Headteacher.
            Westfield School – Bursar                                    Page 2 of 2
            PERSON SPECIFICATION
            Knowledge of school finance                  E        Interview
            Experience of payroll                        D        Application
            Westfield School – Bursar                                    Page 3 of 3
            """)
        #expect(jd.texts(.personSpec) == ["Knowledge of school finance", "Experience of payroll"])
    }
}
