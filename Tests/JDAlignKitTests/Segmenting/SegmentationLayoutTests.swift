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

    @Test func convertedTextWithLoneBulletsLostBulletsAndAPageBreakMidDuty() {
        let jd = segmentText("""
            Main duties
            •
            Greet visitors at reception and sign them in, checking their identity.
            • Answer the telephone and pass on messages promptly.
            Order stationery for each class and keep the stock cupboard tidy.
            • Keep the admissions register for the nursery and chase any forms that
            are missing

            Page 1

            Copperfield Infant School – Office Manager JD

            before the start of each term; send reminders to parents by email.
            • Line manage the two office assistants;
            agree their training each year.

            Page 2

            Copperfield Infant School – Office Manager JD
            """)
        #expect(jd.texts(.duty) == [
            "Greet visitors at reception and sign them in, checking their identity.",
            "Answer the telephone and pass on messages promptly.",
            "Order stationery for each class and keep the stock cupboard tidy.",
            "Keep the admissions register for the nursery and chase any forms that are missing before the start of each term; send reminders to parents by email.",
            "Line manage the two office assistants; agree their training each year.",
        ])
    }

    @Test func outlineWithLeadInDutiesRomanSubItemsAndSemicolonContinuations() {
        let jd = segmentText("""
            3. Curriculum and assessment

            3.1  Lead the review of the key stage 3 curriculum with subject leaders.
            3.2  Oversee the department's assessment calendar:
                 (i)   common tests at the end of each unit;
                 (ii)  two mock examinations in Year 11.
            3.3  Where a class falls behind, agree a plan with its teacher;
                 where needed, arrange extra support from the team.
            Line manages:
            Two teachers of geography
            """)
        #expect(jd.texts(.duty) == [
            "Lead the review of the key stage 3 curriculum with subject leaders.",
            "Oversee the department's assessment calendar:",
            "common tests at the end of each unit;",
            "two mock examinations in Year 11.",
            "Where a class falls behind, agree a plan with its teacher; where needed, arrange extra support from the team.",
        ])
        #expect(jd.texts(.heading).contains("Curriculum and assessment"))
        #expect(jd.item("Line manages:")?.kind != .duty)
    }

    @Test func markdownListItemsWithNestedListsAreTitlesAndSingleStarEmphasisIsMarkup() {
        let jd = segmentText("""
            ## Key responsibilities

            1. **Reading**
                - Lead the teaching of phonics in Reception and Year 1
                - Keep our motto — *"Read every day"* — at the heart of each classroom
            2. **Writing**
                - Plan a handwriting scheme for the whole school
                    - buy the pens and paper it needs
            """, path: "jd.md", format: .markdown)
        #expect(jd.texts(.heading) == ["Key responsibilities", "Reading", "Writing"])
        #expect(jd.texts(.duty) == [
            "Lead the teaching of phonics in Reception and Year 1",
            "Keep our motto — \"Read every day\" — at the heart of each classroom",
            "Plan a handwriting scheme for the whole school",
            "buy the pens and paper it needs",
        ])
    }

    @Test func flattenedTwoColumnRowsWhoseLabelsStartLikeDutiesAndRowsWithoutLabels() {
        let jd = segmentText("""
            Support for learning / To help pupils with reading in small groups.
            To prepare resources for lessons when the teacher asks.
            Safety / To watch over pupils in the playground at break time.
            As a first aider, to treat minor injuries and record them in the log.
            Accurate records of every injury are kept in the office each day.
            """)
        #expect(jd.texts(.heading) == ["Support for learning", "Safety"])
        #expect(jd.texts(.duty) == [
            "To help pupils with reading in small groups.",
            "To prepare resources for lessons when the teacher asks.",
            "To watch over pupils in the playground at break time.",
            "As a first aider, to treat minor injuries and record them in the log.",
            "Accurate records of every injury are kept in the office each day.",
        ])
    }

    @Test func htmlTablesClosedOnTheirOwnLineLeaveNoTagBehind() {
        let jd = segmentText("""
            ## Duties

            <table>
            <tr><th>Area</th><th>Duties</th></tr>
            <tr><td>Finance</td><td><ul><li>Prepare the monthly budget report.</li></ul></td></tr>
            </table>
            """, path: "jd.md", format: .markdown)
        #expect(jd.items.allSatisfy { !$0.text.contains("<") })
        #expect(jd.texts(.duty) == ["Prepare the monthly budget report."])
    }

    @Test func negatedObligationsSignatureBlanksAndShortCriteriaNamingSafeguarding() {
        let jd = segmentText("""
            Purpose of the role
            Lunchtime supervisors are not expected to teach lessons or to mark pupils' work.

            Person specification
            Committed to equality and inclusion
            Commitment to safeguarding children (E)

            Signed (post holder): ..............................  Date: ..........
            """)
        #expect(jd.texts(.duty).isEmpty)
        #expect(jd.texts(.personSpec) == ["Committed to equality and inclusion", "Commitment to safeguarding children (E)"])
        #expect(jd.items.first { $0.text.hasPrefix("Signed") }?.kind == .boilerplate)
    }

    @Test func notesOnHowCriteriaAreAssessedAndBareCodeCellsAreNotCriteria() {
        let jd = segmentText("""
            ## Person specification

            | Criteria | Essential | Evidence |
            |---|---|---|
            | Experience of leading a phase | ✓ | A I |
            | Good subject knowledge | ✓ | Interview, lesson task |

            Evidence will come from the application, a short presentation, the interview and two references.
            """, path: "jd.md", format: .markdown)
        #expect(jd.texts(.personSpec) == ["Experience of leading a phase", "Good subject knowledge"])
        #expect(jd.item("Good subject knowledge")?.criterion?.assessment == ["Interview", "lesson task"])
        #expect(jd.items.first { $0.text.hasPrefix("Evidence will") }?.kind == .other)
    }

    @Test func flattenedTableRowsWithoutLabelsWrittenAsPhrasesOrBehindAnEmptyTabCell() {
        let jd = segmentText("""
            Curriculum / Lead the planning of the science curriculum in key stage 3
            Oversight of practical work and the technicians' timetable
            Pastoral:	To act as tutor to a Year 9 form.
            	Attendance at parents' evenings for the form.
            """)
        #expect(jd.texts(.heading) == ["Curriculum", "Pastoral:"])
        #expect(jd.texts(.duty) == [
            "Lead the planning of the science curriculum in key stage 3",
            "Oversight of practical work and the technicians' timetable",
            "To act as tutor to a Year 9 form.",
            "Attendance at parents' evenings for the form.",
        ])
    }

    /// Bare lines under a heading, as a PDF converter leaves a list whose bullets it lost, are duties when they open
    /// with a verb that duties in the tune JDs open with; a line about the school stays prose.
    @Test func bareLinesOpeningWithEverydayDutyVerbsAreDuties() {
        let jd = segmentText("""
            Safeguarding and welfare
            Our school serves a growing estate on the edge of the town.
            Check that every visitor signs in and wears a badge.
            Refer concerns about a child to the designated lead on the same day.
            Signpost families to early help services when they ask for support.
            Run the weekly attendance meeting with the education welfare officer.
            Handle complaints from parents in line with the school's procedure.
            """)
        #expect(jd.texts(.duty).count == 5)
        #expect(jd.texts(.duty).first == "Check that every visitor signs in and wears a badge.")
        #expect(jd.items.first { $0.text.hasPrefix("Our school") }?.kind == .other)
    }

    /// A grid flattened with " / " between its cells: the header row is column titles, and each criterion keeps its
    /// priority and assessment cells, a stage with a note in brackets or written as a word beside codes included.
    @Test func gridRowsFlattenedWithSlashesKeepTheirPriorityAndAssessmentCells() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Criteria / Essential or Desirable / How assessed
            Paediatric first aid certificate / D / Application, certificates
            Experience of running a breakfast club / E / Application, Interview (presentation task)
            Calm and kind when children are upset / E / I / Task
            Works with parents / carers to solve problems / E / Interview, scenario exercise
            (E = essential, D = desirable; A = application, I = interview)
            Task = an in-tray exercise on the morning of the interview
            """)
        #expect(jd.texts(.personSpec) == [
            "Paediatric first aid certificate", "Experience of running a breakfast club",
            "Calm and kind when children are upset", "Works with parents / carers to solve problems",
        ])
        #expect(jd.item("Paediatric first aid certificate")?.criterion?.priority == .desirable)
        #expect(jd.item("Experience of running a breakfast club")?.criterion?.assessment == ["Application", "Interview (presentation task)"])
        #expect(jd.item("Calm and kind when children are upset")?.criterion?.assessment == ["I", "Task"])
        #expect(jd.item("Works with parents / carers to solve problems")?.criterion?.assessment == ["Interview", "scenario exercise"])
        #expect(jd.items.filter { $0.text.contains("=") }.allSatisfy { $0.kind == .other })
    }

    /// A grid laid out with spaces whose header row stands alone above the categories, a long criterion that runs up
    /// to its tick with a single space, criteria whose first line stands alone above the line with their cells, and a
    /// key after a label.
    @Test func spacedGridHeaderRowIsTitlesAndATickAfterOneSpaceIsACell() {
        let jd = segmentText("""
            PERSON SPECIFICATION

                                                                 Essential  Desirable  Evidence
            Knowledge
            1.  The statutory guidance on attendance and exclusions        X                   I
            2.  A broad knowledge of phonics schemes and how to teach them X                   I / Task
            3.  Forest school training                                                X        AF
            4.  Understanding of the law on exclusions, including the guidance for
                (maintained schools) on suspensions                            X                   I
            Skills
            Planning a school trip with its risk assessment,
            transport and parental consent                                     X                   I

            Key: E = Essential  D = Desirable  |  Evidence: AF = application form, I = interview
            """)
        #expect(jd.texts(.personSpec) == [
            "The statutory guidance on attendance and exclusions",
            "A broad knowledge of phonics schemes and how to teach them",
            "Forest school training",
            "Understanding of the law on exclusions, including the guidance for (maintained schools) on suspensions",
            "Planning a school trip with its risk assessment, transport and parental consent",
        ])
        #expect(jd.texts(.heading).contains { $0.hasPrefix("Essential") })
        #expect(jd.items.first { $0.text.hasPrefix("Key:") }?.kind == .other)
    }

    /// Criteria numbered with codes ("A1", "B2") set apart by a wide gap are one criterion each, the code dropped; a
    /// year group opening a duty with a single space ("Y6 pupils") is words, not a code.
    @Test func criteriaNumberedWithCodesAreOneEach() {
        let jd = segmentText("""
            Key duties
            - Y6 pupils sit their national tests in May: run the tests to the letter.

            PERSON SPECIFICATION

            B.  Experience
                B1  Leading a phase in a primary school for at least two years (essential)
                B2  Working with the local authority on admissions (desirable)
                B3  Planning transition visits with secondary schools across the town and with
                    the feeder nurseries (desirable)
            """)
        #expect(jd.texts(.personSpec) == [
            "Leading a phase in a primary school for at least two years (essential)",
            "Working with the local authority on admissions (desirable)",
            "Planning transition visits with secondary schools across the town and with the feeder nurseries (desirable)",
        ])
        #expect(jd.texts(.duty).first?.hasPrefix("Y6 pupils") == true)
    }

    /// Prose JDs often open with a paragraph about the school: it is not a duty, though it goes on to say what the
    /// head does there; a sentence about the post ("The Headteacher is a member of…") still is one.
    @Test func aParagraphDescribingTheSchoolIsNotADuty() {
        let jd = segmentText("""
            The role

            Fernbrook is a two-form entry primary school on the edge of the market town. The headteacher teaches one
            afternoon a week and leads a settled, capable staff team.

            The Headteacher is a member of the federation's strategic board and reports to its governors each term.
            """)
        #expect(jd.items.first { $0.text.hasPrefix("Fernbrook") }?.kind == .other)
        #expect(jd.texts(.duty) == ["The Headteacher is a member of the federation's strategic board and reports to its governors each term."])
    }

    /// In a grid laid out with spaces, a criterion opening with an acronym under one that ended on an ordinary word is
    /// the next criterion of the cell, not the rest of the one above.
    @Test func aCriterionOpeningWithAnAcronymStartsAfresh() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Criteria              Essential                                            Assessed
            Qualifications        A level 3 award in supporting children's learning    A
                                  Maths and English at grade 4 or above                A
                                  SEN training for the new code of practice            A/I
            """)
        #expect(jd.texts(.personSpec) == ["A level 3 award in supporting children's learning",
                                          "Maths and English at grade 4 or above", "SEN training for the new code of practice"])
    }

    /// A key to the grid's codes straight under the last row of a grid laid out with spaces explains the grid: it is
    /// not the last criterion's second line, and however widely it is spaced it stays one line.
    @Test func aKeyUnderASpacedGridIsOneLineAndNotPartOfTheLastCriterion() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Personal qualities
            Calm and consistent with pupils                        X                 I/R
            Resilient, with a sense of proportion                  X                 I
            (A = Application  I = Interview  R = References)

            AF = application form    I = interview    Task = in-tray / data task
            """)
        #expect(jd.texts(.personSpec) == ["Calm and consistent with pupils", "Resilient, with a sense of proportion"])
        #expect(jd.texts(.other).filter { $0.contains("=") } == [
            "(A = Application  I = Interview  R = References)",
            "AF = application form    I = interview    Task = in-tray / data task",
        ])
    }

    /// "Essential qualities" over a list of criteria titles the list, as "Personal qualities" does; among unmarked
    /// criteria under a category heading, "Essential safeguarding training" is a criterion.
    @Test func aCategoryNamedByItsPriorityTitlesTheCriteriaBelow() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            You will be a teacher whose lessons colleagues ask to watch, and who listens before deciding.

            Essential qualities
            - Qualified Teacher Status
            - Experience of leading a subject across a primary school

            Desirable experience and skills
            - Experience of teaching in more than one key stage
            """)
        #expect(jd.texts(.heading).contains("Essential qualities"))
        #expect(jd.texts(.heading).contains("Desirable experience and skills"))
        #expect(Array(jd.texts(.personSpec).suffix(3)) == [
            "Qualified Teacher Status", "Experience of leading a subject across a primary school",
            "Experience of teaching in more than one key stage",
        ])
        let unmarked = segmentText("""
            PERSON SPECIFICATION
            Qualifications
            Qualified Teacher Status
            Essential safeguarding training
            Desirable leadership qualification
            """)
        #expect(unmarked.texts(.personSpec) == ["Qualified Teacher Status", "Essential safeguarding training",
                                                "Desirable leadership qualification"])
    }
}
