import Foundation

/// Everything the matcher knows: the frameworks and the shared lexicon.
public struct StandardsLibrary: Sendable, Equatable {
    /// The frameworks, bundled ones first in their bundled order, then any added from a folder.
    public var catalogue: Catalogue { didSet { isAsBundled = false } }
    /// The lexicon applied to JD text and keywords.
    public var lexicon: Lexicon { didSet { isAsBundled = false } }
    /// The words the glued-word splitter knows, with their counts (the bundled `words.txt` plus any a folder adds).
    public var wordList: WordList { didSet { isAsBundled = false } }
    /// Whether the frameworks, lexicon and word list are the bundled ones, unchanged: only then do the readings worked
    /// out when the binary was built (`PrecomputedReadings.bundled`) hold. Any change to them clears it.
    private(set) var isAsBundled = false
    /// What each common post is expected to evidence (`roles.json`; a folder's replaces the bundled one).
    public var roles: [RoleProfile] = []
    /// A duty to suggest for each statement (`suggestions.json`; a folder's entries add to or replace the bundled).
    public var suggestions: [String: SuggestedWording] = [:]

    /// The frameworks checked when the user names none.
    public static let defaultFrameworkIDs = ["hs2020-exec", "nseh2015"]

    /// Creates a library.
    public init(catalogue: Catalogue, lexicon: Lexicon, wordList: WordList = WordList()) {
        self.catalogue = catalogue
        self.lexicon = lexicon
        self.wordList = wordList
    }

    /// Libraries are equal when what they hold is, whether or not it came from the binary.
    public static func == (left: StandardsLibrary, right: StandardsLibrary) -> Bool {
        left.catalogue == right.catalogue && left.lexicon == right.lexicon && left.wordList == right.wordList
            && left.roles == right.roles && left.suggestions == right.suggestions
    }

    /// Every word the frameworks and the lexicon use (statement wording, keywords, rules, headings, lexicon
    /// entries), lower case: words the glued-word splitter must never split.
    public var vocabulary: Set<String> {
        var texts: [String] = []
        for framework in catalogue.frameworks {
            for area in framework.areas {
                texts.append(area.title)
                texts += area.headingCues
                for statement in area.statements {
                    texts.append(statement.text)
                    texts += statement.keywords.flatMap(\.terms)
                    texts += statement.rules.map(\.query)
                }
            }
        }
        texts += lexicon.synonyms.joined() + lexicon.stopWords + lexicon.negationCues
        for map in [lexicon.abbreviations, lexicon.spellings, lexicon.compounds] { texts += Array(map.keys) + Array(map.values) }
        var words: Set<String> = []
        // Each text once: keyword terms and heading cues recur across statements and frameworks (3,538 texts in
        // the bundled frameworks, 2,198 distinct), and tokenising a text costs more than hashing it.
        for text in Set(texts) {
            for token in Tokeniser.tokens(in: text) where token.text.unicodeScalars.allSatisfy({ $0.isASCII ? ("a"..."z").contains($0) : $0.properties.isAlphabetic }) {
                words.insert(token.text)
            }
        }
        return words
    }

    /// The text of the file a framework was loaded from: the bundled copy for a bundled framework, otherwise the file
    /// on disk (its path as given); nil when neither can be read.
    public static func sourceText(of framework: Framework) -> String? {
        guard let file = framework.file else { return nil }
        if file.hasPrefix("Standards/"), let bundled = BuiltInStandards.files.first(where: { "Standards/" + $0.name == file }) {
            return bundled.contents
        }
        return FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The standards compiled into the binary: an exact copy of the repository's `Standards/` folder,
    /// so `jdalign` works from any working directory.
    public static func builtIn() throws(CatalogueError) -> StandardsLibrary {
        var library = StandardsLibrary(catalogue: Catalogue(frameworks: []), lexicon: Lexicon(), wordList: .builtIn)
        try library.add(files: BuiltInStandards.files.map { (name: "Standards/\($0.name)", bytes: Array($0.contents.utf8)) })
        library.isAsBundled = true
        return library
    }

    /// Adds every `*.json` file of a folder: frameworks are added, or replace a framework with the same id;
    /// a `lexicon.json` replaces the lexicon; the words of a `words.txt` are added to the word list. Errors name files as `name/FILE`, so they read as the user typed them.
    public mutating func add(directory: URL, name: String? = nil) throws(CatalogueError) {
        let shownFolder = name ?? directory.path
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CatalogueError(file: shownFolder, location: "", message: "cannot open the standards folder", hint: "give a folder of framework .json files")
        }
        var files: [(name: String, bytes: [UInt8])] = []
        if names.contains("words.txt") {
            let shownName = (shownFolder as NSString).appendingPathComponent("words.txt")
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent("words.txt").path) else {
                throw CatalogueError(file: shownName, location: "", message: "cannot be read")
            }
            wordList.add(try WordList(parsing: String(decoding: data, as: UTF8.self), file: shownName))
        }
        for name in names.sorted() where name.lowercased().hasSuffix(".json") {
            let shownName = (shownFolder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                throw CatalogueError(file: shownName, location: "", message: "cannot be read")
            }
            files.append((shownName, Array(data)))
        }
        try add(files: files)
    }

    /// Adds framework and lexicon files given as bytes; a framework id used by two of them is an error.
    public mutating func add(files: [(name: String, bytes: [UInt8])]) throws(CatalogueError) {
        // Files are decoded on every core (the bundled ones were a sixth of a one-JD run), then added in order, so the
        // error thrown is still the first in file order.
        let decoded = ConcurrentResults<Result<DecodedFile, CatalogueError>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            decoded[index] = Result { () throws(CatalogueError) in try Self.decode(files[index]) }
        }
        var addedFrom: [String: String] = [:]
        for (file, result) in zip(files, decoded.values) {
            switch try result.get() {
            case .lexicon(let fileLexicon):
                lexicon = fileLexicon
            case .roles(let fileRoles):
                roles = fileRoles
            case .suggestions(let fileSuggestions):
                suggestions.merge(fileSuggestions) { _, new in new }
            case .documentVocabulary:
                continue
            case .framework(let framework):
                if let other = addedFrom[framework.id] {
                    throw CatalogueError(file: file.name, location: "id", message: "framework id \"\(framework.id)\" is also used by \(other)",
                                         hint: "each file in one folder needs its own id")
                }
                addedFrom[framework.id] = file.name
                catalogue.install(framework)
            }
        }
    }

    /// What one standards file holds, decoded.
    private enum DecodedFile: Sendable {
        case lexicon(Lexicon)
        case roles([RoleProfile])
        case suggestions([String: SuggestedWording])
        /// The bundled `documents.json`, read by the segmenter from its own copy (`DocumentVocabulary.builtIn`).
        case documentVocabulary
        case framework(Framework)
    }

    private static func decode(_ file: (name: String, bytes: [UInt8])) throws(CatalogueError) -> DecodedFile {
        switch (file.name as NSString).lastPathComponent.lowercased() {
        case "lexicon.json":
            return .lexicon(try LexiconDecoder.decode(file.bytes, file: file.name))
        case "roles.json":
            return .roles(try RoleProfileDecoder.decode(file.bytes, file: file.name))
        case "documents.json":
            guard file.name == "Standards/documents.json" else {
                throw CatalogueError(file: file.name, location: "", message: "a folder's documents.json is not read",
                                     hint: "add the wording to Standards/documents.json and run Scripts/embed-standards")
            }
            return .documentVocabulary
        case "suggestions.json":
            return .suggestions(try SuggestedWordingDecoder.decode(file.bytes, file: file.name))
        default:
            return .framework(try FrameworkDecoder.decode(file.bytes, file: file.name))
        }
    }
}
