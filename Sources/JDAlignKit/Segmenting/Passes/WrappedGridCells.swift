/// Criteria wrapped inside the grids of person specifications typed or converted to text, where a wrapped cell
/// becomes a line or a row of its own.
extension WrappedLineJoining {
    /// The cell of the row above that `draft` carries on, when `draft` is the only cell of its row and starts in lower
    /// case: whoever typed the table wrapped the first cell's text onto a row of its own ("| conversations | | | |").
    static func cellCarriedOnByRow(_ draft: Draft, next: Draft?, in joined: [Draft]) -> Int? {
        guard draft.kind == nil, let cell = draft.cell, cell.row > 0, draft.marker == .none,
              draft.text.first?.isLetter == true, draft.text.first?.isLowercase == true else { return nil }
        if let next, let nextCell = next.cell, nextCell.table == cell.table, nextCell.row == cell.row { return nil }
        guard let target = joined.lastIndex(where: {
            $0.cell?.table == cell.table && $0.cell?.row == cell.row - 1 && $0.cell?.column == cell.column
        }), joined[target].kind == nil, let last = joined[target].text.last, !".;:!?".contains(last) else { return nil }
        return target
    }

    /// The criterion that `draft` carries on in a grid read one cell per line (a criterion, then "E", then "I"):
    /// a line between a criterion and its codes is the rest of the criterion ("…your duties under Keeping" /
    /// "Children Safe in Education" / "E"). Only inside such a grid (the line before the criterion is a code), and
    /// only after a line long enough to have wrapped: a category's name ("Experience") comes between codes too.
    static func criterionCarriedOnBeforeItsCodes(_ draft: Draft, next: Draft?, in joined: [Draft]) -> Int? {
        // The cheap tests first: this is asked of every line, and codes are short.
        // A cell beside another on its line ("The self-improving school system | A record of …") is no wrapped line.
        guard draft.kind == nil, draft.cell == nil, !draft.startsCell, draft.marker == .none, draft.headingLevel == nil, !draft.blankBefore,
              let next, !next.blankBefore, next.text.utf8.count <= longestCode, let last = joined.indices.last, last >= 1,
              joined[last - 1].text.utf8.count <= longestCode, isGridCode(next.text), isGridCode(joined[last - 1].text),
              !isGridCode(draft.text), joined[last].kind == nil, joined[last].cell == nil,
              joined[last].headingLevel == nil, joined[last].text.count >= 30, !isGridCode(joined[last].text),
              let end = joined[last].text.last, !".;:!?".contains(end) else { return nil }
        return last
    }

    /// Longer than any priority, stage list or tick a grid's cell holds, in bytes.
    static let longestCode = 60

    /// A grid's priority ("E", "Essential"), assessment stage ("I", "Application / Interview") or tick.
    static func isGridCode(_ text: String) -> Bool {
        CriterionTerms.priority(text) != nil || CriterionTerms.isTick(text) || CriterionTerms.isCodeCell(text)
            || CriterionTerms.assessment(text) != nil
    }
}
