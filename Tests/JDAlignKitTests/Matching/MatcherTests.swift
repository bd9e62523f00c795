import Foundation
import Testing
@testable import JDAlignKit

@Suite struct MatcherTests {
    static let library = try! StandardsLibrary.builtIn()
    static let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
    let matcher = try! Matcher(library: MatcherTests.library, frameworks: MatcherTests.frameworks)

    private func linked(_ text: String, section: String = "") -> Set<String> {
        Set(matcher.links(forText: text, section: section).filter { $0.strength == .linked }.map(\.standard))
    }

    @Test func safeguardingDutiesLinkToSafeguardingInBothFrameworks() {
        let links = linked("Act as the Designated Safeguarding Lead, keeping child protection records up to date")
        #expect(links.contains("hs2020-exec:7.1"))
        #expect(links.contains { $0.hasPrefix("nseh2015:") })
    }

    @Test func negatedAndExcludedDutiesDoNotLink() {
        #expect(linked("Manage the school budget and financial resources").contains("hs2020-exec:7.2"))
        #expect(!linked("Not responsible for the school budget or financial resources").contains("hs2020-exec:7.2"))
        #expect(!linked("Lead pastoral care, excluding safeguarding and child protection").contains("hs2020-exec:7.1"))
    }

    @Test func aNegationCueStopsAtTheEndOfItsClause() {
        let links = linked("Not responsible for the budget; lead safeguarding and child protection across the school")
        #expect(links.contains("hs2020-exec:7.1"))
        #expect(!links.contains("hs2020-exec:7.2"))
    }

    @Test func aSectionHeadingStrengthensButNeverCreatesALink() throws {
        let neutral = "Be present at the school gate each morning"
        #expect(matcher.links(forText: neutral, section: "G. Safeguarding and welfare").isEmpty)
        let area7 = try #require(Self.frameworks[0].areas.first { $0.id == "7" })
        let cue = try #require(area7.headingCues.first)
        let text = "Keep children safe in education at all times"
        let plain = try #require(matcher.links(forText: text).first { $0.standard == "hs2020-exec:7.1" })
        let strengthened = try #require(matcher.links(forText: text, section: "Duties: \(cue)").first { $0.standard == "hs2020-exec:7.1" })
        #expect(strengthened.score > plain.score)
        #expect(strengthened.evidence.contains { $0.source == .heading })
    }

    @Test func evidenceRangesPointAtTheWordsInTheText() throws {
        let text = "Ensure the school’s SENCO maintains an up-to-date SEN register and EHCP reviews"
        let links = matcher.links(forText: text)
        #expect(links.contains { $0.standard.hasPrefix("hs2020-exec:5.") })
        let scalars = Array(text.unicodeScalars)
        for link in links {
            for evidence in link.evidence where evidence.source != .heading {
                for span in evidence.matches {
                    #expect(String(String.UnicodeScalarView(scalars[span.range])) == span.text)
                }
            }
        }
    }

    @Test func synonymsAndSpellingsLinkAlike() {
        let pupils = linked("Promote positive behaviour of pupils and reduce exclusions")
        #expect(!pupils.isEmpty)
        #expect(linked("Promote positive behavior of students and reduce exclusions") == pupils)
    }

    @Test func scoresStayWithinZeroAndOneAndAreSortedStrongestFirst() {
        let links = matcher.links(forText: "Lead the safeguarding, SEND, behaviour, attendance, curriculum, assessment, CPD and budget strategy with governors and parents")
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { (0...1).contains($0.score) })
        #expect(links.map(\.score) == links.map(\.score).sorted(by: >))
    }

    @Test func aRuleThatDoesNotParseNamesFileStatementAndColumn() throws {
        let json = #"{"id": "trust", "title": "T", "areas": [{"id": "1", "title": "A", "statements": [{"id": "1.1", "text": "x", "rules": [{"query": "budget AND (finance", "weight": 0.5}]}]}]}"#
        var library = Self.library
        try library.add(files: [(name: "Standards/trust.json", bytes: Array(json.utf8))])
        let framework = try #require(library.catalogue.framework("trust"))
        #expect {
            try Matcher(library: library, frameworks: [framework])
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix("Standards/trust.json: trust:1.1, rule 1, column 12:") && description.contains("\n") && description.hasSuffix("^")
        }
    }

    /// Wildcards of two letters and longer, on words shorter than a wildcard, with accents and with scalars
    /// outside the Basic Multilingual Plane before the match: triggers and spans must still be exact.
    @Test func wildcardRulesFireOnEveryWordThatStartsWithThem() throws {
        let json = #"""
            {"id": "trust", "title": "T", "areas": [{"id": "1", "title": "A", "statements": [
              {"id": "1.1", "text": "x", "rules": [{"query": "ex*", "weight": 0.9}]},
              {"id": "1.2", "text": "y", "rules": [{"query": "café* AND menu", "weight": 0.9}]},
              {"id": "1.3", "text": "z", "rules": [{"query": "apprentic*", "weight": 0.9}]}]}]}
            """#
        var library = Self.library
        try library.add(files: [(name: "Standards/trust.json", bytes: Array(json.utf8))])
        let matcher = try Matcher(library: library, frameworks: [try #require(library.catalogue.framework("trust"))])
        let text = "🚀 Go to Excellence: a café menu for apprentices, and an apprenticeship scheme"
        let links = matcher.links(forText: text)
        #expect(Set(links.map(\.standard)) == ["trust:1.1", "trust:1.2", "trust:1.3"])
        let apprentices = try #require(links.first { $0.standard == "trust:1.3" }?.evidence.first?.matches)
        #expect(apprentices.map(\.text) == ["apprentices", "apprenticeship"])
        let scalars = Array(text.unicodeScalars)
        for span in links.flatMap(\.evidence).flatMap(\.matches) {
            #expect(String(String.UnicodeScalarView(scalars[span.range])) == span.text)
        }
        #expect(matcher.links(forText: "Go to an e a x").isEmpty)
    }
}
