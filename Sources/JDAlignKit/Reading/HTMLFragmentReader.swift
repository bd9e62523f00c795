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
    }

    /// Tags after which a new piece of text starts.
    private static let breakingTags: Set<String> = [
        "br", "li", "p", "div", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "tbody", "thead",
    ]

    private var tables: [(index: Int, row: Int, column: Int)] = []
    private var tableCount: Int
    private var inListItem = false

    /// Starts reading; `firstTable` numbers HTML tables after the Markdown ones already read.
    init(firstTable: Int = 0) {
        tableCount = firstTable
    }

    /// How many tables have been opened so far.
    var tablesSeen: Int { tableCount }

    /// Whether a line holds a tag this reader understands: only then is it read as HTML.
    static func containsMarkup(_ line: Substring) -> Bool {
        guard line.utf8.contains(UInt8(ascii: "<")) else { return false }
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "<") {
            // A closing tag alone on its line ("</table>") is markup too.
            let afterOpen = line[line.index(after: open)...]
            let name = tagName(in: afterOpen.first == "/" ? afterOpen.dropFirst() : afterOpen)
            if breakingTags.contains(name) || name == "strong" || name == "b" || name == "em" || name == "i" || name == "span" { return true }
            index = line.index(after: open)
        }
        return false
    }

    /// The pieces of text in one line, in order.
    mutating func fragments(in line: Substring) -> [Fragment] {
        var fragments: [Fragment] = []
        var text = ""
        func flush() {
            let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            if !collapsed.isEmpty {
                fragments.append(Fragment(text: Self.decodingEntities(collapsed), isListItem: inListItem,
                                          cell: tables.last.map { TableCellPosition(table: $0.index, row: $0.row, column: $0.column) }))
            }
            text = ""
        }
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            guard character == "<", let close = line[index...].firstIndex(of: ">") else {
                text.append(character)
                index = line.index(after: index)
                continue
            }
            let inside = line[line.index(after: index)..<close]
            let closing = inside.first == "/"
            let name = Self.tagName(in: closing ? inside.dropFirst() : inside)
            if Self.breakingTags.contains(name) {
                flush()
                switch (name, closing) {
                case ("table", false):
                    tables.append((tableCount, -1, -1))
                    tableCount += 1
                case ("table", true):
                    if !tables.isEmpty { tables.removeLast() }
                case ("tr", false):
                    if !tables.isEmpty { tables[tables.count - 1].row += 1; tables[tables.count - 1].column = -1 }
                case ("td", false), ("th", false):
                    if !tables.isEmpty { tables[tables.count - 1].column += 1 }
                case ("li", false):
                    inListItem = true
                case ("li", true), ("ul", _), ("ol", _):
                    inListItem = false
                default:
                    break
                }
            } else if name.isEmpty {
                text.append(contentsOf: line[index...close])
            }
            index = line.index(after: close)
        }
        flush()
        return fragments
    }

    /// The lower-case tag name at the start of `text` ("li" of "li class='x'"); empty when it is not a tag name.
    private static func tagName(in text: Substring) -> String {
        String(text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
    }

    private static func decodingEntities(_ text: String) -> String {
        guard text.includes("&") else { return text }
        return text.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
