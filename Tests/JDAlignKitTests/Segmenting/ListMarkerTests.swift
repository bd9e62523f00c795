import Testing
@testable import JDAlignKit

@Suite struct ListMarkerTests {
    static let markedDuties: [(String, String)] = [
        ("· Lead assemblies", "Lead assemblies"),
        ("•Plan the curriculum", "Plan the curriculum"),
        ("▪ Monitor attendance", "Monitor attendance"),
        ("◦ Track pupil progress", "Track pupil progress"),
        ("o Support new staff", "Support new staff"),
        ("Ø Manage the budget", "Manage the budget"),
        ("§ Liaise with parents", "Liaise with parents"),
        ("- Chair meetings", "Chair meetings"),
        ("* Report to governors", "Report to governors"),
        ("– Oversee admissions", "Oversee admissions"),
        ("➢ Evaluate teaching", "Evaluate teaching"),
        ("✓ Safeguard pupils", "Safeguard pupils"),
        ("\u{F0B7}\tDeploy support staff", "Deploy support staff"),
        ("1. Develop the school improvement plan", "Develop the school improvement plan"),
        ("a) Organise the timetable", "Organise the timetable"),
        ("(iv) Coordinate transition", "Coordinate transition"),
        ("2.1 Review policies annually with staff;", "Review policies annually with staff;"),
        ("(3) Induct new teachers", "Induct new teachers"),
    ]

    @Test(arguments: markedDuties)
    func markerIsStrippedAndItemIsADuty(line: String, expected: String) throws {
        let jd = segmentText("Main duties\n\n\(line)\n")
        let item = try #require(jd.items.last)
        #expect(item.text == expected)
        #expect(item.kind == .duty)
        #expect(item.section == "Main duties")
    }

    @Test(arguments: ["e.g. Monitor attendance", "5 years in post", "A level teaching", "Mr. Jones will lead"])
    func wordsThatLookLikeMarkersAreKept(line: String) {
        #expect(MarkerStripping.strip(Substring(line)).0 == .none)
    }

    @Test func wrappedBulletIsJoinedIntoOneItem() {
        let jd = segmentText("""
        Responsibilities
        • Lead the development of the curriculum across
        the whole school, ensuring coherence and
        progression for all pupils.
        • Co-
        ordinate the work of form tutors
        • Monitor attendance
        """)
        #expect(jd.texts(.duty) == [
            "Lead the development of the curriculum across the whole school, ensuring coherence and progression for all pupils.",
            "Co-ordinate the work of form tutors",
            "Monitor attendance",
        ])
        #expect(jd.items[1].line == 2)
    }

    @Test func finishedListEntriesAreNotJoined() {
        let jd = segmentText("""
        Role of the Head of School:
        · formulating the aims and objectives of the school;
        and undertake any professional duties reasonably delegated
        """)
        #expect(jd.texts(.duty) == [
            "formulating the aims and objectives of the school;",
            "and undertake any professional duties reasonably delegated",
        ])
    }

    @Test func linesInSeparateCellsAreNotJoined() {
        let jd = segmentText("Duties\n\tLead the team and\n\tsupport the staff\n")
        #expect(jd.texts(.duty).count == 2)
    }

    /// A converter can leave the numbering on a line of its own, above its text: the number marks the next line, and a
    /// lower-case letter alone ("b)") is not a duty carried on from the line before.
    @Test func numberingAloneOnALineMarksTheLineBelow() {
        let jd = segmentText("""
        Timetable and cover

        a)
        Build the whole-school timetable each year and publish it before the summer term ends.
        b)
        Manage changes to the timetable during the year.
        12.
        Keep the cover records up to date.
        """)
        #expect(jd.texts(.duty) == [
            "Build the whole-school timetable each year and publish it before the summer term ends.",
            "Manage changes to the timetable during the year.",
            "Keep the cover records up to date.",
        ])
        #expect(!jd.items.contains { ["a)", "b)", "12."].contains($0.text) })
    }

    @Test(arguments: ["12.", "(iv)", "b)", "•"])
    func aMarkerAloneIsRecognised(line: String) {
        #expect(MarkerStripping.markerStandingAlone(line) != nil)
    }

    @Test(arguments: ["Maths", "2025", "E", "I (task)", "A/I"])
    func otherShortLinesAreNotMarkers(line: String) {
        #expect(MarkerStripping.markerStandingAlone(line) == nil)
    }

    @Test func wingdingsLettersLeftByAConverterAreBulletsAndTicks() {
        let jd = segmentText("""
            Main duties
            l Lead the English curriculum from Year 7 to Year 11.
            n Report to parents on progress each term.
            PERSON SPECIFICATION
            Criteria                                       Essential    Desirable
            Qualified Teacher Status                          ü
            """)
        #expect(jd.texts(.duty) == ["Lead the English curriculum from Year 7 to Year 11.", "Report to parents on progress each term."])
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status"])
    }
}
