import Foundation
import Testing
@testable import JDAlignKit

/// The matcher tries only the terms and rules whose triggers occur in a line. A trigger chosen wrongly would drop
/// a link silently, so on real lines the fast path must find exactly what trying every term and rule finds.
@Suite struct TriggerIndexTests {
    static let matcher: Matcher = {
        let library = try! StandardsLibrary.builtIn()
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        return try! Matcher(library: library, frameworks: frameworks)
    }()

    /// The duty and person-spec lines of the five seed JDs and of every corpus JD, each text once.
    static func corpusLines() throws -> [String] {
        let folder = Fixtures.corpus.appendingPathComponent("jds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".docx") }
        var documents = try Fixtures.exampleNames.map { (name: "\($0).txt", bytes: Array(try Fixtures.exampleData($0))) }
        documents += try names.map { (name: $0, bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
        var seen = Set<String>()
        var lines: [String] = []
        for document in documents {
            let jobDescription = Segmenter().segment(try DocumentReader.read(document.bytes, path: document.name))
            for item in jobDescription.assessableItems where seen.insert(item.text).inserted { lines.append(item.text) }
        }
        return lines
    }

    @Test func triggeredMatchingFindsWhatTryingEverythingFinds() throws {
        let lines = try Self.corpusLines()
        #expect(lines.count > 3_000)
        // Every fourth line keeps the debug-build test under a few seconds; the lines still span every JD.
        let sample = stride(from: 0, to: lines.count, by: 4).map { lines[$0] }
        var linesWithEvidence = 0
        for line in sample {
            let fast = Self.matcher.statementEvidence(in: line)
            #expect(fast == Self.matcher.statementEvidenceTryingEverything(in: line), "\(line)")
            if !fast.isEmpty { linesWithEvidence += 1 }
        }
        #expect(linesWithEvidence > sample.count / 2)
    }

    @Test func aRuleThatCanHoldWithoutItsWordsIsAlwaysTried() throws {
        let library = try StandardsLibrary.builtIn()
        let analyser = TermAnalyser(lexicon: library.lexicon)
        // The parser refuses "OR NOT", but a query built in code can still say it.
        let rule = CompiledQuery(.or([.word("timetabling"), .not(.word("curriculum"))]), normalise: analyser.keys(for:))
        #expect(rule.necessaryTriggers { _ in 1 } == nil)
        let phrase = CompiledQuery(try QueryParser.parse("\"school improvement plan\""), normalise: analyser.keys(for:))
        let rarest = phrase.necessaryTriggers { pattern in pattern == phrase.positivePatterns[1] ? 0 : 5 }
        #expect(rarest == [phrase.positivePatterns[1]])
        let both = CompiledQuery(try QueryParser.parse("safeguard* AND (pupil OR staff)"), normalise: analyser.keys(for:))
        #expect(both.necessaryTriggers { pattern in if case .prefix = pattern { 1 } else { 10 } }?.count == 1)
        #expect(both.necessaryTriggers { pattern in if case .prefix = pattern { 30 } else { 10 } }?.count == 2)
    }
}
