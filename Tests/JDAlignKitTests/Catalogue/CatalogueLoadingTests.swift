import Foundation
import Testing
@testable import JDAlignKit

@Suite struct CatalogueLoadingTests {
    private func decode(_ json: String) throws(CatalogueError) -> Framework {
        try FrameworkDecoder.decode(Array(json.utf8), file: "trust.json")
    }

    private func failure(_ json: String) -> CatalogueError? {
        do {
            _ = try decode(json)
            return nil
        } catch {
            return error
        }
    }

    private let valid = #"{"id": "trust", "title": "Our framework", "areas": [{"id": "1", "title": "Culture", "statements": [{"id": "1.1", "text": "set the ethos"}]}]}"#

    @Test func decodesAValidFramework() throws {
        let framework = try decode(valid)
        #expect(framework.statements.map(\.qualifiedID) == ["trust:1.1"])
        #expect(framework.areas[0].qualifiedID == "trust:1")
        #expect(framework.thresholds == Thresholds())
    }

    @Test func invalidJSONNamesLineAndColumn() {
        let error = failure("{\n\"id\": \"trust\",\n\"title\": }")
        #expect(error?.description == "trust.json: line 3, column 10: invalid JSON: unexpected character '}': a value was expected")
    }

    @Test func duplicateStatementIDsNameBothPlaces() {
        let json = valid.replacingOccurrences(of: #"[{"id": "1.1", "text": "set the ethos"}]"#,
                                              with: #"[{"id": "1.1", "text": "a"}, {"id": "1.1", "text": "b"}]"#)
        let error = failure(json)
        #expect(error?.location == "areas[0].statements[1].id")
        #expect(error?.message == "duplicate statement id \"1.1\"")
        #expect(error?.hint == "already used at areas[0].statements[0].id")
    }

    @Test func emptyTextIsRejected() {
        let error = failure(valid.replacingOccurrences(of: "set the ethos", with: "  "))
        #expect(error?.location == "areas[0].statements[0].text")
        #expect(error?.message == "is empty")
    }

    @Test func unknownFieldsSuggestTheIntendedOne() {
        let error = failure(valid.replacingOccurrences(of: #""text": "set the ethos""#, with: #""text": "x", "keywrods": []"#))
        #expect(error?.location == "areas[0].statements[0].keywrods")
        #expect(error?.hint?.hasPrefix("did you mean \"keywords\"?") == true)
    }

    @Test func weightsOutsideZeroToOneAreRejected() {
        let error = failure(valid.replacingOccurrences(of: #""text": "set the ethos""#,
                                                       with: #""text": "x", "keywords": [{"weight": 1.5, "terms": ["ethos"]}]"#))
        #expect(error?.location == "areas[0].statements[0].keywords[0].weight")
    }

    @Test func frameworkIDClashInOneFolderIsAnError() throws {
        var library = StandardsLibrary(catalogue: Catalogue(frameworks: []), lexicon: Lexicon())
        #expect(throws: CatalogueError.self) {
            try library.add(files: [(name: "a.json", bytes: Array(valid.utf8)), (name: "b.json", bytes: Array(valid.utf8))])
        }
    }

    @Test func aTrustFrameworkReplacesTheBundledOneWithTheSameID() throws {
        var library = try StandardsLibrary.builtIn()
        let count = library.catalogue.frameworks.count
        let own = valid.replacingOccurrences(of: #""id": "trust""#, with: #""id": "nseh2015""#)
        try library.add(files: [(name: "nseh2015.json", bytes: Array(own.utf8))])
        #expect(library.catalogue.frameworks.count == count)
        #expect(library.catalogue.framework("nseh2015")?.title == "Our framework")
    }

    @Test func lexiconRejectsAWordInTwoSynonymGroups() {
        let json = #"{"synonyms": [["pupil", "student"], ["learner", "Student"]]}"#
        #expect(throws: CatalogueError.self) { try LexiconDecoder.decode(Array(json.utf8), file: "lexicon.json") }
    }
}
