import Testing
@testable import JDAlignKit

/// A designed pack's page of duties in two columns, as `pdftotext -layout` leaves it: each line holds a piece of
/// both columns. The JDs here are written for these tests, laid out by `sideBySide` as the converter lays them out.
@Suite struct TwoColumnPageTests: ReadsLayouts {
    /// The two columns' lines printed side by side, the right one starting at `column`, with the converter's
    /// habit of shifting a line by a character or two where the glyphs' widths round differently.
    private func sideBySide(_ left: [String], _ right: [String], column: Int = 62) -> String {
        (0..<max(left.count, right.count)).map { row in
            let leftText = row < left.count ? left[row] : ""
            let rightText = row < right.count ? right[row] : ""
            guard !rightText.isEmpty else { return leftText }
            let shift = row % 3 == 1 ? 2 : 0
            return leftText + String(repeating: " ", count: column + shift - leftText.count) + rightText
        }.joined(separator: "\n")
    }

    private let leftColumn = [
        "1. Strategic leadership",
        "",
        "• Agree the school's priorities with the governors",
        "  and explain them to staff and families.",
        "• Write the school improvement plan and check",
        "  its progress every half term.",
        "• Keep the self-evaluation honest and up to date.",
        "",
        "2. Teaching and curriculum",
        "",
        "• Lead a broad curriculum that builds knowledge",
        "  from Reception to Year 6.",
        "• Make sure teaching is strong in every class,",
        "  through coaching and regular visits.",
    ]

    private let rightColumn = [
        "3. Behaviour and safeguarding",
        "",
        "• Keep behaviour calm and orderly through routines",
        "  that every adult follows.",
        "• Act as designated safeguarding lead and keep",
        "  records of concerns accurate.",
        "",
        "4. People and resources",
        "",
        "• Recruit and develop staff, and run appraisal",
        "  fairly.",
        "• Manage the budget with the business manager.",
    ]

    @Test func dutiesSetInTwoColumnsAreReadWholeTheLeftColumnFirst() {
        let jd = read("Key responsibilities\n\n" + sideBySide(leftColumn, rightColumn) + "\n\nPerson specification\n\n- Qualified Teacher Status")
        #expect(texts(jd, .duty) == [
            "Agree the school's priorities with the governors and explain them to staff and families.",
            "Write the school improvement plan and check its progress every half term.",
            "Keep the self-evaluation honest and up to date.",
            "Lead a broad curriculum that builds knowledge from Reception to Year 6.",
            "Make sure teaching is strong in every class, through coaching and regular visits.",
            "Keep behaviour calm and orderly through routines that every adult follows.",
            "Act as designated safeguarding lead and keep records of concerns accurate.",
            "Recruit and develop staff, and run appraisal fairly.",
            "Manage the budget with the business manager.",
        ])
        let headings = texts(jd, .heading)
        #expect(["Strategic leadership", "Teaching and curriculum", "Behaviour and safeguarding", "People and resources"]
            .allSatisfy { title in headings.contains { $0.hasSuffix(title) } })
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status"])
    }

    @Test func eachHalfKeepsTheLineNumbersItStoodOn() {
        let text = sideBySide(leftColumn, rightColumn)
        let blocks = PlainTextReader.read(Array(text.utf8), path: "jd.txt", format: .text).blocks
        let right = blocks.first { $0.text.contains("Keep behaviour calm") }
        let left = blocks.first { $0.text.contains("Agree the school's priorities") }
        #expect(right?.line == 3)
        #expect(left?.line == 3)
        #expect(blocks.firstIndex { $0.text.contains("Keep behaviour calm") }! > blocks.firstIndex { $0.text.contains("Make sure teaching") }!)
    }

    /// A grid of criteria with ticks beside them, and a block of details, are not two columns of running text.
    @Test func gridsOfShortCellsAndDetailsBlocksAreLeftToTheirReaders() {
        let grid = """
            Person specification
            Criteria                                                      Essential     Desirable
            Qualified Teacher Status                                      ✓
            Experience of leading a phase or a subject across the         ✓
            school
            A postgraduate qualification in education                                   ✓
            Experience of working with governors                                        ✓
            Knowledge of the early years foundation stage framework       ✓
            Experience of coaching colleagues                             ✓
            """
        let gridBlocks = grid.split(separator: "\n").enumerated().map { TextBlock(text: String($1), line: $0 + 1) }
        #expect(TwoColumnText.split(gridBlocks) == gridBlocks)
        let details = """
            Post title:                                Deputy Headteacher (Inclusion)
            Responsible to:                            Headteacher
            Salary:                                    Leadership pay range L8 to L12
            Hours:                                     Full time, permanent
            Start date:                                September, or sooner by agreement
            Closing date:                              Friday 14 March at noon
            """
        let blocks = details.split(separator: "\n").enumerated().map { TextBlock(text: String($1), line: $0 + 1) }
        #expect(TwoColumnText.split(blocks) == blocks)
    }

    /// A short line at the margin after a blank line below the columns, and a page number, are the page's next
    /// part: they come after both columns, not between them.
    @Test func aHeadingOrPageNumberBelowTheColumnsComesAfterBothOfThem() {
        for below in ["Person specification", "Page 2 of 4"] {
            let text = sideBySide(leftColumn, rightColumn) + "\n\n" + below + "\n\n- Qualified Teacher Status"
            let blocks = PlainTextReader.read(Array(text.utf8), path: "jd.txt", format: .text).blocks
            let belowIndex = blocks.firstIndex { $0.text == below }
            let lastDuty = blocks.firstIndex { $0.text.contains("Manage the budget") }
            #expect(belowIndex != nil && lastDuty != nil && belowIndex! > lastDuty!, "\(below)")
        }
    }

    /// "Essential" and "Desirable" over two bulleted lists, and numbered area names beside bulleted duties, are laid
    /// out like two columns but read by rows: a grid's priorities and a table's label column.
    @Test func gridsOfPrioritiesAndLabelColumnsAreNotTwoColumns() {
        let essential = ["• Qualified Teacher Status", "• At least three years of teaching in a", "  secondary school",
                         "• Experience of leading a pastoral team with a", "  record of improving attendance",
                         "• Up-to-date safeguarding training at level 3"]
        let desirable = ["• A postgraduate qualification in education", "• Mental health first aid training",
                         "• Experience of working with the local", "  authority's inclusion service", "", ""]
        let grid = "Person specification\n\n" + sideBySide(["Essential"] + essential, ["Desirable"] + desirable, column: 56)
        let jd = read(grid)
        #expect(jd.items.first { $0.text == "Qualified Teacher Status" }?.criterion?.priority == .essential)
        #expect(jd.items.first { $0.text == "Mental health first aid training" }?.criterion?.priority == .desirable)
        let areas = ["1. Strategic leadership and", "   school improvement", "", "", "2. Teaching and learning", "   across the school", "", ""]
        let duties = ["• Lead the writing of the school improvement plan", "  with governors and staff.", "• Report on its progress",
                      "  each term.", "• Monitor the quality of teaching through", "  visits and book looks.", "• Lead staff training",
                      "  on feedback."]
        let blocks = sideBySide(areas, duties, column: 34).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.isEmpty }.map { TextBlock(text: String($0.element), line: $0.offset + 1) }
        #expect(TwoColumnText.split(blocks) == blocks)
    }

    /// Lines laid out like two columns that are none (short right-hand cells), up to the document's last line, are
    /// left as they are: each is looked at once, and the look past the first line stops at the end.
    @Test func aLayoutLikeColumnsThatIsNoneIsLeftAsItIsToTheLastLine() {
        let rows = (1...40).map { "Criterion number \($0) of the person specification here" + String(repeating: " ", count: 12) + "E" }
        let blocks = rows.enumerated().map { TextBlock(text: $0.element, line: $0.offset + 1) }
        #expect(TwoColumnText.split(blocks) == blocks)
        #expect(TwoColumnText.split(Array(blocks.suffix(1))) == Array(blocks.suffix(1)))
    }

    /// A paragraph running across the page below the columns is the page's next part: it comes after both columns.
    @Test func aFullWidthParagraphEndsTheColumns() {
        let paragraph = "The post holder will carry out the duties of a teacher set out in the pay and conditions document, as the school's leaders agree each year."
        let jd = read(sideBySide(leftColumn, rightColumn) + "\n\n" + paragraph)
        let duties = texts(jd, .duty)
        #expect(duties.last == paragraph)
        #expect(duties.first == "Agree the school's priorities with the governors and explain them to staff and families.")
    }
}
