import Testing
@testable import JDAlignKit

/// A council's HR form as text (round 41's tune outline): page separators a converter writes between pages, a
/// criteria grid whose rows carry codes ("PS4") and several assessment stages, and the form's general conditions.
@Suite struct CouncilFormTests: ReadsLayouts {
    @Test(arguments: ["--- page 2 ---", "-- 2 of 3 --", "- 2 -"])
    func aPageSeparatorIsNoPartOfTheDutiesAroundIt(separator: String) {
        let jd = read("""
            WEXFORD BOROUGH COUNCIL
            Form HR/JD/7                                     Page 1 of 3

            Key result areas
            1.1   Lead the attendance strategy and report on it to governors each term.
            1.2   Line manage the attendance officer.

            \(separator)
            WEXFORD BOROUGH COUNCIL
            Form HR/JD/7                                     Page 2 of 3
            1.3   Chair the fortnightly attendance panel with families.
            """)
        #expect(texts(jd, .duty) == [
            "Lead the attendance strategy and report on it to governors each term.",
            "Line manage the attendance officer.",
            "Chair the fortnightly attendance panel with families.",
        ])
        #expect(jd.items.first { $0.text.contains("2 -") || $0.text.hasPrefix("-- 2") }?.kind == .other)
    }

    @Test func aGridRowsCodeIsNoCellAndItsStagesMarkItsCriterion() {
        let jd = read("""
            PERSON SPECIFICATION

            Ref   Criterion                                                          E/D   Method

            Knowledge
            PS1   Qualified Teacher Status                                            E     AF
            PS2   Up-to-date knowledge of statutory guidance on school               E     AF / I
                  attendance, behaviour, suspensions and exclusions
            PS10  Experience of line managing staff and holding them to account        D     AF / I
            PS11  Experience of working with social care, Early Help, the police or    E     AF / I
                  health services on individual cases
            """)
        let criteria = jd.items.filter { $0.kind == .personSpec }
        #expect(criteria.map(\.text) == [
            "PS1  Qualified Teacher Status",
            "PS2  Up-to-date knowledge of statutory guidance on school attendance, behaviour, suspensions and exclusions",
            "PS10  Experience of line managing staff and holding them to account",
            "PS11  Experience of working with social care, Early Help, the police or health services on individual cases",
        ])
        #expect(criteria.map { $0.criterion?.priority } == [.essential, .essential, .desirable, .essential])
        #expect(criteria.allSatisfy { $0.criterion?.assessment.isEmpty == false })
        #expect(!jd.items.contains { $0.kind == .heading && $0.text == "AF / I" })
    }

    @Test func aKeysTitleAndTheFormsReferenceAreNoCriteria() {
        let jd = read("""
            PERSON SPECIFICATION

            Key to codes
            E  = Essential          D  = Desirable
            AF = Application form   I  = Interview

            Knowledge
            Secure knowledge of Keeping Children Safe in Education (E) (AF / I)
            Experience of leading a team (D) (AF)

            Document: WBC/HR/JD/AHT-4
            Version: 3.2
            """)
        #expect(texts(jd, .personSpec) == [
            "Secure knowledge of Keeping Children Safe in Education (E) (AF / I)", "Experience of leading a team (D) (AF)",
        ])
    }

    @Test func numberedCriteriaKeepTheirStagesToo() {
        let jd = read("""
            PERSON SPECIFICATION

            No.   Criterion                                                          E/D   Method
            1     Qualified Teacher Status                                            E     AF
            2     Secure knowledge of Keeping Children Safe in Education              E     AF / I
            3     Experience of leading a team                                        D     AF / I
            """)
        #expect(texts(jd, .heading).allSatisfy { $0 != "AF / I" })
        #expect(jd.item("Experience of leading a team")?.criterion?.assessment.count == 2)
    }

    @Test func theFormsConditionsOfEmploymentAreTheEmployers() {
        let jd = read("""
            Key result areas
            1.1   Lead the attendance strategy and report on it to governors each term.

            General conditions
            GC2   The postholder is employed by Wexford Borough Council and must carry out their duties in accordance
                  with the School Teachers' Pay and Conditions Document.
            GC3   The school and the council take their duty to safeguard children very seriously, and every employee
                  is expected to share that responsibility. The post is covered by the exceptions to the
                  Rehabilitation of Offenders Act 1974.
            GC4   The postholder must handle personal data in line with the school's data protection policy.
            """)
        #expect(jd.items.first { $0.text.contains("is employed by") }?.kind == .boilerplate)
        #expect(jd.items.first { $0.text.contains("Rehabilitation of Offenders") }?.kind == .boilerplate)
        #expect(texts(jd, .duty).contains("The postholder must handle personal data in line with the school's data protection policy."))
    }

    // What the council form's rules must leave alone.

    @Test func aDutiesTablesCodeStaysItsOwnCellSoTheDutyKeepsItsVerb() {
        let jd = read("""
            Head of Year - Job Description

            Ref   Responsibility                                                    Accountable to
            HY1   Lead the year team of tutors and meet them each week              Deputy Head
            HY2   Track the attendance of every pupil in the year group and act     Deputy Head
                  on concerns with the attendance officer
            HY3   Meet parents of pupils causing concern                            Assistant Head
            """)
        #expect(texts(jd, .duty) == [
            "Lead the year team of tutors and meet them each week",
            "Track the attendance of every pupil in the year group and act on concerns with the attendance officer",
            "Meet parents of pupils causing concern",
        ])
    }

    @Test func aRowRepeatingTheColumnTitlesStillTitlesTheColumns() {
        let jd = read("""
                                          PERSON SPECIFICATION

                             ESSENTIAL                          DESIRABLE                      HOW ASSESSED

            Experience       • Experience of teaching across    • Experience of leading a      A / I
                               Key Stage 2                        subject
                             • Experience of working with
                               parents

                             ESSENTIAL                          DESIRABLE                      HOW ASSESSED
            Knowledge        • Knowledge of the national        • Knowledge of Arbor           A / I
                               curriculum
                             • Understanding of KCSIE
            """)
        #expect(texts(jd, .heading).filter { $0 == "ESSENTIAL" }.count == 2)
        #expect(jd.item("Understanding of KCSIE")?.criterion?.priority == .essential)
    }

    @Test func staffEmployedBySomeoneElseAreTheDutysSubjectNotTheEmployersStatement() {
        let jd = read("""
            Head of Centre - Job Description

            Key responsibilities
            - Responsible for the induction of all support staff who are employed by the trust in its three schools.
            - Coordination of the therapists, who are employed by the NHS trust, so that pupils receive the provision in their EHC plans.
            - To quality assure the work of coaches who are employed by external sports providers.

            Person specification
            - Experience of leading staff who are employed by more than one organisation.
            """)
        #expect(texts(jd, .duty).count == 3)
        #expect(texts(jd, .personSpec) == ["Experience of leading staff who are employed by more than one organisation."])
    }

    @Test func aDutyAboutTheRehabilitationOfOffendersActIsNoConditionOfAppointment() {
        let jd = read("""
            Trust HR Manager - Job Description

            Main duties
            - Responsible for safer recruitment across the trust's schools. You will make sure every interview panel applies the Rehabilitation of Offenders Act fairly when weighing a disclosure.
            - Oversight of DBS renewals for all staff. The post holder will advise headteachers on disclosures under the Rehabilitation of Offenders Act 1974 and on risk assessments.

            Conditions of appointment
            Because this post involves regulated activity, the exceptions to the Rehabilitation of Offenders Act 1974 apply. Every member of staff is expected to share our commitment to safeguarding.
            """)
        #expect(texts(jd, .duty).count == 2)
        #expect(jd.items.last?.kind == .boilerplate)
    }

    @Test func aCriterionOverATrailingKeyOrOpeningWithDocumentStaysACriterion() {
        let jd = read("""
            Assistant Headteacher - Person Specification

            Teaching
            Document management in Arbor/CPOMS
            Assessment for learning expertise (E)
            How pupils learn (E)
            E = Essential   D = Desirable

            Document: AHT/PS/3
            """)
        #expect(texts(jd, .personSpec) == [
            "Document management in Arbor/CPOMS", "Assessment for learning expertise (E)", "How pupils learn (E)",
        ])
    }
}

/// A county council's form whose clauses are numbered under lettered sections ("C1.1") and whose criteria are coded
/// "E8" in a grid (round 42's tune outline).
@Suite struct LetteredSectionFormTests: ReadsLayouts {
    @Test func clausesNumberedUnderALetteredSectionAreDuties() {
        let jd = read("""
            SECTION C: KEY ACCOUNTABILITIES

            C1   Leadership of the pastoral team
            C1.1 Lead and hold to account the team of form tutors, setting clear expectations for
                 registration and tutor time.
            C1.2 Hold a fortnightly tutor briefing with agreed actions.
            C2   Attendance
            C2.1 Work with the Attendance Officer to monitor attendance weekly and to:
                 (a) contact families when absence patterns first emerge;
                 (b) refer persistent cases to the local authority.
            """)
        #expect(texts(jd, .duty) == [
            "Lead and hold to account the team of form tutors, setting clear expectations for registration and tutor time.",
            "Hold a fortnightly tutor briefing with agreed actions.",
            "Work with the Attendance Officer to monitor attendance weekly and to:",
            "contact families when absence patterns first emerge;",
            "refer persistent cases to the local authority.",
        ])
    }

    @Test func aYearGroupBeforeASpaceIsNoOutlineNumber() {
        let jd = read("""
            Key responsibilities
            Y6 pupils' transition to secondary school, with the Year 7 team.
            Lead the transition programme for Year 6 pupils.
            """)
        #expect(jd.items.contains { $0.text.hasPrefix("Y6 pupils") })
    }

    @Test func aCodedCriterionWhoseMarksComeOnItsWrappedLineKeepsItsCode() {
        let jd = read("""
            SECTION E: PERSON SPECIFICATION

            Experience
            E7   Experience as a form tutor, with evidence of impact on a group   Essential     AF / I
            E8   Experience of working with parents and carers in difficult
                 conversations                                                    Essential     AF / I
            E9   Experience of leading a team or a whole-school initiative        Desirable     AF / I
            """)
        let criteria = jd.items.filter { $0.kind == .personSpec }
        #expect(criteria.count == 3)
        #expect(criteria.map { $0.criterion?.priority } == [.essential, .essential, .desirable])
        #expect(criteria[1].text.hasSuffix("Experience of working with parents and carers in difficult conversations"))
    }

    /// Review of e45a6e1: a lettered code before a lower-case word names or counts something, and "V2.1" is a version.
    @Test func aLetteredCodeInASentenceOrAVersionIsNoOutlineNumber() {
        let jd = read("""
            Job Description: Head of Year 9
            V2.1 Updated September 2024

            Key responsibilities
            - Follow the procedures of the Staff Handbook, in particular
            B1.2 of the Handbook on sanctions.
            A1.1 is the pastoral base, next to the library.
            - Liaise with parents about attendance.
            """)
        #expect(!texts(jd, .duty).contains("Updated September 2024"))
        #expect(!texts(jd, .duty).contains { $0.hasPrefix("of the Handbook") || $0.hasPrefix("is the pastoral base") })
        #expect(jd.items.contains { $0.text.hasPrefix("A1.1 is the pastoral base") })
    }

    /// Review of e45a6e1: "D1.1" in a column of its own under "D. Person specification" is no lone numbering, or the
    /// row's assessment cell is read as a heading.
    @Test func aTabbedGridNumberedUnderALetteredPartKeepsItsAssessment() {
        let jd = read("D. Person specification\nD1\tQualifications\n"
            + "D1.1\tEducated to degree level\tE\tApplication\nD1.2\tSafer recruitment training\tD\tApplication\n")
        let criteria = jd.items.filter { $0.kind == .personSpec }
        #expect(criteria.map(\.text) == ["Educated to degree level", "Safer recruitment training"])
        #expect(criteria.map { $0.criterion?.assessment ?? [] } == [["Application"], ["Application"]])
        #expect(!texts(jd, .heading).contains("Application"))
    }

    /// Review of e45a6e1: under a coded line, a line opening with a capital is a criterion of its own, not the wrap
    /// of the one above, so the next row's code and marks stay with it.
    @Test func aCapitalisedCriterionUnderACodedLineIsNoWrap() {
        let jd = read("""
            Person Specification

            Criteria                                                   Essential   Desirable
            E1   Qualified teacher status                              ✓
            E2   Experience of leading a team
                 Essential to this is the ability to delegate   ✓
            E3   Knowledge of the national curriculum                  ✓
            """)
        let curriculum = jd.items.first { $0.text.hasSuffix("Knowledge of the national curriculum") }
        #expect(curriculum?.criterion?.priority == .essential)
        #expect(!jd.items.contains { $0.text == "E3" })
    }
}
