import Testing
@testable import JDAlignKit

/// Words that stem alike but mean different things in JDs are kept apart by `stemCollisions` in the lexicon.
@Suite struct StemCollisionTests {
    static let library = try! StandardsLibrary.builtIn()

    @Test func everyListedGroupMeetsOnlyItsOwnWords() throws {
        let analyser = TermAnalyser(lexicon: Self.library.lexicon)
        #expect(!Self.library.lexicon.stemCollisions.isEmpty)
        for groups in Self.library.lexicon.stemCollisions {
            let keys = groups.map { group in Set(group.map { analyser.key(for: $0) }) }
            for (index, group) in keys.enumerated() {
                #expect(group.count == 1, "the words of \(groups[index]) should still meet each other")
                for other in keys.indices where other != index {
                    #expect(group.isDisjoint(with: keys[other]), "\(groups[index]) and \(groups[other]) must not meet")
                }
            }
            // The words really do stem alike: otherwise the entry would be needless.
            #expect(Set(groups.joined().map(EnglishStemmer.stem)).count < groups.joined().count)
        }
    }

    /// A compound stands for the form it is joined to, so the two must analyse alike: "parents/carers" once joined to
    /// "parents and carers" became one term that no keyword could meet, and lines about parents linked to nothing.
    @Test func everyCompoundAnalysesLikeTheFormItIsJoinedTo() {
        let analyser = TermAnalyser(lexicon: Self.library.lexicon)
        #expect(!Self.library.lexicon.compounds.isEmpty)
        for (written, joined) in Self.library.lexicon.compounds {
            #expect(analyser.keys(for: written) == analyser.keys(for: joined), "\(written) -> \(joined)")
        }
    }

    @Test func aWordOfTheUsualMeaningStillMeetsItsUnlistedForms() {
        let analyser = TermAnalyser(lexicon: Self.library.lexicon)
        #expect(analyser.key(for: "responsible") == analyser.key(for: "responsibleness"))
        #expect(analyser.key(for: "talented") != analyser.key(for: "talent"))
    }

    @Test(arguments: [
        ("Organise provision for gifted and talented pupils across the year group", "nseh2015:D2.5"),
        ("Demonstrate a strong work ethic and reliability in all tasks", "hs2020-exec:1.5"),
        ("Carry out administrative tasks routinely and in an efficient manner", "hs2020-exec:4.1"),
        ("Reconcile the school fund and trip accounts each month and keep them in good order", "nseh2015:D1.5"),
        ("Plan visits to partner primary schools for incoming Year 7 pupils", "hs2020-exec:7.2"),
    ])
    func wordsThatOnlyShareAStemNoLongerLink(text: String, standard: String) throws {
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { Self.library.catalogue.framework($0) }
        let matcher = try Matcher(library: Self.library, frameworks: frameworks)
        #expect(!matcher.links(forText: text).contains { $0.standard == standard && $0.strength == .linked })
    }

    @Test func aWordKeptApartInTwoEntriesIsRefusedWithItsPlace() {
        let json = #"{"stemCollisions": [{"apart": [["ethics"], ["ethic"]]}, {"apart": [["ethic"], ["ethical"]]}]}"#
        #expect(throws: CatalogueError.self) { try LexiconDecoder.decode(Array(json.utf8), file: "lexicon.json") }
        let malformed = #"{"stemCollisions": [{"apart": [["ethics"]]}]}"#
        #expect(throws: CatalogueError.self) { try LexiconDecoder.decode(Array(malformed.utf8), file: "lexicon.json") }
    }
}
