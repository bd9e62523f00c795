import Foundation
import Testing
@testable import JDAlignKit

/// The binary's built-in catalogue must be exactly `Standards/`, and the bundled wording exactly the reference catalogue.
@Suite struct BundledStandardsTests {
    @Test func builtInCopyEqualsTheStandardsFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.standards.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(BuiltInStandards.files.map(\.name).sorted() == names, "run Scripts/embed-standards")
        for file in BuiltInStandards.files {
            let onDisk = try String(contentsOf: Fixtures.standards.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.contents == onDisk, "\(file.name) differs from Standards/: run Scripts/embed-standards")
        }
        let words = try String(contentsOf: Fixtures.standards.appendingPathComponent("words.txt"), encoding: .utf8)
        #expect(BuiltInStandards.words + "\n" == words, "words.txt differs from Standards/: run Scripts/embed-standards")
    }

    @Test func bundledWordingMatchesTheReferenceCatalogue() throws {
        let reference = try JSONParser.parse(Array(try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/catalogue.json"))))
        let library = try StandardsLibrary.builtIn()
        for expected in reference["frameworks"]?.arrayValue ?? [] {
            let id = try #require(expected["id"]?.stringValue)
            let framework = try #require(library.catalogue.framework(id))
            #expect(framework.title == expected["title"]?.stringValue)
            let areas = expected["areas"]?.arrayValue ?? []
            #expect(framework.areas.map(\.id) == areas.compactMap { $0["id"]?.stringValue })
            #expect(framework.areas.map(\.title) == areas.compactMap { $0["title"]?.stringValue })
            let statements = areas.flatMap { $0["statements"]?.arrayValue ?? [] }
            #expect(framework.statements.map(\.id) == statements.compactMap { $0["id"]?.stringValue })
            #expect(framework.statements.map(\.text) == statements.compactMap { $0["text"]?.stringValue })
        }
        #expect(library.catalogue.framework("hs2020-exec")?.statements.count == 38)
        #expect(library.catalogue.framework("nseh2015")?.statements.count == 24)
    }
}

/// Every bundled framework's keywords and rules compile, not only the default ones.
@Suite struct BundledRulesTests {
    @Test(arguments: ["hs2020-exec", "nseh2015", "hs2020", "ts2011"])
    func everyBundledFrameworkCompiles(id: String) throws {
        let library = try StandardsLibrary.builtIn()
        let framework = try #require(library.catalogue.framework(id))
        let matcher = try Matcher(library: library, frameworks: [framework])
        #expect(!matcher.links(forText: "Lead safeguarding, the curriculum, behaviour and professional development of staff").isEmpty)
    }
}
