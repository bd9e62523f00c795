import Testing
@testable import JDAlignKit

/// Text from PDF converters often loses its spaces; the splitter restores them without ever splitting a real word.
@Suite struct GluedWordSplitterTests {
    static let library = try! StandardsLibrary.builtIn()
    static let splitter = GluedWordSplitter(wordList: .builtIn, alsoKnown: library.vocabulary,
                                            functionWords: Set(library.lexicon.stopWords))

    @Test(arguments: [
        ("tooverseetheprogressofpupilsin", "to oversee the progress of pupils in"),
        ("andto", "and to"),
        ("reportregularlyto", "report regularly to"),
        ("safeguardingandchildprotection", "safeguarding and child protection"),
        ("theschoolimprovementplan", "the school improvement plan"),
        ("leadandmanagetheteachingassistants", "lead and manage the teaching assistants"),
    ])
    func gluedRunsAreSplitIntoTheirWords(run: String, words: String) {
        #expect(Self.splitter.split(run)?.joined(separator: " ") == words)
    }

    @Test func wordsNamesAndShortRunsAreLeftAlone() {
        for word in ["safeguarding", "headteacher", "curriculum", "wellbeing", "cpoms", "ofsted", "the", "andt", "thornbury", "oakfield"] {
            #expect(Self.splitter.split(word) == nil, "\(word)")
        }
    }
}

extension GluedWordSplitterTests {
    @Test func noWordOfTheLexiconOrTheCatalogueIsEverSplit() {
        let vocabulary = Self.library.vocabulary
        #expect(vocabulary.count > 1_000)
        for word in vocabulary {
            #expect(Self.splitter.split(word) == nil, "\(word) was split into \(Self.splitter.split(word) ?? [])")
        }
    }

    @Test func noWordOfTheWordListIsEverSplit() {
        let splitter = GluedWordSplitter(wordList: .builtIn)
        let words = WordList.builtIn.allWords
        #expect(words.count > 30_000)
        #expect(words.allSatisfy { splitter.split($0.word) == nil })
        // Binary search finds every bundled word, so the bundled list really is sorted.
        #expect(words.allSatisfy { WordList.builtIn.count(of: $0.word.utf8) == $0.count })
    }

    @Test func matchingSeesTheWordsOfAGluedRunAndEvidenceKeepsTheTextAsWritten() throws {
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { Self.library.catalogue.framework($0) }
        let matcher = try Matcher(library: Self.library, frameworks: frameworks)
        let glued = matcher.links(forText: "Leadsafeguardingandchildprotection across the school")
        let link = try #require(glued.first { $0.standard == "hs2020-exec:7.1" })
        #expect(link.strength == .linked)
        #expect(link.evidence.flatMap(\.matches).contains { $0.text == "Leadsafeguardingandchildprotection" })
    }

    @Test func aWordListLineThatIsNotAWordAndACountIsRefusedWithItsLine() {
        #expect(throws: CatalogueError.self) { try WordList(parsing: "the 5\nbad-word 2\n", file: "words.txt") }
        #expect(throws: CatalogueError.self) { try WordList(parsing: "the five\n", file: "words.txt") }
        #expect((try? WordList(parsing: "# comment\noracy\nthe 3\n", file: "words.txt"))?.added == ["oracy": 1, "the": 3])
    }
}
