/// The standards JDAlign checks against: one or more frameworks, loaded from `Standards/`.
public struct Catalogue: Sendable, Equatable {
    /// The frameworks, in the order they were loaded.
    public private(set) var frameworks: [Framework]

    /// Creates a catalogue from frameworks whose ids are distinct.
    public init(frameworks: [Framework]) {
        self.frameworks = frameworks
    }

    /// The framework with this id, if loaded.
    public func framework(_ id: String) -> Framework? {
        frameworks.first { $0.id == id }
    }

    /// The statement with a qualified id such as `hs2020-exec:7.1`, if its framework is loaded and has it.
    public func statement(_ qualifiedID: String) -> Statement? {
        guard let colon = qualifiedID.firstIndex(of: ":") else { return nil }
        return framework(String(qualifiedID[..<colon]))?.statements.first { $0.qualifiedID == qualifiedID }
    }

    /// Adds a framework, replacing one with the same id in place (a trust's own version of a framework).
    public mutating func install(_ framework: Framework) {
        if let index = frameworks.firstIndex(where: { $0.id == framework.id }) {
            frameworks[index] = framework
        } else {
            frameworks.append(framework)
        }
    }

    /// A catalogue holding only the named frameworks, in the order named.
    public func selecting(_ ids: [String]) -> Catalogue {
        Catalogue(frameworks: ids.compactMap(framework))
    }
}

/// A set of professional standards: the Headteachers' standards 2020, the 2015 national standards…
public struct Framework: Sendable, Equatable {
    /// The short id used in qualified ids (`hs2020-exec`).
    public var id: String
    /// The full title.
    public var title: String
    /// Where the wording comes from.
    public var source: String?
    /// The score bands that decide when a link counts.
    public var thresholds: Thresholds
    /// The areas (or domains) in order.
    public var areas: [Area]
    /// The file the framework was loaded from, for error messages.
    public var file: String?

    /// Creates a framework.
    public init(id: String, title: String, source: String? = nil, thresholds: Thresholds = Thresholds(), areas: [Area], file: String? = nil) {
        self.file = file
        self.id = id
        self.title = title
        self.source = source
        self.thresholds = thresholds
        self.areas = areas
    }

    /// Every statement of every area, in order.
    public var statements: [Statement] { areas.flatMap(\.statements) }
}

/// The two score bands of a link.
public struct Thresholds: Sendable, Equatable {
    /// A link at or above this score counts as covering its statement.
    public var linked: Double
    /// A link at or above this score (but below `linked`) is shown for a human look and not counted.
    public var weak: Double

    /// Creates thresholds; the defaults are the ones the bundled frameworks were tuned with.
    public init(linked: Double = 0.5, weak: Double = 0.3) {
        self.linked = linked
        self.weak = weak
    }
}

/// An area of the Headteachers' standards or a domain of the 2015 national standards.
public struct Area: Sendable, Equatable {
    /// The framework's id.
    public var frameworkID: String
    /// The area id within its framework (`7`, `D3`).
    public var id: String
    /// The area title ("Organisational management").
    public var title: String
    /// Words in a section heading that make links to this area more likely; never enough on their own.
    public var headingCues: [String]
    /// The statements in order.
    public var statements: [Statement]

    /// Creates an area.
    public init(frameworkID: String, id: String, title: String, headingCues: [String] = [], statements: [Statement]) {
        self.frameworkID = frameworkID
        self.id = id
        self.title = title
        self.headingCues = headingCues
        self.statements = statements
    }

    /// `framework:area`, as used in output.
    public var qualifiedID: String { "\(frameworkID):\(id)" }
}

/// One statement of a standard, with the knowledge the matcher uses to recognise it.
public struct Statement: Sendable, Equatable {
    /// The framework's id.
    public let frameworkID: String
    /// The id of the statement's area.
    public var areaID: String
    /// The statement id within its framework (`7.1`, `D3.2`).
    public let id: String
    /// `framework:statement`, as used in output (`hs2020-exec:7.1`).
    ///
    /// Stored rather than worked out on each use: every link and coverage row of every JD names its statement, and
    /// building the string anew was an allocation each time.
    public let qualifiedID: String
    /// The wording, exactly as published.
    public var text: String
    /// Weighted words and phrases that evidence the statement.
    public var keywords: [KeywordGroup]
    /// Weighted queries in the rule language, for evidence a word list cannot express.
    public var rules: [Rule]
    /// How many duties must link to the statement before a JD counts as covering it: 1, or more for a statement
    /// whose lone links are too often wrong (`jdalign tune` shows which). Fewer make it weak, shown for review.
    public var coverageLines: Int

    /// Creates a statement.
    public init(
        frameworkID: String, areaID: String, id: String, text: String, keywords: [KeywordGroup] = [], rules: [Rule] = [],
        coverageLines: Int = 1
    ) {
        self.frameworkID = frameworkID
        self.areaID = areaID
        self.id = id
        self.qualifiedID = "\(frameworkID):\(id)"
        self.text = text
        self.keywords = keywords
        self.rules = rules
        self.coverageLines = coverageLines
    }
}

/// Words and phrases that evidence a statement with the same weight.
public struct KeywordGroup: Sendable, Equatable {
    /// Words (`budget`), phrases (`child protection`) and trailing wildcards (`safeguard*`).
    public var terms: [String]
    /// How strongly one of these terms evidences the statement, from 0 to 1.
    public var weight: Double

    /// Creates a keyword group.
    public init(terms: [String], weight: Double) {
        self.terms = terms
        self.weight = weight
    }
}

/// A query in the rule language that evidences a statement when it matches.
public struct Rule: Sendable, Equatable {
    /// The query text, e.g. `welfare NEAR/4 (pupil* OR child*)`.
    public var query: String
    /// How strongly a match evidences the statement, from 0 to 1.
    public var weight: Double
    /// Why the rule exists, for the people who tune it.
    public var note: String?

    /// Creates a rule.
    public init(query: String, weight: Double, note: String? = nil) {
        self.query = query
        self.weight = weight
        self.note = note
    }
}
