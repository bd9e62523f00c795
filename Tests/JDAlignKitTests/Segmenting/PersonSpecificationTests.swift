import Testing
@testable import JDAlignKit

@Suite struct PersonSpecificationTests {
    @Test func attributeLinesBecomeAttributesOfTheirCriterion() throws {
        let jd = segmentText("""
        \t Person Specification
        \tEssential/ Desirable
        \tAssessment stage

        \tQualifications

        \tQualified Teacher Status (QTS)

        \tEssential
        \tApplication

        \tKnowledge and Experience
        \tStrong analytical and problem-solving skills
        \tDesirable
        \tApplication, Interview, Selection Task
        """)
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status (QTS)", "Strong analytical and problem-solving skills"])
        #expect(jd.texts(.heading) == ["Person Specification", "Essential/ Desirable", "Assessment stage", "Qualifications",
                                       "Knowledge and Experience"])
        let qts = try #require(jd.item("Qualified Teacher Status (QTS)"))
        #expect(qts.criterion == CriterionAttributes(priority: .essential, assessment: ["Application"]))
        #expect(qts.section == "Qualifications")
        let skills = try #require(jd.item("Strong analytical and problem-solving skills"))
        #expect(skills.criterion == CriterionAttributes(priority: .desirable, assessment: ["Application", "Interview", "Selection Task"]))
        #expect(!jd.items.contains { $0.text == "Essential" || $0.text == "Application" })
    }

    @Test func columnTitlesAtTheTopOfTheGridAreHeadings() {
        let jd = segmentText("""
        PERSON SPECIFICATION
        \tEssential
        \tDesirable

        \tQualifications and Training
        \tQualified teacher status or recognised equivalent
        \tExperience – show evidence of
        \tAt least 5 years successful teaching
        """)
        #expect(jd.texts(.heading) == ["PERSON SPECIFICATION", "Essential", "Desirable", "Qualifications and Training",
                                       "Experience – show evidence of"])
        #expect(jd.texts(.personSpec) == ["Qualified teacher status or recognised equivalent", "At least 5 years successful teaching"])
    }

    @Test func docxGridGivesPriorityAndAssessmentByColumn() throws {
        func cell(_ text: String, _ line: Int, row: Int, column: Int) -> TextBlock {
            TextBlock(text: text, line: line, cell: TableCellPosition(table: 0, row: row, column: column))
        }
        let document = SourceDocument(path: "spec.docx", format: .docx, blocks: [
            TextBlock(text: "Person Specification", line: 1, headingLevel: 1),
            cell("Criteria", 2, row: 0, column: 0), cell("Essential", 3, row: 0, column: 1),
            cell("Desirable", 4, row: 0, column: 2), cell("How assessed", 5, row: 0, column: 3),
            cell("Qualified Teacher Status", 6, row: 1, column: 0), cell("✓", 7, row: 1, column: 1),
            cell("Application form", 8, row: 1, column: 3),
            cell("NPQH or working towards it", 9, row: 2, column: 0), cell("✓", 10, row: 2, column: 2),
            cell("Application\nInterview", 11, row: 2, column: 3),
            cell("Skills", 12, row: 3, column: 0), cell("Excellent communication\tskills", 13, row: 3, column: 1),
            cell("Experience of coaching", 14, row: 3, column: 2),
        ])
        let jd = Segmenter().segment(document)
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status", "NPQH or working towards it", "Excellent communication skills",
                                          "Experience of coaching"])
        #expect(jd.item("Qualified Teacher Status")?.criterion == CriterionAttributes(priority: .essential, assessment: ["Application form"]))
        #expect(jd.item("NPQH or working towards it")?.criterion == CriterionAttributes(priority: .desirable, assessment: ["Application"]))
        #expect(jd.item("Excellent communication skills")?.criterion?.priority == .essential)
        #expect(jd.item("Experience of coaching")?.criterion?.priority == .desirable)
        #expect(jd.items.allSatisfy { !$0.text.contains("\t") && !$0.text.contains("\n") })
        #expect(!jd.items.contains { $0.text == "✓" })
    }

    @Test func bulletsUnderAPersonSpecificationAreCriteriaNotDuties() {
        let jd = segmentText("""
        Key duties
        · Lead the team

        Person Specification
        Skills and aptitudes
        · Able to make effective decisions
        Notes:
        This job description may be amended at any time.
        """)
        #expect(jd.texts(.duty) == ["Lead the team"])
        #expect(jd.texts(.personSpec) == ["Able to make effective decisions"])
        #expect(jd.texts(.boilerplate) == ["This job description may be amended at any time."])
    }

    @Test func aPersonSpecificationTitleEndingOnOfRunsOnIntoThePost() {
        let jd = segmentText("""
            Person specification for the post of
            Head of English

            Qualifications
            Qualified teacher status
            """)
        #expect(jd.item("Person specification for the post of Head of English")?.kind == .heading)
        #expect(jd.texts(.personSpec) == ["Qualified teacher status"])
    }
}
