/// The coverage report for one JD as Markdown, for governors who read reports in a text editor, a wiki or GitHub.
///
/// Sections: title and post details (with the overdue warning), the advisory note, a summary per framework,
/// a table per area, the gaps with their wording, duties that evidence no standard, every duty with its links
/// and evidence words in bold, person-specification criteria, and the governors' decisions.
/// Deterministic: the same analysis and catalogue always give the same text.
public enum MarkdownReport {
    /// The report as Markdown text, ending with a newline.
    public static func render(_ analysis: Analysis, catalogue: Catalogue) -> String {
        let summary = CoverageSummary(analysis: analysis, catalogue: catalogue)
        let blocks = [
            header(analysis),
            summarySection(summary),
            areaSection(summary),
            gapSection(summary, suggestions: analysis.suggestedDuties),
            remitSection(summary, role: analysis.role),
            reverseGapSection(summary),
            itemSection(title: "Duties and their evidence", items: summary.duties, empty: "The job description lists no duties."),
            itemSection(title: "Person specification criteria", items: summary.personSpecCriteria,
                        empty: "The job description has no person specification criteria.",
                        note: "Criteria say what the post needs, not what it does, so they are listed apart from the duties."),
            decisionSection(analysis.decisions),
        ]
        return blocks.joined(separator: "\n")
    }

    private static func header(_ analysis: Analysis) -> String {
        var text = "# Job description coverage: \(MarkdownText.escapeInline(analysis.jobDescription.title))\n\n"
        if let sentence = ReportText.reviewSentence(analysis.review) {
            text += analysis.review?.overdue == true ? "> **\(sentence)**\n\n" : "\(sentence)\n\n"
        }
        text += MarkdownText.table(header: ["Detail", "Value"], rows: ReportText.metadataLines(of: analysis).map {
            [$0.label, MarkdownText.escape($0.value)]
        })
        text += "\n> \(ReportText.advisoryNote)\n"
        return text
    }

    private static func summarySection(_ summary: CoverageSummary) -> String {
        var rows = summary.frameworks.map { [MarkdownText.escape($0.title)] + MarkdownText.tallyCells($0.tally) }
        if summary.frameworks.count > 1 { rows.append(["All frameworks"] + MarkdownText.tallyCells(summary.tally)) }
        return "## Summary\n\n"
            + MarkdownText.table(header: ["Framework"] + MarkdownText.tallyHeader, rows: rows, rightAligned: Set(1...MarkdownText.tallyHeader.count))
    }

    private static func areaSection(_ summary: CoverageSummary) -> String {
        var text = "## Coverage by area\n\n"
        text += "Strength is the number of duties that evidence a statement.\n"
        for framework in summary.frameworks {
            text += "\n### \(MarkdownText.escapeInline(framework.title))\n\n"
            text += MarkdownText.table(header: ["Area"] + MarkdownText.tallyHeader, rows: framework.areas.map {
                ["\(MarkdownText.escape($0.area.id)) \(MarkdownText.escapeInline($0.area.title))"] + MarkdownText.tallyCells($0.tally)
            }, rightAligned: Set(1...MarkdownText.tallyHeader.count))
            text += "\n"
            text += MarkdownText.table(header: ["Statement", "Status", "Strength", "Evidenced by", "Weak evidence"],
                                       rows: framework.statements.map { line in
                [
                    MarkdownText.escape(line.statement.qualifiedID),
                    "\(ReportText.symbol(line.status)) \(ReportText.label(line.status))",
                    String(line.strength),
                    (line.countingDuties + line.otherCountingItems).joined(separator: ", "),
                    line.weakItems.joined(separator: ", "),
                ]
            }, rightAligned: [2])
        }
        return text
    }

    private static func gapSection(_ summary: CoverageSummary, suggestions: [String: String]) -> String {
        let gaps = summary.gaps
        var text = "## Gaps\n\n"
        guard !gaps.isEmpty else { return text + "Every statement is covered, weak or not applicable.\n" }
        text += "\(gaps.count) statement\(gaps.count == 1 ? "" : "s") that nothing in the job description evidences:\n\n"
        text += gaps.map { line in
            let id = line.statement.qualifiedID
            var entry = "- **\(MarkdownText.escapeInline(id))**: \(MarkdownText.escapeInline(line.statement.text))"
            if let duty = suggestions[id] {
                let area = summary.areaTitle(of: id).map { " (under *\(MarkdownText.escapeInline($0))*)" } ?? ""
                entry += "\n  - Suggested duty\(area): \(MarkdownText.escapeInline(duty))"
            }
            return entry
        }.joined(separator: "\n") + "\n"
        return text
    }

    /// The statements outside the post's remit, each with the role profile's reason; only when a post was recognised.
    private static func remitSection(_ summary: CoverageSummary, role: RoleAssignment?) -> String {
        guard let role else { return "" }
        let lines = summary.outsideRemit
        var text = "## Outside this post's remit\n\n"
        text += "The post was read as **\(MarkdownText.escapeInline(role.profile.name))**: \(MarkdownText.escapeInline(role.recognisedBy)). "
        guard !lines.isEmpty else { return text + "Every statement is expected of it.\n" }
        text += "These \(lines.count) statements are not expected of it, so they are not counted as gaps (a governors' decision still overrides):\n\n"
        return text + lines.map { line in
            "- **\(MarkdownText.escapeInline(line.statement.qualifiedID))**: \(MarkdownText.escapeInline(line.remitNote ?? ""))"
        }.joined(separator: "\n") + "\n"
    }

    private static func reverseGapSection(_ summary: CoverageSummary) -> String {
        var text = "## Duties that evidence no standard\n\n"
        let duties = summary.dutiesEvidencingNoStandard
        guard !duties.isEmpty else { return text + "Every duty counts towards at least one statement.\n" }
        text += "These duties count towards no statement; they may be valuable, or may belong in another post.\n\n"
        text += duties.map { entry in
            let weak = entry.links.map(\.standard)
            let note = weak.isEmpty ? "" : " (weak links: \(weak.map(MarkdownText.escapeInline).joined(separator: ", ")))"
            return "- \(entry.item.id) (\(sectionName(entry.item))): \(MarkdownText.escapeInline(entry.item.text))\(note)"
        }.joined(separator: "\n") + "\n"
        return text
    }

    private static func itemSection(title: String, items: [CoverageSummary.ItemLinks], empty: String, note: String? = nil) -> String {
        var text = "## \(title)\n\n"
        if let note { text += note + "\n\n" }
        guard !items.isEmpty else { return text + empty + "\n" }
        text += "Evidence words are in **bold**.\n"
        for entry in items {
            text += "\n### \(entry.item.id) · \(sectionName(entry.item))\n\n"
            text += MarkdownText.highlighted(entry.item.text, ranges: ReportText.highlightRanges(of: entry.links)) + "\n"
            if let criterion = entry.item.criterion {
                let parts = [criterion.priority?.rawValue.capitalized].compactMap { $0 } + criterion.assessment
                if !parts.isEmpty { text += "\n*\(parts.map(MarkdownText.escapeInline).joined(separator: "; "))*\n" }
            }
            text += "\n"
            guard !entry.links.isEmpty else { text += "- No links to the standards.\n"; continue }
            text += entry.links.map { link in
                let counts = entry.countsTowards.contains(link.standard) ? "counts" : "does not count"
                let words = ReportText.evidenceWords(of: link).map(MarkdownText.escapeInline).joined(separator: ", ")
                return "- \(MarkdownText.escapeInline(link.standard)) (\(link.strength.rawValue), score \(ReportText.score(link.score)), \(counts))"
                    + (words.isEmpty ? "" : ": \(words)")
            }.joined(separator: "\n") + "\n"
        }
        return text
    }

    private static func decisionSection(_ decisions: [DecisionOutcome]) -> String {
        var text = "## Governors' decisions\n\n"
        guard !decisions.isEmpty else { return text + "No decisions were recorded for this job description.\n" }
        let stale = decisions.filter { $0.state != .applied }.count
        text += "\(decisions.count - stale) applied, \(stale) needing a fresh look.\n\n"
        text += MarkdownText.table(header: ["Decision", "Statement", "Item", "Reason", "Decided by", "Date", "Outcome"],
                                   rows: decisions.map { outcome in
            let decision = outcome.decision
            return [
                ReportText.label(decision.action), MarkdownText.escape(decision.standard),
                MarkdownText.escape(outcome.itemID ?? decision.itemText ?? "the post"), MarkdownText.escape(decision.reason),
                MarkdownText.escape(decision.decidedBy), MarkdownText.escape(decision.date), ReportText.label(outcome.state),
            ]
        })
        return text
    }

    private static func sectionName(_ item: Item) -> String {
        item.section.isEmpty ? "no section" : MarkdownText.escapeInline(item.section)
    }
}
