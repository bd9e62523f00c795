import Testing
@testable import JDAlignKit

/// A job board's page copied as text, a Google Docs Markdown export and the people and signatures at a pack's end, in
/// JDs written for these tests in the layouts round 27's tune JDs showed.
@Suite struct JobBoardAndExportTests: ReadsLayouts {
    @Test func aJobBoardsCriteriaUnderWhatYoullBringAreCriteriaAndItsButtonsAreNotDuties() {
        let jd = read("""
            Assistant Headteacher – Teaching and Learning
            Apply for this job
            Share

            Key Responsibilities:
            ● Lead the school's programme of instructional coaching.

            What You'll Bring:
            ● Qualified Teacher Status (essential)
            ● Experience as an ECT mentor or induction tutor (desirable)

            Why Join Us:
            ● A generous package of professional development
            """)
        #expect(texts(jd, .duty) == ["Lead the school's programme of instructional coaching."])
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status (essential)", "Experience as an ECT mentor or induction tutor (desirable)"])
        #expect(jd.item("Apply for this job")?.kind == .other)
        #expect(jd.item("Share")?.kind != .duty)
    }

    @Test func aGoogleDocsExportsEscapesAreUndoneInTableCellsAndItsBenefitsAreNoDuties() {
        let jd = read("""
            # SENCo

            **What we will give you**

            1\\. Protected leadership time every week, not used for cover except in emergencies.
            2\\. Fees and study time for the SENCo NPQ.

            ## Key responsibilities

            | Area | Key tasks |
            | :---- | :---- |
            | Provision | Maintain a whole\\-school provision map<br>Plan half\\-termly pupil progress meetings |
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == ["Maintain a whole-school provision map", "Plan half-termly pupil progress meetings"])
    }

    @Test func aPersonNamedAfterTheCriteriaAndABlankForAPrintedNameAreNotCriteria() {
        let jd = read("""
            Person specification
            - Experience of leading SEND provision in a primary school
            - Knowledge of the SEND Code of Practice

            Mrs Joanna Pettifer, Headteacher
            Chair of Governors: Mr Anand Selvaraj
            Print name ......................................
            I confirm that I have read and understood this job description and person specification.
            Signed on behalf of the Governing Board (Chair of Governors): ................................
            """)
        #expect(texts(jd, .personSpec) == ["Experience of leading SEND provision in a primary school", "Knowledge of the SEND Code of Practice"])
        #expect(DutyDetection.namesAPerson(TextShape("Chair of Governors: Mr Anand Selvaraj")))
        #expect(!DutyDetection.namesAPerson(TextShape("Ms Word and Excel, to an advanced level")), "software, not a person")
        #expect(!DutyDetection.namesAPerson(TextShape("MS Office, including Teams")))
        #expect(!DutyDetection.namesAPerson(TextShape("Miss no opportunity to celebrate success")))
    }

    @Test func aGeneralJobBoardsRequirementsAndNiceToHavesAreCriteriaAndItsTagsAreDetails() {
        let jd = read("""
            Head of Geography
            Full-time | Permanent

            Responsibilities:
            - Lead the planning of a coherent geography curriculum from Year 7 to Year 13

            Requirements:
            - Qualified Teacher Status
            - A degree in geography or a closely related subject

            Skills & Experience:
            * At least three years' successful teaching of geography

            Nice to have:
            * Experience of marking for an examination board

            Benefits:
            - Cycle to work scheme

            Job Types: Full-time, Permanent
            Work Location: In person
            """)
        #expect(texts(jd, .duty) == ["Lead the planning of a coherent geography curriculum from Year 7 to Year 13"])
        #expect(texts(jd, .personSpec) == [
            "Qualified Teacher Status", "A degree in geography or a closely related subject",
            "At least three years' successful teaching of geography", "Experience of marking for an examination board",
        ])
        #expect(jd.item("Work Location: In person")?.kind == .metadata)
    }

    @Test func aGovernmentListingsLabelsOverValuesAndEssentialAndDesirableListsReadAsTheyAreMeant() {
        let jd = read("""
            Job details
            Salary
            L9 to L13
            Contract type
            Permanent

            What skills and experience we're looking for
            We are looking for someone who:
            - is an outstanding classroom practitioner
            - knows how to use assessment to close gaps

            What the school offers its staff
            - generous professional development

            Key responsibilities
            - Lead the monitoring of teaching and learning across the school

            Person specification
            Essential:
            - Qualified Teacher Status
            - Experience of leading staff development
            Desirable:
            - NPQSL or equivalent
            """)
        #expect(texts(jd, .duty) == ["Lead the monitoring of teaching and learning across the school"])
        #expect(texts(jd, .personSpec) == [
            "is an outstanding classroom practitioner", "knows how to use assessment to close gaps",
            "Qualified Teacher Status", "Experience of leading staff development", "NPQSL or equivalent",
        ])
        #expect(jd.item("Experience of leading staff development")?.criterion?.priority == .essential)
        #expect(jd.item("NPQSL or equivalent")?.criterion?.priority == .desirable)
    }
}
