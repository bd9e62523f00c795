import Testing
@testable import JDAlignKit

/// Parts after a person specification that its criteria would otherwise swallow, and details a JD lists beside the
/// known labels: rules chosen from round 37's tune JDs (an outline school document, a trust's standards-headings
/// JD, an HR repository's Markdown, a saved vacancy page), tested on JDs written for them.
@Suite struct NumberedPartsAndDetailsTests: ReadsLayouts {
    @Test func aPartNumberedAfterTheNumberedPersonSpecificationEndsIt() {
        let jd = read("""
            2. Key responsibilities
            2.1 Lead the school's work on attendance and report on it to governors each term.
            2.2 Line manage the heads of year and hold them to account for their year groups.

            3. Person specification
            3.1 [E] Qualified Teacher Status. (A)
            3.2 [E] Successful experience of pastoral leadership in a secondary school. (A, I)

            4. General
            4.1 The post holder must follow the school's policies on health and safety and data protection.

            5. Safeguarding
            5.1 As a member of SLT the post holder will train as a deputy DSL and join the safeguarding rota.
            """)
        #expect(texts(jd, .personSpec) == [
            "[E] Qualified Teacher Status. (A)",
            "[E] Successful experience of pastoral leadership in a secondary school. (A, I)",
        ])
        #expect(texts(jd, .heading).contains("General"))
        #expect(texts(jd, .heading).contains("Safeguarding"))
        #expect(texts(jd, .duty).contains("As a member of SLT the post holder will train as a deputy DSL and join the safeguarding rota."))
    }

    @Test func categoriesNumberedInsideThePersonSpecificationStayInIt() {
        let jd = read("""
            3. Person specification
            3.1 Qualifications
            3.1.1 Qualified Teacher Status
            3.2 Safeguarding
            3.2.1 Designated safeguarding lead training in the last two years

            Person specification
            1. Qualifications
            1.1 A good honours degree
            2. Experience
            2.1 Leadership of a team of teachers
            """)
        #expect(texts(jd, .personSpec) == [
            "Qualified Teacher Status",
            "Designated safeguarding lead training in the last two years",
            "A good honours degree",
            "Leadership of a team of teachers",
        ])
    }

    @Test func aTitleSetApartNamingAPartAfterTheCriteriaEndsThem() {
        let jd = read("""
            Person specification

            Experience
              Essential
              • Successful headship of a secondary school
              Desirable
              • Leadership of more than one school

            ACCOUNTABILITIES

            The Executive Principal will be held to account by the Board for:

              1. Examination outcomes at both academies against agreed targets.
              2. Balanced budgets and sound financial management at both sites.
            """)
        #expect(texts(jd, .personSpec) == ["Successful headship of a secondary school", "Leadership of more than one school"])
        #expect(texts(jd, .heading).contains("ACCOUNTABILITIES"))
        #expect(texts(jd, .duty) == [
            "Examination outcomes at both academies against agreed targets.",
            "Balanced budgets and sound financial management at both sites.",
        ])
    }

    @Test func aQualificationInCapitalsSetApartStaysACriterion() {
        let jd = read("""
            Person specification

            Qualifications

            QTS

            NPQH

            Experience of leading a school through inspection
            """)
        #expect(texts(jd, .personSpec) == ["QTS", "NPQH", "Experience of leading a school through inspection"])
    }

    @Test func aDetailWithAnUnlistedLabelAmongTheDetailsIsMetadata() {
        let jd = read("""
            # Head of Mathematics

            ## Post details

            - **Job title:** Head of Mathematics
            - **Responsible to:** Assistant Principal (Curriculum)
            - **Timetable:** approx. 70% teaching across KS3–KS5
            - **DBS level:** Enhanced with barred list check
            - **Job family / grade code:** TCH-ML-03

            ## Key responsibilities

            - Curriculum: Lead the review of the key stage 3 scheme of work each year.
            - Lead the department's assessment calendar and moderation.
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .metadata).contains("Timetable: approx. 70% teaching across KS3–KS5"))
        #expect(texts(jd, .metadata).contains("Job family / grade code: TCH-ML-03"))
        #expect(texts(jd, .duty) == [
            "Curriculum: Lead the review of the key stage 3 scheme of work each year.",
            "Lead the department's assessment calendar and moderation.",
        ])
    }

    @Test func aDocumentsChangeHistoryHoldsNoDuties() {
        let jd = read("""
            ## Key responsibilities

            - Lead the department's assessment calendar and moderation.

            ## Change history

            - v1.2 (2024-09-10): reporting line moved to the Assistant Principal
            - v1.1 (2023-02-02): first version after the restructure
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == ["Lead the department's assessment calendar and moderation."])
    }

    @Test func aFooterWithTextAtBothEndsAboveEachPageNumberIsTheFooter() {
        let footer = "Wrayshire County Council - School Improvement and Governance Service        SIGS/LG/04 v3.1"
        let jd = read("""
            3. Main duties
            3.1 Lead the college's work on behaviour and attendance and report on it to governors each term.
            \(footer)
            Page 1 of 3
            3.2 Line manage the heads of year and the attendance officer.

            4. Person specification
            4.1 Qualified Teacher Status                                      E   AF
            4.2 Successful leadership of pastoral care in a secondary school  E   AF/I
            \(footer)
            Page 2 of 3
            4.3 Designated safeguarding lead training in the last two years   D   AF
            \(footer)
            Page 3 of 3
            """)
        #expect(!jd.items.contains { $0.text.hasPrefix("Wrayshire County Council") && $0.kind != .other })
        #expect(!jd.items.contains { $0.text == "SIGS/LG/04 v3.1" && $0.kind != .other })
        #expect(texts(jd, .duty).count == 2)
        #expect(texts(jd, .personSpec).count == 3)
    }

    @Test func aDefinitionListOnAVacancyPageGivesTheDetails() {
        let jd = read("""
            <html><body><main>
            <h1>Headteacher</h1>
            <dl>
              <dt>Salary</dt><dd>Leadership Pay Range L12 – L18</dd>
              <dt>Line manages</dt><dd>Deputy Headteacher, SENDCo, all teaching and support staff</dd>
              <dt>Closing date</dt><dd>Monday 3 March, 9.00am</dd>
            </dl>
            <h2>Duties</h2>
            <ul><li>Lead the school's strategic planning with governors.</li></ul>
            </main></body></html>
            """, path: "vacancy.html")
        #expect(texts(jd, .duty) == ["Lead the school's strategic planning with governors."])
        #expect(texts(jd, .metadata).contains("Line manages"))
        #expect(texts(jd, .metadata).contains("Deputy Headteacher, SENDCo, all teaching and support staff"))
        #expect(jd.metadata.grade == "Leadership Pay Range L12 – L18")
        #expect(jd.metadata.responsibleFor == "Deputy Headteacher, SENDCo, all teaching and support staff")
    }
}

/// What a review session found when it wrote JDs on the wrong side of the rules above: numbered and spaced criteria
/// read as the next part, sentences and criteria among the details read as details, a duty heading read as a
/// change history. Each JD is the reviewer's, written for the review.
@Suite struct ReviewedNumberedPartsRuleTests: ReadsLayouts {
    @Test func criteriaNumberedOnTheirOwnAfterANumberedTitleStayCriteria() {
        let jd = read("""
            1. Job purpose
            To teach geography across Key Stages 3 and 4 and help pupils make strong progress.

            2. Person specification
            1. Qualified teacher status
            Essential
            3. Experience of teaching GCSE geography
            Desirable
            4. Knowledge of current fieldwork requirements
            Essential
            """)
        #expect(texts(jd, .personSpec) == [
            "Qualified teacher status", "Experience of teaching GCSE geography", "Knowledge of current fieldwork requirements",
        ])
    }

    @Test func categoriesNumberedInOneRunWithTheTitleStayInTheCriteria() {
        let jd = read("""
            2. Key responsibilities
            Lead a team of form tutors and meet with them each fortnight.

            3. Person specification

            4. Qualifications
            Qualified teacher status

            5. Experience
            Experience of leading a small team

            2. Person specification
            1. Qualifications
            Good numeracy and literacy skills
            3. Skills and knowledge
            Ability to build good relationships with pupils
            """)
        #expect(texts(jd, .personSpec) == [
            "Qualified teacher status", "Experience of leading a small team", "Good numeracy and literacy skills",
            "Ability to build good relationships with pupils",
        ])
    }

    @Test func criteriaNamingPurposeOrReviewSetApartStayCriteria() {
        let jd = read("""
            Person specification

            Qualified teacher status

            Moral purpose

            Successful experience as a deputy or head of school

            Review of practice

            Purposeful and resilient leadership

            Extra duties

            Willingness to work during the summer exam season
            """)
        #expect(texts(jd, .personSpec).count == 7)
    }

    @Test func sentencesAndCriteriaAmongTheDetailsAreNotDetails() {
        let jd = read("""
            Job title: Head of Music
            Salary: MPS + TLR 2a
            Job purpose: The postholder will lead music across the school and run the choir.
            Essential qualification: QTS with a computing or maths degree
            Security: Opens and locks the building each day and holds the alarm codes
            Responsible to: Deputy Headteacher
            """)
        let metadata = texts(jd, .metadata)
        #expect(!metadata.contains { $0.hasPrefix("Job purpose") })
        #expect(!metadata.contains { $0.hasPrefix("Essential qualification") })
        #expect(!metadata.contains { $0.hasPrefix("Security") })
    }

    @Test func aDutyHeadingThatStartsLikeAChangeHistoryHeadsDuties() {
        let jd = read("""
            Key responsibilities

            Revision history sessions
            Run after-school revision sessions for Year 11 and Year 13 history students.
            Prepare revision guides and past paper packs for exam classes.
            """)
        #expect(texts(jd, .duty).count == 2)
    }
}
