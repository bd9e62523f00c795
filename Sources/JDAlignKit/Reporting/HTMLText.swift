/// Building blocks the HTML reports share: escaping, the page shell, the legend and tally tables.
///
/// Everything that comes from a JD or a decisions file goes through `escape`, so text such as `<script>` shows as text.
enum HTMLText {
    /// Text made safe for element content and quoted attribute values; characters XML forbids are dropped.
    static func escape(_ text: String) -> String {
        // Byte by byte: what is escaped is ASCII, and walking a report's text by `Character` made escaping a fifth
        // of the cost of an HTML report.
        let cleaned = ReportText.cleaned(text)
        // Most pieces need no escaping and are returned as they are, without copying.
        guard cleaned.utf8.contains(where: isSpecial) else { return cleaned }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cleaned.utf8.count + 16)
        for byte in cleaned.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// JD text, escaped, with the stretches at `ranges` (Unicode-scalar offsets) wrapped in `<mark>`.
    static func highlighted(_ text: String, ranges: [Range<Int>]) -> String {
        ReportText.segments(of: text, marking: ranges).map { segment in
            segment.marked ? "<mark>\(escape(segment.text))</mark>" : escape(segment.text)
        }.joined()
    }

    /// The CSS class that colours a status; the status word or symbol always goes with it.
    static func statusClass(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "s-covered"
        case .weak: "s-weak"
        case .uncovered: "s-gap"
        case .notApplicable, .outsideRemit: "s-na"
        }
    }

    /// A status as a badge: symbol and word on a coloured background.
    static func badge(_ status: CoverageStatus) -> String {
        "<span class=\"badge \(statusClass(status))\">\(ReportText.symbol(status)) \(ReportText.label(status))</span>"
    }

    /// The key to the colours and symbols, shown next to every chart and grid.
    static let legend: String = {
        let entries = CoverageStatus.allCases.map { status in
            "<li>\(badge(status))\(legendMeaning(status))</li>"
        }
        return "<ul class=\"legend\" aria-label=\"Key to the statuses\">\(entries.joined())</ul>"
    }()

    private static func legendMeaning(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: " a duty evidences it"
        case .weak: " only weak or person-specification evidence, or fewer duties than the statement asks for"
        case .uncovered: " nothing evidences it"
        case .notApplicable: " governors decided it does not apply"
        case .outsideRemit: " outside this post's remit (its role profile); not a gap"
        }
    }

    /// A table of tallies, one row per named set (framework, area or role).
    static func tallyTable(caption: String, rowHeader: String, rows: [(label: String, tally: CoverageTally)]) -> String {
        tallyTableStart(caption: caption, rowHeader: rowHeader) + rows.map { tallyRow(label: $0.label, tally: $0.tally) }.joined() + tallyTableEnd
    }

    /// A tally table's caption and header, up to its first row: with `tallyRow` and `tallyTableEnd`, a table that
    /// is written a row at a time, as a trust summary's table of thousands of JDs is.
    static func tallyTableStart(caption: String, rowHeader: String) -> String {
        var html = "<table class=\"figures\"><caption>\(escape(caption))</caption><thead><tr><th scope=\"col\">\(escape(rowHeader))</th>"
        for status in CoverageStatus.allCases {
            html += "<th scope=\"col\" class=\"num\">\(ReportText.symbol(status)) \(ReportText.label(status))</th>"
        }
        return html + "<th scope=\"col\" class=\"num\">Total</th></tr></thead><tbody>"
    }

    /// One row of a tally table.
    static func tallyRow(label: String, tally: CoverageTally) -> String {
        var html = "<tr><th scope=\"row\">\(escape(label))</th>"
        for status in CoverageStatus.allCases { html += "<td class=\"num\">\(tally.count(of: status))</td>" }
        return html + "<td class=\"num\">\(tally.total)</td></tr>"
    }

    /// What closes a tally table.
    static let tallyTableEnd = "</tbody></table>"

    /// A main section that starts on a new page when printed.
    static func section(id: String, title: String, _ body: String) -> String {
        sectionStart(id: id, title: title) + body + sectionEnd
    }

    /// A section's opening and heading, for a section whose body is written in pieces.
    static func sectionStart(id: String, title: String) -> String {
        "<section class=\"major\" id=\"\(id)\" aria-labelledby=\"\(id)-title\"><h2 id=\"\(id)-title\">\(escape(title))</h2>\n"
    }

    /// What closes a section.
    static let sectionEnd = "\n</section>\n"

    /// The advisory note, worded the same in every report.
    /// A table of gap statements with their wording, each marked as a gap in words as well as colour.
    /// The gaps with their wording and, when given, a duty that would cover each and the area it belongs under.
    static func gapTable(caption: String, statements: [Statement], suggestions: [String: (duty: String, area: String?)] = [:]) -> String {
        var html = "<table><caption>\(escape(caption))</caption>"
        html += "<thead><tr><th scope=\"col\">Statement</th><th scope=\"col\">Wording</th>"
        if !suggestions.isEmpty { html += "<th scope=\"col\">Suggested duty to add</th>" }
        html += "</tr></thead><tbody>"
        for statement in statements {
            html += "<tr><th scope=\"row\" class=\"id\">\(ReportText.symbol(.uncovered)) \(escape(statement.qualifiedID))</th>"
            html += "<td>\(escape(statement.text))</td>"
            if !suggestions.isEmpty {
                let suggestion = suggestions[statement.qualifiedID]
                html += "<td>\(escape(suggestion?.duty ?? ""))\(suggestion?.area.map { " <em>(under \(escape($0)))</em>" } ?? "")</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    static let advisoryNote = "<p class=\"advisory\" role=\"note\"><strong>Advisory.</strong> \(escape(ReportText.advisoryNote))</p>"

    /// A complete, self-contained page: inline styles, no scripts, fonts or links to anywhere else.
    static func page(title: String, body: String) -> String {
        pageStart(title: title) + body + pageEnd
    }

    /// A page up to where its body starts, for a page whose body is written in pieces.
    static func pageStart(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(HTMLStyles.css)
        </style>
        </head>
        <body>
        <main>

        """
    }

    /// What closes a page after its body.
    static let pageEnd = "\n</main>\n</body>\n</html>\n"
}
