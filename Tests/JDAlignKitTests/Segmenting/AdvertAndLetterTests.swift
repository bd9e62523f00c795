import Testing
@testable import JDAlignKit

/// Adverts that carry the JD, a one-page advert in prose, a pack written as one long letter, and criteria written
/// inside a grid's Essential and Desirable cells, in JDs written for these tests in the layouts round 29's tune JDs
/// showed.
@Suite struct AdvertAndLetterTests: ReadsLayouts {
    @Test func anAdvertsSuccessfulCandidateListIsCriteriaAndItsOfferAndDeadlineAreNot() {
        let jd = read("""
            Head of School
            Apply by: 9am, Monday 16 March 2026

            Key responsibilities include:
            • leading teaching and learning across the school day to day

            The successful candidate will:
            • hold Qualified Teacher Status and have a strong record as a primary teacher
            • be confident using assessment information to act quickly

            We can offer:
            • a funded coaching programme and time for your own development
            """)
        #expect(texts(jd, .personSpec) == [
            "hold Qualified Teacher Status and have a strong record as a primary teacher",
            "be confident using assessment information to act quickly",
        ])
        #expect(jd.item("Apply by: 9am, Monday 16 March 2026")?.kind == .metadata)
        #expect(jd.item("a funded coaching programme and time for your own development")?.kind == .other)
    }

    @Test func aOnePageAdvertsParagraphsAreDutiesAndCriteriaAfterItsInterviewDate() {
        let jd = read("""
            Assistant Headteacher – Personal Development
            Closing date: 9am, Monday 19 May 2025 | Interviews: week beginning 2 June 2025
            In this role you will lead the personal development curriculum across Years 7 to 11, including PSHE and careers.
            The ideal candidate will be a qualified teacher with a strong record of teaching at secondary level and of leading a team.
            It would be an advantage if you have completed or are working towards a National Professional Qualification.
            """)
        #expect(texts(jd, .duty) == ["In this role you will lead the personal development curriculum across Years 7 to 11, including PSHE and careers."])
        #expect(texts(jd, .personSpec).count == 2)
    }

    @Test func aPackWrittenAsOneLongLetterIsTheSchoolsUntilItsDutiesBegin() {
        let letter = Array(repeating: "Our pupils are kind, curious and proud of their village school, and the staff are a close team.", count: 3)
            .joined(separator: "\n\n")
        let jd = read("""
            Dear Colleague,

            Thank you for your interest in becoming Deputy Headteacher at Fellwick. The deputy will work alongside me.

            \(letter)

            What the role involves

            The deputy will lead teaching and learning across the school and report to governors each term.
            """)
        #expect(texts(jd, .duty) == ["The deputy will lead teaching and learning across the school and report to governors each term."])
    }

    @Test func criteriaWrittenInsideTheEssentialAndDesirableCellsAreTheCriteriaAndTheAreaTheirHeading() {
        let jd = read("""
            ## Person specification

            | Area | Essential | Desirable | Evidence |
            | --- | --- | --- | --- |
            | Finance and governance | Sound understanding of budgets and public accountability<br>Experience of working with a board | Experience as an accounting officer | Application, interview |

            Candidates will be assessed against the criteria above. E = Essential, D = Desirable.

            ## Notes

            This job description will be reviewed annually.
            """, as: .markdown, path: "jd.md")
        #expect(jd.item("Finance and governance")?.kind == .heading)
        #expect(texts(jd, .personSpec) == [
            "Sound understanding of budgets and public accountability", "Experience of working with a board",
            "Experience as an accounting officer",
        ])
    }

    /// Edges a review session found by writing JDs of its own against the rules above.
    @Test func reviewedEdgesOfTheAdvertRules() {
        let duties = read("""
            Key requirements
            - Oversee the school timetable and cover arrangements.

            ## Terms of reference
            - Chair the curriculum committee each half term.

            The successful candidate will:
            - Lead the professional development programme for all teaching staff.
            - Publish policies and reports on the school website (PDF)

            The ideal candidate will lead our pastoral team and drive improvements in attendance.

            How to apply: 3 simple steps
            - Complete the application form on the county portal.
            """)
        #expect(texts(duties, .duty) == [
            "Oversee the school timetable and cover arrangements.", "Chair the curriculum committee each half term.",
            "Lead the professional development programme for all teaching staff.",
            "Publish policies and reports on the school website (PDF)",
            "The ideal candidate will lead our pastoral team and drive improvements in attendance.",
        ])
        let criteria = read("""
            Person specification
            - Ms Excel, including pivot tables
            - Advanced user of Microsoft Office (Word, Excel, PPT)
            - Able to create accessible documents (PDF, DOCX)

            The ideal candidate will have QTS.
            """)
        #expect(texts(criteria, .personSpec).count == 4)
    }

    @Test func aBrowserCopiedVacancyPagesDesirableListAndDownloadsReadAsThePageMeansThem() {
        let jd = read("""
            Home > Vacancies > Head of Geography
            Main responsibilities
            • Lead a team of five geography teachers
            Person specification
            Essential
            • Qualified Teacher Status
            Desirable
            • Experience of leading fieldwork
            Downloads
            Head of Geography job description.pdf
            Application form.docx
            """)
        #expect(texts(jd, .duty) == ["Lead a team of five geography teachers"])
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "Experience of leading fieldwork"])
        #expect(jd.item("Experience of leading fieldwork")?.criterion?.priority == .desirable)
        #expect(jd.item("Application form.docx")?.kind == .other)
    }

    @Test func aProsePacksWorkingAtPartAfterThePersonIsNoCriterion() {
        let jd = read("""
            THE PERSON WE ARE LOOKING FOR

            We are looking for a qualified teacher with a strong record of improving teaching
            across a school, who can lead colleagues with warmth and clarity.

            WORKING AT OAKBRIDGE

            Our staff tell us that Oakbridge is a friendly and supportive place to work. We
            offer a generous training budget, a staff wellbeing day and free parking.
            """)
        #expect(texts(jd, .personSpec).count == 1)
        #expect(jd.items.last?.kind == .other)
    }
}
