import Testing
@testable import JDAlignKit

@Suite struct TextNormalisationTests {
    @Test func oddSpacesBecomeOrdinarySpaces() {
        #expect(TextNormalisation.normalise("Head\u{00A0}of\u{202F}Year\u{2007}2\u{3000}x") == "Head of Year 2 x")
    }

    @Test func invisibleCharactersAndSoftHyphensAreRemoved() {
        #expect(TextNormalisation.normalise("\u{FEFF}co\u{00AD}ordinate\u{200B} safe\u{200D}guard\u{2060}ing\u{200C}") == "coordinate safeguarding")
    }

    @Test func decomposedLettersAreComposed() {
        let decomposed = "Cafe\u{0301} role"
        let result = TextNormalisation.normalise(decomposed)
        #expect(result.unicodeScalars.map(\.value) == "Café role".unicodeScalars.map(\.value))
        #expect(result.unicodeScalars.contains { $0.value == 0xE9 })
    }

    @Test func symbolFontBulletsBecomeBullets() {
        #expect(TextNormalisation.normalise("\u{F0B7}\tLead\n\u{F0A7} Plan\n\u{F0D8} Teach\n\u{F0FC} Assess") == "•\tLead\n• Plan\n• Teach\n• Assess")
    }

    @Test func lineBreaksBecomeLineFeedsAndTabsStay() {
        #expect(TextNormalisation.normalise("a\r\nb\rc\u{2028}d\u{0B}e\tf") == "a\nb\nc\nd\ne\tf")
    }

    @Test func curlyQuotesAndLettersAreKept() {
        let text = "The school’s “Excellence Every Day” – naïve façade"
        #expect(TextNormalisation.normalise(text) == text)
    }

    @Test func controlCharactersAreDropped() {
        #expect(TextNormalisation.normalise("a\u{0}b\u{7}c\u{1B}") == "abc")
    }
}
