import Foundation
import JDAlignKit

/// `jdalign evaluate --gold DIR [--documents DIR]`: how well the matcher, or the whole pipeline, agrees with
/// hand-annotated gold files.
struct EvaluateCommand: Command {
    static let spec = CommandSpec(
        path: ["evaluate"],
        abstract: "Measure the matcher, or the whole pipeline, against hand-annotated gold files.",
        discussion: """
            Without --documents, runs the matcher on every duty and person-spec line of the gold files. With \
            --documents, analyses each annotated JD whole, as a governor would, and finds each gold line among the \
            items read (the same text after case folding and white-space collapsing, or inside a joined item): it \
            reports how many gold duties and criteria were read as such (recall) and how many items read as duties or \
            criteria are gold lines of that kind (precision), overall and per layout; then the links, with a gold line \
            that was not read as a duty or criterion predicting nothing; and JD coverage from each analysis's own \
            coverage list. A predicted link counts as right when either annotator made it (possible); recall is \
            measured on the links both made (standards). Per framework: statement and area precision, recall and F1, \
            per area, JD coverage, and a per-statement table of right and wrong links, misses and knowledge that never \
            fires. --split reads split.tsv beside the documents (or in their parent folder). --cross-validate fits \
            each framework's linked threshold on all JDs but one and scores the one left out, for every JD in turn.
            """,
        options: [
            .value("gold", "FILE_OR_DIR", help: "A .gold.json file or a folder of them."),
            .value("documents", "DIR", help: "Analyse the annotated JDs in DIR end to end (each gold file names its JD)."),
            .value("split", "NAME", help: "Only the JDs that split.tsv puts in NAME (tune or test); needs --documents.",
                   allowed: ["tune", "test"]),
            .flag("cross-validate", help: "Leave one JD out: fit the linked thresholds on the rest; needs --documents."),
            StandardsOptions.frameworkOption,
            .value("format", "FORMAT", help: "text (default) or json.", allowed: ["text", "json"]),
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign evaluate --gold Tests/Fixtures/gold", "The matcher's figures on the seed gold lines."),
            ("jdalign evaluate --gold Tests/Corpus/gold --documents Tests/Corpus/jds --split test",
             "End to end on the corpus test split: segmentation, links and coverage."),
            ("jdalign evaluate --gold Tests/Corpus/gold --documents Tests/Corpus/jds --split tune --cross-validate",
             "Leave-one-JD-out figures for thresholds fitted on the tune split."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        guard let gold = arguments.value("gold") else { throw UsageError(command: spec.fullName, "missing --gold FILE_OR_DIR") }
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let evaluator = Evaluator(matcher: try Matcher(library: library, frameworks: frameworks), frameworks: frameworks)
        guard FileManager.default.fileExists(atPath: context.url(for: gold).path) else {
            throw ReadingError(.cannotOpen, path: gold, message: "no such file or folder")
        }
        let golds = try GoldFile.readAll(at: context.url(for: gold))
        let json = arguments.value("format") == "json"
        guard let documents = arguments.value("documents") else {
            for option in ["split", "cross-validate"] where arguments.value(option) != nil || arguments.flag(option) {
                throw UsageError(command: spec.fullName, "--\(option) needs --documents DIR")
            }
            let evaluation = evaluator.evaluate(golds)
            write(json ? JSONWriter.write(EvaluationReport.json(evaluation), style: .pretty) + "\n" : EvaluationReport.text(evaluation), in: context)
            return .success
        }
        try InputFiles.requireFolder(documents, in: context)
        let folder = context.url(for: documents)
        let split = try CorpusSplit.find(near: folder)
        var chosen = golds
        if let name = arguments.value("split") {
            guard let split else {
                throw ReadingError(.cannotOpen, path: documents, message: "no split.tsv in the folder or its parent, needed for --split")
            }
            chosen = golds.filter { split.entry(forDocument: $0.document)?.split == name }
            guard !chosen.isEmpty else { throw ReadingError(.malformed, path: gold, message: "no gold file is in the \(name) split") }
        }
        let crossValidate = arguments.flag("cross-validate")
        // Cross-validation re-bands links itself, so every link down to the lowest candidate threshold is kept.
        let thresholds = crossValidate ? Thresholds(linked: frameworks.first?.thresholds.linked ?? 0.5, weak: ThresholdCrossValidation.grid[0]) : nil
        let analyser = try Analyser(library: library, frameworks: frameworks, thresholds: thresholds)
        var evaluated: [EvaluatedDocument] = []
        for goldFile in chosen {
            let url = folder.appendingPathComponent(goldFile.document)
            let path = (documents as NSString).appendingPathComponent(goldFile.document)
            evaluated.append(EvaluatedDocument(gold: goldFile, analysis: try analyser.analyse(contentsOf: url, path: path),
                                               group: split?.entry(forDocument: goldFile.document)?.layout))
        }
        if crossValidate {
            let validation = ThresholdCrossValidation(documents: evaluated, evaluator: evaluator, frameworks: frameworks,
                                                      calculator: CoverageCalculator())
            write(json ? JSONWriter.write(EvaluationReport.json(validation), style: .pretty) + "\n" : EvaluationReport.text(validation), in: context)
        } else {
            let evaluation = evaluator.evaluate(documents: evaluated)
            write(json ? JSONWriter.write(EvaluationReport.json(evaluation), style: .pretty) + "\n" : EvaluationReport.text(evaluation), in: context)
        }
        return .success
    }

    private static func write(_ text: String, in context: CommandContext) {
        context.standardOutput.write(text)
    }
}
