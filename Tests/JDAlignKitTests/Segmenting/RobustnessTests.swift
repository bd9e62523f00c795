import Testing
@testable import JDAlignKit

/// Any bytes at all must read and segment without trapping, and large inputs must stay linear.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    /// Fragments that exercise the rules: markers, labels, grid terms, separators and odd bytes.
    static let fragments: [[UInt8]] = [
        "· ", "• ", "1. ", "(iv) ", "a) ", "2.1 ", "- ", "o ", "\t", "\n", "\r\n", "\r", ":", "Essential", "Desirable",
        "Application, Interview", "Person Specification", "Grade", "Reports to", "Post title: ", "Last reviewed: ",
        "31/02/2025", "1st September 2025", "Duties", "Lead the team", "and", "PERSON SPEC", "Headteachers:", "____",
        "✓", "é", "’", "\u{F0B7}", "\u{00AD}", "\u{200B}", "Ensure", "may be amended", "co-", "|", "# ", "## ", "| a | b |",
        "|---|", "**", "  ",
    ].map { Array($0.utf8) } + [[0x00], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0x92], [0x95], [0xC3], [0x80], [0xFF]]

    static func check(_ bytes: [UInt8], format: SourceFormat) {
        let jd = Segmenter().segment(PlainTextReader.read(bytes, path: "fuzz.txt", format: format))
        #expect(jd.items.map(\.id) == jd.items.indices.map { "i\($0 + 1)" })
        #expect(jd.items.allSatisfy { !$0.text.isEmpty && !$0.text.contains("\n") })
        #expect(Set(jd.sections.map(\.itemID)).isSubset(of: Set(jd.items.filter { $0.kind == .heading }.map(\.id))))
    }

    @Test(arguments: [SourceFormat.text, .markdown])
    func randomDocumentsNeverTrap(format: SourceFormat) {
        var generator = SplitMix(state: 2024)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                if Bool.random(using: &generator) {
                    bytes += Self.fragments.randomElement(using: &generator) ?? []
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                }
            }
            Self.check(bytes, format: format)
        }
    }

    @Test func veryLongLinesAreOneItem() {
        let line = String(repeating: "lead the team and ", count: 600) + "report."
        let jd = segmentText("Duties\n· " + line + "\n" + String(repeating: "x", count: 10_000))
        #expect(jd.items.count == 3)
        #expect(jd.items[1].text == line)
        #expect(jd.items[2].text.count == 10_000)
    }

    @Test func manyShortLinesGiveOneItemEach() {
        let lines = (0..<50_000).map { "· Duty number \($0)." }
        let jd = segmentText("Duties\n" + lines.joined(separator: "\n"))
        #expect(jd.texts(.duty).count == 50_000)
        #expect(jd.items.last?.line == 50_001)
    }

    @Test func longRunsOfWrappedOrLabelLinesStayWhole() {
        let wrapped = segmentText("Duties\n· start" + String(repeating: "\ncontinued and", count: 20_000))
        #expect(wrapped.texts(.duty).count == 1)
        let labels = segmentText(String(repeating: "Grade\n", count: 20_000))
        #expect(labels.items.count == 20_000)
    }
}
