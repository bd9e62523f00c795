import Foundation

/// Reads the HTML that Markdown and text JDs carry (lists inside table cells, `<br>` between criteria, whole HTML
/// tables) as structure: one piece of text per list item, line break or paragraph, with its table cell when it is
/// inside an HTML table. Tags are never kept as text.
///
/// State runs across lines, because an HTML table or list is often written over several.
struct HTMLFragmentReader {
    /// One piece of text and where it sits.
    struct Fragment: Equatable {
        /// The text, tags removed and spaces collapsed.
        var text: String
        /// Whether it was a list item (`<li>`).
        var isListItem: Bool
        /// Its cell, when inside an HTML table.
        var cell: TableCellPosition?
        /// Its level, when it is a heading (`<h1>` to `<h6>`).
        var headingLevel: Int? = nil
    }

    /// Tags after which a new piece of text starts.
    private static let breakingTags = Set([
        "br", "li", "p", "div", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "tbody", "thead",
        "html", "body", "main", "header", "section", "article", "blockquote", "dl", "dt", "dd", "hr", "caption", "tfoot",
    ]).union(furnitureTags)

    /// Parts of a saved web page around the document: the site's navigation, footer and side boxes ("Similar jobs"),
    /// the page's head, scripts and styles. Their text is the site's, not the JD's, and is left out.
    private static let furnitureTags: Set<String> = ["head", "nav", "footer", "aside", "script", "style", "noscript"]

    /// Tags inside a piece of text that mark a line as HTML too: a link alone on its line (`<a href…>See all
    /// jobs</a>`) is as much markup as a bold label.
    private static let inlineTags: Set<String> = ["strong", "b", "em", "i", "span", "a", "u", "small", "sup", "sub", "font", "button"]

    /// The most words a menu's link has ("Ofsted and performance", "Headteacher's welcome").
    private static let longestMenuLink = 5

    /// Whether a tag marks text inside a paragraph (bold, a link) rather than starting a piece of its own.
    static func isInlineTag(_ name: String) -> Bool { inlineTags.contains(name) }

    private var tables: [(index: Int, row: Int, column: Int)] = []
    /// How many furniture elements the text is inside.
    private var furnitureDepth = 0
    /// Whether the text is a whole web page (it has `<html>`, `<head>` or `<body>`), whose furniture runs until its
    /// closing tag, over blank lines; in a JD that only carries some HTML and never closes it, it ends with its
    /// block, as in Markdown.
    private(set) var isWholePage = false
    private let furnitureEndsAtBlankLines: Bool
    /// The level of the heading the text is inside.
    private var headingLevel: Int?
    private var tableCount: Int
    private var inListItem = false
    /// Whether the page's content (`<main>`, `<article>`) has opened: a `<header>` before it is the site's banner.
    private var inContent = false
    /// For each `<header>` open, whether it was counted as furniture.
    private var headersAsFurniture: [Bool] = []
    /// Whether the text is inside a link (`<a href…>`) opened in the current piece of text.
    private var inLink = false
    /// Whether the list item open has given no text yet: its first piece is what a menu's link would be.
    private var itemHasNoTextYet = false

    /// Whether the page marks its content (`<main>`, `<article>`), so that a `<header>` before it is the site's.
    private let marksItsContent: Bool

    /// Starts reading; `firstTable` numbers HTML tables after the Markdown ones already read.
    init(firstTable: Int = 0, furnitureEndsAtBlankLines: Bool = true, marksItsContent: Bool = false) {
        tableCount = firstTable
        self.furnitureEndsAtBlankLines = furnitureEndsAtBlankLines
        self.marksItsContent = marksItsContent
    }

    /// What the whole text says about its markup, from one lower-cased copy: whether it closes furniture anywhere
    /// (`</aside>`, `</nav>`, `</footer>`: its writer closes what it opens, so an element spans blank lines to its
    /// closing tag), whether it marks a page's content with `<main>` or `<article>`, and whether it is a whole web
    /// page whose line breaks are only spaces (it opens `<html>` or `<body>` or declares its type, and keeps no line
    /// breaks with `<pre>` or `white-space: pre…`).
    static func pageTraits(of text: String) -> (closesFurniture: Bool, marksContent: Bool, wrapsFreely: Bool) {
        guard text.includes("<") else { return (false, false, false) }
        let lowered = text.lowercased()
        let isWholePage = ["<html", "<body", "<!doctype"].contains { lowered.includes($0) }
        let keepsLineBreaks = ["<pre", "white-space: pre", "white-space:pre"].contains { lowered.includes($0) }
        return (["</aside", "</nav", "</footer"].contains { lowered.includes($0) },
                lowered.includes("<main") || lowered.includes("<article"), isWholePage && !keepsLineBreaks)
    }

    /// Whether the line belongs to the markup rather than the text: it holds markup, or it stands inside the page's
    /// furniture, or it is a line of a whole web page with any tag at all (`<meta …>`, `<a href…>`).
    func readsAsMarkup(_ line: Substring) -> Bool {
        furnitureDepth > 0 || Self.containsMarkup(line) || (isWholePage && Self.containsAnyTag(line))
    }

    /// Whether the line holds a tag of any name, opening or closing.
    static func containsAnyTag(_ line: Substring) -> Bool {
        guard line.utf8.contains(UInt8(ascii: "<")) else { return false }
        var found = false
        visitTags(in: line) { _ in
            found = true
            return false
        }
        return found
    }

    /// Whether the text is inside a table left open: a line there without a tag is still a cell's HTML text.
    var isInsideATable: Bool { !tables.isEmpty }

    /// How many tables have been opened so far.
    var tablesSeen: Int { tableCount }

    /// The tags in a line, in order, each by its lower-case name and whether it closes an element.
    static func tags(in line: Substring) -> [(name: String, closing: Bool)] {
        var found: [(name: String, closing: Bool)] = []
        visitTags(in: line) { tag in
            found.append(tag)
            return true
        }
        return found
    }

    /// Calls `visit` with each tag in the line, in order, while it returns true.
    private static func visitTags(in line: Substring, _ visit: ((name: String, closing: Bool)) -> Bool) {
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "<") {
            let afterOpen = line[line.index(after: open)...]
            let closing = afterOpen.first == "/"
            let name = tagName(in: closing ? afterOpen.dropFirst() : afterOpen)
            if !name.isEmpty, !visit((name, closing)) { return }
            index = line.index(after: open)
        }
    }

    /// Whether a line holds a tag this reader understands: only then is it read as HTML.
    static func containsMarkup(_ line: Substring) -> Bool {
        guard line.utf8.contains(UInt8(ascii: "<")) else { return false }
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "<") {
            // A closing tag alone on its line ("</table>") is markup too.
            let afterOpen = line[line.index(after: open)...]
            let name = tagName(in: afterOpen.first == "/" ? afterOpen.dropFirst() : afterOpen)
            if breakingTags.contains(name) || inlineTags.contains(name) { return true }
            if afterOpen.prefix(8).lowercased() == "!doctype" { return true }
            index = line.index(after: open)
        }
        return false
    }

    /// A blank line: in Markdown it ends an HTML block, so an `<aside>` or `<nav>` left open there (a note a JD's
    /// writer typed, not a web page's side box) cannot hide the rest of the JD.
    mutating func endBlock() {
        if !isWholePage, furnitureEndsAtBlankLines { furnitureDepth = 0 }
    }

    /// The pieces of text in one line, in order.
    mutating func fragments(in line: Substring) -> [Fragment] {
        var fragments: [Fragment] = []
        var text = ""
        // A list item whose first piece is a few words, all one link's ("<li><a href="/contact">Contact us</a></li>"),
        // is a menu of the site's pages, wherever the page puts it; a duty or criterion is a sentence, linked or not.
        var wordsOutsideALink = false
        var wordsInALink = false
        func flush() {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            let collapsed = words.joined(separator: " ")
            let isMenuLink = isWholePage && inListItem && itemHasNoTextYet && wordsInALink && !wordsOutsideALink
                && words.count <= Self.longestMenuLink && !(collapsed.last.map { ".;:".contains($0) } ?? false)
            if !collapsed.isEmpty { itemHasNoTextYet = false }
            wordsOutsideALink = false
            wordsInALink = false
            inLink = false
            if !collapsed.isEmpty, furnitureDepth == 0, !isMenuLink {
                fragments.append(Fragment(text: Self.decodingEntities(collapsed), isListItem: inListItem,
                                          cell: tables.last.map { TableCellPosition(table: $0.index, row: $0.row, column: $0.column) },
                                          headingLevel: headingLevel))
            }
            text = ""
        }
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            // "<!DOCTYPE html>", "<!-- menu -->": a declaration or a comment holds no text of the JD.
            if character == "<", line[line.index(after: index)...].first == "!", let close = line[index...].firstIndex(of: ">") {
                index = line.index(after: close)
                continue
            }
            guard character == "<", let close = line[index...].firstIndex(of: ">") else {
                if character != " ", character != "\t" {
                    if inLink { wordsInALink = true } else { wordsOutsideALink = true }
                }
                text.append(character)
                index = line.index(after: index)
                continue
            }
            let inside = line[line.index(after: index)..<close]
            let closing = inside.first == "/"
            let name = Self.tagName(in: closing ? inside.dropFirst() : inside, closedAt: true)
            if Self.breakingTags.contains(name) {
                flush()
                if name == "html" || name == "head" || name == "body" { isWholePage = true }
                switch (name, closing) {
                // A definition list ("<dt>Salary</dt><dd>L12 – L18</dd>") is a table of labels and values: each term
                // opens a row and each description is a cell beside it.
                case ("table", false), ("dl", false):
                    tables.append((tableCount, -1, -1))
                    tableCount += 1
                case ("table", true), ("dl", true):
                    if !tables.isEmpty { tables.removeLast() }
                case ("tr", false):
                    if !tables.isEmpty { tables[tables.count - 1].row += 1; tables[tables.count - 1].column = -1 }
                case ("dt", false):
                    if !tables.isEmpty { tables[tables.count - 1].row += 1; tables[tables.count - 1].column = 0 }
                case ("td", false), ("th", false), ("dd", false):
                    if !tables.isEmpty { tables[tables.count - 1].column += 1 }
                case ("li", false):
                    inListItem = true
                    itemHasNoTextYet = true
                case ("li", true), ("ul", _), ("ol", _):
                    inListItem = false
                case ("h1", false) where headersAsFurniture.last == true:
                    // The post's title in the banner ("<header><h1>Deputy Headteacher</h1>…"): the banner is the JD's.
                    headersAsFurniture[headersAsFurniture.count - 1] = false
                    furnitureDepth = max(0, furnitureDepth - 1)
                    headingLevel = 1
                case let (heading, closing) where heading.count == 2 && heading.hasPrefix("h") && Int(heading.dropFirst()) != nil:
                    headingLevel = closing ? nil : Int(heading.dropFirst())
                case ("body", false), ("main", false):
                    // The page's content starts here, whatever was left open before it: an omitted "</head>", or a
                    // script whose "<" hid its closing tag, must not take the JD with it.
                    furnitureDepth = 0
                    headersAsFurniture.removeAll()
                    inContent = inContent || name == "main"
                case ("article", false):
                    inContent = true
                case ("header", false):
                    // A whole page's `<header>` before its marked content is the site's banner (strapline, telephone,
                    // search); inside `<main>` or an `<article>`, or on a page that marks no content, it holds the JD's
                    // own title.
                    let isFurniture = isWholePage && marksItsContent && !inContent
                    headersAsFurniture.append(isFurniture)
                    if isFurniture { furnitureDepth += 1 }
                case ("header", true):
                    if headersAsFurniture.popLast() == true { furnitureDepth = max(0, furnitureDepth - 1) }
                case let (furniture, closing) where Self.furnitureTags.contains(furniture) && inside.last != "/":
                    furnitureDepth = closing ? max(0, furnitureDepth - 1) : furnitureDepth + 1
                default:
                    break
                }
            } else if name.isEmpty {
                text.append(contentsOf: line[index...close])
                wordsOutsideALink = true
            } else if name == "a" {
                // An anchor without an address ("<a name=…>", "<a id=… />") is a place in the page, not a link.
                inLink = !closing && inside.last != "/" && inside.lowercased().includes("href")
            }
            index = line.index(after: close)
        }
        flush()
        return fragments
    }

    /// The lower-case tag name at the start of `text` ("li" of "li class='x'"); empty when it is not a tag name.
    /// `closedAt` says that `text` is the whole of what stands between "<" and ">". A tag's name is in lower case or
    /// in capitals and is followed by nothing, "/" or attributes (`name=value`): "<Head of Department>" and
    /// "<HEAD OF YEAR>" in a JD are placeholders, not a page's head.
    private static func tagName(in text: Substring, closedAt: Bool = false) -> String {
        let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !name.isEmpty, name == name.lowercased() || name == name.uppercased() else { return "" }
        let rest = text.dropFirst(name.count)
        if let next = rest.first, next != " ", next != "\t", next != "/", next != ">" { return "" }
        // Attributes are name=value pairs or HTML's attributes that stand alone ("<td nowrap>", "<table border>").
        let attributes = (closedAt ? rest : rest.prefix { $0 != ">" }).trimmingCharacters(in: .whitespaces)
        let standsAlone = attributes.lowercased().split(separator: " ").allSatisfy { booleanAttributes.contains(String($0)) }
        guard attributes.isEmpty || attributes == "/" || attributes.contains("=") || standsAlone else { return "" }
        return name.lowercased()
    }

    /// HTML attributes written without a value, as old pages and word processors write them.
    private static let booleanAttributes: Set<String> = ["nowrap", "border", "hidden", "compact", "noshade", "checked",
                                                          "selected", "disabled", "async", "defer", "open", "/"]

    /// The text with HTML's character references replaced: numeric ones (`&#10003;`, `&#x2019;`) and the named ones
    /// web pages and word processors write (`&rsquo;`, `&ndash;`, `&bull;`…). An unknown name is left as written.
    static func decodingEntities(_ text: String) -> String {
        guard text.includes("&") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";"),
                  let decoded = Self.character(forReference: rest[afterAmpersand..<semicolon]) else {
                result.append("&")
                rest = rest[afterAmpersand...]
                continue
            }
            result += decoded
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// The text a reference's name (between `&` and `;`) stands for, or nil when it is not one.
    private static func character(forReference name: Substring) -> String? {
        if name.first == "#" {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value > 0, let scalar = Unicode.Scalar(value) else { return nil }
            return value == 0xA0 ? " " : String(Character(scalar))
        }
        return namedReferences[String(name)]
    }

    /// The named references found in JDs saved from web pages and word processors.
    private static let namedReferences: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}",
        "pound": "\u{00A3}", "euro": "\u{20AC}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
        "shy": "", "zwnj": "", "zwj": "", "ensp": " ", "emsp": " ", "thinsp": " ", "frac12": "\u{00BD}",
        "eacute": "\u{00E9}", "egrave": "\u{00E8}", "aacute": "\u{00E1}", "agrave": "\u{00E0}", "ccedil": "\u{00E7}",
        "ouml": "\u{00F6}", "uuml": "\u{00FC}", "auml": "\u{00E4}", "iuml": "\u{00EF}", "ecirc": "\u{00EA}",
        "check": "\u{2713}", "rarr": "\u{2192}", "larr": "\u{2190}", "deg": "\u{00B0}", "times": "\u{00D7}",
        "rsaquo": "\u{203A}", "lsaquo": "\u{2039}", "raquo": "\u{00BB}", "laquo": "\u{00AB}",
    ]
}
