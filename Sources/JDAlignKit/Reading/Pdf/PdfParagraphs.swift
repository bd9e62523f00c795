/// Turns a document's lines into the blocks every other format gives: paragraphs rejoined from their wrapped
/// lines, tables rebuilt into cells, repeated page headers and footers and page numbers dropped, bullets turned
/// into list items.
enum PdfParagraphs {
    static func blocks(from pages: [[PdfLine]], pageSizes: [(width: Double, height: Double)], rules: [[PdfRule]]) -> [TextBlock] {
        let lines = withoutPageFurniture(pages, pageHeights: pageSizes.map(\.height))
        let bodySize = mostCommonSize(lines)
        // Per page, indexed by page number: looked up for every line, where hashing a dictionary's key cost more
        // than the rest of the test.
        let pageCount = max(pageSizes.count, (lines.map(\.page).max() ?? -1) + 1)
        var leftMargins = [Double?](repeating: nil, count: pageCount)
        for line in lines { leftMargins[line.page] = min(leftMargins[line.page] ?? line.x0, line.x0) }
        let rightEdges = rightEdgeByPage(lines, leftMargins: leftMargins, widths: pageSizes.map(\.width))
        var builder = BlockBuilder(bodySize: bodySize, rightEdges: rightEdges, leftMargins: leftMargins)
        var index = 0
        var answers = PdfTableAnswers()
        while index < lines.count {
            if lines[index].chunks.count > 1, let table = PdfTable(lines, from: index, rules: rules, answers: answers) {
                answers = table.answers
                if table.rowCount > 1 || table.endIndex > index + 1 {
                    builder.flush()
                    builder.appendTable(table)
                    index = table.endIndex
                    continue
                }
            }
            builder.add(lines[index], lineNumber: index + 1, following: index + 1 < lines.count ? lines[index + 1] : nil)
            index += 1
        }
        builder.flush()
        return builder.blocks
    }

    /// Lines in the top or bottom eighth of a page that repeat (digits aside) on other pages, and lone page numbers.
    private static func withoutPageFurniture(_ pages: [[PdfLine]], pageHeights: [Double]) -> [PdfLine] {
        func isInMargin(_ line: PdfLine) -> Bool {
            let height = line.page < pageHeights.count ? pageHeights[line.page] : 842
            return line.y > height * 0.88 || line.y < height * 0.12
        }
        // The line's letters and punctuation, lower case, without digits or spaces: "Page 3 of 7" and "Page 4 of 7"
        // share a key. Built from scalars, once per margin line: the graphemes of a whole page were dear.
        func key(_ line: PdfLine) -> String {
            var key = String.UnicodeScalarView()
            for chunk in line.chunks {
                for scalar in chunk.text.unicodeScalars {
                    if scalar.isASCII {
                        if scalar.value <= 0x20 || (0x30...0x39).contains(scalar.value) { continue }
                        key.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
                    } else if !scalar.properties.isWhitespace, scalar.properties.numericType == nil {
                        key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                    }
                }
            }
            return String(key)
        }
        let keys = pages.map { page in page.map { isInMargin($0) ? key($0) : "" } }
        var pagesByKey: [String: Set<Int>] = [:]
        for (page, pageKeys) in zip(pages, keys) {
            for (line, lineKey) in zip(page, pageKeys) where isInMargin(line) { pagesByKey[lineKey, default: []].insert(line.page) }
        }
        return zip(pages, keys).flatMap { page, pageKeys in
            zip(page, pageKeys).filter { line, lineKey in
                guard isInMargin(line) else { return true }
                if lineKey.isEmpty { return false }
                return pages.count < 2 || (pagesByKey[lineKey]?.count ?? 0) < 2
            }.map(\.0)
        }
    }

    private static func mostCommonSize(_ lines: [PdfLine]) -> Double {
        var counts: [Int: Int] = [:]
        // Weighted by bytes of text rather than characters: the same for the Latin text of a JD, and far cheaper.
        for line in lines { for chunk in line.chunks { counts[Int((chunk.size * 2).rounded()), default: 0] += chunk.text.utf8.count } }
        // Ties go to the smaller size, so that the answer never depends on the dictionary's order.
        return Double(counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 22) / 2
    }

    /// The right edge of the text on each page: where wrapped lines end. Margins are usually the same on both sides,
    /// so the edge is no nearer than the left margin's mirror image; otherwise the longest line of a document with
    /// only short lines would look full.
    private static func rightEdgeByPage(_ lines: [PdfLine], leftMargins: [Double?], widths: [Double]) -> [Double?] {
        var widest = 0.0
        for line in lines where line.chunks.count == 1 { widest = max(widest, line.x1) }
        return leftMargins.indices.map { page in
            leftMargins[page].map { left in max(widest, page < widths.count ? widths[page] - left : 0) }
        }
    }

    /// A paragraph's or cell's lines joined by spaces, or directly after a line ending in a hyphen: such a line
    /// broke a compound ("half-" / "termly"), or a word a typesetter hyphenated ("be-" / "haviour", mended).
    static func joined(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            // Both hyphen tests compare characters; a last byte other than "-" settles them for nearly every line.
            let mayEndInHyphen = text.utf8.last == UInt8(ascii: "-")
            if text.isEmpty {
                text = line
            } else if mayEndInHyphen, LineBreakHyphenation.append(line, mendingAWordIn: &text) {
                continue
            } else if mayEndInHyphen, text.hasSuffix("-"), text.dropLast().last?.isLetter == true,
                      line.first.map({ $0.isLetter || $0.isNumber }) == true {
                text += line
            } else {
                // Appended in turn: `" " + line` made a string of its own for every line of every cell.
                text.append(" ")
                text.append(line)
            }
        }
        return text
    }

    static func isListMarker(_ text: Substring) -> Bool {
        // Most lines open with an ASCII letter and a second letter: the bytes settle them, where reading the first
        // two characters cost more than the rest of continuing a paragraph. A spaced bullet needs a space or tab next.
        var bytes = text.utf8.makeIterator()
        guard let firstByte = bytes.next() else { return false }
        if firstByte < 0x80, !asciiListMarkerBytes.contains(firstByte),
           let secondByte = bytes.next(), secondByte != 0x20, secondByte != 0x09 { return false }
        guard let first = text.unicodeScalars.first else { return false }
        // Most lines open with a letter, settled by the ASCII markers alone without hashing it.
        if first.value >= 0x80 || asciiListMarkers.contains(first), listMarkers.contains(first) { return true }
        // "l  Set a clear direction": a character that is a bullet only when a space follows it (documents.json).
        let second = text.dropFirst().first
        return (second == " " || second == "\t") && text.first.map(MarkerStripping.spacedBullets.contains) == true
    }

    /// The text after its list marker, without the spaces (tabs, spaces of every width) around it.
    static func afterMarker(_ text: String) -> String {
        let rest = text.unicodeScalars.dropFirst()
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        guard let first = rest.firstIndex(where: { !isSpace($0) }), let last = rest.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(rest[first...last]))
    }

    private static let asciiListMarkers = listMarkers.filter(\.isASCII)
    private static let asciiListMarkerBytes = ASCIIByteSet(String(String.UnicodeScalarView(asciiListMarkers)))
    private static let listMarkers = Set("\u{2022}\u{25AA}\u{25CF}\u{25E6}\u{2023}\u{2043}\u{25A0}\u{25A1}\u{2013}\u{2014}-*\u{00B7}\u{27A2}\u{2713}\u{2714}\u{2756}\u{25C6}".unicodeScalars)

    /// Whether a line opens with a number or letter marker after the line above: not when "3)" closes a bracket
    /// the line above left open ("Executive Headteacher (Hub" / "3) and, through them, the Trust CEO").
    static func startsWithEnumerator(_ text: String, after previous: String) -> Bool {
        guard startsWithEnumerator(text) else { return false }
        let closesBracket = !text.hasPrefix("(") && text.prefix(6).includes(")") && !text.prefix(6).includes(".")
        // The line above is read for its brackets only when this one closes one: most numbered lines do not.
        if closesBracket && previous.reduce(0, { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) }) > 0 { return false }
        // "… for Years 7 to" / "11.": a number alone after a word a sentence runs on from ends the sentence.
        // Characters are counted no further than the test needs.
        let isNumberAlone = text.prefix(5).count <= 4 && text.allSatisfy { $0.isNumber || $0 == "." }
        return !(isNumberAlone && WrappedLineJoining.connectives.contains(PdfTable.lastWord(of: previous).lowercased()))
    }

    /// Whether a chunk opens with a number or letter marker: `1.`, `2)`, `(a)`, `iv.`.
    static func startsWithEnumerator(_ text: String) -> Bool {
        // Most lines open with six plain ASCII characters and no "." or ")": a look at the bytes settles those
        // without the grapheme-by-grapheme work below.
        let opening = text.utf8.prefix(6)
        if opening.count == 6, opening.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ")") }) {
            return false
        }
        let head = text.prefix(6)
        guard let end = head.firstIndex(where: { $0 == "." || $0 == ")" }) else { return false }
        // "Safer recruitment training" / "(A)": a criterion's assessment codes in brackets, wrapped onto a line of
        // their own, finish it; an enumerator has its item's text after it.
        if text.hasPrefix("("), text.hasSuffix(")"), CriterionTerms.isCodeCell(String(text.dropFirst().dropLast())) { return false }
        let label = head[..<end].drop { $0 == "(" }
        guard !label.isEmpty, label.count <= 4, end < head.endIndex else { return false }
        // "(a)" closes its bracket; "(e.g." and "e.g." are abbreviations, not markers.
        if label.startIndex > head.startIndex, head[end] != ")" { return false }
        let after = head.index(after: end)
        if after < head.endIndex, head[end] == ".", label.count == 1, label.first!.isLetter, head[after].isLetter { return false }
        guard after == head.endIndex || head[after] == " " || !text.dropFirst(6).isEmpty && head[after].isLetter else { return false }
        return label.allSatisfy(\.isNumber) || (label.count == 1 && label.first!.isLetter)
            || label.allSatisfy { "ivxlIVXL".contains($0) }
    }
}

/// Accumulates the lines of the paragraph being read and writes finished paragraphs as blocks.
private struct BlockBuilder {
    let bodySize: Double
    let rightEdges: [Double?]
    let leftMargins: [Double?]
    private(set) var blocks: [TextBlock] = []
    private var current: [PdfLine] = []
    private var currentLineNumber = 0
    private var currentIsList = false

    init(bodySize: Double, rightEdges: [Double?], leftMargins: [Double?]) {
        self.bodySize = bodySize
        self.rightEdges = rightEdges
        self.leftMargins = leftMargins
    }

    mutating func add(_ line: PdfLine, lineNumber: Int, following: PdfLine?) {
        if let last = current.last, continues(last, with: line, first: current[0]),
           !isHeadingAfterSentence(line, previous: last, following: following) {
            current.append(line)
            return
        }
        flush()
        current = [line]
        currentLineNumber = lineNumber
    }

    /// Whether `next` carries on the paragraph whose last line is `previous`: no marker, same size and weight,
    /// the usual line spacing, not left of the paragraph, and its first word would not have fitted above.
    private func continues(_ previous: PdfLine, with next: PdfLine, first: PdfLine) -> Bool {
        guard previous.chunks.count == 1, next.chunks.count == 1 else { return false }
        let above = previous.chunks[0], below = next.chunks[0]
        if PdfParagraphs.startsWithEnumerator(below.text, after: above.text) { return false }
        if PdfParagraphs.isListMarker(Substring(below.text)) {
            // A dash at the start of a line after a full line that runs on ("organisations / - in a climate") is
            // punctuation; any other marker opens an item.
            guard below.text.first == "-" || below.text.first == "\u{2013}", let end = above.text.last, !".;:".contains(end)
            else { return false }
        }
        if abs(above.size - below.size) > 0.6 || above.isBold != below.isBold { return false }
        // A priority or assessment word on a line of its own ("Essential", "Interview") describes the criterion
        // above; it does not finish its sentence.
        if below.text.first?.isUppercase == true, CriterionTerms.isGridTerm(below.text) { return false }
        if next.page == previous.page {
            let spacing = previous.y - next.y
            if spacing <= 0 || spacing > max(above.size, below.size) * 1.45 { return false }
        }
        // A wrapped line may start left of its paragraph's first line (a bullet typed with a tab, a first-line
        // indent), but not left of the text's margin.
        if below.x0 < first.x0 - 2, below.x0 > (leftMargins[next.page] ?? below.x0) + 2 { return false }
        // An item whose bullet is indented from the margin wraps under its text, unless the bullet was typed with
        // spaces: a capitalised line back at the margin after a word in lower case that a sentence may end on is
        // the next part's title ("… leadership programmes" / "Organisational management"), while after a
        // connective or a name ("… set out in the" / "School Teachers' Pay…") the item runs on.
        if below.x0 < first.x0 - 2, let margin = leftMargins[next.page], first.x0 > margin + 2,
           let opening = first.chunks.first?.text, PdfParagraphs.isListMarker(Substring(opening)),
           below.text.first?.isUppercase == true {
            let lastWord = PdfTable.lastWord(of: above.text)
            if lastWord.allSatisfy(\.isLowercase), !WrappedLineJoining.connectives.contains(String(lastWord)) { return false }
        }
        // A line indented from the margin as the paragraph's first line was, after a finished sentence, is the first
        // line of the next paragraph: Word's first-line indents wrap to the margin, so only new paragraphs start there.
        if let margin = leftMargins[next.page], below.x0 > margin + 2, abs(below.x0 - first.x0) <= 2,
           let end = above.text.last, ".;:!?".contains(end), below.text.first?.isUppercase == true { return false }
        // Once a line has wrapped back to the margin, a line at the first-line indent again is the next paragraph,
        // however the line above ends ("…as appropriate)" / "Knowledge and understanding of…").
        if let margin = leftMargins[next.page], first.x0 > margin + 2, abs(below.x0 - first.x0) <= 2, above.x0 < first.x0 - 2 {
            return false
        }
        let edge = rightEdges[previous.page] ?? previous.x1
        let spaceWidth = above.size * 0.28
        return above.x1 + spaceWidth + below.firstWordWidth > edge - 1
    }

    /// A short line with no closing punctuation, after a finished sentence and before a fresh paragraph, is a
    /// heading in the body font, not the sentence's tail.
    private func isHeadingAfterSentence(_ line: PdfLine, previous: PdfLine, following: PdfLine?) -> Bool {
        guard let end = previous.chunks.last?.text.last, ".:;!?".contains(end),
              let last = line.chunks.last?.text.last, !".:;!?,".contains(last),
              line.chunks.first?.text.first?.isUppercase == true else { return false }
        let edge = rightEdges[line.page] ?? line.x1
        guard line.x1 - line.x0 < (edge - line.x0) * 0.6 else { return false }
        guard let following else { return true }
        return !continues(line, with: following, first: line)
    }

    mutating func flush() {
        guard let first = current.first else { return }
        var text = PdfParagraphs.joined(current.map { $0.chunks.map(\.text).joined(separator: "\t") })
        var listLevel: Int?
        if PdfParagraphs.isListMarker(Substring(text)) {
            text = PdfParagraphs.afterMarker(text)
            listLevel = 0
        }
        let size = first.size
        let headingLevel: Int? = size > bodySize * 1.15 && text.prefix(120).count < 120 ? (size > bodySize * 1.5 ? 1 : 2) : nil
        if !text.isEmpty {
            blocks.append(TextBlock(text: text, line: currentLineNumber, headingLevel: headingLevel, listLevel: listLevel))
        }
        current = []
    }

    mutating func appendTable(_ table: PdfTable) {
        blocks.append(contentsOf: table.blocks(tableIndex: blocks.compactMap(\.cell?.table).max().map { $0 + 1 } ?? 0))
    }
}
