import Testing
@testable import JDAlignKit

/// Layouts that PDF converters leave and that the first corpus rounds lacked: two bulleted panels printed side by side
/// with Wingdings bullets, and unbulleted duties hard-wrapped at a fixed width under headings in capitals.
@Suite struct ConverterLayoutTests {
    @Test func twoBulletedPanelsSideBySideGiveEachItemWhole() {
        // Wingdings' round bullet read as "l", a right-hand item wrapping past the row that the left-hand bullet opens,
        // and one right-hand line shifted to the bullet's own column.
        let jd = segmentText("""
            KEY RESPONSIBILITIES

            Planning and direction                                       Assessment and feedback
            l   Agree the faculty's priorities with the senior          l   Build an assessment calendar that every
                leader who line manages science.                             class follows from Year 7 to Year 11.
            l   Keep a risk register for practical work and             l   Check that marking is kept manageable and
                review it with the technicians each term.                    that students act on the feedback they
            l   Lead faculty meetings with a clear focus on                  are given.
                teaching rather than notices.                           l   Moderate coursework samples with the
            l   Report to governors on the faculty's results            exam board's guidance and keep records.
                once a year.
            """)
        #expect(Set(jd.texts(.duty)) == [
            "Agree the faculty's priorities with the senior leader who line manages science.",
            "Keep a risk register for practical work and review it with the technicians each term.",
            "Lead faculty meetings with a clear focus on teaching rather than notices.",
            "Report to governors on the faculty's results once a year.",
            "Build an assessment calendar that every class follows from Year 7 to Year 11.",
            "Check that marking is kept manageable and that students act on the feedback they are given.",
            "Moderate coursework samples with the exam board's guidance and keep records.",
        ])
        #expect(!jd.items.contains { $0.text == "l" }, "a bullet set apart is no item")
    }

    @Test func aHardWrappedDutyEndsAtAHeadingInCapitalsAndAtTheNextUnmarkedDuty() {
        // Wrapped at about 100 characters with the bullets lost: the lines that fill the width carry on, a short last
        // line ends the duty, and a heading in capitals after a line near the width is still a heading.
        let wide = "Oversee the SEND register and the provision map for every year group, keeping both up to date on"
        let jd = segmentText("""
            KEY RESPONSIBILITIES
            STRATEGIC LEADERSHIP
            Write the inclusion section of the school improvement plan with the headteacher and the governors
            Represent the school at the local authority's termly meetings for special educational needs leads
            Deputise for the headteacher when both the head and the deputy are away from the school site
            PROVISION AND THE GRADUATED APPROACH
            \(wide)
            the school's management information system
            Quality assure the interventions run by teaching assistants and check the impact of each one
            Chair annual reviews for pupils with education, health and care plans and send the paperwork on
            to the local authority on time
            Lead the weekly meeting of the inclusion team and keep a record of the actions agreed at each one
            Arrange training for all staff on the needs of pupils with autism, ADHD and speech difficulties
            """)
        #expect(jd.item("PROVISION AND THE GRADUATED APPROACH")?.kind == .heading)
        #expect(jd.texts(.duty).contains("Deputise for the headteacher when both the head and the deputy are away from the school site"))
        #expect(jd.texts(.duty).contains(wide + " the school's management information system"))
        #expect(jd.item("Quality assure the interventions run by teaching assistants and check the impact of each one")?.kind == .duty,
                "a joined duty does not swallow the next line because the joined text is long")
        #expect(jd.texts(.duty).count == 8)
    }

    @Test func aPackPartTitledWithAVerbIsAHeadingAndItsLettersAreNoDuties() {
        let jd = segmentText("""
            Welcome from the Principal

            Thank you for your interest in joining our academy. We are proud of our students and of the staff who teach them.

            Main duties
            • Welcome new staff to the department and plan their induction with them.
            """)
        #expect(jd.item("Welcome from the Principal")?.kind == .heading)
        #expect(jd.texts(.duty) == ["Welcome new staff to the department and plan their induction with them."])
    }

    @Test func additionalInformationEndsThePersonSpecificationAndASignatureLineWithEllipsesIsBoilerplate() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Essential:
            • Qualified teacher status
            • Experience of leading a team of teachers

            Additional information

            We are committed to safeguarding and promoting the welfare of children, and we expect all staff to share this commitment.
            To apply, please send the completed application form to the school office by noon on the closing date.
            Signed (post holder) ……………………………
            """)
        #expect(jd.texts(.personSpec) == ["Qualified teacher status", "Experience of leading a team of teachers"])
        #expect(jd.item("Additional information")?.kind == .heading)
        #expect(jd.item("Signed (post holder) ……………………………")?.kind == .boilerplate)
    }

    @Test func aFlattenedRowsLeadInIsFollowedByItsEntriesInLowerCase() {
        // A two-column table flattened with " / ": the label cell is empty on the rows after the first, and the
        // entries after a lead-in carry on its sentence in lower case.
        let jd = segmentText("""
            Teaching / Teach a full timetable of science to Years 7 to 11.
            Expectations of every teacher / Every member of staff at the school is expected to:
             / uphold the school's values of kindness and ambition in all their work;
             / follow the staff code of conduct and the school's policies;
             / take part in appraisal and in their own professional learning.
            """)
        #expect(jd.texts(.duty).contains("uphold the school's values of kindness and ambition in all their work;"))
        #expect(jd.texts(.duty).contains("take part in appraisal and in their own professional learning."))
        #expect(!jd.items.contains { $0.text.hasPrefix("/") }, "the empty label cell's separator is no part of an entry")
    }
}
