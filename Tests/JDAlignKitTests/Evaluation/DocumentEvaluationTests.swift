import Foundation
import Testing
@testable import JDAlignKit

/// End-to-end evaluation: gold lines found among the items the pipeline read, and what that costs the figures.
@Suite struct DocumentEvaluationTests {
    private func line(_ text: String, _ kind: ItemKind, _ sure: Set<String> = []) -> GoldFile.Line {
        GoldFile.Line(text: text, kind: kind, section: "", sure: sure, possible: sure)
    }

    private func item(_ index: Int, _ text: String, _ kind: ItemKind) -> Item {
        Item(id: "i\(index)", kind: kind, text: text, section: "", line: index)
    }

    @Test func foldingIgnoresCaseSpacingQuotesAndListMarkers() {
        #expect(GoldLineAlignment.fold("  •  Lead the  SCHOOL’s\tvision ") == "lead the school's vision")
        #expect(GoldLineAlignment.fold("1.2 Manage the budget") == "manage the budget")
        #expect(GoldLineAlignment.fold("(iv) Report to governors") == "report to governors")
        #expect(GoldLineAlignment.fold("b) Report to governors") == "report to governors")
        #expect(GoldLineAlignment.fold("mini. beasts") == "mini. beasts", "a word is not a list marker")
        #expect(GoldLineAlignment.fold("the other half is given to whole- school leadership") == "the other half is given to wholeschool leadership")
        #expect(GoldLineAlignment.fold("including be- haviour logs") == GoldLineAlignment.fold("including behaviour logs"),
                "a word a typesetter broke reads as the reader mends it")
        #expect(GoldLineAlignment.fold("in Year- 7") == "in year-7", "only a letter after the break loses the hyphen")
        #expect(GoldLineAlignment.fold("pupils - and staff") == "pupils - and staff", "a dash between words keeps its spaces")
        #expect(GoldLineAlignment.fold("Teaching in two key stages – E") == "teaching in two key stages")
        #expect(GoldLineAlignment.fold("Knowledge of phonics (D)") == "knowledge of phonics")
        #expect(GoldLineAlignment.fold("Awareness of research on oracy – Desirable") == "awareness of research on oracy")
        #expect(GoldLineAlignment.fold("o Establishing policies") == "establishing policies")
    }

    @Test func goldLinesMapToEqualItemsOrToTheJoinedItemHoldingThem() {
        let items = [item(1, "Duties", .heading),
                     item(2, "To lead the safeguarding of pupils across the school.", .duty),
                     item(3, "Essential", .heading),
                     item(4, "Manage the budget", .duty)]
        let gold = [line("Duties", .heading),
                    line("to lead the safeguarding of pupils", .duty),  // a wrapped part inside a joined item
                    line("Essential", .heading),
                    line("Manage  the budget", .duty),
                    line("budget", .duty),  // too short to be looked for inside an item
                    line("Plan the timetable", .duty)]
        #expect(GoldLineAlignment.align(gold, to: items) == [0, 1, 2, 3, nil, nil])
    }

    @Test func repeatedWordingMapsToTheCopyAfterThePreviousLine() {
        let items = [item(1, "Teaching", .heading), item(2, "Plan lessons", .duty), item(3, "Teaching", .heading), item(4, "Mark work", .duty)]
        let gold = [line("Plan lessons", .duty), line("Teaching", .heading), line("Mark work", .duty)]
        #expect(GoldLineAlignment.align(gold, to: items) == [1, 2, 3])
    }

    @Test func aDutyReadAsAnotherKindIsMissedAndPredictsNothing() throws {
        let library = try StandardsLibrary.builtIn()
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        let analyser = try Analyser(library: library, frameworks: frameworks)
        let text = "Responsibilities\n- Lead safeguarding and child protection as the designated safeguarding lead\n- Manage the school budget\n"
        var jobDescription = Segmenter().segment(PlainTextReader.read(Array(text.utf8), path: "jd.txt", format: .text))
        let budget = try #require(jobDescription.items.firstIndex { $0.text == "Manage the school budget" })
        jobDescription.items[budget].kind = .other
        let analysis = analyser.analyse(jobDescription)
        let gold = GoldFile(document: "jd.txt", path: "jd.gold.json", lines: [
            line("Responsibilities", .heading),
            line("Lead safeguarding and child protection as the designated safeguarding lead", .duty, ["hs2020-exec:7.1"]),
            line("Manage the school budget", .duty, ["hs2020-exec:7.2"]),
        ])
        let evaluator = Evaluator(matcher: try Matcher(library: library, frameworks: frameworks), frameworks: frameworks)
        let result = evaluator.evaluate(documents: [EvaluatedDocument(gold: gold, analysis: analysis, group: "bullets")])
        let all = try #require(result.segmentation.first)
        #expect(all.duty.goldLines == 2 && all.duty.found == 1 && all.duty.items == 1 && all.duty.correctItems == 1)
        #expect(all.misreadAs == ["other": 1])
        #expect(result.segmentation.map(\.group) == ["all", "bullets"])
        let hs = try #require(result.matching.frameworks.first)
        #expect(hs.statements.expected == 2 && hs.statements.found == 1, "the budget line was never read as a duty, so 7.2 is missed")
        #expect(hs.coverage.found == 1 && hs.coverage.expected == 2)
    }

    /// Two gold duties the reader joined into one item are one duty found, not two: the governor sees one item.
    @Test func twoGoldDutiesJoinedIntoOneItemCountOnce() throws {
        let library = try StandardsLibrary.builtIn()
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        let analyser = try Analyser(library: library, frameworks: frameworks)
        let text = "Responsibilities\nLead safeguarding and child protection across the school. Manage the school budget with the bursar.\n"
        let analysis = analyser.analyse(Segmenter().segment(PlainTextReader.read(Array(text.utf8), path: "jd.txt", format: .text)))
        let gold = GoldFile(document: "jd.txt", path: "jd.gold.json", lines: [
            line("Responsibilities", .heading),
            line("Lead safeguarding and child protection across the school.", .duty, ["hs2020-exec:7.1"]),
            line("Manage the school budget with the bursar.", .duty, ["hs2020-exec:7.2"]),
        ])
        let evaluator = Evaluator(matcher: try Matcher(library: library, frameworks: frameworks), frameworks: frameworks)
        let all = try #require(evaluator.evaluate(documents: [EvaluatedDocument(gold: gold, analysis: analysis, group: nil)]).segmentation.first)
        #expect(all.duty.goldLines == 2 && all.duty.found == 1 && all.duty.items == 1 && all.duty.correctItems == 1)
        #expect(all.misreadAs == ["joined to another": 1])
    }

    @Test func theSeedsReadWholeGiveEveryGoldLineItsKind() throws {
        let library = try StandardsLibrary.builtIn()
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        let analyser = try Analyser(library: library, frameworks: frameworks)
        let documents = try GoldFile.readAll(at: Fixtures.gold).map { gold in
            EvaluatedDocument(gold: gold, analysis: try analyser.analyse(contentsOf: Fixtures.examples.appendingPathComponent(gold.document),
                                                                         path: gold.document), group: nil)
        }
        let evaluator = Evaluator(matcher: try Matcher(library: library, frameworks: frameworks), frameworks: frameworks)
        let result = evaluator.evaluate(documents: documents)
        let all = try #require(result.segmentation.first)
        #expect(all.duty.recall == 1 && all.duty.precision == 1 && all.personSpec.recall == 1 && all.personSpec.precision == 1)
        #expect(result.matching.lineCount == 341)
        // Whole documents give nearly the links of the gold lines matched alone: the seeds' items are the gold lines,
        // and only a few sections differ in wording.
        let alone = evaluator.evaluate(try GoldFile.readAll(at: Fixtures.gold))
        for (whole, lines) in zip(result.matching.frameworks, alone.frameworks) {
            #expect(abs(whole.statements.f1 - lines.statements.f1) < 0.01)
            #expect(whole.statements.expected == lines.statements.expected)
        }
    }

    @Test func splitFilesNameTheLineOfAMistake() throws {
        let split = try CorpusSplit(text: "slug\tsplit\trole\tlayout\na\ttune\thead\tbullets\n# note\nb\ttest\n", file: "split.tsv")
        #expect(split.entries.map(\.slug) == ["a", "b"])
        #expect(split.entry(forDocument: "a.docx")?.layout == "bullets")
        #expect(throws: ReadingError.self) { try CorpusSplit(text: "a\ttrain\n", file: "split.tsv") }
        do {
            _ = try CorpusSplit(text: "a\ttune\na\ttest\n", file: "split.tsv")
            Issue.record("a slug listed twice was accepted")
        } catch {
            #expect(error.description.contains("split.tsv") && error.description.contains("line 2"))
        }
    }

    @Test func eachKeywordAndRuleIsCountedRightOrWrongOnTheLinesItLinked() throws {
        let library = try StandardsLibrary.builtIn()
        let framework = try #require(library.catalogue.framework("hs2020-exec"))
        let evaluator = Evaluator(matcher: try Matcher(library: library, frameworks: [framework]), frameworks: [framework])
        let gold = GoldFile(document: "jd.txt", path: "jd.gold.json", lines: [
            line("Lead child protection across the school", .duty, ["hs2020-exec:7.1"]),
            line("Child protection is covered in the staff handbook section on visitors", .duty, []),
        ])
        let result = try #require(evaluator.evaluate([gold]).frameworks.first)
        let safeguarding = try #require(result.perPattern.first { $0.standard == "hs2020-exec:7.1" && $0.pattern == "child protection" })
        #expect(safeguarding.fires == 2 && safeguarding.correct == 1 && safeguarding.wrong == 1)
        #expect(result.perPattern.first == safeguarding || result.perPattern.first!.wrong >= 1, "most often wrong first")
        #expect(EvaluationReport.text(evaluator.evaluate([gold])).contains("knowledge most often wrong"))
    }
}
