import Foundation
import Testing
@testable import JDAlignKit

/// The segmenter's knowledge of how JDs are written is data (`Standards/documents.json`), complete and unambiguous.
@Suite struct DocumentVocabularyTests {
    @Test func everyListTheSegmenterReadsIsInTheFileWithANote() throws {
        let text = try String(contentsOf: Fixtures.standards.appendingPathComponent("documents.json"), encoding: .utf8)
        let vocabulary = try DocumentVocabulary(json: Array(text.utf8))
        // The names the Swift sources ask for, found by reading them: a list renamed in one place but not the other
        // would otherwise only show when the segmenter first touched it.
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources/JDAlignKit")
        var asked: Set<String> = []
        for case let url as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)! where url.pathExtension == "swift" {
            let code = try String(contentsOf: url, encoding: .utf8)
            for match in code.matches(of: /DocumentVocabulary\.builtIn\.entries\("([A-Za-z]+)"\)/) { asked.insert(String(match.1)) }
        }
        #expect(asked.count >= 30)
        #expect(asked.isSubset(of: Set(vocabulary.listNames)), "missing: \(asked.subtracting(vocabulary.listNames))")
        #expect(Set(vocabulary.listNames).isSubset(of: asked), "unused: \(Set(vocabulary.listNames).subtracting(asked))")
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let lists = try #require(json?["lists"] as? [String: [String: Any]])
        for (name, list) in lists {
            #expect((list["note"] as? String)?.isEmpty == false, "\(name) says what it is for")
            // Stage codes ("AF", "I") and bullet glyphs ("Ø") are matched as written; everything else against folded,
            // lower-case lines.
            let asWritten = ["assessmentStageCodes", "spacedBullets"].contains(name)
            #expect((list["entries"] as? [String])?.allSatisfy { $0 == $0.lowercased() || asWritten } == true,
                    "\(name) is written in lower case, as lines are folded")
        }
    }

    @Test func eachDetailLabelFillsOneField() {
        let labels = DocumentVocabulary.builtIn.metadataLabels.values.flatMap { $0 }
        #expect(labels.count == Set(labels).count)
        #expect(MetadataLabels.field(forLabel: "Reports to") == .responsibleTo)
    }

    @Test func aFoldersDocumentsFileIsRefusedClearlyNotIgnored() throws {
        var library = try StandardsLibrary.builtIn()
        #expect(throws: CatalogueError.self) {
            try library.add(files: [(name: "mine/documents.json", bytes: Array("{}".utf8))])
        }
    }
}
