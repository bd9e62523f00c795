import Testing
@testable import JDAlignKit

/// A review's counter-examples to the readers of Word's filtered HTML, pandoc's grid tables and wrapped lines
/// (round 32): each input sits on the wrong side of one of them as first written, and must read as a person would.
@Suite struct ReviewedConversionRuleTests: ReadsLayouts {
    @Test func aCriterionOpeningWithANumberIsNotJoinedToTheOneBefore() {
        let jd = read("""
            Person specification
            Educated to degree level
            5 GCSEs at grade C/4 or above, including English and maths
            Successful teaching experience across more than one Key Stage
            2 years' experience of a pastoral role in a secondary school
            """)
        #expect(texts(jd, .personSpec) == [
            "Educated to degree level", "5 GCSEs at grade C/4 or above, including English and maths",
            "Successful teaching experience across more than one Key Stage", "2 years' experience of a pastoral role in a secondary school",
        ])
    }

    @Test func aPageThatKeepsItsLineBreaksAndCapitalsAfterALessThanSignStayAsWritten() {
        let page = read("""
            <html><body>
            <div style="white-space: pre-line">Key Responsibilities
            Lead the school's behaviour policy and its consistent application
            Line manage the Heads of Year
            </div>
            </body></html>
            """)
        #expect(texts(page, .duty) == ["Lead the school's behaviour policy and its consistent application", "Line manage the Heads of Year"])
        let text = read("""
            Key responsibilities
            - Lead provision for pupils working <ARE
            - Support Year <7> transition
            """)
        #expect(texts(text, .duty) == ["Lead provision for pupils working <ARE", "Support Year <7> transition"])
    }

    @Test func gridTablesWithSpannedCellsBoxedRowsOrNoClosingBorderKeepEveryLine() {
        let spanned = read("""
            # Person Specification

            +------------------------------+-----------+-----------+
            | Criteria                     | Essential | Desirable |
            +==============================+===========+===========+
            | **Knowledge, skills and understanding**              |
            +------------------------------+-----------+-----------+
            | Qualified Teacher Status     | E         |           |
            +------------------------------+-----------+-----------+
            """, as: .markdown, path: "jd.md")
        #expect(texts(spanned, .personSpec) == ["Qualified Teacher Status"])
        #expect(!spanned.items.contains { $0.text.contains("under") && !$0.text.contains("understanding") }, "no cell cut mid-word")
        let boxed = read("""
            +----------------+-----------------------------+
            | Area           | Responsibility              |
            +----------------+-----------------------------+
            | Inclusion      | Lead the SEND team          |
            | Safeguarding   | Act as a Deputy DSL         |
            +----------------+-----------------------------+
            """)
        #expect(texts(boxed, .duty) == ["Lead the SEND team", "Act as a Deputy DSL"])
        let unclosed = read("+-----------+\n| Duties    |\n+-----------+\n| Lead the SEND team |", as: .markdown, path: "jd.md")
        #expect(unclosed.items.contains { $0.text == "Lead the SEND team" }, "the last row, with no border or newline after it")
    }
}
