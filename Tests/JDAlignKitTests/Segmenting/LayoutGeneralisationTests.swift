import Foundation
import Testing
@testable import JDAlignKit

/// The layouts that lost duties on real JDs nobody tuned for, each written here as a small JD of its own: every duty
/// and criterion must be read as one, whatever the layout.
@Suite struct LayoutGeneralisationTests: ReadsLayouts {
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

    /// A pack that writes the post's title in lower case: "The head of centre will…" states a duty, whatever the verb;
    /// "Our offer" after the criteria is the pack's, not a criterion.
    @Test func aTitleInLowerCaseBeforeAModalStatesADuty() {
        let jd = read("""
            The role

            The head of centre will set the tone and culture of the academy, with a calm and consistent approach.

            The head of centre will be the academy's designated safeguarding lead, supported by two deputies.

            The school's new building opened in 2019 and the head of centre will be able to use its studios.

            The person we are looking for

            Experience of leading in alternative provision is essential.

            Our offer

            We offer a supportive trust and a generous programme of professional development.
            """)
        #expect(texts(jd, .duty) == [
            "The head of centre will set the tone and culture of the academy, with a calm and consistent approach.",
            "The head of centre will be the academy's designated safeguarding lead, supported by two deputies.",
        ])
        #expect(texts(jd, .personSpec) == ["Experience of leading in alternative provision is essential."])
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
}
