import Testing
@testable import JDAlignKit

/// Tables laid out with spaces, as pdftotext -layout writes a PDF's grid, come back as cells with their wrapped lines
/// rejoined.
@Suite struct LayoutTableReaderTests {
    private func cells(_ text: String) -> [[Int]: [String]] {
        var cells: [[Int]: [String]] = [:]
        for block in PlainTextReader.read(Array(text.utf8), path: "jd.txt", format: .text).blocks {
            guard let cell = block.cell else { continue }
            cells[[cell.row, cell.column], default: []].append(block.text)
        }
        return cells
    }

    @Test func wrappedCriteriaInEachColumnAreRejoined() {
        let text = """
            Criteria         Essential                                  Desirable                            Assessed
            Qualifications   Level 3 qualification in a relevant area   Degree in social work, education,    A
                             (childcare, youth work or social care)     psychology or similar
                             DSL training (or willingness to complete   Mental Health First Aid              A/I
                             it before starting)
            Experience       Working with families in a school or       Experience as a deputy DSL           A/I/R
                             social care setting

            Key duties
            """
        let cells = cells(text)
        #expect(cells[[1, 1]] == ["Level 3 qualification in a relevant area (childcare, youth work or social care)",
                                  "DSL training (or willingness to complete it before starting)"])
        #expect(cells[[1, 2]] == ["Degree in social work, education, psychology or similar", "Mental Health First Aid"])
        #expect(cells[[2, 0]] == ["Experience"])
        #expect(cells[[2, 1]] == ["Working with families in a school or social care setting"])
        #expect(!cells.values.joined().contains("Key duties"), "the text after the table is not a cell")
    }

    @Test func aLabelTableKeepsOneLabelARowAndASpacedHeadingIsNoTable() {
        let text = """
            Post:            Head of Sixth Form
            Grade:           Leadership L7 - L11
            Reports to:      Deputy Principal

            E.    School culture and behaviour
            Lead the sixth form's pastoral team.
            """
        let cells = cells(text)
        #expect(cells[[0, 0]] == ["Post:"] && cells[[1, 0]] == ["Grade:"] && cells[[2, 0]] == ["Reports to:"])
        #expect(cells[[2, 1]] == ["Deputy Principal"])
        let blocks = PlainTextReader.read(Array(text.utf8), path: "jd.txt", format: .text).blocks
        #expect(blocks.contains { $0.cell == nil && $0.text.hasPrefix("E.    School culture") })
    }

    /// Labels without colons, one ending on a word sentences run on from ("Responsible to"), and a list of duties
    /// beside the last label: each label keeps its own row, and the list stays beside its label.
    @Test func labelsWithoutColonsKeepTheirRowsThoughOneEndsOnTo() {
        let text = """
            Job title            Deputy Headteacher
            Responsible to       Headteacher
            Grade                Leadership L8 - L12
            Key tasks            •   Lead the curriculum across the school and keep it under review.
                                 •   Line manage the heads of department and hold them to account.
            """
        let cells = cells(text)
        #expect(cells[[0, 1]] == ["Deputy Headteacher"])
        #expect(cells[[1, 0]] == ["Responsible to"])
        #expect(cells[[1, 1]] == ["Headteacher"])
        #expect(cells[[2, 0]] == ["Grade"])
        #expect(cells[[3, 0]] == ["Key tasks"])
        #expect(cells[[3, 1]] == ["Lead the curriculum across the school and keep it under review.",
                                  "Line manage the heads of department and hold them to account."])
    }

    @Test func aGridGoingOnAfterAPageNumberIsStillAGrid() {
        let text = """
            Promote the school's values in all that you do.

                                               1

            Qualifications   Qualified teacher status                   A
            Experience       Leading a team of English teachers         A/I
            """
        let cells = cells(text)
        #expect(cells[[0, 0]] == ["Qualifications"])
        #expect(cells[[1, 1]] == ["Leading a team of English teachers"])
    }

    @Test func aRunningHeaderRepeatedAfterEachPageNumberIsNoGrid() {
        let text = """
            Tenby Academy                          Safeguarding Lead – JD
            Lead safeguarding across the academy.

                                               1

            Tenby Academy                          Safeguarding Lead – JD
            Keep accurate records of every concern.
            """
        #expect(cells(text).isEmpty)
    }

    @Test func aLoneStageCodeIsNotAnArticleTheNextLineRunsOnFrom() {
        let text = """
            Criteria                              Priority    Assessed
            Experience of leading a team of       E           A
            teachers in a primary school                      I
            Knowledge of the EYFS framework       E           I
            """
        let cells = cells(text)
        #expect(cells[[1, 0]] == ["Experience of leading a team of teachers in a primary school"])
        #expect(cells[[1, 2]] == ["A", "I"])
    }

    /// In a narrow cell the words decide where a paragraph ends: a duty verb with a determiner after it opens the next
    /// duty, even after a capitalised word, while a title's last word carries on into the next line.
    @Test func aDutyVerbAndADeterminerOpenTheNextParagraphOfANarrowCell() {
        let cell = """
            Areas           Present a termly report to the Standards
                            Committee
                            Represent the academy at the trust's network
            Safeguarding    Work closely with the Designated Safeguarding
                            Lead and the pastoral team
            """
        let texts = PlainTextReader.read(Array(cell.utf8), path: "jd.txt", format: .text).blocks.map(\.text)
        #expect(PdfTable.startsAfresh("Represent the academy", after: "Standards Committee"))
        #expect(!PdfTable.startsAfresh("Lead and the pastoral team", after: "with the Designated Safeguarding"))
        #expect(!PdfTable.startsAfresh("Plan each term with governors", after: "Update the School Development"))
        #expect(PdfTable.startsAfresh("Plan each term with governors", after: "Update the school's records."))
        // A full line of a cell's list of duties, then the next duty.
        #expect(PdfTable.opensAnInstruction("Arrange and chair annual reviews for students", after: "gathering the evidence that is needed."))
        #expect(PdfTable.opensAnInstruction("Make sure that published curriculum information", after: "pathways for pupils who need an adapted offer"))
        #expect(!PdfTable.opensAnInstruction("Lead Practitioner and the coaches", after: "working closely with the"))
        #expect(!PdfTable.opensAnInstruction("Support and challenge", after: "the trust's central team and the"))
        #expect(!PdfTable.opensAnInstruction("Plan, with measurable success criteria", after: "linked to the Academy Development"))
        #expect(texts.contains("Represent the academy at the trust's network"))
        #expect(texts.contains("Work closely with the Designated Safeguarding Lead and the pastoral team"))
    }
}
