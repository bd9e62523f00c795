/// The coverage report for one JD as a single, self-contained HTML file that governors open in a browser or print on A4.
///
/// No network: styles and charts are inline, there are no scripts or external fonts. Sections: post details with the
/// overdue warning, headline figures, a heatmap of areas × statements, a bar chart per framework's areas, the gaps,
/// duties that evidence no standard, each duty with its evidence words in `<mark>`, person-specification criteria,
/// decisions, and the advisory note. Deterministic: the same analysis and catalogue always give the same bytes.
public enum HTMLReport {
    /// The report as an HTML document.
    public static func render(_ analysis: Analysis, catalogue: Catalogue) -> String {
        let summary = CoverageSummary(analysis: analysis, catalogue: catalogue)
        let title = "Job description coverage: \(analysis.jobDescription.title)"
        let body = [
            header(analysis, summary: summary, title: title),
            HTMLText.section(id: "coverage", title: "Coverage by area", coverageBody(summary)),
            HTMLText.section(id: "gaps", title: "Gaps and duties that evidence no standard", gapsBody(summary, suggestions: analysis.suggestedDuties)),
            HTMLText.section(id: "duties", title: "Duties and their evidence", itemsBody(summary.duties,
                empty: "The job description lists no duties.")),
            HTMLText.section(id: "person-spec", title: "Person specification criteria",
                "<p>Criteria say what the post needs, not what it does, so they are listed apart from the duties.</p>"
                    + itemsBody(summary.personSpecCriteria, empty: "The job description has no person specification criteria.")),
            HTMLText.section(id: "decisions", title: "Governors’ decisions", decisionsBody(analysis.decisions)),
        ]
        return HTMLText.page(title: title, body: body.joined(separator: "\n"))
    }

    private static func header(_ analysis: Analysis, summary: CoverageSummary, title: String) -> String {
        var html = "<header><h1>\(HTMLText.escape(title))</h1>\n"
        if let sentence = ReportText.reviewSentence(analysis.review) {
            html += analysis.review?.overdue == true
                ? "<p class=\"overdue\" role=\"alert\">⚠ \(HTMLText.escape(sentence))</p>\n" : "<p>\(HTMLText.escape(sentence))</p>\n"
        }
        html += "<dl class=\"details\">"
        for line in ReportText.metadataLines(of: analysis) {
            html += "<dt>\(HTMLText.escape(line.label))</dt><dd>\(HTMLText.escape(line.value))</dd>"
        }
        html += "</dl>\n\(HTMLText.advisoryNote)\n</header>\n"
        html += "<section id=\"headline\" aria-labelledby=\"headline-title\"><h2 id=\"headline-title\">Headline figures</h2>\n"
        for framework in summary.frameworks {
            html += "<h3>\(HTMLText.escape(framework.title))</h3><div class=\"headline\">"
            for status in CoverageStatus.allCases {
                html += "<div class=\"\(HTMLText.statusClass(status))\"><span class=\"figure\">\(framework.tally.count(of: status))</span>"
                html += "\(ReportText.symbol(status)) \(ReportText.label(status)) of \(framework.tally.total) statements</div>"
            }
            html += "</div>\n"
        }
        html += "<div class=\"headline\"><div><span class=\"figure\">\(summary.duties.count)</span>duties analysed</div>"
        html += "<div><span class=\"figure\">\(summary.dutiesEvidencingNoStandard.count)</span>duties evidence no standard</div>"
        html += "<div><span class=\"figure\">\(summary.personSpecCriteria.count)</span>"
        html += "person specification \(summary.personSpecCriteria.count == 1 ? "criterion" : "criteria")</div></div>\n"
        html += HTMLText.tallyTable(caption: "Statements by status and framework", rowHeader: "Framework",
                                    rows: summary.frameworks.map { ($0.title, $0.tally) })
        return html + "</section>\n"
    }

    private static func coverageBody(_ summary: CoverageSummary) -> String {
        var html = HTMLText.legend
        for framework in summary.frameworks {
            html += "<h3>\(HTMLText.escape(framework.title))</h3>\n"
            html += heatmap(framework)
            html += HTMLCharts.tallyBars(title: "Statements by status in each area of \(framework.title)",
                                         rows: framework.areas.map { ("\($0.area.id) \($0.area.title)", $0.tally) })
            html += statementTable(framework)
        }
        return html
    }

    /// Areas as rows, statements as cells: each cell names the statement and its status, coloured as well.
    private static func heatmap(_ framework: CoverageSummary.FrameworkLine) -> String {
        let columns = max(framework.areas.map(\.statements.count).max() ?? 1, 1)
        var html = "<table class=\"heatmap\"><caption>Heatmap: each statement of \(HTMLText.escape(framework.title)) by area</caption>"
        html += "<thead><tr><th scope=\"col\">Area</th>"
        for index in 1...columns { html += "<th scope=\"col\">\(index)</th>" }
        html += "</tr></thead><tbody>"
        for area in framework.areas {
            html += "<tr><th scope=\"row\">\(HTMLText.escape(area.area.id)) \(HTMLText.escape(area.area.title))</th>"
            for line in area.statements {
                html += "<td class=\"\(HTMLText.statusClass(line.status))\" title=\"\(HTMLText.escape(line.statement.text))\">"
                html += "<span class=\"sid\">\(HTMLText.escape(line.statement.id))</span>"
                html += "\(ReportText.symbol(line.status)) \(ReportText.label(line.status))</td>"
            }
            html += String(repeating: "<td class=\"empty\"></td>", count: columns - area.statements.count) + "</tr>"
        }
        return html + "</tbody></table>\n"
    }

    private static func statementTable(_ framework: CoverageSummary.FrameworkLine) -> String {
        var html = "<table><caption>Statements of \(HTMLText.escape(framework.title)): status and strength "
        html += "(the number of duties that evidence each)</caption><thead><tr><th scope=\"col\">Statement</th>"
        html += "<th scope=\"col\">Wording</th><th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Strength</th>"
        html += "<th scope=\"col\">Evidenced by</th></tr></thead><tbody>"
        for line in framework.statements {
            let counting = (line.countingDuties + line.otherCountingItems).joined(separator: ", ")
            let weak = line.weakItems.isEmpty ? "" : " (weak: \(line.weakItems.joined(separator: ", ")))"
            html += "<tr><th scope=\"row\" class=\"id\">\(HTMLText.escape(line.statement.qualifiedID))</th>"
            html += "<td>\(HTMLText.escape(line.statement.text))</td><td>\(HTMLText.badge(line.status))</td>"
            html += "<td class=\"num\">\(line.strength)</td><td class=\"ids\">\(HTMLText.escape(counting + weak))</td></tr>"
        }
        return html + "</tbody></table>\n"
    }

    private static func gapsBody(_ summary: CoverageSummary, suggestions: [String: String]) -> String {
        var html = "<h3>Gaps</h3>"
        let gaps = summary.gaps
        if gaps.isEmpty {
            html += "<p>Every statement is covered, weak or not applicable.</p>"
        } else {
            let suggested = Dictionary(uniqueKeysWithValues: gaps.compactMap { line in
                suggestions[line.statement.qualifiedID].map { (line.statement.qualifiedID, (duty: $0, area: summary.areaTitle(of: line.statement.qualifiedID))) }
            })
            html += HTMLText.gapTable(caption: "\(gaps.count) statement\(gaps.count == 1 ? "" : "s") that nothing in the job description evidences",
                                      statements: gaps.map(\.statement), suggestions: suggested)
        }
        let outside = summary.outsideRemit
        if !outside.isEmpty {
            html += "<h3>Outside this post's remit</h3><p>Not expected of this post, so not counted as gaps (a governors' decision still overrides):</p><ul>"
            for line in outside {
                html += "<li><strong>\(HTMLText.escape(line.statement.qualifiedID))</strong>: \(HTMLText.escape(line.remitNote ?? ""))</li>"
            }
            html += "</ul>"
        }
        html += "<h3>Duties that evidence no standard</h3>"
        let duties = summary.dutiesEvidencingNoStandard
        guard !duties.isEmpty else { return html + "<p>Every duty counts towards at least one statement.</p>" }
        html += "<p>These duties count towards no statement; they may be valuable, or may belong in another post.</p><ul>"
        for entry in duties {
            let weak = entry.links.map(\.standard)
            html += "<li><strong>\(HTMLText.escape(entry.item.id))</strong> (\(HTMLText.escape(sectionName(entry.item)))): "
            html += HTMLText.escape(entry.item.text)
            if !weak.isEmpty { html += " <em>(weak links: \(HTMLText.escape(weak.joined(separator: ", "))))</em>" }
            html += "</li>"
        }
        return html + "</ul>"
    }

    private static func itemsBody(_ items: [CoverageSummary.ItemLinks], empty: String) -> String {
        guard !items.isEmpty else { return "<p>\(HTMLText.escape(empty))</p>" }
        var html = "<p>Words that evidence a standard are <mark>highlighted</mark>.</p>\n"
        for entry in items {
            html += "<article class=\"item\" id=\"item-\(HTMLText.escape(entry.item.id))\">"
            html += "<h3>\(HTMLText.escape(entry.item.id)) · \(HTMLText.escape(sectionName(entry.item)))</h3>"
            html += "<p>\(HTMLText.highlighted(entry.item.text, ranges: ReportText.highlightRanges(of: entry.links)))</p>"
            if let criterion = entry.item.criterion {
                let parts = [criterion.priority?.rawValue.capitalized].compactMap { $0 } + criterion.assessment
                if !parts.isEmpty { html += "<p class=\"criterion\">\(HTMLText.escape(parts.joined(separator: "; ")))</p>" }
            }
            html += "<ul>"
            if entry.links.isEmpty { html += "<li>No links to the standards.</li>" }
            for link in entry.links {
                let counts = entry.countsTowards.contains(link.standard)
                let words = ReportText.evidenceWords(of: link).joined(separator: ", ")
                html += "<li><span class=\"badge \(HTMLText.statusClass(counts ? .covered : .weak))\">"
                html += "\(counts ? "✓ Counts" : "~ Does not count")</span> <strong>\(HTMLText.escape(link.standard))</strong> "
                html += "\(link.strength.rawValue), score \(ReportText.score(link.score))"
                if !words.isEmpty { html += ": \(HTMLText.escape(words))" }
                html += "</li>"
            }
            html += "</ul></article>\n"
        }
        return html
    }

    private static func decisionsBody(_ decisions: [DecisionOutcome]) -> String {
        guard !decisions.isEmpty else { return "<p>No decisions were recorded for this job description.</p>" }
        let stale = decisions.filter { $0.state != .applied }.count
        var html = "<table><caption>\(decisions.count - stale) applied, \(stale) needing a fresh look</caption><thead><tr>"
        for column in ["Decision", "Statement", "Item", "Reason", "Decided by", "Date", "Outcome"] {
            html += "<th scope=\"col\">\(column)</th>"
        }
        html += "</tr></thead><tbody>"
        for outcome in decisions {
            let decision = outcome.decision
            html += "<tr><th scope=\"row\">\(HTMLText.escape(ReportText.label(decision.action)))</th>"
            html += "<td class=\"id\">\(HTMLText.escape(decision.standard))</td>"
            html += [outcome.itemID ?? decision.itemText ?? "the post", decision.reason, decision.decidedBy].map { "<td>\(HTMLText.escape($0))</td>" }.joined()
            html += "<td class=\"id\">\(HTMLText.escape(decision.date))</td>"
            html += "<td>\(outcome.state == .applied ? "✓" : "⚠") \(HTMLText.escape(ReportText.label(outcome.state)))</td></tr>"
        }
        return html + "</tbody></table>"
    }

    private static func sectionName(_ item: Item) -> String {
        item.section.isEmpty ? "no section" : item.section
    }
}
