import Testing
@testable import JDAlignKit

/// Rules chosen from round 39's tune JDs (a trust's outline template, a diocesan advert pasted as one line per
/// paragraph), tested on JDs written for them and on the cases a review of them found: a numbered title that opens
/// with a duty's word, a person specification grid's method column, and what the school offers after the criteria.
@Suite struct OutlineTitlesAndProseOffersTests: ReadsLayouts {
    @Test func aNumberedTitleOpeningWithADutyWordTitlesItsItemsLikeItsSiblings() {
        let jd = read("""
            Key responsibilities
            3.1 Curriculum and assessment
            3.1.1 Lead the review of schemes of work in every foundation subject.
            3.1.2 Set the assessment calendar and check that it is kept.
            3.2 Support staff
              (a) Line manage the teaching assistants and set their objectives each autumn.
              (b) Plan the deployment of support staff across the year groups.
            3.3 Lead the school's work on attendance and report to governors each term.
            3.4 Monitor the attendance of vulnerable groups with the education welfare officer.
            """)
        #expect(texts(jd, .heading).contains("Support staff"))
        #expect(texts(jd, .duty) == [
            "Lead the review of schemes of work in every foundation subject.",
            "Set the assessment calendar and check that it is kept.",
            "Line manage the teaching assistants and set their objectives each autumn.",
            "Plan the deployment of support staff across the year groups.",
            "Lead the school's work on attendance and report to governors each term.",
            "Monitor the attendance of vulnerable groups with the education welfare officer.",
        ])
    }

    @Test func numberedInstructionsAndLinesWhoseItemsFinishThemStayDuties() {
        let jd = read("""
            Key responsibilities
            1. Teaching and learning
              a) Plan and teach lessons that meet the needs of all pupils.
              b) Mark and assess pupils' work in line with school policy.
            2. Attend meetings
              a) staff briefings and INSET days;
              b) parents' evenings and open evenings.
            3. Pastoral care
              a) Act as form tutor to a class.
            4. Manage the department budget
              a) Order resources and keep the spending record up to date.
            """)
        #expect(texts(jd, .heading).contains("Teaching and learning"))
        #expect(!texts(jd, .heading).contains("Attend meetings"))
        #expect(!texts(jd, .heading).contains("Manage the department budget"))
    }

    @Test func aGridsMethodColumnIsATitleAndARefCellStaysAnAssessment() {
        let jd = read("""
            PERSON SPECIFICATION

            No.   Criterion                                              E/D   Method

            Qualifications
            1     Qualified Teacher Status                               E     A
            2     Evidence of recent professional development            E     A / I
            3     Good attendance and punctuality record                 E     Ref
            """)
        #expect(!texts(jd, .personSpec).contains("Method"))
        #expect(!texts(jd, .heading).contains("Ref"))
        #expect(texts(jd, .personSpec).contains { $0.hasPrefix("Good attendance and punctuality record") })
    }

    @Test func theSchoolsOfferAndTheSaferRecruitmentTitleAfterProseCriteriaAreNoCriteria() {
        let jd = read("""
            The person we are looking for
            The successful candidate will be an excellent classroom teacher with a strong record of raising attainment in Key Stage 2, who can show colleagues what good teaching looks like and lead them by example.
            We would particularly welcome someone who has led a subject across the school, has a secure grasp of assessment and data, and understands how to support pupils with special educational needs.
            In return we can offer a warm and hard-working staff team, pupils who are keen to learn, supportive governors and an active parents' association, with generous time for leadership each week.
            Safer recruitment
            We are committed to safeguarding and promoting the welfare of children and expect every member of staff and every volunteer to share this commitment; the post needs an enhanced DBS check.
            """)
        #expect(texts(jd, .personSpec).count == 2)
        #expect(texts(jd, .personSpec).allSatisfy { !$0.hasPrefix("In return") && $0 != "Safer recruitment" })
        #expect(texts(jd, .heading).contains("Safer recruitment"))
    }

    @Test func aShortCriterionBetweenOneLineParagraphsStaysACriterion() {
        let jd = read("""
            Person Specification
            The successful candidate will be an excellent classroom teacher with a strong record of raising attainment in Key Stage 2, who can show colleagues what good teaching looks like and lead them by example.
            A full UK driving licence
            The successful candidate will have a secure understanding of assessment and data, and will know how to support pupils with special educational needs so that every child makes good progress.
            """)
        #expect(texts(jd, .personSpec).contains("A full UK driving licence"))
    }
}

/// Key dates after a person specification (round 40's tune pdftotext pack).
@Suite struct RecruitmentDatesTests: ReadsLayouts {
    @Test func aDateOfTheRecruitmentTimetableAfterTheCriteriaIsNoCriterion() {
        let jd = read("""
            PERSON SPECIFICATION
            Experience: may be gained in any phase of education
            Successful leadership of a whole-school priority
            Visits: Monday 3 and Wednesday 5 March 2025
            Interviews: Thursday 20 and Friday 21 March 2025
            """)
        #expect(texts(jd, .personSpec) == [
            "Experience: may be gained in any phase of education",
            "Successful leadership of a whole-school priority",
        ])
    }

    @Test func criteriaWithDatesAndTheDocumentsOwnDateAreNoKeyDates() {
        let jd = read("""
            PERSON SPECIFICATION
            Availability: able to start on 1 September 2025
            Experience: 2+ years, which may include supply or cover work
            Safeguarding: Level 3 DSL training completed since January 2024
            Date: September 2025
            """)
        #expect(texts(jd, .personSpec).count == 3)
        #expect(texts(jd, .metadata).contains("Date: September 2025"))
    }
}
