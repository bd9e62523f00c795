import Foundation
import Testing
@testable import JDAlignKit

/// Keyword terms and heading cues are compiled once per distinct text and shared; what is shared must be exactly
/// what compiling each occurrence afresh gives.
@Suite struct TermCompilerTests {
    static let library = try! StandardsLibrary.builtIn()
    static let analyser = TermAnalyser(lexicon: library.lexicon, splitter: GluedWordSplitter(
        wordList: library.wordList, alsoKnown: library.vocabulary, functionWords: Set(library.lexicon.stopWords)))

    /// Every keyword term and heading cue of every bundled framework, repeats included.
    static var texts: [String] {
        library.catalogue.frameworks.flatMap(\.areas).flatMap { area in
            area.headingCues + area.statements.flatMap { $0.keywords.flatMap(\.terms) }
        }
    }

    @Test func sharedPatternsEqualFreshOnes() {
        let compiler = TermCompiler(analyser: Self.analyser)
        let texts = Self.texts
        #expect(Set(texts).count < texts.count, "the catalogue repeats terms, which is what sharing is for")
        for text in texts {
            let shared = compiler.pattern(for: text)
            let fresh = TermCompiler.compile(text, analyser: Self.analyser)
            #expect(shared.text == fresh.text)
            #expect(Self.describe(shared.query) == Self.describe(fresh.query), "\(text)")
        }
    }

    /// Prefixes of ASCII text skip Foundation's folding, which must change nothing.
    @Test func asciiPrefixesFoldAsFoundationFolds() {
        let prefixes = Self.texts.flatMap { $0.split(separator: " ") }.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }
        #expect(!prefixes.isEmpty)
        for prefix in prefixes + ["SafeGuard", "Head's", "co-ord", "KS2"] {
            let compiled = CompiledQuery(.prefix(prefix)) { [$0] }
            let folded = prefix.replacingOccurrences(of: "\u{2019}", with: "'")
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            #expect(compiled.leaves.map(\.patterns) == [[.prefix(folded)]], "\(prefix)")
        }
    }

    /// Everything a compiled query holds, as text to compare.
    static func describe(_ query: CompiledQuery) -> String {
        "\(query.query) \(query.root) \(query.nodes) \(query.children) "
            + query.leaves.map { "\($0.written)|\($0.negated)|\($0.patterns)" }.joined(separator: ";")
    }
}
