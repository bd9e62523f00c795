import Foundation
import Testing
@testable import JDAlignKit

/// The corpus gold (`Tests/Corpus/gold`, merged from two independent annotations of each JD): one consistent file
/// per JD, and the end-to-end figures on the test split kept from falling below what was last reported.
@Suite struct CorpusGoldTests {
    static let gold = Fixtures.corpus.appendingPathComponent("gold")
    static let jds = Fixtures.corpus.appendingPathComponent("jds")

    @Test func everyJDHasOneConsistentGoldFile() throws {
        let golds = try GoldFile.readAll(at: Self.gold)
        let documents = try FileManager.default.contentsOfDirectory(atPath: Self.jds.path).filter { !$0.hasPrefix(".") }
        #expect(Set(golds.map(\.document)) == Set(documents), "one gold file for each corpus JD")
        #expect(golds.count == Set(golds.map(\.document)).count, "no JD annotated twice over")
        let catalogue = try StandardsLibrary.builtIn().catalogue
        let known = Set(StandardsLibrary.defaultFrameworkIDs.flatMap { id in
            catalogue.framework(id)?.statements.map { "\(id):\($0.id)" } ?? []
        })
        for gold in golds {
            #expect(gold.lines.contains { $0.kind == .duty }, "\(gold.document) has no gold duty")
            for line in gold.lines {
                #expect(line.sure.isSubset(of: line.possible), "\(gold.document): sure links are also possible: \(line.text)")
                #expect(line.possible.isSubset(of: known), "\(gold.document): unknown statement in \(line.possible.sorted())")
                if !line.isAssessable { #expect(line.possible.isEmpty, "\(gold.document): only duties and criteria link: \(line.text)") }
            }
        }
    }

    /// Floors a little under the figures in README's "How good is the matching?", so that a change that makes the
    /// pipeline worse on JDs it was not tuned on fails here; raise them as the figures rise.
    @Test func theTestSplitFiguresDoNotFall() throws {
        let library = try StandardsLibrary.builtIn()
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        let split = try #require(try CorpusSplit.find(near: Self.jds))
        let golds = try GoldFile.readAll(at: Self.gold).filter { split.entry(forDocument: $0.document)?.split == "test" }
        #expect(golds.count >= 20)
        let analyser = try Analyser(library: library, frameworks: frameworks)
        let documents = try golds.map { gold in
            EvaluatedDocument(gold: gold, analysis: try analyser.analyse(contentsOf: Self.jds.appendingPathComponent(gold.document),
                                                                         path: gold.document),
                              group: split.entry(forDocument: gold.document)?.layout)
        }
        let evaluator = Evaluator(matcher: try Matcher(library: library, frameworks: frameworks), frameworks: frameworks)
        let evaluation = evaluator.evaluate(documents: documents)
        let all = try #require(evaluation.segmentation.first { $0.group == "all" })
        #expect(all.duty.recall >= Self.floors.dutyRecall, "duty recall \(all.duty.recall)")
        #expect(all.personSpec.recall >= Self.floors.personSpecRecall, "person-spec recall \(all.personSpec.recall)")
        #expect(all.duty.precision >= Self.floors.dutyPrecision, "duty precision \(all.duty.precision)")
        #expect(all.personSpec.precision >= Self.floors.personSpecPrecision, "person-spec precision \(all.personSpec.precision)")
        for result in evaluation.matching.frameworks {
            #expect(result.statements.f1 >= Self.floors.statementF1, "\(result.frameworkID) statement F1 \(result.statements.f1)")
            #expect(result.areas.f1 >= Self.floors.areaF1, "\(result.frameworkID) area F1 \(result.areas.f1)")
            #expect(result.coverage.f1 >= Self.floors.coverageF1, "\(result.frameworkID) JD coverage F1 \(result.coverage.f1)")
        }
    }

    /// Every report and team matrix is headed by the post the reader finds; the annotators wrote down the post each
    /// JD is for. Measured 28 of 29 on the test split (57 of 59 on the tune split).
    @Test func thePostTitleReadIsTheOneTheAnnotatorsNamed() throws {
        func folded(_ text: String) -> String {
            text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }.split(separator: " ").joined(separator: " ")
        }
        let split = try #require(try CorpusSplit.find(near: Self.jds))
        let golds = try GoldFile.readAll(at: Self.gold).filter { split.entry(forDocument: $0.document)?.split == "test" }
        var named = 0
        for gold in golds {
            let document = try DocumentReader.read(contentsOf: Self.jds.appendingPathComponent(gold.document), path: gold.document)
            let read = folded(Segmenter().segment(document).title), expected = folded(gold.post)
            if !expected.isEmpty, read == expected || read.contains(expected) || expected.contains(read) { named += 1 }
        }
        #expect(Double(named) / Double(golds.count) >= 0.9, "the post is named for \(named) of \(golds.count) test JDs")
    }

    // Each floor sits a little under the figure measured when it was set, so that a change that loses ground on JDs
    // nobody tuned for fails here. Set in December 2026 on 49 test JDs (duty 0.963 / 0.952, person-spec 0.947 /
    // 0.942, hs2020-exec statement F1 0.728, area 0.780, coverage 0.887); the eleventh and twelfth rounds then put
    // six harder JDs in the test split (58 JDs), on which the reader before those rounds scored duty 0.951 / 0.935
    // and person-spec 0.941 / 0.925 (under the old precision floors), and the reader that lowered those two floors
    // scored duty 0.957 / 0.939, person-spec 0.946 / 0.935, statement F1 0.736, area 0.784, coverage 0.899. Rounds
    // 13 to 15 added seven test JDs (65); there the reader and knowledge of the time scored duty 0.972 / 0.946,
    // person-spec 0.947 / 0.940, statement F1 0.748, area 0.794, coverage 0.900, and the matching floors rose.
    // Rounds 16 to 19 added eleven (76); the reader and knowledge of the time scored duty 0.979 / 0.951,
    // person-spec 0.969 / 0.948, statement F1 0.751, area 0.801, coverage 0.903, and the floors rose again.
    // Round 32 put a pandoc Markdown export with grid tables in test (108 JDs), read with most of its lines lost or
    // misread: person-spec precision fell from 0.937 to 0.908 and its floor to 0.90 for a while; with grid tables
    // read (a reader written from pandoc's format, not from that JD) the split scored duty 0.985 / 0.973,
    // person-spec 0.975 / 0.939, statement F1 0.748, and the floor went back to 0.93.
    private static let floors = (dutyRecall: 0.96, dutyPrecision: 0.935, personSpecRecall: 0.95, personSpecPrecision: 0.93,
                                 statementF1: 0.74, areaF1: 0.785, coverageF1: 0.88)
}
