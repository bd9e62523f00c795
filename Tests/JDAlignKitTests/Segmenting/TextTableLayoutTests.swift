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

    /// A grid whose first column names each group of criteria in words of the school's own ("Working with
    /// families"), the cell merged down over the group's rows, which therefore open with an empty cell.
    @Test(arguments: [" | ", "\t"])
    func aMergedFirstCellNamesTheCriteriaBesideAndBelowIt(separator: String) {
        let grid = """
            PERSON SPECIFICATION
            Area | Criteria | E/D | Evidence
            Working with families | Experience of leading meetings with parents of pupils with SEND | E | AF, I
             | Knowledge of the local offer | D | I
            Leading a team | A record of training teaching assistants | E | AF
             | Experience of line managing support staff | E | I, R
            Qualified Teacher Status | E | AF
            Qualified Teacher Status | Certificate seen before the interview day | E
            """
        let jd = segmentText(grid.replacingOccurrences(of: " | ", with: separator))
        #expect(Array(jd.texts(.personSpec).prefix(6)) == [
            "Experience of leading meetings with parents of pupils with SEND", "Knowledge of the local offer",
            "A record of training teaching assistants", "Experience of line managing support staff", "Qualified Teacher Status",
            "Qualified Teacher Status",
        ], "a first cell that reads as a criterion stays one, though an evidence cell beside it is longer")
        #expect(jd.texts(.heading).contains("Working with families"))
        #expect(jd.texts(.heading).contains("Leading a team"))
    }

    /// "Attribute" names the criteria column as "Criteria" does: a title, not a criterion.
    @Test func anAttributeColumnTitleIsATitle() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            | Attribute | Essential | Desirable |
            | Qualifications | Qualified Teacher Status | A school business management qualification |
            """, format: .markdown)
        #expect(jd.texts(.heading).contains("Attribute"))
        #expect(!jd.texts(.personSpec).contains("Attribute"))
    }

    @Test func aPipeInsideProseIsNotACell() {
        #expect(DraftBuilder.splittingPipeCells("Use the A|B grading scheme") == ["Use the A|B grading scheme"])
        #expect(DraftBuilder.splittingPipeCells("Salary | L12 | ") == ["Salary", "L12"])
    }

    /// Rows flattened with " / ": a code with a note in brackets ("I (presentation)") is an assessment cell, and so
    /// is a lone code after a priority cell ("… / D / A"), which must not run on into the next row.
    @Test func slashRowsWithNotedCodesAndLoneCodesArePeeled() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Area / Criteria / E or D / Assessed by
            Experience / Leading whole-school behaviour systems / E / A, I
            Leading a PSHE programme / D / A
            Working with external agencies (social care, police) / E / A, I
            Able to coach and challenge colleagues / E / I (presentation), R
            Using pastoral data to find patterns / E / T (data), I
            """)
        #expect(jd.texts(.personSpec) == [
            "Leading whole-school behaviour systems", "Leading a PSHE programme",
            "Working with external agencies (social care, police)", "Able to coach and challenge colleagues",
            "Using pastoral data to find patterns",
        ])
        #expect(jd.items.first { $0.text == "Leading a PSHE programme" }?.criterion?.priority == .desirable)
        #expect(CriterionTerms.assessment("I (presentation), R") == ["I (presentation)", "R"])
        #expect(CriterionTerms.assessment("A (or equivalent) degree") == nil)
    }

    /// A running header whose page number sits at the far right, in a document laid out in columns of spaces: its
    /// copies, the last one under the grid, are page furniture, not criteria.
    @Test func aRunningHeaderWithABarePageNumberIsPageFurniture() {
        let jd = segmentText("""
            Bramwell Academy – Head of Year 8                                        1
            Main duties
            Lead the Year 8 tutor team and plan the assembly programme.
            Bramwell Academy – Head of Year 8                                        2
            PERSON SPECIFICATION
            Criteria                                                      E or D     Assessed
            Consistently good teaching at Key Stage 3                     E          A, O
            Resilience and a sense of humour                              E          I
            Bramwell Academy – Head of Year 8                                        3
            """)
        #expect(jd.texts(.personSpec) == ["Consistently good teaching at Key Stage 3", "Resilience and a sense of humour"])
        #expect(!jd.items.contains { $0.kind != .other && ($0.text.hasPrefix("Bramwell Academy") || ["1", "2", "3"].contains($0.text)) })
    }

    /// Two columns of bulleted criteria laid out with spaces, each item's wrapped line indented under its text: the
    /// indent carries the item on rather than opening a column of its own.
    @Test func bulletedItemsWrappedUnderAHangingIndentStayWhole() {
        let jd = segmentText("""
            PERSON SPECIFICATION
                                 ESSENTIAL                                     DESIRABLE

            Qualifications       • Qualified Teacher Status                    • NPQSL, completed or in progress
                                 • Leadership training in the last
                                   three years
            Experience           • Successful teaching in at least two         • Teaching in the EYFS
                                   primary key stages                          • Working in a school with high
                                 • Coaching or mentoring teachers,               levels of disadvantage
                                   including ECTs
            """)
        #expect(jd.texts(.personSpec).sorted() == [
            "Coaching or mentoring teachers, including ECTs", "Leadership training in the last three years",
            "NPQSL, completed or in progress", "Qualified Teacher Status", "Successful teaching in at least two primary key stages",
            "Teaching in the EYFS", "Working in a school with high levels of disadvantage",
        ])
    }

    /// Criteria numbered in a grid laid out with spaces, the number set apart by a wide gap and each criterion's
    /// second line indented under its text: the number is the item's numbering, not a column, and the indented line
    /// carries the criterion on even when it opens with a capital.
    @Test func numberedCriteriaInASpacedGridAreOneItemEach() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            QUALIFICATIONS AND TRAINING                         Application  Interview  Reference
            1   Qualified Teacher Status                             ✓
            2   National Award for SEN Co-ordination or the          ✓           ✓
                NPQ for SENCOs, or a commitment to complete one
            3   SEND training beyond initial teacher training,       ✓
                completed in the last three years
            """)
        #expect(jd.texts(.personSpec) == [
            "Qualified Teacher Status",
            "National Award for SEN Co-ordination or the NPQ for SENCOs, or a commitment to complete one",
            "SEND training beyond initial teacher training, completed in the last three years",
        ])
        #expect(MarkerStripping.strip("12   Writing SEN support plans").0 == .number)
        #expect(MarkerStripping.strip("5 years of teaching").0 == .none)
    }

    @Test(arguments: [
        "Key: A – application, I – interview, R – references, T – task",
        "Assessed by: (A) Application form (I) Interview (R) References (T) Task",
        "AF - application form; INT - interview",
    ])
    func keysWrittenWithDashesOrBracketedCodesAreKeys(line: String) {
        #expect(CriterionTerms.isCodeKey(line))
    }

    @Test(arguments: ["QTS - E - A", "Qualified Teacher Status - E - A/C", "Experience of leading a team (E) - interview"])
    func gridRowsAreNoKeys(line: String) {
        #expect(!CriterionTerms.isCodeKey(line))
    }

    @Test func rowsWithAnEmptyLabelCellAreEntriesUnderTheLabelAbove() {
        let jd = segmentText("""
            Area / Responsibilities
            Curriculum / Lead the design of the science curriculum from Key Stage 3 to Key Stage 5.
             / Decide the GCSE pathways with senior leaders each spring.
             / Make sure schemes of work are shared with every teacher.
            Safety / Keep the laboratories safe and in line with current guidance.
            """)
        #expect(jd.texts(.duty) == ["Lead the design of the science curriculum from Key Stage 3 to Key Stage 5.",
                                    "Decide the GCSE pathways with senior leaders each spring.",
                                    "Make sure schemes of work are shared with every teacher.",
                                    "Keep the laboratories safe and in line with current guidance."])
        #expect(jd.texts(.heading).contains("Curriculum"))
    }

    @Test func aRunningHeaderAfterAPageNumberIsNoRowOfTheGridBelowIt() {
        let jd = segmentText("""
            Main duties
            • Keep the safeguarding records up to date.
                                              Page 4 of 6
            \u{0C}     Ashgate Academy                                       Safeguarding Lead – JD
                                  PERSON SPECIFICATION
                       ESSENTIAL                             DESIRABLE                         HOW ASSESSED
                       • Experience of making referrals to   • Experience as a DSL or deputy   A / I
                         children's social care                DSL in a secondary school
                       • Knowledge of KCSIE                  • Knowledge of CPOMS or a         A
                                                               similar recording system
            """)
        // Cells left to right, row by row, as the annotation conventions read a grid.
        #expect(jd.texts(.personSpec) == ["Experience of making referrals to children's social care",
                                          "Experience as a DSL or deputy DSL in a secondary school",
                                          "Knowledge of KCSIE", "Knowledge of CPOMS or a similar recording system"])
    }

    @Test func aFirstCellBesideItsEvidenceIsACriterionNotAGroupTitle() {
        // "Certificate seen at interview" says where the evidence comes from; "Degree" beside it is the criterion.
        let jd = segmentText("""
            Person specification
            Criteria | Evidence | Priority | Assessed
            Degree | Certificate seen at interview | E | AF
            Qualified teacher status | Certificate | E | AF
            """)
        #expect(jd.item("Degree")?.kind == .personSpec)
        #expect(jd.item("Priority")?.kind == .heading)
    }

    @Test func aTemplatesLetteredNumbersInTheirOwnColumnNumberTheItemsBesideThem() {
        let jd = segmentText("""
            C. Key responsibilities
            C1\tLeadership of safeguarding
            C1.1\tLead the safeguarding team and its weekly case review.
            C1.2\tKeep child protection records accurate and secure.
            D. Person specification
            D1\tQualifications and training
            D1.1\tDesignated safeguarding lead training in the last two years\tE\tApplication
            D2\tExperience
            D2.1\tExperience of child protection casework\tE\tApplication
            """)
        #expect(jd.texts(.duty) == ["Lead the safeguarding team and its weekly case review.", "Keep child protection records accurate and secure."])
        #expect(jd.texts(.personSpec) == [
            "Designated safeguarding lead training in the last two years", "Experience of child protection casework",
        ])
        #expect(!jd.items.contains { ["C1", "C1.1", "D1", "D2.1"].contains($0.text) })
        #expect(DraftBuilder.isOutlineCode("D2.3") && DraftBuilder.isOutlineCode("A1.") && DraftBuilder.isOutlineCode("C1"))
        #expect(!DraftBuilder.isOutlineCode("KS2") && !DraftBuilder.isOutlineCode("QTS") && !DraftBuilder.isOutlineCode("E")
                && !DraftBuilder.isOutlineCode("A1..2"))
    }

    @Test func aDutyWhoseObjectIsAClauseAfterAPhraseSettingItInContextIsADuty() {
        let jd = segmentText("""
            Area | Responsibilities
            Careers | With the Careers Leader, make sure every student has impartial guidance on apprenticeships and university.
             | Working with form tutors, ensure each student's attendance is checked and followed up.
            """)
        #expect(jd.texts(.duty) == [
            "With the Careers Leader, make sure every student has impartial guidance on apprenticeships and university.",
            "Working with form tutors, ensure each student's attendance is checked and followed up.",
        ])
    }
}

