import Testing
@testable import JDAlignKit

/// Layouts other schools use that the seed JDs do not: outline numbering, a purpose paragraph naming the post,
/// review clauses beside SEND annual reviews, criteria in capitals, forms to sign, and a duties section called
/// "Assessment" before the person specification.
@Suite struct OtherSchoolsLayoutTests {
    static let numberedJD = segmentText("""
        JOB DESCRIPTION
        Job Title: Assistant Headteacher – Inclusion (SENDCo)

        Purpose of the role
        The Assistant Headteacher will work with the Headteacher to secure the highest standards of inclusion.

        Key Responsibilities

        1. Strategic leadership
        1.1 Contribute to the School Development Plan and lead the inclusion priorities within it.
        1.2 Analyse progress data for vulnerable groups and report to governors each term.

        2. Special educational needs
        2.1 Maintain the SEND register.
        2.2 Coordinate the annual reviews of Education, Health and Care Plans.

        This job description will be reviewed annually and may be amended following consultation with the postholder.

        PERSON SPECIFICATION

        Qualifications
        Qualified Teacher Status\tEssential
        NPQSL\tDesirable

        Signed: ______________________
        Date: ________________________
        """)

    @Test func outlineNumberingMakesTheShallowerLevelAHeading() {
        #expect(Self.numberedJD.item("Strategic leadership")?.kind == .heading)
        #expect(Self.numberedJD.item("Special educational needs")?.kind == .heading)
        let duty = Self.numberedJD.item("Maintain the SEND register.")
        #expect(duty?.kind == .duty && duty?.section == "Special educational needs")
    }

    @Test func reviewClausesAreBoilerplateOnlyWhenTheyAreAboutTheDocument() {
        #expect(Self.numberedJD.item("Coordinate the annual reviews of Education, Health and Care Plans.")?.kind == .duty)
        #expect(Self.numberedJD.item(
            "This job description will be reviewed annually and may be amended following consultation with the postholder.")?.kind
            == .boilerplate)
    }

    @Test func aPurposeStatementNamingThePostIsADuty() {
        #expect(Self.numberedJD.item(
            "The Assistant Headteacher will work with the Headteacher to secure the highest standards of inclusion.")?.kind == .duty)
    }

    @Test func aCriterionInCapitalsKeepsItsPriorityAndFormLinesAreBoilerplate() {
        let criterion = Self.numberedJD.item("NPQSL")
        #expect(criterion?.kind == .personSpec && criterion?.criterion?.priority == .desirable)
        #expect(Self.numberedJD.item("Date: ________________________")?.kind == .boilerplate)
        #expect(Self.numberedJD.item("Signed: ______________________")?.kind == .boilerplate)
    }

    @Test func anAssessmentSectionOfDutiesDoesNotStartThePersonSpecification() {
        let jd = segmentText("""
            # Head of Science – Job Description

            ## Main duties and responsibilities

            ### Assessment

            * Set and moderate common assessments and analyse the results with the team

            ### Leading people

            * Identify training needs and plan department CPD sessions

            ## Person specification

            | Criteria | Essential | Desirable | How assessed |
            |---|---|---|---|
            | Degree in a Science subject | ✓ | | Application |
            """, path: "jd.md", format: .markdown)
        #expect(jd.item("Assessment")?.kind == .heading)
        #expect(jd.texts(.duty) == [
            "Set and moderate common assessments and analyse the results with the team",
            "Identify training needs and plan department CPD sessions",
        ])
        #expect(jd.item("Degree in a Science subject")?.criterion?.priority == .essential)
    }

    /// A Word template: the post in the Title style above "Job Description", duties in a two-column table, and a
    /// person specification whose ticks sit in "Essential" and "Desirable" columns next to a "Criteria" column.
    @Test func aWordTemplateGivesItsTitleAndEachCriterionTheTickInItsOwnRow() throws {
        let bytes = DocxBuilder()
            .heading("Deputy Headteacher", level: 0)
            .heading("Job Description", level: 1)
            .paragraph("Responsible to: The Headteacher")
            .table([["Area", "Responsibilities"], ["Pastoral", "Lead the pastoral team and the behaviour policy"]])
            .heading("Person Specification", level: 1)
            .table([
                ["Criteria", "Essential", "Desirable"],
                ["Qualified Teacher Status", "✓", ""],
                ["Successful experience as an Assistant Headteacher", "", "✓"],
            ])
            .build()
        let jd = Segmenter().segment(try DocumentReader.read(bytes, path: "deputy.docx"))
        #expect(jd.title == "Deputy Headteacher")
        #expect(jd.item("Lead the pastoral team and the behaviour policy")?.kind == .duty)
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status", "Successful experience as an Assistant Headteacher"])
        #expect(jd.item("Qualified Teacher Status")?.criterion?.priority == .essential)
        #expect(jd.item("Successful experience as an Assistant Headteacher")?.criterion?.priority == .desirable)
    }
}
