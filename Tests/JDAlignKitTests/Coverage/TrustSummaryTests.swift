import Testing
@testable import JDAlignKit

/// The trust summary keeps its rows compactly and writes its pages a piece at a time: what comes back out must be
/// exactly what went in, in order, and the pieces must make the whole page.
@Suite struct TrustSummaryTests {
    private let catalogue: Catalogue
    /// The fixture analysis's entry, which each test's entries are made from.
    private let fixtureEntry: TrustSummary.Entry

    init() throws {
        catalogue = try ReportFixtures.catalogue()
        fixtureEntry = TrustSummary.Entry(try ReportFixtures.deputyHead())
    }

    /// An analysed JD's entry with the given row.
    private func entry(path: String, title: String?, covered: Int, gaps: [String], overdue: Bool = false) -> TrustSummary.Entry {
        var entry = fixtureEntry
        var tally = CoverageTally()
        tally.covered = covered
        tally.weak = 2
        tally.uncovered = gaps.count
        tally.outsideRemit = 70_000
        entry.row = TrustSummary.Row(path: path, title: title, tally: tally, reviewOverdue: overdue, failure: nil)
        entry.gaps = gaps
        return entry
    }

    private func summary() -> (summary: TrustSummary, rows: [TrustSummary.Row]) {
        var summary = TrustSummary(frameworks: catalogue.frameworks)
        let entries = [
            entry(path: "north/deputy.docx", title: "Deputy Headteacher", covered: 12, gaps: ["hs2020-exec:1.1", "hs2020-exec:2.3"], overdue: true),
            entry(path: "south/Ünïcödé & <specials> | *.md", title: nil, covered: 0, gaps: ["hs2020-exec:2.3"]),
            entry(path: "east/head.txt", title: "Head of Year – “Pastoral” [KS3]", covered: 40, gaps: []),
        ]
        summary.add(entries[0])
        summary.addFailure(path: "west/broken.docx", reason: "not a Word document")
        summary.add(entries[1])
        summary.add(entries[2])
        let failure = TrustSummary.Row(path: "west/broken.docx", title: nil, tally: nil, reviewOverdue: false, failure: "not a Word document")
        return (summary, [entries[0].row, failure, entries[1].row, entries[2].row])
    }

    @Test func rowsComeBackExactlyAsAddedAndInOrder() {
        let (summary, rows) = summary()
        #expect(Array(summary.rows) == rows)
        #expect(summary.analysedCount == 3)
        #expect(summary.failures == [rows[1]])
        #expect(summary.sharedGaps == [TrustSummary.SharedGap(standard: "hs2020-exec:2.3", jobDescriptions: 2)])
    }

    @Test func markdownIsWrittenRowByRowIntoTheWholePage() {
        let (summary, _) = summary()
        var pieces: [String] = []
        TrustSummaryReport.writeMarkdown(summary, catalogue: catalogue) { pieces.append($0) }
        let page = pieces.joined()
        #expect(page.hasPrefix("# Trust summary\n\n3 job descriptions analysed, 1 could not be read.\n\n## Coverage by job description\n\n"))
        #expect(pieces.contains("| north/deputy.docx | Deputy Headteacher | 12 | 2 | 2 | 0 | 70000 | 70016 | OVERDUE |\n"))
        #expect(pieces.contains("| south/Ünïcödé \\& \\<specials\\> \\| \\*.md |  | 0 | 2 | 1 | 0 | 70000 | 70003 |  |\n"))
        #expect(page.contains(" | 40 | 2 | 0 | 0 | 70000 | 70042 |  |\n\n\n## Gaps shared by several JDs\n\n- **hs2020-exec:2.3** (2 JDs): "))
        #expect(page.contains("\n## Files that could not be analysed\n\n- west/broken.docx: not a Word document\n\n_"))
        #expect(page.hasSuffix("_\n"))
    }

    @Test func htmlIsWrittenRowByRowIntoOneEscapedPage() {
        let (summary, _) = summary()
        var page = ""
        TrustSummaryReport.writeHTML(summary, catalogue: catalogue) { page += $0 }
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.hasSuffix("</main>\n</body>\n</html>\n"))
        #expect(page.contains("<tr><th scope=\"row\">north/deputy.docx (review overdue)</th><td class=\"num\">12</td>"))
        #expect(page.contains("south/Ünïcödé &amp; &lt;specials&gt; | *.md"))
        #expect(page.contains("<li>west/broken.docx: not a Word document</li>"))
        #expect(!page.contains("<th scope=\"row\">west/broken.docx"))
    }

    @Test func jsonInPiecesOfAThousandRowsParsesToEveryRow() throws {
        var summary = TrustSummary(frameworks: catalogue.frameworks)
        for number in 0..<1_000 {
            summary.add(entry(path: "trust/school-\(number)/a-rather-long-folder-name/jd-\(number).docx", title: "Post \(number)",
                                  covered: number, gaps: []))
        }
        var pieces: [String] = []
        TrustSummaryReport.writeJSON(summary) { pieces.append($0) }
        #expect(pieces.count > 1)
        let json = pieces.joined()
        #expect(json.hasSuffix("}\n"))
        let parsed = try JSONParser.parse(Array(json.utf8))
        #expect(parsed["analysed"] == .number(1_000))
        let rows = try #require(parsed["jobDescriptions"]?.arrayValue)
        #expect(rows.map { $0["covered"] } == (0..<1_000).map { .number(Double($0)) })
        #expect(rows[999]["path"] == .string("trust/school-999/a-rather-long-folder-name/jd-999.docx"))
        #expect(rows[999]["title"] == .string("Post 999") && rows[999]["reviewOverdue"] == .bool(false))
    }
}
