import Testing
@testable import JDAlignKit

@Suite struct MarkdownReportTests {
    private func render() throws -> String {
        let markdown = MarkdownReport.render(try ReportFixtures.deputyHead(), catalogue: try ReportFixtures.catalogue())
        ReportFixtures.writeForInspection(markdown, named: "deputy-head.md")
        return markdown
    }

    /// The cells of the table row whose first cell is `first`, unescaped enough to compare.
    private func row(startingWith first: String, in markdown: String) -> [String]? {
        markdown.split(separator: "\n").map(String.init).first { $0.hasPrefix("| \(first) |") }.map { line in
            line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
        }
    }

    @Test func headerShowsDetailsAndOverdueWarning() throws {
        let markdown = try render()
        #expect(markdown.hasPrefix("# Job description coverage: Deputy Headteacher\n"))
        #expect(markdown.contains("> **OVERDUE: this job description's review date has passed; it was due September 2025.**"))
        #expect(row(startingWith: "Grade", in: markdown) == ["Grade", "L12–L16"])
        #expect(row(startingWith: "Organisation", in: markdown) == ["Organisation", "Oak Tree Academy \\| Trust"])
        #expect(row(startingWith: "Analysed on", in: markdown) == ["Analysed on", "2026-03-02"])
        #expect(markdown.contains("supports, but does not replace, the governors' discussion"))
        let notOverdue = MarkdownReport.render(try ReportFixtures.deputyHead(overdue: false), catalogue: try ReportFixtures.catalogue())
        #expect(!notOverdue.contains("OVERDUE"))
        #expect(notOverdue.contains("The next review is due September 2025."))
    }

    @Test func summaryAndAreaTablesAgreeWithTheSummary() throws {
        let catalogue = try ReportFixtures.catalogue()
        let summary = CoverageSummary(analysis: try ReportFixtures.deputyHead(), catalogue: catalogue)
        let markdown = try render()
        for framework in summary.frameworks {
            let tally = framework.tally
            #expect(row(startingWith: framework.title, in: markdown)
                == [framework.title] + [tally.covered, tally.weak, tally.uncovered, tally.notApplicable, tally.outsideRemit, tally.total].map(String.init))
        }
        #expect(row(startingWith: "hs2020-exec:7.1", in: markdown) == ["hs2020-exec:7.1", "✓ Covered", "1", "i3", ""])
        #expect(row(startingWith: "hs2020-exec:10.1", in: markdown) == ["hs2020-exec:10.1", "~ Weak", "0", "", "i4"])
        #expect(row(startingWith: "hs2020-exec:5.4", in: markdown)?[1] == "– Not applicable")
    }

    @Test func listsGapsWithWordingAndDutiesThatEvidenceNothing() throws {
        let catalogue = try ReportFixtures.catalogue()
        let markdown = try render()
        let wording = try #require(catalogue.framework("hs2020-exec")?.statements.first { $0.id == "1.1" }?.text)
        #expect(markdown.contains("- **hs2020-exec:1.1**: \(wording)"))
        let reverse = try #require(markdown.components(separatedBy: "## Duties that evidence no standard").last?
            .components(separatedBy: "## Duties and their evidence").first)
        #expect(reverse.contains("- i5 (Key responsibilities): =HYPERLINK(\"http://example.invalid\",\"click\") Oversee attendance \\| punctuality (weak links: hs2020-exec:4.3)"))
        #expect(reverse.contains("- i7 (Other duties): # Supervise the lunchtime rota (weak links: hs2020-exec:7.4)"))
        #expect(!reverse.contains("i3"))
    }

    @Test func escapesJobDescriptionTextAndBoldsEvidence() throws {
        let markdown = try render()
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("Manage the school **budget** \\<script\\>alert(1)\\</script\\> \\& report to **governors**"))
        // A duty's own line must not become a heading.
        #expect(markdown.contains("\n\\# **Supervise** the lunchtime rota\n"))
        // Evidence after an astral-plane emoji is still found by its scalar offsets.
        #expect(markdown.contains("Champion pupils’ wellbeing 😀 and **high standards** of **behaviour** in every classroom"))
        #expect(markdown.contains("- hs2020-exec:7.1 (linked, score 0.82, counts): safeguarding, child protection, heading: Key responsibilities"))
        #expect(markdown.contains("- hs2020-exec:10.1 (weak, score 0.35, does not count): governors"))
    }

    @Test func personSpecAndDecisionsHaveTheirOwnSections() throws {
        let markdown = try render()
        let personSpec = try #require(markdown.components(separatedBy: "## Person specification criteria").last)
        #expect(personSpec.contains("**Qualified Teacher Status**"))
        #expect(personSpec.contains("*Essential; Application; Interview*"))
        #expect(markdown.contains("1 applied, 1 needing a fresh look."))
        #expect(row(startingWith: "Not applicable to this post", in: markdown)
            == ["Not applicable to this post", "hs2020-exec:5.4", "the post", "SEND is led by the SENCo \\| not this post",
                "\\=Chair of governors", "2025-11-20", "Applied"])
        #expect(row(startingWith: "Accept link", in: markdown)?.last == "Stale: the item's wording changed, please look again")
    }

    @Test func teamReportTabulatesRolesAndRisks() throws {
        let matrix = TeamMatrix(analyses: [try ReportFixtures.deputyHead(), try ReportFixtures.businessManager()],
                                catalogue: try ReportFixtures.catalogue())
        let markdown = MarkdownTeamReport.render(matrix)
        ReportFixtures.writeForInspection(markdown, named: "team.md")
        #expect(row(startingWith: "Statement", in: markdown) == ["Statement", "Deputy Headteacher", "School Business Manager", "Team"])
        #expect(row(startingWith: "hs2020-exec:7.1", in: markdown) == ["hs2020-exec:7.1", "✓ 1", "✓ 1", "Covered by 2 roles"])
        #expect(row(startingWith: "hs2020-exec:9.1", in: markdown) == ["hs2020-exec:9.1", "✗ 0", "✓ 1", "Single point of failure"])
        #expect(row(startingWith: "hs2020-exec:5.4", in: markdown) == ["hs2020-exec:5.4", "– 0", "✗ 0", "Team gap: no role covers it"])
        #expect(markdown.contains("- **hs2020-exec:9.1** (only School Business Manager): "))
        #expect(row(startingWith: "School Business Manager", in: markdown)?[2] == "2")
    }
}
