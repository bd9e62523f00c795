import Foundation
import Testing
@testable import JDAlignKit

/// The readings built into the binary must be those the bundled standards give now, or the matcher would read
/// keywords and rules as they once were. `Scripts/embed-standards` runs this test with `JDALIGN_EMBED_READINGS=1`,
/// which writes them instead.
@Suite struct BundledReadingsTests {
    static let source = Fixtures.packageRoot.appendingPathComponent("Sources/JDAlignKit/Catalogue/BuiltInReadings.swift")

    @Test func builtInReadingsAreThoseOfTheBundledStandards() throws {
        let fresh = PrecomputedReadings.workedOut(for: try StandardsLibrary.builtIn())
        if ProcessInfo.processInfo.environment["JDALIGN_EMBED_READINGS"] != nil {
            try fresh.swiftSource.write(to: Self.source, atomically: true, encoding: .utf8)
            return
        }
        #expect(PrecomputedReadings.bundled == fresh, "the bundled readings are out of date: run Scripts/embed-standards")
        #expect(try String(contentsOf: Self.source, encoding: .utf8) == fresh.swiftSource, "run Scripts/embed-standards")
    }

    @Test func onlyTheUnchangedBundledLibraryUsesThem() throws {
        var library = try StandardsLibrary.builtIn()
        #expect(library.isAsBundled)
        let json = #"{"id": "trust", "title": "T", "areas": [{"id": "1", "title": "A", "statements": [{"id": "1.1", "text": "zorbling"}]}]}"#
        try library.add(files: [(name: "Standards/trust.json", bytes: Array(json.utf8))])
        #expect(!library.isAsBundled)
        #expect(library.vocabulary.contains("zorbling"))
    }

    /// A trust's lexicon can change how a bundled keyword reads ("zorbling" made its word for procurement): the matcher
    /// must then read the keywords afresh, not as the binary's readings say they read with the bundled lexicon.
    @Test func aTrustsLexiconChangesHowBundledKeywordsRead() throws {
        var library = try StandardsLibrary.builtIn()
        let framework = try #require(library.catalogue.framework("hs2020-exec"))
        let line = "Oversee zorbling for the school and keep its records."
        let bundled = try Matcher(library: library, frameworks: [framework])
        #expect(!bundled.links(forText: line).contains { $0.standard == "hs2020-exec:7.2" })
        let bundledLexicon = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Standards/lexicon.json"), encoding: .utf8)
        let trustLexicon = bundledLexicon.replacingOccurrences(of: #""synonyms": ["#, with: #""synonyms": [["zorbling", "procurement"], "#)
        #expect(trustLexicon != bundledLexicon)
        try library.add(files: [(name: "Standards/lexicon.json", bytes: Array(trustLexicon.utf8))])
        let changed = try Matcher(library: library, frameworks: [framework])
        #expect(changed.links(forText: line).contains { $0.standard == "hs2020-exec:7.2" })
        #expect(changed.links(forText: "Oversee procurement for the school and keep its records.").contains { $0.standard == "hs2020-exec:7.2" })
    }
}
