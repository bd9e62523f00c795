import Testing
@testable import JDAlignKit

@Suite struct JSONAndDeterminismTests {
    @Test func jsonAddsDecisionsAndReviewAfterGaps() throws {
        let analysis = try ReportFixtures.deputyHead()
        let value = try JSONParser.parse(JSONReport.bytes(of: analysis, catalogue: try ReportFixtures.catalogue(), style: .pretty))
        #expect(value.objectMembers?.map(\.key) == ["format", "version", "document", "items", "coverage", "gaps", "suggestions", "role", "decisions", "review"])
        #expect(value["gaps"]?.arrayValue?.count == analysis.gaps.count)
        let decisions = try #require(value["decisions"]?.arrayValue)
        #expect(decisions.count == 2)
        #expect(decisions[0]["state"] == .string("applied") && decisions[0]["action"] == .string("not-applicable"))
        #expect(decisions[0]["standard"] == .string("hs2020-exec:5.4") && decisions[0]["item"] == .null)
        #expect(decisions[0]["decidedBy"] == .string("=Chair of governors") && decisions[0]["date"] == .string("2025-11-20"))
        #expect(decisions[1]["state"] == .string("stale") && decisions[1]["item"] == .string("f00d"))
        #expect(decisions[1]["reason"] == .string("Parents' evenings"))
        let review = try #require(value["review"])
        #expect(review["today"] == .string("2026-03-02") && review["overdue"] == .bool(true))
        #expect(review["nextReview"]?["date"] == .string("2025-09-01") && review["lastReviewed"]?["text"] == .string("September 2024"))
        let items = try #require(value["items"]?.arrayValue)
        let budget = try #require(items.first { $0["id"] == .string("i4") })
        #expect(budget["text"] == .string(ReportFixtures.scriptDuty))
        let words = try #require(budget["words"]?.arrayValue)
        let position = try #require(words.firstIndex { $0.arrayValue?.last == .string("budget") })
        #expect(words[position] == .array([.number(18), .number(24), .string("budget")]))
        #expect(budget["links"]?["hs2020-exec:7.2"]?["evidence"]?.objectMembers?.first?.value == .array([.number(Double(position))]))
        #expect(budget["weakLinks"]?["hs2020-exec:10.1"]?["score"] == .number(0.35), "weak links are kept apart")
    }

    @Test func jsonReviewIsNullWithoutADate() throws {
        var analysis = try ReportFixtures.deputyHead()
        analysis.review = nil
        analysis.decisions = []
        let value = try JSONParser.parse(JSONReport.bytes(of: analysis, catalogue: try ReportFixtures.catalogue()))
        #expect(value["review"] == .null && value["decisions"] == .array([]))
    }

    @Test func teamJSONListsRolesCellsGapsAndSinglePoints() throws {
        let matrix = TeamMatrix(analyses: [try ReportFixtures.deputyHead(), try ReportFixtures.businessManager()],
                                catalogue: try ReportFixtures.catalogue())
        let value = try JSONParser.parse(JSONWriter.write(JSONTeamReport.value(of: matrix)))
        #expect(value["roles"]?.arrayValue?.map { $0["title"] } == [.string("Deputy Headteacher"), .string("School Business Manager")])
        #expect(value["roles"]?.arrayValue?[1]["covered"] == .number(2))
        let statement = try #require(value["statements"]?.arrayValue?.first { $0["standard"] == .string("hs2020-exec:9.1") })
        #expect(statement["cells"]?.arrayValue?.map { $0["duties"] } == [.number(0), .number(1)])
        #expect(statement["coveringRoles"] == .array([.string("School Business Manager")]))
        #expect(value["teamGaps"]?.arrayValue?.contains(.string("hs2020-exec:1.1")) == true)
        let single = try #require(value["singlePointsOfFailure"]?.arrayValue)
        #expect(single.contains { $0["standard"] == .string("hs2020-exec:9.1") && $0["role"] == .string("School Business Manager") })
        #expect(single.count == matrix.singlePointsOfFailure.count)
    }

    /// The same analysis built with its links dictionary filled in another order and capacity must give the same bytes:
    /// no report may depend on dictionary iteration order.
    @Test func everyFormatIsByteIdenticalForTheSameInput() throws {
        let catalogue = try ReportFixtures.catalogue()
        let first = try ReportFixtures.deputyHead()
        var second = try ReportFixtures.deputyHead()
        var reordered: [String: [Link]] = [:]
        reordered.reserveCapacity(512)
        for key in first.links.keys.sorted().reversed() { reordered[key] = first.links[key] }
        second.links = reordered
        #expect(first == second)
        let renderers: [(Analysis) -> [UInt8]] = [
            { Array(MarkdownReport.render($0, catalogue: catalogue).utf8) },
            { Array(HTMLReport.render($0, catalogue: catalogue).utf8) },
            { Array(CSVReport.links($0, catalogue: catalogue).utf8) },
            { Array(CSVReport.coverage($0, catalogue: catalogue).utf8) },
            { XLSXReport.render($0, catalogue: catalogue) },
            { JSONReport.bytes(of: $0, catalogue: catalogue, style: .pretty) },
        ]
        for render in renderers { #expect(render(first) == render(second)) }
        let team = { (analyses: [Analysis]) -> [[UInt8]] in
            let matrix = TeamMatrix(analyses: analyses, catalogue: catalogue)
            return [Array(MarkdownTeamReport.render(matrix).utf8), Array(HTMLTeamReport.render(matrix).utf8),
                    Array(CSVReport.team(matrix).utf8), XLSXReport.team(matrix),
                    Array(JSONWriter.write(JSONTeamReport.value(of: matrix)).utf8)]
        }
        #expect(team([first, try ReportFixtures.businessManager()]) == team([second, try ReportFixtures.businessManager()]))
    }

    @Test func reportsNameNoPathButTheOneGiven() throws {
        let catalogue = try ReportFixtures.catalogue()
        let analysis = try ReportFixtures.deputyHead()
        let texts = [MarkdownReport.render(analysis, catalogue: catalogue), HTMLReport.render(analysis, catalogue: catalogue),
                     CSVReport.links(analysis, catalogue: catalogue), String(decoding: XLSXReport.render(analysis, catalogue: catalogue), as: UTF8.self)]
        for text in texts {
            #expect(!text.contains(Fixtures.packageRoot.path))
            #expect(!text.contains("/work/") && !text.contains("/tmp/") && !text.contains("/root/"))
        }
        #expect(texts[0].contains("Examples/deputy-head.txt") && texts[1].contains("Examples/deputy-head.txt"))
    }
}
