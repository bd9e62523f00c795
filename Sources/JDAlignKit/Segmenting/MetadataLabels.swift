/// The labels JDs put before facts about the post, and which `JobMetadata` field each fills.
enum MetadataField: String, Equatable, Sendable {
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
        for (field, labels) in DocumentVocabulary.builtIn.metadataLabels {
            for label in labels { table[label] = field }
        }
        return table
    }()

    /// Words an organisation's name ends with: "Illuminate Minds Trust", "St Mary's Primary School".
    static let organisationNouns: Set<String> = Set(DocumentVocabulary.builtIn.entries("organisationNouns"))

    /// Words that mark a line as a role or document title rather than an organisation's name.
    static let notOrganisationWords: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("notOrganisationWords"))
}
