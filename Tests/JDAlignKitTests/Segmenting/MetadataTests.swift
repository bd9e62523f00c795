import Testing
@testable import JDAlignKit

@Suite struct MetadataTests {
    @Test func labelledFactsFillTheMetadata() {
        let jd = segmentText("""
        Oakwood Academy Trust
        Job Description
        Post title: Head of Mathematics
        Salary range:  L5 - L9
        Reports to: Deputy Headteacher
        Responsible for:
        Teachers of mathematics
        Last reviewed: 1st September 2025
        Next review date: 01/09/2026
        """, path: "jds/maths.txt")
        #expect(jd.metadata.organisation == "Oakwood Academy Trust")
        #expect(jd.metadata.postTitle == "Head of Mathematics")
        #expect(jd.title == "Head of Mathematics")
        #expect(jd.metadata.grade == "L5 - L9")
        #expect(jd.metadata.responsibleTo == "Deputy Headteacher")
        #expect(jd.metadata.responsibleFor == "Teachers of mathematics")
        #expect(jd.metadata.lastReviewed == ReviewDate(text: "1st September 2025", date: "2025-09-01"))
        #expect(jd.metadata.nextReview == ReviewDate(text: "01/09/2026", date: "2026-09-01"))
        #expect(jd.texts(.metadata).count == 8)
        #expect(jd.texts(.heading) == ["Job Description"])
    }

    @Test func tableExportedOneCellPerLineIsPairedUp() {
        let jd = segmentText("\tRole\n\tGrade\n\tReports to\n\n\tHead of Year\n\tMPS/UPS, TLR1.1\n\tSLT\n\nMain purpose\n")
        #expect(jd.metadata.postTitle == "Head of Year")
        #expect(jd.metadata.grade == "MPS/UPS, TLR1.1")
        #expect(jd.metadata.responsibleTo == "SLT")
        #expect(jd.texts(.metadata).count == 6)
    }

    @Test func docxLabelAndValueCellsInOneRow() {
        let document = SourceDocument(path: "jd.docx", format: .docx, blocks: [
            TextBlock(text: "Grade", line: 1, cell: TableCellPosition(table: 0, row: 0, column: 0)),
            TextBlock(text: "Leadership range L8–L12", line: 2, cell: TableCellPosition(table: 0, row: 0, column: 1)),
        ])
        #expect(Segmenter().segment(document).metadata.grade == "Leadership range L8–L12")
    }

    @Test func titleComesFromAJobDescriptionHeadingOrTheFileName() {
        #expect(segmentText("UPPER SCHOOL LEADER ~ JOB DESCRIPTION\n").title == "UPPER SCHOOL LEADER")
        #expect(segmentText("Duties\n· Teach well\n", path: "folder/Head of Year.txt").title == "Head of Year")
        #expect(segmentText("Role of the Head of School:\n· Lead the school day to day\n").title == "Head of School")
        #expect(segmentText("Role of governors in appraisal, reviewed by the board each year\n· Teach well\n", path: "jd.txt").title == "jd")
    }

    @Test(arguments: [
        ("September 2025", "2025-09-01"), ("Sept 2025", "2025-09-01"), ("Sep. 2025", "2025-09-01"),
        ("01/09/2025", "2025-09-01"), ("1/9/25", "2025-09-01"), ("1.9.2025", "2025-09-01"),
        ("1st September 2025", "2025-09-01"), ("22nd March 2024", "2024-03-22"), ("2025-09-01", "2025-09-01"),
        ("29/02/2024", "2024-02-29"),
    ])
    func reviewDatesParse(text: String, iso: String) {
        #expect(ReviewDateParser.isoDate(text) == iso)
    }

    @Test(arguments: ["Autumn term 2025", "annually", "31/02/2025", "29/02/2025", "13/13/2025", "", "2025", "September"])
    func nonDatesDoNotParse(text: String) {
        #expect(ReviewDateParser.isoDate(text) == nil)
    }
}
