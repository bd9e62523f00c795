import Foundation

/// What the segmenter knows about how JDs are written (`Standards/documents.json`): the labels of a JD's details,
/// the words of its headings, person-specification columns and boilerplate, and the verbs duties open with. Kept as
/// data, like the standards' keywords, so it can be read and extended without touching the segmenter's code.
struct DocumentVocabulary: Sendable {
    /// Each named list's entries, lower case as written in the file.
    private let lists: [String: [String]]
    /// Labels of a JD's details, by the field each fills.
    let metadataLabels: [MetadataField: [String]]

    /// The bundled vocabulary. A missing or malformed `documents.json` is a build error caught by the tests, not a
    /// condition a user can cause, so it stops the program with the reason.
    static let builtIn: DocumentVocabulary = {
        guard let file = BuiltInStandards.files.first(where: { $0.name == "documents.json" }) else {
            fatalError("Standards/documents.json is not built in: run Scripts/embed-standards")
        }
        do {
            return try DocumentVocabulary(json: Array(file.contents.utf8))
        } catch {
            fatalError("Standards/documents.json: \(error)")
        }
    }()

    init(json bytes: [UInt8]) throws {
        guard let root = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let lists = root["lists"] as? [String: Any], let labels = root["metadataLabels"] as? [String: Any],
              let fields = labels["fields"] as? [String: [String]]
        else { throw DocumentVocabularyError(message: "needs \"lists\" and \"metadataLabels\": {\"fields\"}") }
        var entries: [String: [String]] = [:]
        for (name, value) in lists {
            guard let list = value as? [String: Any], let words = list["entries"] as? [String] else {
                throw DocumentVocabularyError(message: "list \"\(name)\" needs \"entries\": an array of strings")
            }
            entries[name] = words
        }
        var labelsByField: [MetadataField: [String]] = [:]
        for (name, words) in fields {
            guard let field = MetadataField(rawValue: name) else {
                throw DocumentVocabularyError(message: "metadataLabels has an unknown field \"\(name)\"")
            }
            labelsByField[field] = words
        }
        self.lists = entries
        metadataLabels = labelsByField
    }

    /// The entries of the list called `name`; every list the segmenter reads is checked to exist by the tests.
    func entries(_ name: String) -> [String] {
        guard let list = lists[name] else { fatalError("Standards/documents.json has no list \"\(name)\"") }
        return list
    }

    /// The names of the lists, for checking.
    var listNames: [String] { lists.keys.sorted() }
}

/// Why `documents.json` could not be read.
struct DocumentVocabularyError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
