import Foundation
import Testing
@testable import JDAlignKit

/// The matcher's acceptance figures on the hand-annotated gold files (issue targets: statement F1 ≥ 0.80, area F1 ≥ 0.88).
@Suite struct GoldTargetTests {
    @Test(arguments: StandardsLibrary.defaultFrameworkIDs)
    func matcherMeetsTheF1TargetsOnTheGold(frameworkID: String) throws {
        let library = try StandardsLibrary.builtIn()
        let framework = try #require(library.catalogue.framework(frameworkID))
        let evaluator = Evaluator(matcher: try Matcher(library: library, frameworks: [framework]), frameworks: [framework])
        let evaluation = evaluator.evaluate(try GoldFile.readAll(at: Fixtures.gold))
        let result = try #require(evaluation.frameworks.first)
        #expect(evaluation.documentCount == 5)
        #expect(evaluation.lineCount > 300)
        #expect(result.statements.f1 >= 0.80, "statement-level F1 \(result.statements.f1)")
        #expect(result.areas.f1 >= 0.88, "area-level F1 \(result.areas.f1)")
    }

    @Test func scoresCountPossibleForPrecisionAndSureForRecall() {
        var scores = Scores()
        scores.add(predicted: ["a", "b", "c"], sure: ["a", "d"], possible: ["a", "b", "d"])
        #expect(scores.precision == 2.0 / 3.0)
        #expect(scores.recall == 0.5)
        #expect(abs(scores.f1 - 4.0 / 7.0) < 1e-12)
    }
}
