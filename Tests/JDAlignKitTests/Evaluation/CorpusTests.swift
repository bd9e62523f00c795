import Foundation
import Testing
@testable import JDAlignKit

/// The annotated corpus (`Tests/Corpus`): complete, consistent, and the pipeline's figures on its test split kept
/// from falling.
@Suite struct CorpusTests {
    static let jds = Fixtures.corpus.appendingPathComponent("jds")
    static let gold = Fixtures.corpus.appendingPathComponent("gold")
    static let docxSources = Fixtures.corpus.appendingPathComponent("docx-sources")

    private static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    private static func stem(_ name: String) -> String {
        (name as NSString).deletingPathExtension.replacingOccurrences(of: ".gold", with: "")
    }

    /// Each Word JD is built from its markup source by the test support's writer; the committed file must be what the
    /// source gives. `JDALIGN_WRITE_CORPUS_DOCX=1 swift test --filter CorpusTests` rewrites them after a source changes.
    @Test func everyWordJDIsBuiltFromItsSource() throws {
        let sources = try Self.names(in: Self.docxSources).filter { $0.hasSuffix(".txt") }
        #expect(sources.count >= 16, "sixteen JDs as .docx")
        let rewrite = ProcessInfo.processInfo.environment["JDALIGN_WRITE_CORPUS_DOCX"] == "1"
        for source in sources {
            let markup = try String(contentsOf: Self.docxSources.appendingPathComponent(source), encoding: .utf8)
            let built = Data(CorpusDocxSource.docx(fromMarkup: markup))
            let target = Self.jds.appendingPathComponent(Self.stem(source) + ".docx")
            if rewrite { try built.write(to: target) }
            #expect(try Data(contentsOf: target) == built, "\(target.lastPathComponent) is not what its source gives")
        }
    }

    @Test func everyJDHasItsSplitRowAndItsSources() throws {
        let jds = try Self.names(in: Self.jds)
        #expect(jds.count >= 85)
        let split = try #require(try CorpusSplit.find(near: Self.jds))
        #expect(Set(split.entries.map(\.slug)) == Set(jds.map(Self.stem)))
        let sources = try String(contentsOf: Fixtures.corpus.appendingPathComponent("SOURCES.tsv"), encoding: .utf8)
        let rows = sources.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(Set(rows.map { String($0[0]) }) == Set(jds.map(Self.stem)))
        #expect(rows.allSatisfy { $0.count == 5 && $0[4].contains("http") }, "each JD names the kinds of public JD it was modelled on, with addresses")
    }

    /// Every tune JD reads without error, and the reader finds duties in every one and names the post in nearly all:
    /// the post names every report and team matrix. (The test split is for reporting, not for rules to be fitted to.)
    @Test func everyTuneJDIsReadWithDutiesAndNearlyAllWithTheirPostAndRole() throws {
        var named = 0, recognised = 0
        let library = try StandardsLibrary.builtIn()
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        let split = try #require(try CorpusSplit.find(near: Self.jds))
        let jds = try Self.names(in: Self.jds).filter { split.entry(forDocument: $0)?.split == "tune" }
        #expect(jds.count >= 40)
        for name in jds {
            let jd = Segmenter().segment(try DocumentReader.read(contentsOf: Self.jds.appendingPathComponent(name), path: name))
            #expect(jd.items.contains { $0.kind == .duty }, "\(name) has no duty")
            if jd.title != Self.stem(name) { named += 1 }
            if RoleRecognition.recognise(jd, among: library.roles, frameworks: frameworks) != nil { recognised += 1 }
        }
        #expect(Double(recognised) / Double(jds.count) >= 0.9, "the post's role is recognised for \(recognised) of \(jds.count) JDs")
        #expect(Double(named) / Double(jds.count) >= 0.9, "the post is named for \(named) of \(jds.count) JDs")
    }

    @Test func theSplitKeepsAThirdForReportingInEveryRoleGroupAndLayout() throws {
        let split = try #require(try CorpusSplit.find(near: Self.jds))
        let tests = split.entries.filter { $0.split == "test" }
        #expect((0.25...0.40).contains(Double(tests.count) / Double(split.entries.count)))
        for group in Set(split.entries.compactMap(\.role)) where split.entries.filter({ $0.role == group }).count >= 3 {
            #expect(tests.contains { $0.role == group }, "no \(group) JD in the test split")
        }
        for layout in Set(split.entries.compactMap(\.layout)) where split.entries.filter({ $0.layout == layout }).count >= 3 {
            #expect(tests.contains { $0.layout == layout }, "no \(layout) JD in the test split")
        }
    }
}
