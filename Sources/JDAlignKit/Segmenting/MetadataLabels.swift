/// The labels JDs put before facts about the post, and which `JobMetadata` field each fills.
enum MetadataField: Equatable {
    case postTitle, grade, responsibleTo, responsibleFor, organisation, lastReviewed, nextReview
    /// A fact about the post that `JobMetadata` has no field for (hours, key relationships, roles within post…).
    case unrecorded
}

enum MetadataLabels {
    /// The field a label names, or nil when the text is not a metadata label.
    /// The label is compared folded, without a trailing colon and with runs of spaces collapsed.
    static func field(forLabel label: String) -> MetadataField? {
        // Every line is asked; one with more letters than the longest label cannot be a label.
        guard !label.hasMoreASCII(than: longestLabel, ignoring: labelPunctuation) else { return nil }
        let key = label.lowercased().replacingApostrophes().trimming(charactersIn: " :.-–")
            .split(separator: " ").joined(separator: " ")
        return fields[key]
    }

    private static let labelPunctuation = ASCIIByteSet(" :.-")
    private static let longestLabel = fields.keys.map(\.unicodeScalars.count).max() ?? 0

    private static let fields: [String: MetadataField] = {
        var table: [String: MetadataField] = [:]
        let groups: [(MetadataField, [String])] = [
            (.postTitle, ["post title", "job title", "post", "role", "title", "position", "post name", "job role",
                          "role title", "title of post", "position title", "vacancy", "designation"]),
            (.grade, ["grade", "salary", "salary range", "pay scale", "pay range", "salary scale", "pay", "scale", "salary/grade",
                      "grade/salary", "pay band", "band", "leadership pay range", "salary grade", "pay grade", "grade/scale",
                      "salary band", "remuneration", "pay scale/grade", "leadership range", "l-range", "isr"]),
            (.responsibleTo, ["responsible to", "reports to", "reporting to", "line manager", "accountable to",
                              "line managed by", "managed by", "report to", "directly responsible to"]),
            (.responsibleFor, ["responsible for", "line manages", "line management of", "line management responsibility",
                               "line management responsibilities", "manages", "direct reports", "staff managed",
                               "line management", "responsible for staff"]),
            (.organisation, ["school", "trust", "organisation", "academy", "employer", "establishment", "school name",
                             "name of school", "place of work", "federation"]),
            (.lastReviewed, ["last review date", "last reviewed", "date of last review", "date reviewed", "reviewed",
                             "last updated", "date updated", "date written", "date of issue", "date created", "updated"]),
            (.nextReview, ["next review date", "next review", "to be reviewed", "review due", "date of next review",
                           "review date", "next review due", "date for review"]),
            (.unrecorded, ["roles within post", "key relationships", "hours", "hours of work", "working hours", "contract",
                           "contract type", "working pattern", "start date", "department", "location", "tlr",
                           "closing date", "key stage", "phase", "faculty", "term", "working time", "fte",
                           "liaising with", "key contacts", "disclosure level", "dbs level", "job purpose code", "payment",
                           "allowance", "base", "hours per week", "team", "pupils"]),
        ]
        for (field, labels) in groups {
            for label in labels { table[label] = field }
        }
        return table
    }()

    /// Words an organisation's name ends with: "Illuminate Minds Trust", "St Mary's Primary School".
    static let organisationNouns: Set<String> = [
        "trust", "school", "academy", "college", "federation", "partnership", "academies", "schools", "foundation",
        "diocese", "council", "mat", "infants", "juniors", "primary", "nursery",
    ]

    /// Words that mark a line as a role or document title rather than an organisation's name.
    static let notOrganisationWords: PhraseSet = [
        "head of", "leader", "teacher", "job description", "person specification", "manager", "co-ordinator",
        "coordinator", "senco", "headteacher", "principal", "deputy", "assistant", "director",
    ]
}
