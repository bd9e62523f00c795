/// Building blocks for the Markdown reports: escaping JD text and writing tables.
enum MarkdownText {
    /// Characters CommonMark and GitHub Markdown give meaning to anywhere in a line; a backslash makes each literal.
    private static let inlineSignificant: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~"]

    /// JD text made safe to put anywhere in a Markdown line, including a table cell or the start of a line.
    ///
    /// Line breaks become spaces so a multi-line item cannot end a table row or start a heading.
    static func escape(_ text: String) -> String {
        var result = escapeInline(text)
        if let first = result.first, "#>-+=".contains(first) {
            result.insert("\\", at: result.startIndex)
        }
        if let digitsEnd = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }), digitsEnd != result.startIndex,
            result[digitsEnd] == "." || result[digitsEnd] == ")"
        {
            result.insert("\\", at: digitsEnd)
        }
        return result
    }

    /// JD text with the stretches at `ranges` in bold, everything escaped.
    static func highlighted(_ text: String, ranges: [Range<Int>]) -> String {
        let segments = ReportText.segments(of: text, marking: ranges)
        return segments.enumerated().map { index, segment in
            // Escape each stretch as if it started a line only when it does.
            let escaped = index == 0 ? escape(segment.text) : escapeInline(segment.text)
            let trimmed = escaped.trimmingSpaces()
            guard segment.marked, !trimmed.isEmpty else { return escaped }
            // Bold must hug its words in CommonMark, so spaces inside a match stay outside the asterisks.
            let leading = String(escaped.prefix { $0 == " " })
            let trailing = String(escaped.reversed().prefix { $0 == " " })
            return "\(leading)**\(trimmed)**\(trailing)"
        }.joined()
    }

    /// Escapes characters significant inside a line, leaving line-start markers alone (for text after a prefix).
    static func escapeInline(_ text: String) -> String {
        var result = ""
        for character in ReportText.cleaned(text, singleLine: true) {
            if inlineSignificant.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A GitHub-flavoured Markdown table; cells must already be escaped.
    static func table(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        tableHeader(header, rightAligned: rightAligned) + rows.map(tableRow).joined()
    }

    /// A table's header and alignment lines: with `tableRow`, a table that is written a row at a time, as a trust
    /// summary's table of thousands of JDs is.
    static func tableHeader(_ header: [String], rightAligned: Set<Int> = []) -> String {
        tableRow(header) + "|" + header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
    }

    /// One line of a table, with its line break; cells must already be escaped.
    static func tableRow(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// The tally as table cells: covered, weak, gaps, not applicable, total.
    static func tallyCells(_ tally: CoverageTally) -> [String] {
        (CoverageStatus.allCases.map(tally.count(of:)) + [tally.total]).map(String.init)
    }

    /// The header cells that go with `tallyCells`.
    static let tallyHeader = CoverageStatus.allCases.map { $0 == .uncovered ? "Gaps" : ReportText.label($0) } + ["Total"]
}

extension String {
    /// The string without leading and trailing spaces; tabs stay.
    func trimmingSpaces() -> String {
        // Found by bytes: reversing the string's characters to trim its end was a third of segmenting a line that
        // closes on a bracket (`FileLinkDetection` asks of every such line).
        String(self[...].trimmingSpacesKeepingTabs())
    }
}
