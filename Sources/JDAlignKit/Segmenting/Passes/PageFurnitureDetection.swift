/// Marks what a PDF converter leaves of each page's furniture in the middle of the text: page numbers ("3",
/// "Page 2 of 4") and running headers or footers repeated on every page ("Millbrook High School – Headteacher JD").
///
/// A repeated line counts only when one of its copies carries a page number or the wide gaps of a page layout, so a
/// heading such as "Essential" that recurs in a grid is never taken for a header.
struct PageFurnitureDetection: SegmentationPass {
    /// Longest running header, in words.
    static let longestHeader = 14

    /// How many lines at the top of a JD may be its letterhead.
    static let letterheadLines = 8

    /// Whether a line above a page number may be the page's footer: not the end of a sentence ("Partnership."), not a
    /// line carried on in lower case, not a grid's code ("Interview").
    static func mayEndAPage(_ text: String) -> Bool {
        guard let last = text.last, !".,;:".contains(last), text.first?.isLowercase == false else { return false }
        return !WrappedLineJoining.isGridCode(text)
    }

    func run(_ state: inout SegmentationState) {
        var copies: [String: [Int]] = [:]
        var marked: Set<Int> = []
        // The line after a page number starts the next page: what is repeated there is that page's header.
        var pageStartLine: Int?
        // Copies of a line inside a table laid out with spaces (a converter may take a header for a row of cells).
        var inCells: Set<String> = []
        for index in state.drafts.indices where state.drafts[index].kind == nil {
            let text = state.drafts[index].text
            if state.drafts[index].cell != nil {
                // In a grid a lone number is a cell's value; only a copy that opens a page can be its header.
                guard !text.lowercased().hasPrefix("page ") || !Self.isPageNumber(text) else {
                    state.drafts[index].decide(.other, because: "a page number left by a PDF converter")
                    Self.decideFooter(besidePageNumberAt: index, in: &state.drafts)
                    continue
                }
                guard Self.mayBeHeader(text) else { continue }
                let core = Self.withoutPageMark(text).core
                guard !core.isEmpty, core.split(separator: " ").count <= Self.longestHeader else { continue }
                copies[core, default: []].append(index)
                inCells.insert(core)
                // "Page 2 of 4" beside it, or a bare number when the two are all the line holds ("Bramley Academy –
                // Head of Year 7        4").
                let line = state.drafts[index].line
                let near = max(state.drafts.startIndex, index - 2)..<min(state.drafts.endIndex, index + 3)
                let lineHoldsTwo = near.filter { state.drafts[$0].line == line }.count == 2
                let pageFooterBeside = [index - 1, index + 1].contains { other in
                    state.drafts.indices.contains(other) && state.drafts[other].line == line && Self.isPageNumber(state.drafts[other].text)
                        && (state.drafts[other].text.lowercased().hasPrefix("page ") || lineHoldsTwo)
                }
                if state.drafts[index].line == pageStartLine || pageFooterBeside { marked.insert(index) }
                continue
            }
            if Self.isPageNumber(text) {
                state.drafts[index].decide(.other, because: "a page number left by a PDF converter")
                if text.lowercased().hasPrefix("page ") { Self.decideFooter(besidePageNumberAt: index, in: &state.drafts) }
                pageStartLine = state.drafts.indices.contains(index + 1) ? state.drafts[index + 1].line : nil
                // The line just above a page number ends the page: what is repeated there is that page's footer. Only
                // a whole line (the last cell of a grid's row, "E / I, R", recurs on every row), not a grid's code
                // ("Interview" above the page break of a grid read one cell per line), and not the end of a sentence
                // ("Partnership." closes a paragraph above more than one page break).
                let above = index - 1
                if above >= state.drafts.startIndex, state.drafts[above].kind == nil, state.drafts[above].cell == nil,
                   !state.drafts[above].startsCell, above == state.drafts.startIndex || state.drafts[above - 1].line != state.drafts[above].line,
                   Self.mayEndAPage(state.drafts[above].text) {
                    marked.insert(above)
                }
                // A footer with text at both ends ("Wrayshire County Council – School Improvement        SIGS/LG/04
                // v3.1") reaches us as two pieces of one line, which a layout with spaces may have taken for a row of
                // cells; as above, it counts only if every copy recurs so.
                let left = index - 2
                if left >= state.drafts.startIndex, state.drafts[left].line == state.drafts[above].line,
                   left == state.drafts.startIndex || state.drafts[left - 1].line != state.drafts[left].line,
                   [left, above].allSatisfy({ state.drafts[$0].kind == nil && Self.mayEndAPage(state.drafts[$0].text) }) {
                    marked.formUnion([left, above])
                }
                continue
            }
            if state.drafts[index].line == pageStartLine { marked.insert(index) }
            guard Self.mayBeHeader(text) else { continue }
            let (core, hadPageMark) = Self.withoutPageMark(text)
            guard !core.isEmpty, core.split(separator: " ").count <= Self.longestHeader else { continue }
            copies[core, default: []].append(index)
            // A converter's wide gap may have put the page number in a cell of its own on the same line.
            let pageNumberBeside = [index - 1, index + 1].contains { other in
                state.drafts.indices.contains(other) && state.drafts[other].line == state.drafts[index].line
                    && Self.isPageNumber(state.drafts[other].text)
            }
            if hadPageMark || pageNumberBeside || text.includes("     ") { marked.insert(index) }
            if hadPageMark, text.lowercased().includes("page ") {
                state.drafts[index].decide(.other, because: "a page footer left by a PDF converter")
            }
        }
        var headers: Set<String> = []
        var headerLines: Set<Int> = []
        for (core, indices) in copies where indices.count >= 2 && indices.contains(where: marked.contains) {
            // A grid's column titles recur after page breaks too, but also elsewhere; a header recurs only there.
            if inCells.contains(core), !indices.allSatisfy({ marked.contains($0) || $0 < 2 }) { continue }
            headers.insert(core)
            // The school's name at the very top is the letterhead, not yet a running header; and a numbered or
            // bulleted copy ("4.  Job description" in a contents list) is an entry, since headers carry no numbering.
            for index in indices where marked.contains(index) || (index >= 2 && state.drafts[index].marker == .none) {
                state.drafts[index].decide(.other, because: "a page header or footer repeated on each page")
                headerLines.insert(state.drafts[index].line)
            }
        }
        // A two-page JD shows its running header once, on the second page, where it names the school as the first
        // page's letterhead did, in other letters' case, with the document's title beside it ("STOURMERE SCHOOL" at
        // the top; "Stourmere School     Head of Geography – JD and Person Specification" after "Page 1"). A title
        // alone on the line after a page break ("A MESSAGE FROM THE CHAIR", listed in a contents page at the top)
        // opens a part of the pack.
        let letterhead = Set(state.drafts.prefix(Self.letterheadLines).map { $0.text.lowercased() })
        for (core, indices) in copies where indices.count == 1 && marked.contains(indices[0]) && indices[0] >= Self.letterheadLines
            && state.drafts[indices[0]].kind == nil && letterhead.contains(core.lowercased())
            && state.drafts.indices.contains(indices[0] + 1) && state.drafts[indices[0] + 1].line == state.drafts[indices[0]].line {
            state.drafts[indices[0]].decide(.other, because: "a page header naming the school, as the first page's letterhead does")
            headerLines.insert(state.drafts[indices[0]].line)
        }
        // A page break inside a grid laid out with spaces leaves its footer and header among the grid's cells.
        for index in state.drafts.indices where state.drafts[index].kind == nil && state.drafts[index].cell != nil {
            let text = state.drafts[index].text
            if text.lowercased().hasPrefix("page "), Self.isPageNumber(text) {
                state.drafts[index].decide(.other, because: "a page number left by a PDF converter")
            } else if state.drafts[index].marker == .none, headers.contains(Self.withoutPageMark(text).core) {
                state.drafts[index].decide(.other, because: "a page header or footer repeated on each page")
                headerLines.insert(state.drafts[index].line)
            }
        }
        // The rest of a running header's line, even where a converter's gap split it into cells: its page number, and
        // the document's name beside the school's ("Greyfriars High School      Job description"), which would
        // otherwise read as a title starting a new part of the document.
        for index in state.drafts.indices where state.drafts[index].kind == nil && headerLines.contains(state.drafts[index].line) {
            if Self.isPageNumber(state.drafts[index].text) {
                state.drafts[index].decide(.other, because: "a page number left by a PDF converter")
            } else if Self.mayBeHeader(state.drafts[index].text),
                      state.drafts[index].text.split(separator: " ").count <= Self.longestHeader {
                state.drafts[index].decide(.other, because: "a page header or footer repeated on each page")
            }
        }
    }

    /// "3", "- 3 -", "Page 3", "Page 3 of 4", "3 of 4".
    /// "Candlewick Academy Trust   |   Page 9": the other cells of the line a "Page n" stands in are the page's footer
    /// or header, whether or not it recurs.
    static func decideFooter(besidePageNumberAt index: Int, in drafts: inout [Draft]) {
        let line = drafts[index].line
        var other = index - 1
        while other >= drafts.startIndex, drafts[other].line == line { other -= 1 }
        for beside in (other + 1)..<drafts.endIndex {
            guard drafts[beside].line == line else { break }
            if beside != index, drafts[beside].kind == nil, Self.mayBeHeader(drafts[beside].text) {
                drafts[beside].decide(.other, because: "a page's header or footer, beside its page number")
            }
        }
    }

    static func isPageNumber(_ text: String) -> Bool {
        // "Page 123 of 456" with a converter's spacing fits easily; longer lines are not worth splitting into words.
        guard text.utf8.count <= 32 else { return false }
        // Dashes around the number are a converter's page separator ("- 3 -", "--- page 2 ---", "-- 1 of 5 --").
        let words = text.lowercased().split(separator: " ").filter { !$0.allSatisfy { "-–—".contains($0) } }
        guard !words.isEmpty, words.count <= 4 else { return false }
        let rest = words.first == "page" ? Array(words.dropFirst()) : words
        guard let first = rest.first, first.allSatisfy(\.isNumber), first.count <= 3 else { return false }
        return rest.count == 1 || (rest.count == 3 && rest[1] == "of" && rest[2].allSatisfy(\.isNumber))
    }

    /// Whether a line is short enough to be a header once a page mark ("Page 3 of 4", four words) is taken off:
    /// counting its words on the bytes spares splitting every duty into strings.
    static func mayBeHeader(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > longestHeader + 4 { return false }
            }
        }
        return true
    }

    /// The line without a trailing page number or "Page N of M", spaces collapsed, and whether it had one.
    static func withoutPageMark(_ text: String) -> (core: String, hadMark: Bool) {
        var words = text.split(separator: " ").map(String.init)
        var hadMark = false
        if words.count >= 2, let last = words.last, last.allSatisfy(\.isNumber), last.count <= 3 {
            words.removeLast()
            hadMark = true
            if words.count >= 2, words[words.count - 1].lowercased() == "of", words[words.count - 2].allSatisfy(\.isNumber) {
                words.removeLast(2)
            }
            if words.last?.lowercased() == "page" { words.removeLast() }
        }
        return (words.joined(separator: " "), hadMark)
    }
}
