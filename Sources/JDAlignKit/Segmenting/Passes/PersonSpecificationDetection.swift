/// Classifies the lines of a person specification: each criterion becomes a person-spec item, and the grid cells
/// that describe it ("Essential", "Desirable", "Application, Interview", a tick in an "Essential" column) become its
/// `criterion` attributes instead of items of their own.
///
/// Plain text gives the grid one cell per line, so an attribute belongs to the latest criterion in its section;
/// a .docx table gives cell positions, so an attribute belongs to the criterion in its row, and a criterion written
/// inside an "Essential" or "Desirable" column takes that column's priority.
struct PersonSpecificationDetection: SegmentationPass {
    private struct ColumnKey: Hashable {
        let table: Int
        let column: Int
    }

    private struct RowKey: Hashable {
        let table: Int
        let row: Int
    }

    func run(_ state: inout SegmentationState) {
        var drafts = state.drafts
        var priorityColumns: [ColumnKey: CriterionAttributes.Priority] = [:]
        var categoryColumns: Set<ColumnKey> = []
        var assessmentColumns: Set<ColumnKey> = []
        var criterionInRow: [RowKey: Int] = [:]
        var latestCriterion: Int?
        // "Essential:" over a list of criteria, then "Desirable:" over another: each list takes its title's priority,
        // until a heading that is no priority.
        var listPriority: CriterionAttributes.Priority?
        var absorbed = Set<Int>()
        for index in drafts.indices {
            let draft = drafts[index]
            let columnKey = draft.cell.map { ColumnKey(table: $0.table, column: $0.column) }
            if draft.kind == .heading {
                latestCriterion = nil
                if let columnKey {
                    Self.learnColumn(draft.text, columnKey, &priorityColumns, &assessmentColumns)
                    if Self.categoryColumnTitles.contains(draft.text.lowercased().trimming(charactersIn: " :")) {
                        categoryColumns.insert(columnKey)
                    }
                } else if !draft.startsCell {
                    listPriority = draft.zone == .personSpecification ? CriterionTerms.priority(draft.text) : nil
                }
                continue
            }
            guard draft.kind == nil, draft.zone == .personSpecification else { continue }
            // "Area | Essential | Desirable" with the criteria written inside the Essential and Desirable cells: the
            // first cell of a row names their area.
            if let columnKey, categoryColumns.contains(columnKey),
               Self.criteriaAreWrittenBeside(index, in: drafts, priorityColumns: priorityColumns) {
                drafts[index].decide(.heading, because: "names the area of the criteria written in the cells beside it")
                latestCriterion = nil
                continue
            }
            let rowKey = draft.cell.map { RowKey(table: $0.table, row: $0.row) }
            // A table cell describes the criterion of its own row only; plain text has no rows, only order.
            let owner: Int?
            if let rowKey { owner = criterionInRow[rowKey] } else { owner = latestCriterion }
            let columnPriority = columnKey.flatMap { priorityColumns[$0] }
            if CriterionTerms.describesTheAssessment(drafts[index].shape()) {
                drafts[index].decide(.other, because: "says how the criteria will be assessed")
                continue
            }
            if CriterionTerms.isNoteToCandidates(drafts[index].shape()) {
                drafts[index].decide(.other, because: "a note to candidates on applying, not a criterion")
                continue
            }
            if Self.tellsWhatTheSchoolOffers(drafts[index].shape()) {
                drafts[index].decide(.other, because: "says what the school offers the post holder, not a criterion")
                continue
            }
            if CriterionTerms.isCodeKey(draft.text) {
                drafts[index].decide(.other, because: "a key to the grid's codes (\"E = Essential\")")
                continue
            }
            // "Key to codes" alone over "E = Essential   D = Desirable" titles the key below it.
            if Self.titlesAKey(drafts[index].shape()), drafts.indices.contains(index + 1),
               CriterionTerms.isCodeKey(drafts[index + 1].text) {
                drafts[index].decide(.other, because: "titles the key to the grid's codes below it")
                continue
            }
            // "Clerk to Governors: …, Church Lane, Harnby. Tel 01734 556102": whom to write to, not a criterion; a
            // criterion citing guidance by its web address stays one.
            if DutyDetection.givesContactDetails(draft.text), !CriterionTerms.readsAsACriterion(drafts[index].shape()) {
                drafts[index].decide(.other, because: "gives an email, postal or web address or a telephone number: contact details, not a criterion")
                continue
            }
            // "PERSON SPECIFICATION" over "Assistant Headteacher (Curriculum and Assessment)": the post it is for.
            if let title = state.metadata.postTitle, draft.cell == nil, Self.repeatsThePostTitle(draft.text, title) {
                drafts[index].decide(.metadata, because: "repeats the post's title")
                continue
            }
            // "Share this page", "« Back to vacancies" after the criteria of a saved web page. ("Complete forms
            // accurately" or "Email and online communication" here are criteria: no call to candidates is looked for.)
            if draft.cell == nil, DutyDetection.controlsThePage(drafts[index].shape()) {
                drafts[index].decide(.other, because: "a control or link of the web page, not a criterion")
                continue
            }
            if DutyDetection.namesAPerson(drafts[index].shape()) {
                drafts[index].decide(.other, because: "names a person (a courtesy title and a name), not a criterion")
                continue
            }
            // "Interviews:" over "Tuesday 18 and Wednesday 19 March": a date under a label; "Monday to Friday
            // availability" as a criterion of its own has no label above it.
            if index > 0, drafts[index - 1].text.hasSuffix(":"), Self.opensWithADate(drafts[index].shape()) {
                drafts[index].decide(.other, because: "a date (of interviews or visits), not a criterion")
                continue
            }
            if Self.isDocumentControl(drafts[index].shape()) {
                drafts[index].decide(.metadata, because: "document control after the criteria (a reference, version or date)")
                continue
            }
            if Self.givesARecruitmentDate(drafts[index].shape()) {
                drafts[index].decide(.other, because: "a date of the recruitment timetable (\"Interviews: Thursday 20 March\"), not a criterion")
                continue
            }
            // A grid given one cell per line puts a criterion's stage code on the line under its priority ("E" / "I").
            let underAPriority = index > drafts.startIndex && drafts[index - 1].line < draft.line
                && CriterionTerms.priority(drafts[index - 1].text) != nil
            if let owner, Self.attach(draft.text, inCellOfItsOwn: draft.startsCell || underAPriority, columnPriority: columnPriority,
                                      isAssessmentColumn: columnKey.map(assessmentColumns.contains) ?? false,
                                      to: &drafts[owner]) {
                absorbed.insert(index)
                continue
            }
            if CriterionTerms.isGridTerm(draft.text) || CriterionTerms.isTick(draft.text)
                || ((draft.startsCell || draft.cell != nil) && CriterionTerms.isCodeCell(draft.text)) {
                drafts[index].decide(.other, because: "a grid cell of the person specification with no criterion to describe")
                continue
            }
            drafts[index].decide(.personSpec, because: "a line in the person specification")
            if let priority = columnPriority ?? CriterionTerms.closingPriority(draft.text) ?? (draft.cell == nil ? listPriority : nil) {
                drafts[index].criterion = CriterionAttributes(priority: priority)
            }
            latestCriterion = index
            if let rowKey, criterionInRow[rowKey] == nil { criterionInRow[rowKey] = index }
        }
        state.drafts = absorbed.isEmpty ? drafts : drafts.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }

    /// Whether the cells after the draft at `index` in its row include an Essential or Desirable column's cell
    /// holding words rather than a tick or a code.
    private static func criteriaAreWrittenBeside(_ index: Int, in drafts: [Draft],
                                                 priorityColumns: [ColumnKey: CriterionAttributes.Priority]) -> Bool {
        guard let cell = drafts[index].cell else { return false }
        for other in drafts[(index + 1)...] {
            guard let beside = other.cell, beside.table == cell.table, beside.row == cell.row else { break }
            if priorityColumns[ColumnKey(table: beside.table, column: beside.column)] != nil,
               !CriterionTerms.isTick(other.text), !CriterionTerms.isGridTerm(other.text), !CriterionTerms.isCodeCell(other.text),
               other.text.split(separator: " ").count >= 3 {
                return true
            }
        }
        return false
    }

    /// Titles of a first column naming each row's area ("Area | Essential | Desirable").
    private static let categoryColumnTitles: Set<String> = Set(DocumentVocabulary.builtIn.entries("categoryColumnTitles"))

    /// Records what a column title says about the cells below it.
    private static func learnColumn(_ title: String, _ key: ColumnKey,
                                    _ priorityColumns: inout [ColumnKey: CriterionAttributes.Priority],
                                    _ assessmentColumns: inout Set<ColumnKey>) {
        if let priority = CriterionTerms.priority(title) {
            priorityColumns[key] = priority
        } else if CriterionTerms.isColumnTitle(title), !CriterionTerms.namesCriteriaColumn(title),
                  !title.lowercased().includes("desirable") {
            assessmentColumns.insert(key)
        }
    }

    /// Adds the cell's meaning to the criterion it describes; false when the cell is not an attribute.
    private static func attach(_ text: String, inCellOfItsOwn: Bool, columnPriority: CriterionAttributes.Priority?,
                               isAssessmentColumn: Bool, to owner: inout Draft) -> Bool {
        var attributes = owner.criterion ?? CriterionAttributes()
        if let priority = CriterionTerms.priority(text) {
            guard attributes.priority == nil else { return false }
            attributes.priority = priority
        } else if let columnPriority, CriterionTerms.isTick(text) {
            attributes.priority = columnPriority
        } else if let stages = CriterionTerms.assessment(text) ?? (inCellOfItsOwn && CriterionTerms.stageCodes.contains(text) ? [text] : nil)
                    ?? (isAssessmentColumn ? Self.listed(text) : nil) {
            // A lone code ("A", "I") is a stage only in a cell of its own: a grid's last column.
            guard attributes.assessment.isEmpty else { return false }
            attributes.assessment = stages
        } else {
            return false
        }
        owner.criterion = attributes
        return true
    }

    /// The parts of a free-text assessment cell ("Application form; panel interview").
    private static func listed(_ text: String) -> [String] {
        text.split(whereSeparator: { ",/;".contains($0) }).map { String($0.trimmingSpacesAndTabs()) }.filter { !$0.isEmpty }
    }
}

extension PersonSpecificationDetection {
    /// Labels of the document-control lines that close a JD ("Ref: HR/JD/12", "Version 2.1", "Date: May 2026").
    static let documentControlLabels: Set<String> = Set(DocumentVocabulary.builtIn.entries("documentControlLabels"))

    static let documentControlColonLabels: [String] = DocumentVocabulary.builtIn.entries("documentControlColonLabels")

    static let documentAuthorLabels: [String] = DocumentVocabulary.builtIn.entries("documentAuthorLabels")

    /// Whether a short line titles the key to the grid's codes under it ("Key to codes", "Key to abbreviations", "How
    /// assessed", "Codes"). A key often closes the list instead, so the last criterion stands over it: "How pupils learn
    /// (E)" or "Evidence of recent CPD" opens with a key's word but neither ends on one nor opens "Key to", and "Key
    /// skills" names no key.
    static func titlesAKey(_ shape: TextShape) -> Bool {
        guard (1...4).contains(shape.wordCount), CriterionTerms.priority(shape.text) == nil, !shape.text.contains("(") else {
            return false
        }
        let words = shape.words.map { $0.lowercased().trimming(charactersIn: ":") }
        return CriterionTerms.keyLabelWords.contains(words[words.count - 1]) || (words[0] == "key" && words.dropFirst().first == "to")
    }

    /// Text compared with the post's title: lower case, single spaces, no closing colon.
    private static func folded(_ text: String) -> String {
        TextShape(text).folded.trimming(charactersIn: " :")
    }

    /// Whether a short line is the document's control data rather than a criterion: a control label and a value with
    /// a digit or a reference code ("Version 2.1", "Date: November 2026", "Ref: PHS/HR/JD/AHT", "Review date
    /// September 2027", "Approved by the Governing Board: 13 March 2025"), or a reference code alone ("HET/HR/JD/AP-SF": capitals joined by two slashes or more, with a
    /// digit or hyphen). A grid's codes ("A/I") and qualifications ("QTS/QTLS") are neither.
    /// Whether a line is the post's title, alone or with its school after a dash ("Deputy Headteacher (Curriculum) –
    /// Fenwick Lane Primary School").
    static func repeatsThePostTitle(_ text: String, _ title: String) -> Bool {
        let folded = Self.folded(text), post = Self.folded(title)
        if text.utf8.count <= title.utf8.count + 2 { return folded == post }
        guard folded.hasPrefix(post) else { return false }
        let rest = folded.dropFirst(post.count).drop { $0 == " " }
        guard let dash = rest.first, "-–—|,".contains(dash) else { return false }
        let school = rest.dropFirst().split(separator: " ")
        return (1...8).contains(school.count) && school.contains { MetadataLabels.organisationNouns.contains(String($0)) }
    }

    /// Whether a short line opens with a day or a date ("Tuesday 18 and Wednesday 19 March", "12 March, 9am"), as
    /// the dates under "Interviews:" after the criteria do. Asked only under such a label: "Monday to Friday
    /// availability" alone is a criterion.
    static func opensWithADate(_ shape: TextShape) -> Bool {
        let words = shape.words.prefix(2).map { $0.lowercased().trimming(charactersIn: ".,;:()") }
        guard shape.wordCount <= 16, let first = words.first else { return false }
        if ReviewDateParser.isWeekday(first) { return true }
        return words.count == 2 && Int(first.filter(\.isNumber)) != nil && first.first?.isNumber == true
            && ReviewDateParser.isMonthName(words[1])
    }

    static func isDocumentControl(_ shape: TextShape) -> Bool {
        guard (1...8).contains(shape.wordCount) else { return false }
        let text = shape.words.joined(separator: " ")
        if CriterionTerms.priority(text) != nil || CriterionTerms.isCodeCell(text) || CriterionTerms.assessment(text) != nil {
            return false
        }
        if shape.wordCount == 1 {
            return text.filter { $0 == "/" }.count >= 2 && text.contains { $0.isNumber || $0 == "-" }
                && !text.contains { $0.isLowercase }
        }
        let lowered = text.lowercased()
        // "Prepared by: D. Pryce, Vice Principal" names who wrote or approved the document: no number needed.
        if documentAuthorLabels.contains(where: { lowered.hasPrefix($0 + ":") }) { return true }
        let labelled = documentControlLabels.contains { label in
            lowered.hasPrefix(label + ":") || lowered.hasPrefix(label + " ")
        } || documentControlColonLabels.contains { lowered.hasPrefix($0 + ":") }
        return labelled && text.contains { $0.isNumber || $0 == "/" }
    }
}

extension PersonSpecificationDetection {
    /// Whether a sentence opens by saying what the school gives in return ("In return we can offer a friendly
    /// staff team…", "We offer a generous CPD budget…"): a prose pack writes it after the person sought, with no
    /// title of its own, but it asks nothing of the candidate.
    static func tellsWhatTheSchoolOffers(_ shape: TextShape) -> Bool {
        shape.wordCount >= 4 && schoolOfferOpenings.contains { shape.folded.hasPrefix($0) }
    }

    private static let schoolOfferOpenings = DocumentVocabulary.builtIn.entries("schoolOfferOpenings")

    /// Whether the line gives a date of the recruitment timetable under its label ("Visits: Monday 3 and Wednesday 5
    /// March", "Interviews: w/c 20 January 2025"), as a pack's key dates after the criteria do: the label is one of
    /// recruitmentDateLabels (a criterion's "Availability: able to start on 1 September" is not), and the value
    /// holds a number and a weekday or month.
    static func givesARecruitmentDate(_ shape: TextShape) -> Bool {
        let folded = shape.folded
        guard shape.wordCount <= 14, let colon = folded.firstIndex(of: ":"),
              recruitmentDateLabels.contains(String(folded[..<colon].trimmingSpacesAndTabs())) else { return false }
        let value = folded[folded.index(after: colon)...]
        return value.contains(where: \.isNumber) && ReviewDateParser.namesADay(value)
    }

    private static let recruitmentDateLabels: Set<String> = Set(DocumentVocabulary.builtIn.entries("recruitmentDateLabels"))
}
