/// Finds facts about the post (title, grade, line manager, organisation, review dates) and marks their lines as metadata.
///
/// Three layouts are read: "Label: value" on one line; "Label:" with the value on the next line; and a row of
/// labels followed by a row of values, as a Word table saved as text gives ("Role", "Grade", "Reports to", then
/// "Head of Year", "MPS/UPS", "SLT"). An organisation's name standing alone at the top ("Illuminate Minds Trust")
/// is the organisation, and the same name repeated later (a second page's letterhead) is metadata too.
struct MetadataExtraction: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        var drafts = state.drafts
        var metadata = state.metadata
        for index in drafts.indices.prefix(2) where drafts[index].kind == nil && Self.isOrganisationName(drafts[index]) {
            drafts[index].decide(.metadata, because: "an organisation's name standing alone at the top")
            metadata.organisation = drafts[index].text
            break
        }
        var index = 0
        while index < drafts.count {
            guard drafts[index].kind == nil, drafts[index].marker == .none || Self.isBulletedDetail(drafts[index]) else {
                index += 1
                continue
            }
            let text = drafts[index].text
            if let organisation = metadata.organisation, text.lowercased() == organisation.lowercased() {
                drafts[index].decide(.metadata, because: "the organisation's name again")
                index += 1
            } else if let colon = Self.firstColon(in: text), let field = MetadataLabels.field(forLabel: String(text[..<colon])) {
                drafts[index].decide(.metadata, because: "a metadata label (\"\(text[..<colon])\")")
                let value = text[text.index(after: colon)...].trimmingSpacesAndTabs()
                if value.isEmpty {
                    index = claimValueLines(after: index, for: field, in: &drafts, metadata: &metadata)
                } else {
                    Self.record(String(value), as: field, in: &metadata)
                    index += 1
                }
            } else if let field = Self.labelCellBesideItsValue(at: index, in: drafts) {
                // "Salary | MPS/UPS + TLR" or "Salary<TAB>MPS/UPS": a two-column table's label cell needs no colon.
                drafts[index].decide(.metadata, because: "a metadata label (\"\(text)\") beside its value")
                drafts[index + 1].decide(.metadata, because: "the value beside a metadata label")
                Self.record(drafts[index + 1].text, as: field, in: &metadata)
                index += 2
            } else {
                index = claimLabelRow(at: index, in: &drafts, metadata: &metadata)
            }
        }
        for index in drafts.indices where drafts[index].kind == nil && Self.isUnlistedDetail(at: index, in: drafts) {
            drafts[index].decide(.metadata, because: "a \"Label: value\" line among the post's details")
        }
        state.drafts = drafts
        state.metadata = metadata
    }

    /// Whether a "Label: value" line whose label is not a known one sits among the post's details ("Timetable: 70%
    /// teaching" between "Key contacts:" and "DBS level:"): the line above is a detail in the same list, and the line
    /// below is one too or the list ends. A label of a few words that opens no duty, and a value that names or counts.
    static func isUnlistedDetail(at index: Int, in drafts: [Draft]) -> Bool {
        let draft = drafts[index]
        guard index > 0, drafts[index - 1].kind == .metadata, !draft.blankBefore, draft.marker == drafts[index - 1].marker,
              draft.marker != .number, draft.cell == nil, let colon = firstColon(in: draft.text) else { return false }
        let label = TextShape(String(draft.text[..<colon]))
        let value = String(draft.text[draft.text.index(after: colon)...].trimmingSpacesAndTabs())
        // A value is a name or a figure, not a sentence ("Job purpose: The postholder will lead…", "Security: Opens
        // and locks the building…"), and a label with a priority names a criterion ("Essential qualification: QTS").
        let valueShape = TextShape(value)
        guard (1...5).contains(label.wordCount), label.startsCapitalised, !label.opensWithADutyVerb,
              !label.words.contains(where: { CriterionTerms.priority(String($0)) != nil }),
              let first = value.first, first.isUppercase || first.isNumber || first == "£" || value.contains(where: \.isNumber),
              valueShape.wordCount <= 8, !valueShape.endsWithSentencePunctuation, !valueShape.opensWithADutyVerb
        else { return false }
        guard drafts.indices.contains(index + 1) else { return true }
        let below = drafts[index + 1]
        return below.kind == .metadata || below.blankBefore || below.marker != draft.marker
    }

    /// Whether a bulleted line gives one of the post's details ("- **Post title:** Head of Computing", as Markdown
    /// writers set a details block): a known label and a value that names or counts something, not a duty in lower
    /// case ("Responsible for: leading the department's…").
    static func isBulletedDetail(_ draft: Draft) -> Bool {
        guard draft.marker == .bullet, let colon = firstColon(in: draft.text),
              MetadataLabels.field(forLabel: String(draft.text[..<colon])) != nil else { return false }
        let value = TextShape(String(draft.text[draft.text.index(after: colon)...].trimmingSpacesAndTabs()))
        guard let first = value.text.first, first.isUppercase || first.isNumber || first == "£" else { return false }
        return !HeadingDetection.opensADuty(value)
    }

    /// The field a label names when it is the first cell of a row whose next cell, on the same line, is its value.
    private static func labelCellBesideItsValue(at index: Int, in drafts: [Draft]) -> MetadataField? {
        let label = drafts[index]
        guard !label.startsCell, label.cell == nil, drafts.indices.contains(index + 1) else { return nil }
        let value = drafts[index + 1]
        guard value.startsCell, value.kind == nil, value.line == label.line, value.cell == nil else { return nil }
        // "Pupils | Promote high standards of behaviour": a duties table's area beside a duty.
        guard !HeadingDetection.opensADuty(TextShape(value.text)) else { return nil }
        return MetadataLabels.field(forLabel: label.text)
    }

    /// After "Label:" alone, the next line is the value; a value ending with a comma goes on to the line after.
    private func claimValueLines(after labelIndex: Int, for field: MetadataField, in drafts: inout [Draft],
                                 metadata: inout JobMetadata) -> Int {
        var index = labelIndex + 1
        var values: [String] = []
        while index < drafts.count, Self.canBeValue(drafts[index]) {
            drafts[index].decide(.metadata, because: "the value after a metadata label")
            values.append(drafts[index].text)
            index += 1
            guard values.last?.hasSuffix(",") == true else { break }
        }
        if !values.isEmpty {
            Self.record(values.joined(separator: " "), as: field, in: &metadata)
        }
        return index
    }

    /// A run of labels without colons followed by as many values: the cells of a label row and a value row.
    /// A single label counts only inside a .docx table row whose next cell is its value, or alone over its value.
    /// Returns where to go on: after the values, or after the run of labels when they have no values.
    private func claimLabelRow(at start: Int, in drafts: inout [Draft], metadata: inout JobMetadata) -> Int {
        var fields: [MetadataField] = []
        var index = start
        while index < drafts.count, drafts[index].kind == nil, drafts[index].marker == .none,
              let field = MetadataLabels.field(forLabel: drafts[index].text), TextShape(drafts[index].text).wordCount <= 4 {
            fields.append(field)
            index += 1
        }
        let afterLabels = max(index, start + 1)
        guard !fields.isEmpty, index + fields.count <= drafts.count else { return afterLabels }
        if fields.count == 1, !Self.isLoneLabelOverItsValue(drafts[start], drafts[index]) {
            guard let cell = drafts[start].cell, let next = drafts[index].cell,
                  next.table == cell.table, next.row == cell.row else { return afterLabels }
        }
        let valueRange = index..<(index + fields.count)
        guard valueRange.allSatisfy({ Self.canBeValue(drafts[$0]) }) else { return afterLabels }
        // A duty as a value is left to the duties: alone, its label names the area it opens; in a row of the post's
        // details ("Post | Reports to | Line management" over "Head of Science | Deputy Head | Line manage six…"),
        // the other cells are still the post's details.
        let duties = valueRange.filter { Self.isADutySentence(drafts[$0]) }
        guard fields.count > 1 ? duties.count < fields.count : duties.isEmpty else { return afterLabels }
        for draftIndex in start..<valueRange.upperBound where !duties.contains(draftIndex) {
            drafts[draftIndex].decide(.metadata, because: "a row of metadata labels and the row of their values")
        }
        guard fields.count == 1 else {
            for (field, valueIndex) in zip(fields, valueRange) where !duties.contains(valueIndex) {
                Self.record(drafts[valueIndex].text, as: field, in: &metadata)
            }
            return valueRange.upperBound
        }
        // A lone label's value may run on over a few lines below it, as a converter wrapped the cell; a line opening a
        // duty is the duties' start, not more of the value.
        var values = [drafts[valueRange.lowerBound].text]
        var end = valueRange.upperBound
        while end < drafts.count, end - valueRange.lowerBound < 4, Self.canBeValue(drafts[end]), !drafts[end].blankBefore,
              drafts[end].line == drafts[end - 1].line + 1, Self.runsOn(values[values.count - 1], into: drafts[end].text),
              !HeadingDetection.opensADuty(TextShape(drafts[end].text)) {
            drafts[end].decide(.metadata, because: "the value of a metadata label, wrapped")
            values.append(drafts[end].text)
            end += 1
        }
        Self.record(values.joined(separator: " "), as: fields[0], in: &metadata)
        return end
    }

    /// Whether a wrapped value goes on into the next line: the value leaves a bracket open, or the next line starts in
    /// lower case, or both run on as one list ("…; Attendance" / "Officer; Inclusion Centre Manager;"). A capitalised
    /// line that does not carry the list on may be the next part's title ("Person specification").
    private static func runsOn(_ value: String, into next: String) -> Bool {
        if value.filter({ $0 == "(" }).count > value.filter({ $0 == ")" }).count { return true }
        if next.first?.isLowercase == true { return true }
        return next.contains(";") || next.last == ","
    }

    /// "Line Manager" over "Headteacher", a two-column table saved one cell per line: the label alone on its line and
    /// a value of a few words under it, neither a sentence nor a duty nor a title in capitals.
    private static func isLoneLabelOverItsValue(_ label: Draft, _ value: Draft) -> Bool {
        let shape = TextShape(value.text)
        // A list of posts or names ("Heads of Year 7 to 11; Attendance Officer;") may be longer than a title.
        let longest = value.text.contains(";") ? 16 : 6
        return label.cell == nil && value.cell == nil && !value.blankBefore && value.line == label.line + 1
            && (1...longest).contains(shape.wordCount) && !(shape.endsWithSentencePunctuation && value.text.last != ";")
            && !shape.endsWithColon
            && !HeadingDetection.opensADuty(shape) && !(shape.isAllCaps && shape.wordCount > 2)
    }

    private static func canBeValue(_ draft: Draft) -> Bool {
        draft.kind == nil && draft.marker == .none && draft.headingLevel == nil
            && MetadataLabels.field(forLabel: draft.text) == nil
            && !(draft.text.hasSuffix(":") && TextShape(draft.text).wordCount <= 6)
    }

    /// "Line management | Line manage the subject leaders for English, …, holding fortnightly meetings.": beside a
    /// label that names a detail, a sentence opening with a duty verb is the first duty of that area, not the detail.
    private static func isADutySentence(_ draft: Draft) -> Bool {
        let shape = TextShape(draft.text)
        return shape.endsWithSentencePunctuation && HeadingDetection.opensADuty(shape)
    }

    /// `text.firstIndex(of: ":")`, found among the bytes when the first colon byte is a character of its own.
    private static func firstColon(in text: String) -> String.Index? {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: 0x3A) else { return nil }
        let before = colon > bytes.startIndex ? bytes[bytes.index(before: colon)] : 0x20
        let after = bytes.index(after: colon) < bytes.endIndex ? bytes[bytes.index(after: colon)] : 0x20
        return before < 0x80 && after < 0x80 ? colon : text.firstIndex(of: ":")
    }

    /// Keeps the first value stated for each field.
    static func record(_ value: String, as field: MetadataField, in metadata: inout JobMetadata) {
        switch field {
        case .postTitle: metadata.postTitle = metadata.postTitle ?? value
        case .grade: metadata.grade = metadata.grade ?? value
        case .responsibleTo: metadata.responsibleTo = metadata.responsibleTo ?? value
        case .responsibleFor: metadata.responsibleFor = metadata.responsibleFor ?? value
        case .organisation: metadata.organisation = metadata.organisation ?? value
        case .lastReviewed:
            metadata.lastReviewed = metadata.lastReviewed ?? ReviewDate(text: value, date: ReviewDateParser.isoDate(value))
        case .nextReview:
            metadata.nextReview = metadata.nextReview ?? ReviewDate(text: value, date: ReviewDateParser.isoDate(value))
        case .unrecorded: break
        }
    }

    /// A short line naming a trust, school or academy, with no punctuation of a sentence or label.
    static func isOrganisationName(_ draft: Draft) -> Bool {
        // "Inclusion Lead – Parkview School" names the post beside the school: a title, not the organisation.
        guard PostTitleFromHeading.title(of: draft.text) == nil else { return false }
        let shape = TextShape(draft.text)
        guard draft.marker == .none, (1...8).contains(shape.wordCount), !shape.endsWithSentencePunctuation,
              !shape.endsWithColon, !shape.containsAny(MetadataLabels.notOrganisationWords),
              let last = shape.words.last?.lowercased() else { return false }
        return MetadataLabels.organisationNouns.contains(last) && shape.titleCaseRatio >= 0.99
    }
}
