import Testing
@testable import JDAlignKit

/// Reading rules too small for a layout of their own, each on the lines that made it necessary.
@Suite struct SmallReadingRuleTests {
    @Test func aSupportingStatementCodeIsAStageAndAWingdingsTickMarksAColumn() {
        #expect(CriterionTerms.assessment("AF, SS") == ["AF", "SS"])
        #expect(CriterionTerms.isTick("þ") && CriterionTerms.isTick("ü"))
        let jd = segmentText("""
            PERSON SPECIFICATION
            Criteria\tEssential\tDesirable\tAssessed
            Qualified Teacher Status\tþ\t\tAF
            Experience of leading a pastoral team\t\tþ\tAF, SS
            """)
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status", "Experience of leading a pastoral team"])
        #expect(jd.items.last { $0.kind == .personSpec }?.criterion?.assessment == ["AF", "SS"])
    }

    @Test func aKeyIsShortAndASentenceWithEqualsSignsIsNone() {
        #expect(CriterionTerms.isCodeKey("Key: E = essential, D = desirable, A = application, I = interview"))
        #expect(CriterionTerms.isCodeKey("Key to evidence: A = application form and letter; C = certificates checked at interview;"))
        #expect(!CriterionTerms.isCodeKey("Knowledge of the curriculum and of assessment: E = 1"), "a criterion before the colon")
        let longSentence = "Ensure that every pupil = every pupil, " + Array(repeating: "with the same care and attention", count: 7)
            .joined(separator: " ")
        #expect(!CriterionTerms.isCodeKey(longSentence))
    }

    @Test func aLoneWordFinishingAHardWrappedSentenceRunsOnButALoneTitleDoesNot() {
        // Wrapped at 67 characters, as a converter does.
        let jd = segmentText("""
            Main duties
            Build links with the families of pupils, with the local authority's
            early help team and with the schools of the trust's Teaching School
            Partnership.
            Lead the weekly safeguarding briefing for all staff, keep a record
            of who attended each one and follow up with anyone who missed it
            Teaching
            Teach a timetable of mathematics across key stages three and four,
            including one examination group in each year and a small
            intervention group.
            """)
        #expect(jd.texts(.duty).first?.hasSuffix("Teaching School Partnership.") == true)
        #expect(jd.texts(.duty).count == 3)
        #expect(jd.item("Teaching")?.kind == .heading)
    }

    @Test func aWordATypesetterHyphenatedAtALineEndIsWholeAgainButACompoundKeepsItsHyphen() {
        let jd = segmentText("""
            Key responsibilities
            • Evaluate pastoral provision from a range of evidence, including be-
              haviour logs, attendance figures and the voice of students.
            • Keep the admission register accurate and in line with the regis-
              tration regulations, and report on well-
              sequenced curriculum plans and co-
              ordinate the pastoral calendar.
            """)
        #expect(jd.texts(.duty) == [
            "Evaluate pastoral provision from a range of evidence, including behaviour logs, attendance figures and the voice of students.",
            "Keep the admission register accurate and in line with the registration regulations, and report on well-sequenced curriculum plans and co-ordinate the pastoral calendar.",
        ])
        #expect(LineBreakHyphenation.brokeAWord("including be-", before: "haviour logs"))
        #expect(!LineBreakHyphenation.brokeAWord("a self-", before: "evaluation"), "the joined pieces are no word")
        #expect(!LineBreakHyphenation.brokeAWord("re-", before: "form the groups"), "the piece after the break is a word")
        #expect(!LineBreakHyphenation.brokeAWord("Years 7-", before: "9 classes"), "a range, not a word")
        #expect(PdfParagraphs.joined(["Celebrate attendance in assem-", "blies and through rewards"])
            == "Celebrate attendance in assemblies and through rewards")
    }

    @Test func thePostsTitleUnderThePersonSpecificationsTitleIsNoCriterion() {
        let jd = segmentText("""
            Post title: Assistant Headteacher (Curriculum and Assessment)
            Key responsibilities
            - Lead the school's assessment calendar.

            PERSON SPECIFICATION
            Assistant Headteacher (Curriculum and Assessment)

            Qualifications
            Qualified Teacher Status
            """)
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status"])
        #expect(jd.items.filter { $0.text == "Assistant Headteacher (Curriculum and Assessment)" }.allSatisfy { $0.kind == .metadata })
    }

    @Test func aGridsLastCriterionTickedOnItsSecondLineStaysOneRowAndAFooterBesideItsPageIsFurniture() {
        let jd = segmentText("""
            PERSON SPECIFICATION

            QUALIFICATIONS
            Qualified Teacher Status                                        ✓
            NPQH, or working towards it                                                    ✓
            A Catholic Certificate in Religious Studies (CCRS)
            or a willingness to gain it within two years                    ✓

            EXPERIENCE
            Successful leadership as a deputy or head of school             ✓
            Experience of leading the Catholic life of a school                            ✓

                                    Candlewick Catholic Academy Trust   |   Page 9
            """)
        #expect(jd.texts(.personSpec) == [
            "Qualified Teacher Status", "NPQH, or working towards it",
            "A Catholic Certificate in Religious Studies (CCRS) or a willingness to gain it within two years",
            "Successful leadership as a deputy or head of school", "Experience of leading the Catholic life of a school",
        ])
        #expect(jd.item("EXPERIENCE")?.kind == .heading)
    }

    @Test func linesAlreadyCutIntoCellsByPipesAreNoSpacedOutGrid() {
        let blocks = PlainTextReader.read(Array("""
            Area | Duties
            Curriculum      | Lead the design of the KS3 curriculum.
            Pupils          | Promote high standards of behaviour.
            """.utf8), path: "jd.txt", format: .text).blocks
        #expect(!blocks.contains { $0.cell != nil && $0.text.contains("|") })
        let jd = segmentText(blocks.map(\.text).joined(separator: "\n"))
        #expect(jd.texts(.duty) == ["Lead the design of the KS3 curriculum.", "Promote high standards of behaviour."])
    }

    @Test func aStatementTitleInAGridCellIsACategoryOfCriteria() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Criteria\tEssential\tDesirable
            Equal opportunities\tCommitment to equality of opportunity for pupils and staff\t✓
            Experience\tLeadership of behaviour across a whole school\t✓
            """)
        // The title does not end the person specification there, as it does over the employer's statement.
        for criterion in ["Commitment to equality of opportunity for pupils and staff", "Leadership of behaviour across a whole school"] {
            #expect(jd.item(criterion)?.kind == .personSpec, "\(criterion)")
        }
    }

    @Test func aParagraphOfDutiesEndingOnTheConditionsOfServiceIsStillDuties() {
        let jd = segmentText("""
            Leading the school

            The head of school is responsible for the quality of teaching in every class and will ensure that the \
            curriculum is broad, ambitious and well sequenced. The post is held under the conditions of employment for \
            teachers in the current STPCD.

            Working here

            Our pupils deserve adults who keep them safe. All staff are employed under the conditions of employment \
            agreed with the local authority.
            """)
        #expect(jd.texts(.duty).count == 1)
        #expect(jd.texts(.duty).first?.hasPrefix("The head of school is responsible for the quality of teaching") == true)
        #expect(jd.items.first { $0.text.hasPrefix("Our pupils deserve adults") }?.kind == .boilerplate)
    }

    @Test func aboutThePostOpensWhatThePostDoesWhereAboutUsDoesNot() {
        let jd = segmentText("""
            Deputy Headteacher – job description

            About us

            Our pupils come from the town and the villages around it. The deputy headteacher will join a friendly team.

            About the post

            The deputy headteacher will lead behaviour and attendance across the school and will ensure that every \
            pastoral leader is held to account for the progress of their year group.
            """)
        #expect(jd.texts(.duty).count == 1)
        #expect(jd.texts(.duty).first?.hasPrefix("The deputy headteacher will lead behaviour and attendance") == true)
        #expect(jd.items.first { $0.text.hasPrefix("Our pupils come from the town") }?.kind == .other)
    }

    /// Wrapped near 97 characters: a capitalised title broken before its last word ("Academy Development" / "Plan,
    /// with…") carries on, though "Plan" and "Report" are duty verbs, while the next bullet opens a duty.
    @Test func aTitleBrokenBeforeANounThatIsAlsoAVerbRunsOn() {
        let jd = segmentText("""
            Main duties
            • Write, implement and review an annual Faculty Improvement Plan, linked to the Academy Development
            Plan, with measurable success criteria
            • With the Headteacher and the SEND Link Governor, review the SEND policy, the SEND Information
            Report and the accessibility plan each year and publish them on the school website
            • Lead the department's schemes of work so that they build knowledge from year to year and are
            taught consistently by every member of the team
            • Monitor the quality of teaching through learning walks, book looks and student voice, and act
            quickly where teaching falls short of the standard expected
            • Deploy the department's budget and resources carefully, ordering materials and equipment in good
            time for practical work
            • Make sure the department's assessment meets the exam boards' requirements and that marks are
            moderated each term
            """)
        let duties = jd.texts(.duty)
        #expect(duties.count == 6)
        #expect(duties.first?.hasSuffix("Academy Development Plan, with measurable success criteria") == true)
        #expect(duties.dropFirst().first?.hasSuffix("the SEND Information Report and the accessibility plan each year and publish them on the school website") == true)
    }

    @Test func bracketsLeftOpenRunOnAndBracketsInTitlesAreExplanations() {
        #expect(WrappedLineJoining.leavesABracketOpen("Assessment tools used to identify need (e.g."))
        #expect(!WrappedLineJoining.leavesABracketOpen("(a) Lead the review of the curriculum"))
        #expect(CriterionTerms.isRowOfGridTerms(
            "Criterion / Essential (E) or Desirable (D) / How identified (A = application, I = interview)"))
        #expect(HeadingDetection.isCategoryName(TextShape("KNOWLEDGE AND UNDERSTANDING (continued)")))
        // A grid laid out with spaces, its criteria numbered: the bracket opened before the ticks runs on below them.
        let jd = segmentText("""
            Person specification
                                                                  Essential   Desirable
            15  Assessment tools used to identify need (e.g.         ✓           ✓
                WellComm, Boxall, standardised reading and
                spelling tests)
            16  The local authority's EHCP processes                              ✓
            """)
        #expect(jd.texts(.personSpec).first
                == "Assessment tools used to identify need (e.g. WellComm, Boxall, standardised reading and spelling tests)")
    }

    @Test func notesOnApplyingAfterTheCriteriaAreNoCriteria() {
        for note in ["Applications should be made on the county's application form and returned to the school office.",
                     "The privacy notice for job applicants can be found on the school website."] {
            #expect(CriterionTerms.isNoteToCandidates(TextShape(note)), "\(note)")
        }
        #expect(!CriterionTerms.isNoteToCandidates(TextShape("Knowledge of data protection law and the privacy of pupil records.")))
    }

    @Test func conditionsOfAppointmentMakeAStatementThoughStaffAreExpectedToShareIt() {
        let statement = "Our school puts the safety of children before everything, and every adult who works here is expected "
            + "to share that duty. The post is subject to an enhanced DBS check and two satisfactory references."
        #expect(BoilerplateDetection.isBoilerplate(TextShape(statement)))
        #expect(!BoilerplateDetection.isBoilerplate(TextShape(
            "Keep the single central record up to date, recording each enhanced DBS check and the references received.")))
    }

    @Test func dutiesOpeningWithContextAndContactDetailsAfterThem() {
        let jd = segmentText("""
            Main duties

            With the Headteacher and phase leaders, keep the curriculum well sequenced from Reception to Year 6.

            As a member of the senior team, help to shape the school's priorities each year.

            The Deputy Headteacher (Teaching and Learning) shares with the Headteacher the lead on teaching.

            Contact parents about detentions and follow up any absence the same day.

            In 2024 the school was judged good in every area.

            To arrange a visit, ring the school office or write to office@example-school.org.uk.
            """)
        #expect(jd.texts(.duty) == [
            "With the Headteacher and phase leaders, keep the curriculum well sequenced from Reception to Year 6.",
            "As a member of the senior team, help to shape the school's priorities each year.",
            "The Deputy Headteacher (Teaching and Learning) shares with the Headteacher the lead on teaching.",
            "Contact parents about detentions and follow up any absence the same day.",
        ])
        #expect(!DutyDetection.holdsAnEmailAddress("Liaise with parents @ drop-off and pick-up."))
    }

    @Test func anAreasNameAsALabelBeforeTheDuty() {
        let jd = segmentText("""
            Main duties
            Partnership: lead the school's work with the other schools of the federation, including:
            - joint training days for all staff
            Responsible to: the Headteacher
            """)
        #expect(jd.item("Partnership: lead the school's work with the other schools of the federation, including:")?.kind == .duty)
        #expect(jd.item("Responsible to: the Headteacher")?.kind != .duty)
    }

    @Test func aMarkdownDetailsBlockOfBulletedLabelsIsMetadata() {
        let jd = segmentText("""
            # Head of Computing

            ## Post details
            - **Post title:** Head of Computing
            - **Salary:** MPS/UPS plus TLR 2b
            - **Responsible to:** Assistant Headteacher (Curriculum)

            ## Main duties
            - Lead the computing curriculum from Year 7 to Year 11.
            - Responsible for: leading the department's assessment calendar.
            """, path: "jd.md", format: .markdown)
        #expect(jd.texts(.duty) == ["Lead the computing curriculum from Year 7 to Year 11.",
                                    "Responsible for: leading the department's assessment calendar."])
        #expect(jd.metadata.responsibleTo == "Assistant Headteacher (Curriculum)")
    }

    /// Raw `pdftotext` output, as round 32's tune JD showed it: a full line cut after "Key Stage" runs on into "3 to
    /// Key Stage 5…", and one cut after "e.g." into its example.
    @Test func aLineCutBeforeANumberItNamesOrAfterEGRunsOn() {
        let jd = segmentText("""
            Key responsibilities
            • Give the department a clear sense of direction from Key Stage
            3 to Key Stage 5 that fits the academy's improvement plan.
            • Lead an area of the subject, e.g.
            as second in department or key stage lead.
            • Plan the assessment calendar for the whole school, from Year
            7 to Year 11.
            """)
        #expect(jd.texts(.duty) == [
            "Give the department a clear sense of direction from Key Stage 3 to Key Stage 5 that fits the academy's improvement plan.",
            "Lead an area of the subject, e.g. as second in department or key stage lead.",
            "Plan the assessment calendar for the whole school, from Year 7 to Year 11.",
        ])
    }

    /// A vacancy page's duties table, as round 45's job-board page set it out: one area is named like a detail of the
    /// post. A cell's sentences opening with verbs no list holds ("Intervene early…") stay undecided duties: reading
    /// them as duties in Word's cells would part the Word file's reading from its PDF's, whose table shows a cell's
    /// paragraphs apart (issue 14's 98% of items equal), so the rule for lost bullets keeps to text outside tables.
    @Test func aLineManagementRowIsNoDetailAndACellsSentencesNeedADutyVerb() {
        let jd = segmentText("""
            <table>
            <tr><th>Key area</th><th>Responsibilities</th></tr>
            <tr><td>Early career teachers</td><td>
            Recruit, train and quality-assure the mentors of early career teachers.<br>
            Intervene early, with a clear plan, where a trainee is at risk of falling behind.<br>
            </td></tr>
            <tr><td>Line management</td><td>
            Line manage the leaders of English and modern languages, meeting them every fortnight.<br>
            </td></tr>
            <tr><td>Teaching</td><td><ul>
            <li>Teach an agreed timetable to a high standard.</li>
            <li>Open your classroom to colleagues who want to see the approaches in practice.</li>
            </ul></td></tr>
            </table>
            """, path: "jd.html")
        #expect(jd.texts(.duty) == [
            "Recruit, train and quality-assure the mentors of early career teachers.",
            "Line manage the leaders of English and modern languages, meeting them every fortnight.",
            "Teach an agreed timetable to a high standard.",
        ])
        #expect(jd.item("Intervene early, with a clear plan, where a trainee is at risk of falling behind.")?.kind == .other)
        #expect(jd.item("Line management")?.kind == .heading)
        #expect(jd.metadata.responsibleFor == nil, "no detail of the post is read from the duties table")
    }

    /// Review of round 45's rules, on JDs written for it: a duties cell's statement after a duty is no duty, a details row
    /// keeps its details beside a duty, and a stray `<p>` does not run a text JD's lines or a Markdown list into one.
    @Test func aCellsNoteIsNoDutyAndADetailsRowKeepsItsDetailsBesideADuty() {
        let cells = segmentText("""
            ## Key responsibilities

            | Area | Duties |
            |---|---|
            | Attendance | Lead the school's attendance strategy and meet the attendance officer weekly.<br>Attendance is checked by the trust each half term. |
            | Premises | Manage the site team and the cleaning contract.<br>Intervene early, with a clear plan, where a contractor falls behind.<br>Lettings are handled by the office manager. |
            """, path: "jd.md", format: .markdown)
        #expect(cells.texts(.duty) == [
            "Lead the school's attendance strategy and meet the attendance officer weekly.",
            "Manage the site team and the cleaning contract.",
        ])
        let details = segmentText("""
            # Head of Science

            | Post | Grade | Reports to | Line management responsibilities |
            |---|---|---|---|
            | Head of Science | UPS + TLR 1b | Deputy Headteacher | Line manage six teachers of science and two technicians. |
            """, path: "jd.md", format: .markdown)
        #expect(details.metadata.grade == "UPS + TLR 1b")
        #expect(details.metadata.responsibleTo == "Deputy Headteacher")
        #expect(details.texts(.duty) == ["Line manage six teachers of science and two technicians."])
        #expect(details.metadata.responsibleFor == nil)
    }

    @Test func aStrayParagraphTagDoesNotRunAListOrATextJDsLinesIntoOne() {
        let text = segmentText("""
            <p>Job description – Class Teacher (Year 4)
            Responsible to: Phase Leader
            Key duties
            • Plan and teach lessons to the class.
            • Keep parents informed of their children's progress.</p>
            """)
        #expect(text.metadata.responsibleTo == "Phase Leader")
        #expect(text.texts(.duty) == ["Plan and teach lessons to the class.", "Keep parents informed of their children's progress."])
        let markdown = segmentText("""
            <p>The post holder will:
            - support pupils with SEND in class and in small groups;
            - keep records of the progress pupils make.
            </p>
            """, path: "jd.md", format: .markdown)
        #expect(markdown.texts(.duty) == [
            "support pupils with SEND in class and in small groups;", "keep records of the progress pupils make.",
        ])
    }
}
