import Foundation
import Testing
@testable import JDAlignKit

/// The acceptance test of segmentation: on the five seed JDs, duties and person-specification criteria are found
/// as the gold files record them, with at least 95% recall and precision for each kind over all five files.
@Suite struct GoldSegmentationTests {
    /// One gold line: its text and kind.
    struct GoldLine {
        let text: String
        let kind: String
        let section: String
    }

    /// Recall and precision counts for one kind in one or more files.
    struct Score {
        var goldFound = 0
        var goldTotal = 0
        var itemsConfirmed = 0
        var itemsTotal = 0
        var misses: [String] = []

        var recall: Double { goldTotal == 0 ? 1 : Double(goldFound) / Double(goldTotal) }
        var precision: Double { itemsTotal == 0 ? 1 : Double(itemsConfirmed) / Double(itemsTotal) }

        static func + (left: Score, right: Score) -> Score {
            Score(goldFound: left.goldFound + right.goldFound, goldTotal: left.goldTotal + right.goldTotal,
                  itemsConfirmed: left.itemsConfirmed + right.itemsConfirmed, itemsTotal: left.itemsTotal + right.itemsTotal,
                  misses: left.misses + right.misses)
        }

        var summary: String {
            "recall \(goldFound)/\(goldTotal) (\(percent(recall))), precision \(itemsConfirmed)/\(itemsTotal) (\(percent(precision)))"
        }

        private func percent(_ value: Double) -> String {
            String(format: "%.1f%%", value * 100)
        }
    }

    static func goldLines(_ name: String) throws -> [GoldLine] {
        let data = try Data(contentsOf: Fixtures.gold.appendingPathComponent("\(name).gold.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let lines = try #require(object["lines"] as? [[String: Any]])
        return try lines.map { line in
            GoldLine(text: try #require(line["text"] as? String), kind: try #require(line["kind"] as? String),
                     section: line["section"] as? String ?? "")
        }
    }

    /// Case-folded, white space collapsed, trailing punctuation dropped.
    static func comparable(_ text: String) -> String {
        let collapsed = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var result = Substring(collapsed)
        while let last = result.last, last.isPunctuation || last == " " { result = result.dropLast() }
        return String(result)
    }

    static func score(kind: ItemKind, gold: [GoldLine], items: [Item], file: String) -> Score {
        let goldTexts = gold.filter { $0.kind == kind.rawValue }.map { comparable($0.text) }
        let itemTexts = items.filter { $0.kind == kind }.map { comparable($0.text) }
        var score = Score(goldTotal: goldTexts.count, itemsTotal: itemTexts.count)
        for goldText in goldTexts {
            if itemTexts.contains(where: { $0 == goldText || $0.contains(goldText) }) {
                score.goldFound += 1
            } else {
                score.misses.append("\(file): gold \(kind.rawValue) not found: \(goldText)")
            }
        }
        for itemText in itemTexts {
            if goldTexts.contains(where: { itemText == $0 || itemText.contains($0) }) {
                score.itemsConfirmed += 1
            } else {
                score.misses.append("\(file): \(kind.rawValue) item not in gold: \(itemText)")
            }
        }
        return score
    }

    static func segmentExample(_ name: String) throws -> JobDescription {
        let bytes = [UInt8](try Fixtures.exampleData(name))
        let document = PlainTextReader.read(bytes, path: "Examples/\(name).txt", format: .text)
        return Segmenter().segment(document)
    }

    @Test(arguments: [ItemKind.duty, ItemKind.personSpec])
    func seedsMatchGold(kind: ItemKind) throws {
        var total = Score()
        for name in Fixtures.exampleNames {
            let score = Self.score(kind: kind, gold: try Self.goldLines(name), items: try Self.segmentExample(name).items, file: name)
            print("gold \(kind.rawValue) \(name): \(score.summary)")
            total = total + score
        }
        print("gold \(kind.rawValue) overall: \(total.summary)")
        #expect(total.recall >= 0.95 && total.precision >= 0.95,
                "\(kind.rawValue) overall: \(total.summary)\n\(total.misses.joined(separator: "\n"))")
    }
}
