/// Rejoins what an HTML writer wrapped over several lines. Word's "Save as Web Page" breaks its lines at about
/// eighty characters wherever a space falls, inside tags too (`<p class=MsoNormal align=center` / `style='…'>Text`)
/// and inside a paragraph's text (`evidence of` / `improved outcomes</span></p>`); read line by line, the second half
/// of such a tag would be taken for text, and a cell's criterion for two.
enum HTMLLineJoining {
    /// The lines of `text`, each with its 1-based number in the file; a line that ends inside a tag is joined, with a
    /// space, to the lines after it until the tag closes (its number is its first line's). Where `wrapsFreely` (a
    /// whole web page, whose line breaks are only spaces: `HTMLFragmentReader.pageTraits`), a line ending in text is
    /// joined to a next line starting in text.
    static func lines(of text: String, wrapsFreely: Bool) -> [(text: Substring, number: Int)] {
        let physical = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        // Most JDs hold no "<" at all: their lines are the file's.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return physical.enumerated().map { ($0.element, $0.offset + 1) } }
        var result: [(text: Substring, number: Int)] = []
        result.reserveCapacity(physical.count)
        var index = 0
        while index < physical.count {
            var line = physical[index]
            let number = index + 1
            index += 1
            // A tag or a wrapped paragraph runs over a few lines; a "<" that does not close within them was no tag.
            var joined = 0
            while joined < maximumLinesInATag, index < physical.count, !PlainTextReader.isBlank(physical[index]),
                  endsInsideATag(line) || wrapsFreely && runsOnInText(line, physical[index]) {
                line = Substring(String(line) + " " + physical[index].drop { $0 == " " || $0 == "\t" })
                index += 1
                joined += 1
            }
            result.append((line, number))
        }
        return result
    }

    private static let maximumLinesInATag = 40

    /// Whether a page's line ends in text, or in a tag inside text ("… each <b>essential</b>"), and the next starts in
    /// text: one paragraph, wrapped by its writer. A list item's line ending in text also runs on into a link
    /// ("<li>…and lead" / "<a href=…>the PSHE programme</a></li>").
    private static func runsOnInText(_ line: Substring, _ next: Substring) -> Bool {
        guard let first = next.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              line.utf8.contains(UInt8(ascii: "<")) || line.utf8.contains(UInt8(ascii: ">")) else { return false }
        let body = line.reversed().drop { $0 == " " || $0 == "\t" }
        if first == UInt8(ascii: "<") {
            // Only inside a list item left open: a paragraph's next line may start a button or a bold title.
            let tag = next.drop { $0 == " " || $0 == "\t" }.dropFirst()
            let lowered = line.lowercased()
            let itemLeftOpen = lowered.range(of: "<li", options: .backwards).map { open in
                lowered.range(of: "</li", options: .backwards).map { $0.lowerBound < open.lowerBound } ?? true
            } ?? false
            return itemLeftOpen && body.first != ">" && !body.isEmpty && tag.prefix { $0.isLetter }.lowercased() == "a"
        }
        guard body.first == ">" else { return !body.isEmpty }
        // The last tag closes bold, italics or a link inside the paragraph's text, not the paragraph.
        guard let open = line.lastIndex(of: "<") else { return false }
        let name = line[line.index(after: open)...].drop { $0 == "/" }.prefix { $0.isLetter }.lowercased()
        return HTMLFragmentReader.isInlineTag(name)
    }

    /// Whether the line ends after a tag's "<" and name but before its ">": `<span` or `<td width=132 valign=top`.
    /// Only a real tag counts (a name, then nothing or attributes), so "marks < 40" and "<a grade 4" do not.
    static func endsInsideATag(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard let open = bytes.lastIndex(of: UInt8(ascii: "<")) else { return false }
        let rest = line[open...]
        if rest.utf8.contains(UInt8(ascii: ">")) { return false }
        let afterOpen = rest.dropFirst()
        // Writers of HTML name their tags in lower case; "<ARE" or "<SCHOOL" in a JD's text is no tag.
        let name = afterOpen.drop { $0 == "/" }.prefix { !$0.isWhitespace }
        guard let first = name.first, first.isASCII, first.isLowercase, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) })
        else { return false }
        return HTMLFragmentReader.containsAnyTag(rest)
    }
}
