/// Splits a two-column table row flattened onto one line, "Strategic Planning / To lead the writing of…", into its
/// label cell and its text cell, so the label can head a section and the text be read as a duty.
///
/// Only a short, title-like label followed by text that reads as its own sentence is split: "parents / carers" and
/// "SEN / EAL" inside a duty are not rows.
struct LabelCellSplitting: SegmentationPass {
    /// Longest label, in words.
    static let longestLabel = 5
    /// Shortest text after the label, in words.
    static let shortestText = 3

    func run(_ state: inout SegmentationState) {
        var drafts: [Draft] = []
        drafts.reserveCapacity(state.drafts.count)
        var sawLabelRow = false
        for draft in state.drafts {
            // "/ Write the faculty plan…" under "Strategic leadership / Set a direction…": the row's label cell was
            // empty, and its text is another entry under the label above.
            // After a lead-in ("… are expected to:") or an item ending in ";", the entries run on in lower case.
            let afterALeadIn = drafts.last.map { $0.text.hasSuffix(":") || $0.text.hasSuffix(";") } ?? false
            if sawLabelRow, draft.cell == nil, let text = Self.textAfterAnEmptyLabel(draft.text, afterALeadIn: afterALeadIn) {
                var textDraft = draft
                textDraft.text = text
                textDraft.startsCell = true
                textDraft.followsLabelCell = true
                drafts.append(textDraft)
                continue
            }
            // A real table cell ("DSL / Deputy DSL training" in a grid) is one cell already.
            guard draft.cell == nil, let (label, text) = Self.cells(of: draft.text) else {
                // A blank line ends the flattened table: a "/ …" line after it has no label row above it.
                if draft.blankBefore { sawLabelRow = false }
                drafts.append(draft)
                continue
            }
            sawLabelRow = true
            var labelDraft = draft
            labelDraft.text = label
            labelDraft.isLabelCell = true
            var textDraft = draft
            textDraft.text = text
            textDraft.blankBefore = false
            textDraft.startsCell = true
            textDraft.followsLabelCell = true
            drafts += [labelDraft, textDraft]
        }
        state.drafts = drafts
    }

    /// The text of a row whose label cell is empty ("/ Keep up to date with…"), or nil when the line is not one. In
    /// lower case only after a lead-in: elsewhere "/ carers and…" is a line wrapped inside "parents / carers".
    static func textAfterAnEmptyLabel(_ line: String, afterALeadIn: Bool = false) -> String? {
        guard line.hasPrefix("/ ") else { return nil }
        let text = line.dropFirst(2).trimmingSpacesAndTabs()
        guard text.split(separator: " ").count >= shortestText,
              text.first?.isUppercase == true || text.first?.isNumber == true || (afterALeadIn && text.first?.isLowercase == true)
        else { return nil }
        return String(text)
    }

    /// The label and text of a "Label / text" line, or nil when the line is not such a row.
    static func cells(of line: String) -> (String, String)? {
        guard let separator = line.range(of: " / ") else { return nil }
        let label = line[..<separator.lowerBound].trimmingSpacesAndTabs()
        let text = line[separator.upperBound...].trimmingSpacesAndTabs()
        let labelWords = label.split(separator: " ")
        let textWords = text.split(separator: " ")
        guard (1...longestLabel).contains(labelWords.count), textWords.count >= shortestText,
              !label.includes("/"), label.first?.isUppercase == true,
              text.first.map({ $0.isUppercase || $0.isNumber || MarkerStripping.glyphBullets.contains($0) }) == true,
              labelWords.first?.first?.isUppercase == true
        else { return nil }
        // A label never ends a sentence; "Lead the team / Plan the rota" is two duties, not a row.
        if let last = label.last, ".;!?".contains(last) { return nil }
        return (String(label), String(text))
    }
}
