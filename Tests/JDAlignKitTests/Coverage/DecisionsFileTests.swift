import Foundation
import Testing
import JDAlignKit

@Suite("Decisions file")
struct DecisionsFileTests {
    let safeguarding = ItemFingerprint.of(ReviewFixtures.safeguardingDuty)

    func decode(_ text: String) throws(CatalogueError) -> DecisionsFile {
        try DecisionsFile.decode(Array(text.utf8), file: "decisions.json")
    }

    func error(_ text: String) -> CatalogueError? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error
        }
    }

    /// A file with one decision whose fields are `fields` (written as JSON members).
    func file(_ fields: String) -> String {
        #"{"jd": "deputy-head.docx", "decisions": [{\#(fields)}]}"#
    }

    var signed: String { #""reason": "Agreed at FGB", "decidedBy": "Chair of governors", "date": "2026-11-20""# }

    @Test("every action round-trips through the writer and the reader")
    func roundTrip() throws {
        let original = DecisionsFile(jd: "deputy-head.docx", decisions: [
            Decision(action: .accept, standard: "hs2020-exec:7.1", item: safeguarding, itemText: ReviewFixtures.safeguardingDuty,
                     reason: "Lead on safeguarding \"as DSL\"", decidedBy: "Chair of governors", date: "2026-11-20"),
            Decision(action: .reject, standard: "hs2020-exec:9.1", item: safeguarding, reason: "Not about partnership", decidedBy: "FGB", date: "2026-11-20"),
            Decision(action: .add, standard: "hs2020-exec:7.2", item: safeguarding, reason: "Covers policy", decidedBy: "FGB", date: "2026-11-21"),
            Decision(action: .notApplicable, standard: "hs2020-exec:3.3", reason: "Secondary school: no early reading", decidedBy: "FGB", date: "2026-11-20"),
        ])
        let decoded = try decode(original.text)
        #expect(decoded == original)
        #expect(original.text.contains("\"action\": \"not-applicable\""))
    }

    @Test("the documented example reads")
    func documentedExample() throws {
        let text = #"""
        {"jd": "deputy-head.docx", "decisions": [
          {"action": "accept", "standard": "hs2020-exec:7.1", "item": "3F2A9C0D11B2E4F5", "itemText": "Lead on safeguarding", "reason": "DSL role", "decidedBy": "Chair of governors", "date": "2026-11-20"},
          {"action": "not-applicable", "standard": "hs2020-exec:3.3", "reason": "Secondary school: no early reading", "decidedBy": "FGB", "date": "2026-11-20"}]}
        """#
        let decoded = try decode(text)
        #expect(decoded.jd == "deputy-head.docx")
        #expect(decoded.decisions.map(\.action) == [.accept, .notApplicable])
        #expect(decoded.decisions[0].item == "3f2a9c0d11b2e4f5")
        #expect(decoded.decisions[1].item == nil)
    }

    @Test("the full example in Docs/decisions.md reads")
    func documentationExample() throws {
        let documentation = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Docs/decisions.md"), encoding: .utf8)
        let example = try #require(documentation.components(separatedBy: "```json\n").last?.components(separatedBy: "```").first)
        let decoded = try decode(example)
        #expect(decoded.decisions.map(\.action) == [.accept, .reject, .add, .notApplicable])
    }

    @Test("an unknown action names the allowed ones")
    func unknownAction() {
        let failure = error(file(#""action": "approve", "standard": "hs2020-exec:7.1", "item": "\#(safeguarding)", \#(signed)"#))
        #expect(failure?.location == "decisions[0].action")
        #expect(failure?.message == "unknown action \"approve\"")
        #expect(failure?.hint?.contains("accept, reject, add, not-applicable") == true)
    }

    @Test("the starter's review placeholder is refused with what to do")
    func placeholder() {
        let failure = error(file(#""action": "review", "standard": "hs2020-exec:7.1", "item": "\#(safeguarding)", "reason": "", "decidedBy": "", "date": """#))
        #expect(failure?.location == "decisions[0].action")
        #expect(failure?.message.contains("waiting for the governors' decision") == true)
        #expect(failure?.hint?.contains("\"accept\"") == true)
    }

    @Test("reason, decidedBy and date are required and may not be blank", arguments: ["reason", "decidedBy", "date"])
    func requiredFields(_ field: String) {
        let values = ["reason": "Agreed at FGB", "decidedBy": "FGB", "date": "2026-11-20"]
        let present = values.filter { $0.key != field }.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ")
        let missing = error(file(#""action": "accept", "standard": "hs2020-exec:7.1", "item": "\#(safeguarding)", \#(present)"#))
        #expect(missing?.location == "decisions[0]")
        #expect(missing?.message == "missing field \"\(field)\"")
        let blank = error(file(#""action": "accept", "standard": "hs2020-exec:7.1", "item": "\#(safeguarding)", \#(present), "\#(field)": "  ""#))
        #expect(blank?.location == "decisions[0].\(field)")
        #expect(blank?.message == "is empty")
    }

    @Test("a date must be a real ISO day", arguments: ["20/11/2026", "2026-02-30", "November 2026"])
    func badDate(_ date: String) {
        let failure = error(file(#""action": "accept", "standard": "hs2020-exec:7.1", "item": "\#(safeguarding)", "reason": "r", "decidedBy": "FGB", "date": "\#(date)""#))
        #expect(failure?.location == "decisions[0].date")
        #expect(failure?.message.contains("YYYY-MM-DD") == true)
    }

    @Test("not-applicable may not name an item")
    func notApplicableWithItem() {
        let failure = error(file(#""action": "not-applicable", "standard": "hs2020-exec:3.3", "item": "\#(safeguarding)", \#(signed)"#))
        #expect(failure?.location == "decisions[0].item")
        #expect(failure?.message.contains("about the post") == true)
    }

    @Test("accept, reject and add need an item", arguments: ["accept", "reject", "add"])
    func itemRequired(_ action: String) {
        let failure = error(file(#""action": "\#(action)", "standard": "hs2020-exec:7.1", \#(signed)"#))
        #expect(failure?.location == "decisions[0]")
        #expect(failure?.message == "missing field \"item\": \(action) is about one item's link")
    }

    @Test("malformed items and standards, unknown fields, duplicates and bad JSON are located")
    func otherErrors() {
        let badItem = error(file(#""action": "accept", "standard": "hs2020-exec:7.1", "item": "3f2a", \#(signed)"#))
        #expect(badItem?.location == "decisions[0].item")
        let badStandard = error(file(#""action": "accept", "standard": "7.1", "item": "\#(safeguarding)", \#(signed)"#))
        #expect(badStandard?.location == "decisions[0].standard")
        #expect(badStandard?.hint?.contains("hs2020-exec:7.1") == true)
        let misspelt = error(file(#""action": "accept", "standard": "hs2020-exec:7.1", "item": "\#(safeguarding)", "reasons": "x", \#(signed)"#))
        #expect(misspelt?.location == "decisions[0].reasons")
        #expect(misspelt?.hint?.contains("did you mean \"reason\"") == true)
        let one = #"{"action": "not-applicable", "standard": "hs2020-exec:3.3", \#(signed)}"#
        let duplicate = error(#"{"jd": "x.docx", "decisions": [\#(one), \#(one)]}"#)
        #expect(duplicate?.location == "decisions[1]")
        #expect(duplicate?.hint == "keep one of this and decisions[0]")
        let syntax = error("{\"jd\": \"x.docx\",\n \"decisions\": [}")
        #expect(syntax?.location == "line 2, column 16")
        #expect(error(#"{"jd": "x.docx"}"#)?.message == "missing field \"decisions\"")
    }
}
