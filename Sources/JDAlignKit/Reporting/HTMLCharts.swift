/// Inline SVG charts for the HTML reports.
///
/// Each chart is an image with a `<title>` and an `aria-label` that says the figures in words, and every bar is
/// followed by its counts written out, so the chart reads without colour and without sight.
enum HTMLCharts {
    private static let width = 720
    private static let labelHeight = 16
    private static let barHeight = 14
    private static let rowHeight = 40
    private static let barLeft = 4
    private static let barSpace = 360

    /// Bar fills, darker than the table colours so the bars stand out on white.
    private static func fill(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "#2e7d32"
        case .weak: "#b7791f"
        case .uncovered: "#c62828"
        case .notApplicable: "#757575"
        case .outsideRemit: "#9e9e9e"
        }
    }

    /// A horizontal stacked bar per row (an area, a framework or a role): covered, weak, gaps, not applicable,
    /// drawn to one scale so longer bars mean more statements.
    static func tallyBars(title: String, rows: [(label: String, tally: CoverageTally)]) -> String {
        let most = max(rows.map(\.tally.total).max() ?? 1, 1)
        let height = rows.count * rowHeight + 8
        let spoken = rows.map { "\($0.label): \(words($0.tally))" }.joined(separator: "; ")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
        svg += "aria-label=\"\(HTMLText.escape("\(title). \(spoken)."))\">"
        svg += "<title>\(HTMLText.escape(title))</title>"
        for (index, row) in rows.enumerated() {
            let top = index * rowHeight + 4
            svg += "<text x=\"\(barLeft)\" y=\"\(top + 12)\" font-size=\"12\">\(HTMLText.escape(row.label))</text>"
            var x = barLeft
            for status in CoverageStatus.allCases {
                let count = row.tally.count(of: status)
                guard count > 0 else { continue }
                let segment = count * barSpace / most
                svg += "<rect x=\"\(x)\" y=\"\(top + labelHeight)\" width=\"\(segment)\" height=\"\(barHeight)\" fill=\"\(fill(status))\" "
                svg += "stroke=\"#ffffff\" stroke-width=\"1\"/>"
                x += segment
            }
            svg += "<text x=\"\(x + 8)\" y=\"\(top + labelHeight + 11)\" font-size=\"11\">\(HTMLText.escape(words(row.tally)))</text>"
        }
        return svg + "</svg>"
    }

    /// The tally in words, in the order the bar draws it, leaving out zero counts.
    static func words(_ tally: CoverageTally) -> String {
        let parts = CoverageStatus.allCases.compactMap { status -> String? in
            let count = tally.count(of: status)
            guard count > 0 else { return nil }
            return "\(count) \(ReportText.symbol(status)) \(ReportText.label(status).lowercased())"
        }
        return parts.isEmpty ? "no statements" : parts.joined(separator: ", ")
    }
}
