/// The priority a criterion states at the end of its own line, where the writer set no column for it.
extension CriterionTerms {
    /// The priority a criterion's own line closes with, set apart by a dash or in brackets: "… KCSIE – Essential",
    /// "… (E)", "… [D]", "… *(E)*", "… (desirable)". The line keeps its text as written.
    static func closingPriority(_ text: String) -> CriterionAttributes.Priority? {
        var tail = Substring(text)
        while let last = tail.last, last == " " || last == "*" || last == "." { tail = tail.dropLast() }
        if tail.last == ")" || tail.last == "]" {
            let opening: Character = tail.last == ")" ? "(" : "["
            // "… paragraph 4(d)" refers to a clause: a priority's bracket stands apart from the words before it.
            guard let open = tail.lastIndex(of: opening), open == tail.startIndex || " *_".contains(tail[tail.index(before: open)])
            else { return nil }
            return priority(String(tail[tail.index(after: open)..<tail.index(before: tail.endIndex)]))
        }
        guard let space = tail.lastIndex(of: " ") else { return nil }
        let before = tail[..<space].trimmingSpacesAndTabs()
        guard let dash = before.last, dash == "-" || dash == "\u{2013}" || dash == "\u{2014}" else { return nil }
        return priority(String(tail[tail.index(after: space)...]))
    }

    /// Whether a line states a priority in brackets anywhere on it: "… warmth (D) I/R", "[E] Knowledge of …", where
    /// the assessment codes follow the priority or it opens the line.
    static func bracketsAPriority(_ text: String) -> Bool {
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "(" || $0 == "[" }) {
            let closing: Character = rest[open] == "(" ? ")" : "]"
            let inside = rest[rest.index(after: open)...]
            guard let close = inside.firstIndex(of: closing) else { return false }
            if priority(String(inside[..<close])) != nil { return true }
            rest = inside[inside.index(after: close)...]
        }
        return false
    }
}
