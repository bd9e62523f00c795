/// A job description as JDAlign understands it: metadata, sections and items.
public struct JobDescription: Sendable, Equatable {
    /// The path the JD was read from, as given by the user.
    public var path: String
    /// The post title, or the file name when the JD does not state one.
    public var title: String
    /// What the JD says about the post itself.
    public var metadata: JobMetadata
    /// The headings in document order, with their nesting.
    public var sections: [Section]
    /// Every non-empty line or cell of the JD, classified, in document order.
    public var items: [Item]

    /// Creates a job description.
    public init(path: String, title: String, metadata: JobMetadata = JobMetadata(), sections: [Section] = [], items: [Item] = []) {
        self.path = path
        self.title = title
        self.metadata = metadata
        self.sections = sections
        self.items = items
    }

    /// The items a governor would check against the standards: duties and person-specification criteria.
    public var assessableItems: [Item] {
        items.filter { $0.kind == .duty || $0.kind == .personSpec }
    }
}

/// What one line or cell of a JD is, following the gold annotation guidelines.
public enum ItemKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// Something the post holder is to do or be accountable for.
    case duty
    /// A criterion of the person specification: qualification, experience, skill, knowledge or quality.
    case personSpec = "person-spec"
    /// A heading that opens a section.
    case heading
    /// Post title, grade, salary, responsible to, review dates and the like.
    case metadata
    /// Amendment clauses, signature lines, "not exhaustive" notes.
    case boilerplate
    /// Anything else.
    case other
}

/// One classified line or table cell of a JD.
public struct Item: Sendable, Equatable, Identifiable {
    /// A stable id within the JD: `i1`, `i2`… in document order.
    public var id: String
    /// What the item is.
    public var kind: ItemKind
    /// The item's text, without its bullet or numbering, with wrapped lines joined.
    public var text: String
    /// The nearest heading above the item, as written ("" when there is none).
    public var section: String
    /// The 1-based line (or .docx paragraph) where the item starts.
    public var line: Int
    /// Essential/desirable and assessment stage, for person-specification criteria that state them.
    public var criterion: CriterionAttributes?
    /// The rule that decided the kind, in plain words, so a user can see and report a misreading.
    public var reason: String

    /// Creates an item.
    public init(id: String, kind: ItemKind, text: String, section: String, line: Int, criterion: CriterionAttributes? = nil,
                reason: String = "") {
        self.id = id
        self.kind = kind
        self.text = text
        self.section = section
        self.line = line
        self.criterion = criterion
        self.reason = reason
    }
}

/// How a person-specification criterion is weighed and assessed, when the JD says.
public struct CriterionAttributes: Sendable, Equatable, Codable {
    /// Whether the criterion is essential or desirable.
    public enum Priority: String, Sendable, Equatable, Codable {
        /// Candidates must meet it.
        case essential
        /// Candidates may meet it.
        case desirable
    }

    /// Essential or desirable, when stated.
    public var priority: Priority?
    /// Where it is assessed ("Application", "Interview", "References"…), as written.
    public var assessment: [String]

    /// Creates attributes.
    public init(priority: Priority? = nil, assessment: [String] = []) {
        self.priority = priority
        self.assessment = assessment
    }
}

/// A heading of the JD and its place in the outline.
public struct Section: Sendable, Equatable {
    /// The heading text as written.
    public var heading: String
    /// The nesting depth: 1 for a top-level heading.
    public var level: Int
    /// The id of the heading item.
    public var itemID: String

    /// Creates a section.
    public init(heading: String, level: Int, itemID: String) {
        self.heading = heading
        self.level = level
        self.itemID = itemID
    }
}
