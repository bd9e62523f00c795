import Testing
@testable import JDAlignKit

@Suite struct HeadingTests {
    @Test func headingKindsAreRecognised() {
        let jd = segmentText("""
        JOB DESCRIPTION

        Main purpose:
        · Lead the school in the absence of the headteacher

        A. Strategic direction and development of the school – to:
        · Support the vision and ethos of the school.

        1. School culture

        · establish and sustain the school's ethos

        2.1 Curriculum leadership
        · Ensure a broad and balanced curriculum.

        Duties as Key Stage 2 Manager
        · Organise Key Stage 2 assemblies;

        Liaison with parents/carers
        · Respond to parents' enquiries.
        """)
        let headings = [
            "JOB DESCRIPTION", "Main purpose:", "Strategic direction and development of the school – to:", "School culture",
            "Curriculum leadership", "Duties as Key Stage 2 Manager", "Liaison with parents/carers",
        ]
        #expect(jd.texts(.heading) == headings)
        #expect(jd.sections.map(\.heading) == headings)
        #expect(jd.sections.first?.level == 1)
        #expect(jd.item("establish and sustain the school's ethos")?.section == "School culture")
        #expect(jd.item("Respond to parents' enquiries.")?.section == "Liaison with parents/carers")
        #expect(jd.texts(.duty).count == 6)
    }

    @Test func sentencesAndLeadInsAreNotHeadings() {
        let jd = segmentText("""
        Duties and responsibilities
        Under the direction of the headteacher, the deputy headteacher will:
        Create a culture where pupils experience a positive and enriching school life
        Ensure staff are well supported
        Headteachers:
        The school is a happy place to work.
        """)
        #expect(jd.texts(.heading) == ["Duties and responsibilities"])
        #expect(jd.texts(.duty) == ["Create a culture where pupils experience a positive and enriching school life",
                                    "Ensure staff are well supported"])
        #expect(jd.texts(.other) == ["Under the direction of the headteacher, the deputy headteacher will:", "Headteachers:",
                                     "The school is a happy place to work."])
    }

    @Test func numberedListOfShortItemsIsNotAListOfHeadings() {
        let jd = segmentText("Key tasks\n1. Pastoral care\n2. Curriculum planning\n3. Attendance\n")
        #expect(jd.texts(.heading) == ["Key tasks"])
        #expect(jd.texts(.duty) == ["Pastoral care", "Curriculum planning", "Attendance"])
    }

    @Test func sectionsAboutTheSchoolHoldNoDuties() {
        let jd = segmentText("Key duties\n• Lead assemblies\n\nWhat we offer\n• Supportive colleagues\n• Free parking\n")
        #expect(jd.texts(.duty) == ["Lead assemblies"])
        #expect(jd.texts(.other) == ["Supportive colleagues", "Free parking"])
    }

    @Test func docxHintsAreUsed() {
        let document = SourceDocument(path: "jd.docx", format: .docx, blocks: [
            TextBlock(text: "Deputy Headteacher", line: 1, headingLevel: 0),
            TextBlock(text: "Leading learning", line: 2, headingLevel: 1),
            TextBlock(text: "Model excellent teaching and", line: 3, listLevel: 0),
            TextBlock(text: "Coach colleagues\nShare good practice", line: 4, listLevel: 1),
            TextBlock(text: "Safeguarding is everyone's responsibility", line: 5, headingLevel: 2),
        ])
        let jd = Segmenter().segment(document)
        #expect(jd.texts(.heading) == ["Deputy Headteacher", "Leading learning", "Safeguarding is everyone's responsibility"])
        #expect(jd.sections.map(\.level) == [1, 1, 2])
        #expect(jd.texts(.duty) == ["Model excellent teaching and", "Coach colleagues", "Share good practice"])
        #expect(jd.items.map(\.id) == ["i1", "i2", "i3", "i4", "i5", "i6"])
        #expect(jd.item("Share good practice")?.line == 4)
        #expect(jd.title == "Deputy Headteacher", "the Title-style heading names the post")
    }

    @Test func boilerplateIsRecognised() {
        let jd = segmentText("""
        Duties
        · Lead the English curriculum.
        · Carry out such other duties as may reasonably be required by the headteacher.
        This job description may be amended at any time in consultation with the postholder.
        It is not an exhaustive list of all tasks.
        The school is committed to safeguarding and promoting the welfare of children.
        Signed
        Date:
        Postholder's signature:\t__________
        """)
        #expect(jd.texts(.duty) == ["Lead the English curriculum."])
        #expect(jd.texts(.boilerplate).count == 7)
        #expect(jd.texts(.boilerplate).last == "Postholder's signature:")
    }

    /// Roman numerals and letters are both lettering, but a title in capitals over lettered duties is their title, not
    /// one of the list: "III. SAFEGUARDING" above "a) Act as a deputy DSL".
    @Test func aCapitalisedRomanTitleOverLetteredDutiesIsAHeading() {
        let jd = segmentText("""
        II. ATTENDANCE
        a) Run first-day calling for any child absent without a reason.
        b) Analyse attendance data every week.
        III. SAFEGUARDING
        a) Act as a deputy DSL and keep records on CPOMS.
        """)
        #expect(jd.texts(.heading) == ["ATTENDANCE", "SAFEGUARDING"])
        #expect(jd.texts(.duty).count == 3)
    }

    @Test func aShortNumberedLineOverLetteredItemsTitlesThem() {
        let jd = segmentText("""
            2.3  Assessment, Recording and Reporting
                 2.3.1  Lead the school's assessment policy and make sure every faculty applies it.
                 2.3.2  Assessment calendar
                        a) set the assessment points and data collection windows for the year;
                        b) organise internal mock examinations for Years 11 and 13.
                 2.3.3  Report on pupils' attainment to governors each term.
            """)
        #expect(jd.item("Assessment calendar")?.kind == .heading)
        #expect(jd.texts(.duty).count == 4)
    }
}
