import Testing
@testable import JDAlignKit

@Suite struct HTMLReportTests {
    private func render(overdue: Bool = true) throws -> String {
        let html = HTMLReport.render(try ReportFixtures.deputyHead(overdue: overdue), catalogue: try ReportFixtures.catalogue())
        if overdue { ReportFixtures.writeForInspection(html, named: "deputy-head.html") }
        return html
    }

    /// The text between the first `start` and the next `end` after it.
    private func slice(_ html: String, from start: String, to end: String) -> String? {
        guard let lower = html.range(of: start)?.upperBound, let upper = html[lower...].range(of: end)?.lowerBound else { return nil }
        return String(html[lower..<upper])
    }

    @Test func jobDescriptionTextIsEscapedNeverMarkup() throws {
        let html = try render()
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; report to"))
        #expect(html.contains("Oak Tree Academy | Trust"))
        #expect(html.contains("=HYPERLINK(&quot;http://example.invalid&quot;,&quot;click&quot;) Oversee attendance"))
    }

    /// Control characters and U+FFFE/U+FFFF, which a converter can leave in a JD, are dropped; accented and other
    /// non-ASCII text passes through whole.
    @Test func escapingDropsWhatXMLForbidsAndKeepsTheRest() {
        #expect(HTMLText.escape("Lead\u{0001} the school\u{FFFF}'s café\u{FFFE} <team>\tand \"SEND\"") ==
            "Lead the school&#39;s café &lt;team&gt;\tand &quot;SEND&quot;")
        #expect(HTMLText.escape("Governors’ decisions — ✓") == "Governors’ decisions — ✓")
    }

    @Test func evidenceWordsAreMarkedAtTheirScalarOffsets() throws {
        let html = try render()
        let duty = try #require(slice(html, from: "<article class=\"item\" id=\"item-i6\">", to: "</article>"))
        #expect(duty.contains("<p>Champion pupils’ wellbeing 😀 and <mark>high standards</mark> of <mark>behaviour</mark> in every classroom</p>"))
        let budget = try #require(slice(html, from: "<article class=\"item\" id=\"item-i4\">", to: "</article>"))
        #expect(budget.contains("<p>Manage the school <mark>budget</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; report to <mark>governors</mark></p>"))
        // Overlapping spans (safeguarding is evidence for two links) merge into one mark.
        let safeguarding = try #require(slice(html, from: "<article class=\"item\" id=\"item-i3\">", to: "</article>"))
        #expect(safeguarding.contains("<p>Lead <mark>safeguarding</mark> and <mark>child protection</mark> so that"))
        #expect(safeguarding.contains("✓ Counts</span> <strong>hs2020-exec:7.1</strong> linked, score 0.82: safeguarding, child protection"))
        #expect(budget.contains("~ Does not count</span> <strong>hs2020-exec:10.1</strong> weak, score 0.35: governors"))
    }

    @Test func isSelfContainedPrintableAndLabelled() throws {
        let html = try render()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        for external in ["<link", "src=", "href=", "@import", "url(", "@font-face"] { #expect(!html.contains(external)) }
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("section.major { break-before: page; }"))
        #expect(html.components(separatedBy: "<section class=\"major\"").count - 1 == 5)
        #expect(html.contains("<th scope=\"col\">") && html.contains("<th scope=\"row\">") && html.contains("<caption>"))
        let svgs = html.components(separatedBy: "<svg ").dropFirst()
        #expect(svgs.count == 2)
        for svg in svgs {
            #expect(svg.contains("role=\"img\"") && svg.contains("aria-label=\"") && svg.contains("<title>"))
        }
        #expect(html.contains("supports, but does not replace, the governors’ discussion")
            || html.contains("supports, but does not replace, the governors&#39; discussion"))
    }

    @Test func showsHeadlineHeatmapChartsAndOverdueFlag() throws {
        let html = try render()
        #expect(html.contains("<p class=\"overdue\" role=\"alert\">⚠ OVERDUE: this job description&#39;s review date has passed"))
        #expect(!(try render(overdue: false)).contains("OVERDUE"))
        let catalogue = try ReportFixtures.catalogue()
        let wording = try #require(catalogue.framework("hs2020-exec")?.statements.first { $0.id == "7.1" }?.text)
        #expect(html.contains("<td class=\"s-covered\" title=\"\(HTMLText.escape(wording))\"><span class=\"sid\">7.1</span>✓ Covered</td>"))
        #expect(html.contains("<span class=\"sid\">5.4</span>– Not applicable</td>"))
        let headTeachers = try #require(slice(html, from: "<h3>Headteachers", to: "</div>"))
        #expect(headTeachers.contains("<span class=\"figure\">3</span>✓ Covered of"))
        let chart = try #require(slice(html, from: "aria-label=\"Statements by status in each area of", to: "\">"))
        #expect(chart.contains("7 Organisational management: 2 ✓ covered, 1 ~ weak, 2 ✗ gap"))
    }

    @Test func listsGapsReverseGapsPersonSpecAndDecisions() throws {
        let html = try render()
        let gaps = try #require(slice(html, from: "<section class=\"major\" id=\"gaps\"", to: "</section>"))
        #expect(gaps.contains("hs2020-exec:1.1</th>"))
        #expect(!gaps.contains("hs2020-exec:5.4</th>"))
        #expect(gaps.contains("<li><strong>i7</strong> (Other duties): # Supervise the lunchtime rota <em>(weak links: hs2020-exec:7.4)</em></li>"))
        let personSpec = try #require(slice(html, from: "id=\"person-spec\"", to: "</section>"))
        #expect(personSpec.contains("<mark>Qualified Teacher Status</mark>"))
        #expect(personSpec.contains("<p class=\"criterion\">Essential; Application; Interview</p>"))
        let decisions = try #require(slice(html, from: "id=\"decisions\"", to: "</section>"))
        #expect(decisions.contains("<caption>1 applied, 1 needing a fresh look</caption>"))
        #expect(decisions.contains("<td>=Chair of governors</td>"))
    }

    @Test func teamReportShowsGridGapsAndSinglePoints() throws {
        let matrix = TeamMatrix(analyses: [try ReportFixtures.deputyHead(), try ReportFixtures.businessManager()],
                                catalogue: try ReportFixtures.catalogue())
        let html = HTMLTeamReport.render(matrix)
        ReportFixtures.writeForInspection(html, named: "team.html")
        #expect(html.contains("<html lang=\"en-GB\">") && !html.contains("<script"))
        let row = try #require(slice(html, from: ">hs2020-exec:9.1</th>", to: "</tr>"))
        #expect(row.contains("aria-label=\"Deputy Headteacher: Gap, 0 duties\">✗ 0</td>"))
        #expect(row.contains("aria-label=\"School Business Manager: Covered, 1 duties\">✓ 1</td>"))
        #expect(row.contains("<td class=\"s-weak\">Single point of failure</td>"))
        let risks = try #require(slice(html, from: "id=\"team-gaps\"", to: "</section>"))
        #expect(risks.contains("<td>School Business Manager</td>"))
        #expect(risks.contains("hs2020-exec:5.4</th>"))
    }
}
