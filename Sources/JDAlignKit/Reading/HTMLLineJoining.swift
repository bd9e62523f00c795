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
            if !wrapsFreely, let carriedOn = linesCarryingOnAnElement(openedIn: line, following: physical[index...]) {
                for part in physical[index...].prefix(carriedOn) {
                    line = Substring(String(line) + " " + part.drop { $0 == " " || $0 == "\t" })
                }
                index += carriedOn
            }
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

    /// The elements whose text a writer's wrapping may break over lines; an end tag closes each.
    private static let elementsHoldingText: Set<String> = ["li", "p", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6"]

    /// How far to look for the end tag of an element a line leaves open: a wrapped list item or cell is a few lines.
    private static let linesToAnElementsEnd = 12

    /// How many of the lines after `line` carry on the list item, paragraph or cell it opens and leaves open, up to
    /// and including the line holding its end tag (`<li>Make sure that RE is taught for at least ten` / `per cent of
    /// curriculum time.</li>`): in a piece of HTML every line break is a space. Nil when the end tag does not come
    /// within a few lines, or a blank line or another element comes first, as where a writer never closes an item. A
    /// line opening with a bullet or a number is a list's next item, not wrapped text: a stray `<p>` over a text JD's
    /// or a Markdown list's lines (`<p>The post holder will:` / `- support pupils…` / `</p>`) does not make them one.
    static func linesCarryingOnAnElement(openedIn line: Substring, following: ArraySlice<Substring>) -> Int? {
        guard line.utf8.contains(UInt8(ascii: "<")), let name = elementLeftOpen(in: line) else { return nil }
        for (offset, next) in following.prefix(linesToAnElementsEnd).enumerated() {
            if PlainTextReader.isBlank(next) || MarkerStripping.strip(next.trimmingSpacesAndTabs()).0 != .none { return nil }
            let tags = HTMLFragmentReader.tags(in: next)
            if let end = tags.firstIndex(where: { $0.closing && $0.name == name }) {
                return tags[..<end].contains { !$0.closing && !HTMLFragmentReader.isInlineTag($0.name) } ? nil : offset + 1
            }
            if tags.contains(where: { !HTMLFragmentReader.isInlineTag($0.name) }) { return nil }
        }
        return nil
    }

    /// The last element holding text that the line opens and does not close.
    private static func elementLeftOpen(in line: Substring) -> String? {
        var open: String?
        for tag in HTMLFragmentReader.tags(in: line) where elementsHoldingText.contains(tag.name) {
            if !tag.closing { open = tag.name } else if tag.name == open { open = nil }
        }
        return open
    }

    /// Whether a page's line ends in text, or in a tag inside text ("… each <b>essential</b>"), and the next starts in
    /// text: one paragraph, wrapped by its writer. A list item's line ending in text also runs on into a link
    /// ("<li>…and lead" / "<a href=…>the PSHE programme</a></li>").
    private static func runsOnInText(_ line: Substring, _ next: Substring) -> Bool {
        guard let first = next.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        // A line of text alone, inside a cell or paragraph opened above it ("<td>" / "Plan intervention for students
        // who fall behind," / "including mentoring.<br>"), runs on as any other: in a page a line break is a space.
        guard line.utf8.contains(UInt8(ascii: "<")) || line.utf8.contains(UInt8(ascii: ">")) else {
            return first != UInt8(ascii: "<") && line.utf8.contains { $0 != 0x20 && $0 != 0x09 }
        }
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
