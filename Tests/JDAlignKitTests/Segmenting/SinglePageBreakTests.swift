import Testing
@testable import JDAlignKit

/// A two-page JD as `pdftotext -layout` leaves it: the running header appears once, on the second page, so it
/// cannot be told by its repeats. Written for these tests in the layout of round 46's tune head of geography.
@Suite struct SinglePageBreakTests: ReadsLayouts {
    private static let twoPages = """
                                         STOURBRIDGE VALE SCHOOL
                                   JOB DESCRIPTION AND PERSON SPECIFICATION
                                            Head of History

        Main duties
            •   Lead the history curriculum from Year 7 to Year 13, keeping it ambitious and well
                sequenced.
            •   Analyse assessment results to identify students or groups at risk of

                                                  Page 1
        \u{0C}      Stourbridge Vale School                      Head of History – JD and Person Specification

                falling behind, and arrange timely support.
            •   Keep parents well informed through reports and parents' evenings.

        Person specification
            •   Qualified Teacher Status
            •   Successful teaching of history to A level
        """

    @Test func theSecondPagesHeaderNamingTheSchoolIsFurnitureNotThePersonSpecification() {
        let jd = read(Self.twoPages)
        #expect(texts(jd, .duty) == [
            "Lead the history curriculum from Year 7 to Year 13, keeping it ambitious and well sequenced.",
            "Analyse assessment results to identify students or groups at risk of falling behind, and arrange timely support.",
            "Keep parents well informed through reports and parents' evenings.",
        ])
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "Successful teaching of history to A level"])
        #expect(jd.item("Stourbridge Vale School")?.kind == .other)
    }

    @Test func aLineAfterAPageBreakThatNamesNoLetterheadIsStillRead() {
        let jd = read(Self.twoPages.replacingOccurrences(of: "Stourbridge Vale School   ", with: "Curriculum and standards"))
        #expect(jd.item("Curriculum and standards")?.kind != .other)
    }

    @Test func aTitleAloneAfterAPageBreakThatTheContentsListedStillOpensAPart() {
        let jd = read("""
            Northbeck Learning Trust
            Chief Executive Officer
            Recruitment pack

            Contents
            A message from the Chair of Trustees                    2
            The trust at a glance                                   3
            The role                                                4

            Northbeck Learning Trust | Chief Executive Officer | Recruitment pack                1

            A MESSAGE FROM THE CHAIR OF TRUSTEES

            Thank you for your interest in leading our trust.
            """)
        #expect(jd.item("A MESSAGE FROM THE CHAIR OF TRUSTEES")?.kind == .heading)
    }
}
