/// Finds, for each gold line, the item of the pipeline's reading that holds it.
///
/// A gold line is held by an item whose text is the same after case folding, white-space collapsing and the
/// removal of a leading bullet or number, or by an item that contains it (wrapped lines or table cells the reader
/// joined). Short lines must match exactly: "Essential" is contained in far too many criteria. Lines are looked for
/// from the previous line's item onwards, so repeated wording maps to the right copy.
public enum GoldLineAlignment {
    /// Shortest folded gold text that may be found inside a longer item.
    static let shortestContainedText = 16

    /// The index into `items` holding each gold line, or nil when no item holds it.
    public static func align(_ lines: [GoldFile.Line], to items: [Item]) -> [Int?] {
        let folded = items.map { fold($0.text) }
        var cursor = 0
        return lines.map { line in
            let text = fold(line.text)
            guard !text.isEmpty else { return nil }
            let order = Array(cursor..<folded.count) + Array(0..<cursor)
            let found = order.first { folded[$0] == text }
                ?? (text.count >= shortestContainedText ? order.first { folded[$0].contains(text) } : nil)
            if let found { cursor = found }
            return found
        }
    }

    /// Text as compared: lower case, typographic quotes and dashes made plain, runs of white space as one space,
    /// no hyphen between two letters ("whole- school" and "be- haviour": an annotator joined a line broken at a
    /// hyphen, which the reader keeps in a compound and drops in a word a typesetter broke), and a leading bullet or
    /// list number and a closing priority mark dropped.
    private static func endsWithWordHyphen(_ text: String) -> Bool {
        guard text.last == "-" else { return false }
        return text.dropLast().last?.isLetter == true
    }

    public static func fold(_ text: String) -> String {
        var plain = ""
        plain.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !plain.isEmpty
                continue
            }
            if Self.endsWithWordHyphen(plain) {
                if character.isLetter { plain.removeLast() }
            } else if pendingSpace {
                plain.append(" ")
            }
            pendingSpace = false
            switch character {
            case "\u{2018}", "\u{2019}", "\u{2032}": plain.append("'")
            case "\u{201C}", "\u{201D}": plain.append("\"")
            case "\u{2013}", "\u{2014}": plain.append("-")
            default: plain.append(character)
            }
        }
        return droppingPriorityMark(droppingListMarker(plain))
    }

    /// The text without a priority mark at its end ("… key stages – E", "… (D)"): the reader records the mark as
    /// the criterion's priority, while an annotator may keep it in the line's text.
    private static func droppingPriorityMark(_ text: String) -> String {
        for mark in [" - e", " - d", " (e)", " (d)", " - essential", " - desirable"] where text.hasSuffix(mark) {
            return String(text.dropLast(mark.count))
        }
        return text
    }

    /// Bullet characters a JD may put before a line.
    private static let bullets: Set<Character> = ["·", "•", "-", "*", "o", "▪", "\u{F0B7}", "\u{F0A7}", "➢", "✓", "–", "◦", "■", "□", "►", ">"]

    private static func droppingListMarker(_ text: String) -> String {
        let characters = Array(text)
        guard let space = characters.firstIndex(of: " "), space > 0 else { return text }
        let marker = characters[..<space]
        let isBullet = marker.count == 1 && bullets.contains(marker[marker.startIndex])
        let isNumber = marker.count <= 8 && marker.contains { $0.isNumber }
            && marker.allSatisfy { $0.isNumber || ".)(".contains($0) }
        let label = marker.drop { $0 == "(" }.dropLast()
        let isLetter = (marker.last == ")" || marker.last == ".")
            && ((label.count == 1 && label.allSatisfy(\.isLetter)) || (!label.isEmpty && label.count <= 4 && label.allSatisfy { "ivx".contains($0) }))
        return isBullet || isNumber || isLetter ? String(characters[(space + 1)...]) : text
    }
}
