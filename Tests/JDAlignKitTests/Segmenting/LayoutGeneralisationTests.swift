import Foundation
import Testing
@testable import JDAlignKit

/// The layouts that lost duties on real JDs nobody tuned for, each written here as a small JD of its own: every duty
/// and criterion must be read as one, whatever the layout.
@Suite struct LayoutGeneralisationTests {
    private func read(_ text: String, as format: SourceFormat = .text, path: String = "jd.txt") -> JobDescription {
        Segmenter().segment(PlainTextReader.read(Array(text.utf8), path: path, format: format))
    }

    private func texts(_ jd: JobDescription, _ kind: ItemKind) -> [String] {
        jd.items.filter { $0.kind == kind }.map(\.text)
    }

    @Test func markdownNumberedAreasWithNestedItemsAndHTMLListsInTableCells() {
        let jd = read("""
            # Assistant Headteacher – Brookside Academy

            **Responsible to:** Deputy Headteacher

            ## 2. Pastoral care and attendance
            * Line manage the heads of year and the attendance officer.
            * Evaluate the impact of pastoral work each term.
                * Analyse attendance data by cohort, including disadvantaged pupils.

            ## Person specification

            | Area | Essential | Desirable |
            |---|---|---|
            | Experience | <ul><li>Leading a pastoral team</li><li>Improving attendance across a key stage</li></ul> | Work with external agencies<br>Restorative practice |
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == ["Line manage the heads of year and the attendance officer.", "Evaluate the impact of pastoral work each term.",
                                     "Analyse attendance data by cohort, including disadvantaged pupils."])
        #expect(texts(jd, .personSpec) == ["Leading a pastoral team", "Improving attendance across a key stage", "Work with external agencies",
                                           "Restorative practice"])
        #expect(jd.items.allSatisfy { !$0.text.contains("<") }, "tags are structure, never text")
        #expect(texts(jd, .heading).contains("Pastoral care and attendance"))
        #expect(jd.title == "Assistant Headteacher")
    }

    @Test func htmlListsAndPipeTablesInAPlainTextFileAreStructureToo() {
        let jd = read("""
            Key duties
            <ul><li>Plan and teach lessons across key stage 3</li><li>Mark and assess pupils' work</li></ul>

            Person specification
            | Criteria | Essential |
            |---|---|
            | Qualified teacher status | ✓ |
            """)
        #expect(texts(jd, .duty) == ["Plan and teach lessons across key stage 3", "Mark and assess pupils' work"])
        #expect(texts(jd, .personSpec) == ["Qualified teacher status"])
    }

    @Test func twoColumnTablesFlattenedToLabelAndTextRows() {
        let jd = read("""
            Purpose: / To support the Headteacher in leading the school and to deputise in their absence.
            Strategic Planning / To lead the writing of the school development plan with the Headteacher.
            To monitor progress against the plan and report to governors each term.
            Teaching / To ensure high quality teaching across all key stages.
            Work with parents / carers to support pupils' learning at home.
            """)
        #expect(texts(jd, .heading) == ["Purpose:", "Strategic Planning", "Teaching"])
        #expect(texts(jd, .duty) == [
            "To support the Headteacher in leading the school and to deputise in their absence.",
            "To lead the writing of the school development plan with the Headteacher.",
            "To monitor progress against the plan and report to governors each term.",
            "To ensure high quality teaching across all key stages.",
            "Work with parents / carers to support pupils' learning at home.",
        ])
        #expect(jd.items.first { $0.text.hasPrefix("To monitor") }?.section == "Strategic Planning")
    }

    @Test func listsWithoutBulletsWhoseLinesAConverterCut() {
        let jd = read("""
            Key responsibilities
            To lead a team of form tutors and monitor their work with pupils
            To reduce the effect of low attendance on the outcomes of the
            key stage.
            To champion the voice of pupils in the year group
            """)
        #expect(texts(jd, .duty) == ["To lead a team of form tutors and monitor their work with pupils",
                                     "To reduce the effect of low attendance on the outcomes of the key stage.",
                                     "To champion the voice of pupils in the year group"])
    }

    @Test func linesWhoseSpacesAConverterLostAreStillDuties() throws {
        let jd = read("""
            Main duties
            Tooverseetheprogressofpupilsin the phase andto reportregularlyto governors
            To lead the phase team
            """)
        #expect(texts(jd, .duty).first == "Tooverseetheprogressofpupilsin the phase andto reportregularlyto governors",
                "the item keeps the text as written")
        let library = try StandardsLibrary.builtIn()
        let analysis = try Analyser(library: library, frameworks: [try #require(library.catalogue.framework("hs2020-exec"))]).analyse(jd)
        #expect(analysis.links[try #require(jd.items.first { $0.text.hasPrefix("Toover") }).id]?.contains { $0.standard == "hs2020-exec:10.1" } == true,
                "matching sees the restored words")
    }

    @Test func postTitlesBesideTheSchoolAndFormStyleMetadata() {
        let besideSchool = read("Deputy Headteacher - Riverside Primary Academy\n\nKey duties\n- Lead the school in the Headteacher's absence\n")
        #expect(besideSchool.title == "Deputy Headteacher")
        #expect(besideSchool.metadata.organisation == "Riverside Primary Academy")
        #expect(read("Oakfield Academy | Head of Year 9\n\nDuties\n- Lead the year team\n").title == "Head of Year 9")
        #expect(read("Rosebank Infant School\nSENCO (non-teaching) – 30 hours per week, term time\n\nDuties\n- Keep the SEN register\n").title
                == "SENCO (non-teaching)")
        let form = read("Job title:\tSENCO\nGrade:\tMPS + SEN allowance\nResponsible to:\tHeadteacher\n\nDuties\n- Lead the SEND provision\n")
        #expect(form.title == "SENCO")
        #expect(form.metadata.responsibleTo == "Headteacher")
    }

    @Test func pageHeadersFootersAndNumbersAConverterLeftAreNotDuties() {
        let jd = read("""
            Key duties
            • To lead the science curriculum across the school and monitor
            Oakfield Academy – Head of Science JD                                        Page 1 of 2
            • To manage the science budget
            2
            Oakfield Academy – Head of Science JD                                        Page 2 of 2
            """)
        #expect(texts(jd, .duty) == ["To lead the science curriculum across the school and monitor", "To manage the science budget"])
        #expect(texts(jd, .other).contains("Oakfield Academy – Head of Science JD"))
        #expect(texts(jd, .other).contains("2"))
    }

    @Test func aFooterAboveThePageNumberAndAHeaderSplitByAGapKeepThePersonSpecification() {
        let jd = read("""
            Duties
            - Lead the SEND team and keep the register of needs.

            Person specification
            Essential
            - Qualified Teacher Status
            - Experience of writing support plans
            Elmhurst Primary School – SENDCo Job Description
            Page 1 of 2
            ELMHURST PRIMARY SCHOOL    Job description
            - Knowledge of the SEND Code of Practice
            - Experience of training support staff
            Elmhurst Primary School – SENDCo Job Description
            Page 2 of 2
            ELMHURST PRIMARY SCHOOL    Job description
            """)
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "Experience of writing support plans",
                                           "Knowledge of the SEND Code of Practice", "Experience of training support staff"])
        #expect(texts(jd, .other).filter { $0 == "Elmhurst Primary School – SENDCo Job Description" }.count == 2)
        #expect(!jd.items.contains { $0.kind == .heading && $0.text == "Job description" }, "the header's second half is not a title")
    }

    @Test func aListThatNeverHadBulletsIsOneDutyPerSentence() {
        let jd = read("""
            Main duties
            Keep an accurate register of pupils with SEND, reviewed each term.
            Request statutory assessment from the local authority when a pupil's needs call for it.
            Widen the range of interventions the school can offer.
            Undergo refresher training in the SEND Code of Practice every year.
            """)
        #expect(texts(jd, .duty).count == 4)
    }

    @Test func proseJDsStateDutiesWithThePostHolderAsSubject() {
        let jd = read("""
            The Bursar
            Finance. The Bursar prepares the annual budget and manages fee collection and the audit.
            They lead the support staff team and oversee contracts with suppliers and caterers.
            The school was founded in 1890 and stands in twenty acres of parkland.
            """)
        #expect(texts(jd, .duty).count == 2)
        #expect(texts(jd, .other) == ["The school was founded in 1890 and stands in twenty acres of parkland."])
        #expect(jd.title == "The Bursar")
    }

    @Test func columnsAConverterSeparatedWithSpacesAreCells() {
        let jd = read("""
            PERSON SPECIFICATION
            Qualified teacher status                    E        Application
            Experience of leading a team                D        Interview
            """)
        #expect(texts(jd, .personSpec) == ["Qualified teacher status", "Experience of leading a team"])
        #expect(jd.items.first { $0.text == "Experience of leading a team" }?.criterion?.priority == .desirable)
    }

    @Test func moreTuneSplitLayouts() {
        let rows = read("Academic progress / To use assessment data to find students who are falling behind.\nTo meet parents of students at risk.\n")
        #expect(texts(rows, .heading) == ["Academic progress"])
        #expect(texts(rows, .duty).count == 2)

        let numbered = read("## 4. Curriculum\n1. Lead the options process.\n\n## 5. Recruitment and marketing\n1. Lead recruitment to the sixth form.\n", as: .markdown, path: "jd.md")
        #expect(texts(numbered, .duty) == ["Lead the options process.", "Lead recruitment to the sixth form."])

        let standardsHeading = read("Additional and special educational needs and disabilities\n• Work with the SENCO so that pupils with SEND are well supported.\n")
        #expect(texts(standardsHeading, .heading) == ["Additional and special educational needs and disabilities"])

        let prose = read("The Head of House leads one of the four houses and cares for the pupils in it every day.\n")
        #expect(texts(prose, .duty).count == 1)

        let top = read("HEADTEACHER\n\nKey duties\n- Lead the school\n")
        #expect(texts(top, .boilerplate).isEmpty)
        #expect(top.title == "HEADTEACHER")
    }

    @Test func hardWrappedTextIsJoinedAtTheWidthItWasWrappedAt() {
        // Every line of a converter's output ends near the same width; one that fills it mid-sentence carries on.
        let line = "The Headteacher leads the school and carries out the duties set out in the School"
        let bullets = (0..<6).map { "• To lead work of kind number \($0) across the school so that every pupil does well" }
        let jd = read((bullets + ["Purpose", line, "Teachers' Pay and Conditions Document and the standards.", "To lead the school well"])
            .joined(separator: "\n"))
        #expect(jd.items.contains { $0.text == line + " Teachers' Pay and Conditions Document and the standards." })
        #expect(jd.items.contains { $0.text == "To lead the school well" }, "a new duty is never joined")
        #expect(texts(jd, .duty).filter { $0.hasPrefix("To lead work") }.count == 6, "full-width bullets followed by bullets stay apart")
    }

    /// Breaks each paragraph at the last space before `width`, as a converter does, the rest carried unindented.
    private func hardWrapped(_ paragraphs: [String], at width: Int) -> [String] {
        paragraphs.flatMap { paragraph -> [String] in
            var lines: [String] = [], rest = Substring(paragraph)
            while rest.count > width, let cut = rest.prefix(width).lastIndex(of: " ") {
                lines.append(String(rest[..<cut]))
                rest = rest[rest.index(after: cut)...]
            }
            return lines + [String(rest)]
        }
    }

    @Test func aWrappedItemGoesOnPastAVerbWhereItemsEndWithAStop() {
        let duties = (1...6).map { "Lead the review of area number \($0) of the curriculum with subject leaders and report to governors." }
        let cut = "Contribute to the academy's vision and to the writing and evaluation of the School Development"
        let lines = ["Main duties"] + hardWrapped(duties, at: 84) + [cut, "Plan as a full member of the senior leadership team."]
        let jd = read(lines.joined(separator: "\n"))
        #expect(texts(jd, .duty).count == 7)
        #expect(texts(jd, .duty).last == cut + " Plan as a full member of the senior leadership team.")
    }

    @Test func aFullStopAtTheWidthEndsASentenceNotAParagraphWhereParagraphsAreSetApart() {
        let paragraph = "The Bursar is a member of the Senior Leadership Team and Clerk to the Governors."
            + " Reporting to the Head on operational matters, the Bursar prepares the annual budget and the long-term plan."
        let others = (1...5).map { "The Bursar also oversees contract number \($0), working with suppliers, and reports on it to the finance committee each term." }
        let wrapped = (others + [paragraph]).map { hardWrapped([$0], at: 84).joined(separator: "\n") }
        let jd = read((["Main duties", ""] + [wrapped.joined(separator: "\n\n")]).joined(separator: "\n"))
        #expect(hardWrapped([paragraph], at: 84).first?.hasSuffix("Governors.") == true, "the case under test: a stop at the width")
        #expect(jd.items.contains { $0.text == paragraph })
        #expect(jd.items.filter { $0.text.hasPrefix("The Bursar also oversees") }.count == 5)
    }

    @Test func aCriterionWrappedOntoARowOfItsOwnInAPipeTable() {
        let jd = read("""
            ## Person specification

            | Criteria | Essential | Desirable | Assessed by |
            |---|---|---|---|
            | Good or better classroom teaching | ✓ | | I / R |
            | Clear, calm communication with students, staff and parents, including in difficult | ✓ | | I / T |
            | conversations | | | |
            | Good organisation and the ability to prioritise | ✓ | | T / R |
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .personSpec) == ["Good or better classroom teaching",
                                           "Clear, calm communication with students, staff and parents, including in difficult conversations",
                                           "Good organisation and the ability to prioritise"])
    }

    @Test func aCriterionWrappedBetweenItAndItsCodesInAGridReadOneCellPerLine() {
        let jd = read("""
            Person specification
            Criteria
            E/D
            How assessed
            Knowledge
            Understanding of SEND and of strategies for disadvantaged learners
            E
            I
            Understanding of safeguarding and of your own duties under Keeping
            Children Safe in Education
            E
            I
            Experience
            Successful teaching experience in at least two primary key stages
            E
            A
            """)
        #expect(texts(jd, .personSpec) == ["Understanding of SEND and of strategies for disadvantaged learners",
                                           "Understanding of safeguarding and of your own duties under Keeping Children Safe in Education",
                                           "Successful teaching experience in at least two primary key stages"])
    }

    @Test func aLineIndentedToAnItemsTextCarriesItOnWhateverItsFirstLetter() {
        let jd = read("""
            Main duties
                  l   Make sure the school complies with the council's
                      Scheme for Financing Schools and its financial regulations.
                  l   Keep the school fund in good order
                      (including its annual audit).
                  l   Lead the support staff teams.
            """)
        #expect(texts(jd, .duty) == ["Make sure the school complies with the council's Scheme for Financing Schools and its financial regulations.",
                                     "Keep the school fund in good order (including its annual audit).",
                                     "Lead the support staff teams."])
    }

    @Test func labelsSetBesideAListInADesignedPDFAreLiftedOutOfItsLines() {
        let jd = read("""
            Main duties

            Premises and          l   Manage the school site so that it is safe, secure,
            facilities                clean and well maintained, through the Site Manager.
                                  l   Keep the planned maintenance schedule up to date.

                                  l   Manage contracts, payroll input and staff records.
                                  l   Advise the Headteacher on HR policy, employment law
            Human resources           and staffing structures; support absence procedures.
                                  l   Lead appraisal for the staff the manager line manages.
            """)
        #expect(texts(jd, .duty) == ["Manage the school site so that it is safe, secure, clean and well maintained, through the Site Manager.",
                                     "Keep the planned maintenance schedule up to date.",
                                     "Manage contracts, payroll input and staff records.",
                                     "Advise the Headteacher on HR policy, employment law and staffing structures; support absence procedures.",
                                     "Lead appraisal for the staff the manager line manages."])
        #expect(texts(jd, .heading).contains("Premises and facilities"))
        #expect(texts(jd, .heading).contains("Human resources"))
    }

    @Test func anAdvertsParagraphsStateDutiesOfTheSuccessfulCandidateAndWrapTheirOwnLists() {
        let others = (1...5).map { "The successful candidate will lead area number \($0) of the school's work with the staff who teach it and report on it each term." }
        let inline = "The successful candidate will share the strategic leadership of the school. In practice this means (a) helping to"
            + " write the annual whole-school development plan; and (b) reporting on progress against its priorities to the Governing Board."
        let wrapped = (others + [inline]).map { hardWrapped([$0], at: 84).joined(separator: "\n") }
        let jd = read((["The role", ""] + [wrapped.joined(separator: "\n\n")]).joined(separator: "\n"))
        #expect(hardWrapped([inline], at: 84).contains { $0.hasSuffix(";") }, "the case under test: a semicolon at the width")
        #expect(texts(jd, .duty).count == 6)
        #expect(texts(jd, .duty).last == inline)
    }

    @Test func markdownExportedFromAWordProcessorReadsThroughItsEscapesAndBoldHeadings() {
        let jd = read(#"""
            **Job Description: SENCo**

            **Key responsibilities**

            1\. Lead the SEND team and keep the register of needs\.
            2\. Plan provision with class teachers

            \- Work with parents and carers

            **Essential**

            * Qualified Teacher Status
            * The National Award for SEN Co\-ordination
            """#, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == ["Lead the SEND team and keep the register of needs.", "Plan provision with class teachers",
                                     "Work with parents and carers"])
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "The National Award for SEN Co-ordination"])
        #expect(texts(jd, .heading).contains("Key responsibilities"))
    }

    @Test func documentControlAfterTheCriteriaIsNotACriterion() {
        let jd = read("""
            Person specification
            Essential
            - Qualified Teacher Status
            - Experience of leading a team in version control of schemes of work

            Version 2.1
            Date: November 2026
            Ref: OAK/HR/JD/DHT-2026
            OAK/HR/JD/AP-SF
            """)
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "Experience of leading a team in version control of schemes of work"])
        #expect(texts(jd, .metadata).contains("Version 2.1"))
        #expect(texts(jd, .metadata).contains("Ref: OAK/HR/JD/DHT-2026"))
    }

    @Test func aJobBoardPageSavedWithItsHTMLReadsThroughItsCharacterReferences() {
        let jd = read("""
            <h2>Key responsibilities</h2>
            <table>
            <tr><td>Safeguarding</td><td>&bull; Act as the senior lead for safeguarding.<br>&bull; Report to the school&rsquo;s governors each term.</td></tr>
            </table>
            <h2>Person specification</h2>
            <table>
            <tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>
            <tr><td>NPQH (A)</td><td></td><td>&#10003;</td></tr>
            <tr><td>Experience of senior leadership &ndash; at least two years (A/I)</td><td>&#x2713;</td><td></td></tr>
            </table>
            """)
        #expect(texts(jd, .duty) == ["Act as the senior lead for safeguarding.", "Report to the school\u{2019}s governors each term."])
        #expect(texts(jd, .personSpec) == ["NPQH (A)", "Experience of senior leadership \u{2013} at least two years (A/I)"])
        #expect(jd.items.first { $0.text == "NPQH (A)" }?.criterion?.priority == .desirable)
        #expect(HTMLFragmentReader.decodingEntities("&unknown; &#0; &amp") == "&unknown; &#0; &amp", "what is not a reference stays")
    }

    @Test func aContentsEntryNamedLikeTheRunningHeaderStaysAContentsEntry() {
        let lines = ["ELMHURST ACADEMY", "Deputy Headteacher", "", "Contents", "1.  About the school", "2.  Job description",
                     "3.  Person specification", "", "Job description", "- Lead the curriculum across the school.",
                     "- Report to governors on standards each term.", "", "Page 1 of 2", "ELMHURST ACADEMY    Job description", "",
                     "Person specification", "- Qualified Teacher Status", "", "Page 2 of 2", "ELMHURST ACADEMY    Job description"]
        let jd = read(lines.joined(separator: "\n"))
        #expect(texts(jd, .duty) == ["Lead the curriculum across the school.", "Report to governors on standards each term."])
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status"])
        #expect(jd.items.first { $0.text == "Job description" && $0.line == 6 }?.reason.contains("contents") == true)
    }
}
