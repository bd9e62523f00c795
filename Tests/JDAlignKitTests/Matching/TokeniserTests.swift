import Foundation
import Testing
import JDAlignKit

/// The characters of `text` between two scalar offsets.
private func slice(_ text: String, _ range: Range<Int>) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
}

/// What a token's text should be, worked out from the original characters by another route.
private func expectedText(of original: String) -> String {
    original.replacingOccurrences(of: "\u{2019}", with: "'")
        .replacingOccurrences(of: "\u{2018}", with: "'")
        .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        .lowercased()
}

@Test func splitsADutyIntoWordsWithTheirPlaces() {
    let duty = "Lead the school’s safeguarding and child protection arrangements as DSL"
    let tokens = Tokeniser.tokens(in: duty)
    #expect(tokens.map(\.text) == [
        "lead", "the", "school", "safeguarding", "and", "child", "protection", "arrangements", "as", "dsl",
    ])
    #expect(tokens.map { slice(duty, $0.range) } == [
        "Lead", "the", "school", "safeguarding", "and", "child", "protection", "arrangements", "as", "DSL",
    ])
    #expect(tokens.allSatisfy { !$0.joinedByHyphen })
}

@Test func rangesOfEverySeedDocumentPointBackAtTheirWords() throws {
    for name in Fixtures.exampleNames {
        let text = String(decoding: try Fixtures.exampleData(name), as: UTF8.self)
        let tokens = Tokeniser.tokens(in: text)
        #expect(tokens.count > 200, "\(name)")
        for token in tokens {
            #expect(expectedText(of: slice(text, token.range)) == token.text, "\(name): \(token)")
        }
        let ranges = tokens.map(\.range)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound }, "\(name)")
    }
}

@Test func rangesCountScalarsPastEmojiAccentsAndCurlyQuotes() {
    let text = "👍🏽 Zoë’s “naïve” café-culture, e\u{301}tude 🎉🎉 KS2"
    let tokens = Tokeniser.tokens(in: text)
    #expect(tokens.map(\.text) == ["zoe", "naive", "cafe", "culture", "etude", "ks2"])
    #expect(tokens.map { slice(text, $0.range) } == ["Zoë", "naïve", "café", "culture", "e\u{301}tude", "KS2"])
    #expect(tokens.map(\.joinedByHyphen) == [false, false, false, true, false, false])
}

@Test func keepsLettersAndDigitsTogetherAndSplitsOnPunctuation() {
    let text = "KS2/KS3 leaders; L11 pay (2020), Year 7 and Year-8 pupils e.g. maths & English"
    #expect(Tokeniser.tokens(in: text).map(\.text) == [
        "ks2", "ks3", "leaders", "l11", "pay", "2020", "year", "7", "and", "year", "8", "pupils", "e", "g",
        "maths", "english",
    ])
}

@Test func marksOnlyHyphensThatJoinTwoWords() {
    let text = "well-being, self-evaluation - not this 2020–2021 nor this- one; re-\u{2010}x co\u{2011}ordinate"
    let tokens = Tokeniser.tokens(in: text)
    let joined = tokens.filter(\.joinedByHyphen).map(\.text)
    #expect(joined == ["being", "evaluation", "ordinate"])
    #expect(tokens.map(\.text).contains("2021"))
}

@Test func dropsPossessivesAndStrayApostrophes() {
    let text = "pupils' parents' the school's and the school’s, o'clock, 'tis the Head’s ‘quote’ it's"
    let tokens = Tokeniser.tokens(in: text)
    #expect(tokens.map(\.text) == [
        "pupils", "parents", "the", "school", "and", "the", "school", "o'clock", "tis", "the", "head", "quote", "it",
    ])
    #expect(tokens.map { slice(text, $0.range) }[6...8] == ["school", "o'clock", "tis"])
}

@Test func readsEmptyAndWordlessText() {
    #expect(Tokeniser.tokens(in: "").isEmpty)
    #expect(Tokeniser.tokens(in: " -- ’ … 🎉 \u{301} ").isEmpty)
}

@Test func tokenCountGrowsInProportionWithRepeatedText() throws {
    let text = String(decoding: try Fixtures.exampleData("head-of-year"), as: UTF8.self) + "\n"
    let once = Tokeniser.tokens(in: text)
    let repeated = Tokeniser.tokens(in: String(repeating: text, count: 200))
    #expect(repeated.count == once.count * 200)
    let scalarCount = text.unicodeScalars.count
    let shift = 199 * scalarCount
    #expect(repeated.last?.range == once.last.map { ($0.range.lowerBound + shift)..<($0.range.upperBound + shift) })
}
