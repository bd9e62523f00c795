import Foundation
import Testing
import JDAlignKit

/// A stand-in for the lexicon: words become their stems, and `SENCO` the role it abbreviates.
private func normalise(_ text: String) -> [String] {
    Tokeniser.tokens(in: text).flatMap { token in
        token.text == "senco"
            ? Tokeniser.tokens(in: "special educational needs co-ordinator").map { EnglishStemmer.stem($0.text) }
            : [EnglishStemmer.stem(token.text)]
    }
}

/// The terms of `text` as the matcher would hand them over, keyed by the same stand-in.
private func terms(_ text: String) -> [Term] {
    Tokeniser.tokens(in: text).enumerated().map { position, token in
        Term(key: EnglishStemmer.stem(token.text), text: token.text, range: token.range, position: position)
    }
}

private func compile(_ rule: String) throws -> CompiledQuery {
    CompiledQuery(try QueryParser.parse(rule), normalise: normalise)
}

private func matches(_ rule: String, _ text: String) throws -> Bool {
    try compile(rule).match(terms(text)) != nil
}

/// The scalar offsets of the `occurrence`-th appearance of `word` in `text`.
private func scalarRange(of word: String, in text: String, occurrence: Int = 0) throws -> Range<Int> {
    var searchStart = text.startIndex
    var found = try #require(text.range(of: word))
    for _ in 0..<occurrence {
        searchStart = found.upperBound
        found = try #require(text.range(of: word, range: searchStart..<text.endIndex))
    }
    let start = text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound)
    return start..<(start + word.unicodeScalars.count)
}

/// The line of a seed JD that contains `fragment`.
private func seedLine(_ name: String, containing fragment: String) throws -> String {
    let text = String(decoding: try Fixtures.exampleData(name), as: UTF8.self)
    return try #require(text.split(separator: "\n").first { $0.contains(fragment) }.map(String.init))
}

@Test func matchesPhrasesOnlyAsConsecutiveWords() throws {
    let policy = try seedLine("deputy-head-relationships-behaviour-attendance", containing: "Child Protection Policy")
    #expect(try matches("\"child protection\"", policy))
    #expect(try matches("\"protecting children\"", policy) == false)
    #expect(try matches("\"protection child\"", policy) == false)
    #expect(try matches("\"child protection\"", "protection of every child") == false)
    #expect(try matches("\"safeguarding and child protection\"", policy))
}

@Test func matchesWildcardsAgainstSurfaceTextOrKeyWithoutStemmingThem() throws {
    let duty = "Take responsibility for the pastoral care of pupils"
    #expect(try matches("pupil*", duty))
    #expect(try matches("PUPIL*", duty))
    #expect(try matches("responsib*", duty))
    #expect(try matches("respons*", duty))
    #expect(try matches("responsibilities*", duty) == false)
    #expect(try matches("\"pastoral car*\"", duty))
    #expect(try matches("\"pastoral car* of pupil*\"", duty))
    #expect(try matches("\"car* pastoral\"", duty) == false)
    #expect(try matches("safeguard*", "Promote safeguarding and welfare"))
    #expect(try matches("safeguarding*", "to safeguard children") == false)
    #expect(try matches("cafe*", "the Café committee"))
}

@Test func matchesNearInEitherOrderUpToTheDistance() throws {
    let duty = "welfare of all pupils"
    #expect(try matches("welfare NEAR/3 pupil*", duty))
    #expect(try matches("pupil* NEAR/3 welfare", duty))
    #expect(try matches("welfare NEAR/2 pupil*", duty) == false)
    #expect(try matches("pupil* NEAR/2 welfare", duty) == false)
    #expect(try matches("welfare NEAR/1 of", duty))
    #expect(try matches("\"child protection\" NEAR/3 polic*", "child protection and safeguarding policy"))
    #expect(try matches("\"child protection\" NEAR/2 polic*", "child protection and safeguarding policy") == false)
    #expect(try matches("polic* NEAR/3 \"child protection\"", "policy on child protection"))
    #expect(try matches("welfare NEAR/5 (pupil* AND staff)", "welfare of all pupils and staff"))
    #expect(try matches("welfare NEAR/1 welfare", "welfare") == false)
    #expect(try matches("welfare NEAR/2 welfare", "welfare and welfare"))
}

@Test func excludesTextsWhereANegatedClauseOccursAnywhere() throws {
    let duty = "Promote the safeguarding and welfare of pupils in line with school policies"
    #expect(try matches("safeguard* AND NOT financ*", duty))
    #expect(try matches("safeguard* AND NOT polic*", duty) == false)
    #expect(try matches("safeguard* welfare NOT polic*", duty) == false)
    #expect(try matches("safeguard* welfare NOT budget", duty))
    #expect(try matches("safeguard* AND NOT (welfare NEAR/1 pupil*)", duty))
    #expect(try matches("safeguard* AND NOT (welfare NEAR/2 pupil*)", duty) == false)
}

@Test func multipliesWeightsAlongThePathAndTakesTheLargest() throws {
    let both = "safeguarding and welfare"
    #expect(try compile("safeguard*^2 OR welfare").match(terms(both))?.boost == 2)
    #expect(try compile("safeguard*^2 OR welfare").match(terms("welfare"))?.boost == 1)
    #expect(try compile("(safeguard*^3 OR welfare)^0.5").match(terms(both))?.boost == 1.5)
    #expect(try compile("(safeguard*^3 OR welfare)^0.5").match(terms("welfare"))?.boost == 0.5)
    #expect(try compile("(safeguard* NEAR/2 welfare^4)^0.5").match(terms(both))?.boost == 2)
    #expect(try compile("welfare AND NOT budget^5").match(terms(both))?.boost == 1)
}

@Test func expandsAnAbbreviationIntoAPhrase() throws {
    let duty = try seedLine("upper-school-leader-senco", containing: "Special Educational Needs Co-ordinator for")
    let rule = try compile("SENCO")
    let found = try #require(rule.match(terms(duty)))
    #expect(found.matchedLeaves == ["SENCO"])
    let start = try scalarRange(of: "Special Educational", in: duty).lowerBound
    #expect(found.spans == [start..<(try scalarRange(of: "Co-ordinator", in: duty).upperBound)])
    #expect(rule.match(terms("special needs and educational co-ordinator")) == nil)
    #expect(try matches("\"senco role\"", "the Special Educational Needs Co-ordinator role"))
}

@Test func reportsSpansAndLeavesOnASeedDuty() throws {
    let duty = try seedLine("deputy-head-relationships-behaviour-attendance", containing: "safety and welfare")
    let rule = try compile("safeguard* OR \"child protection\" OR (welfare NEAR/4 (pupil* OR child*))")
    let found = try #require(rule.match(terms(duty)))
    #expect(found.matchedLeaves == ["safeguard*", "welfare", "pupil*"])
    #expect(found.spans == [
        try scalarRange(of: "pupils", in: duty),
        try scalarRange(of: "welfare", in: duty),
        try scalarRange(of: "safeguarding", in: duty),
    ])
    #expect(found.boost == 1)
    #expect(rule.leaves(in: terms(duty)) == [
        LeafReport(leaf: "safeguard*", negated: false, found: true),
        LeafReport(leaf: "\"child protection\"", negated: false, found: false),
        LeafReport(leaf: "welfare", negated: false, found: true),
        LeafReport(leaf: "pupil*", negated: false, found: true),
        LeafReport(leaf: "child*", negated: false, found: false),
    ])
}

@Test func highlightsOnlyTheOccurrencesThatAreNear() throws {
    let text = "pupils first; then many other words about the welfare of pupils"
    let found = try #require(try compile("welfare NEAR/2 pupil*").match(terms(text)))
    #expect(found.spans == [try scalarRange(of: "welfare", in: text), try scalarRange(of: "pupils", in: text, occurrence: 1)])
}

@Test func explainsWhyANegatedRuleDidNotFire() throws {
    let duty = "Allocate financial resources for safeguarding"
    let rule = try compile("safeguard* AND NOT financ*^2")
    #expect(rule.match(terms(duty)) == nil)
    #expect(rule.leaves(in: terms(duty)) == [
        LeafReport(leaf: "safeguard*", negated: false, found: true),
        LeafReport(leaf: "financ*", negated: true, found: true),
    ])
}

@Test func neverMatchesALeafThatNormalisesToNothing() throws {
    let rule = CompiledQuery(try QueryParser.parse("the OR welfare"), normalise: { $0 == "the" ? [] : normalise($0) })
    #expect(rule.match(terms("the school")) == nil)
    #expect(rule.match(terms("the welfare"))?.matchedLeaves == ["welfare"])
}

@Test func givesTheSameAnswersFromASharedIndexOnEverySeedLine() throws {
    let rules = try [
        "safeguard* OR \"child protection\" OR (welfare NEAR/4 (pupil* OR child*))",
        "(lead* OR manag*) AND (curriculum OR teach*) NOT financ*",
        "SENCO^2 OR \"special educational needs\" OR SEN",
        "behaviour NEAR/3 (attend* OR exclusion*)",
    ].map(compile)
    var fired = 0
    for name in Fixtures.exampleNames {
        let text = String(decoding: try Fixtures.exampleData(name), as: UTF8.self)
        for line in text.split(separator: "\n") {
            let lineTerms = terms(String(line))
            let index = TermIndex(lineTerms)
            for rule in rules {
                let shared = rule.match(index)
                #expect(shared == rule.match(lineTerms))
                if shared != nil { fired += 1 }
            }
        }
    }
    #expect(fired > 20)
}
