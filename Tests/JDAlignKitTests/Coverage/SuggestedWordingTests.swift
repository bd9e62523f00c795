import Testing
@testable import JDAlignKit

/// Suggested duties for gaps: one for every statement of every bundled framework, each worded so that JDAlign
/// itself links it to the statement it is meant to cover.
@Suite struct SuggestedWordingTests {
    static let library = try! StandardsLibrary.builtIn()

    @Test(arguments: library.catalogue.frameworks.map(\.id))
    func everyStatementHasAWordingThatLinksToIt(frameworkID: String) throws {
        let framework = try #require(Self.library.catalogue.framework(frameworkID))
        let matcher = try Matcher(library: Self.library, frameworks: [framework])
        for statement in framework.statements {
            let wording = try #require(Self.library.suggestions[statement.qualifiedID], "no suggested duty for \(statement.qualifiedID)")
            for text in [wording.senior, wording.middle].compactMap({ $0 }) {
                let own = matcher.links(forText: text).first { $0.standard == statement.qualifiedID }
                #expect(own?.strength == .linked, "\(statement.qualifiedID): \"\(text)\" does not link to it")
            }
        }
    }

    @Test func reportsSuggestADutyForEachGapWordedForThePost() throws {
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { Self.library.catalogue.framework($0) }
        let document = try DocumentReader.read(contentsOf: Fixtures.examples.appendingPathComponent("head-of-year.txt"), path: "head-of-year.txt")
        let analysis = try Analyser(library: Self.library, frameworks: frameworks).analyse(document)
        #expect(!analysis.gaps.isEmpty)
        #expect(analysis.gapSuggestions.map(\.standard) == analysis.gaps)
        let gap = try #require(analysis.gaps.first)
        #expect(analysis.suggestedDuties[gap] == Self.library.suggestions[gap]?.text(for: "middle"), "a head of year gets the middle-leader wording")
        #expect(analysis.coverage.filter { $0.status == .outsideRemit }.allSatisfy { analysis.suggestedDuties[$0.standard] == nil },
                "nothing is suggested outside the post's remit")
        let markdown = MarkdownReport.render(analysis, catalogue: Self.library.catalogue)
        #expect(markdown.contains("  - Suggested duty (under *"))
    }
}
