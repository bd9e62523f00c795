import Foundation
import JDAlignKit

/// `jdalign tune --gold DIR`: fits the weights of the keyword groups and rules to annotated lines and proposes the
/// changes for review; nothing is applied.
struct TuneCommand: Command {
    static let spec = CommandSpec(
        path: ["tune"],
        abstract: "Fit keyword and rule weights to annotated lines and propose the changes, with their evidence.",
        discussion: """
            Fits the weight of every keyword group and rule with a regularised logistic model over the matcher's own \
            features (which groups and rules fired on each line), pulled towards today's weights. It prints the \
            statement-level figures today and with fitted weights, each leaving one JD out (fitted on the other JDs, \
            scored on the one left out), the weights it would change with how often each piece fired right and \
            wrong, and words that recur in lines the knowledge missed. Nothing is changed: --write DIR writes the \
            framework files with the fitted weights to DIR, to compare with Standards/ and copy over after review. \
            With --documents, each gold line is read as the pipeline reads it (the text of the item that holds it); \
            --split chooses the JDs split.tsv puts in tune (fit only on those: the test split is for reporting).
            """,
        options: [
            .value("gold", "DIR", help: "A folder of .gold.json files (or one file)."),
            .value("documents", "DIR", help: "The annotated JDs: tune on the items the pipeline reads from them."),
            .value("split", "NAME", help: "Only the JDs split.tsv puts in NAME (tune or test).", allowed: ["tune", "test"]),
            .value("write", "DIR", help: "Write the framework files with the fitted weights to DIR."),
            StandardsOptions.frameworkOption,
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign tune --gold Tests/Corpus/gold --documents Tests/Corpus/jds --split tune", "Propose weights fitted on the tune split."),
            ("jdalign tune --gold gold/ --write proposal/", "Also write the fitted frameworks to proposal/ for review."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        guard let gold = arguments.value("gold") else { throw UsageError(command: spec.fullName, "missing --gold DIR") }
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        guard FileManager.default.fileExists(atPath: context.url(for: gold).path) else {
            throw ReadingError(.cannotOpen, path: gold, message: "no such file or folder")
        }
        var golds = try GoldFile.readAll(at: context.url(for: gold))
        var examples: [WeightTuner.Example] = []
        if let documents = arguments.value("documents") {
            try InputFiles.requireFolder(documents, in: context)
            let folder = context.url(for: documents)
            let split = try CorpusSplit.find(near: folder)
            if let name = arguments.value("split") {
                guard let split else { throw ReadingError(.cannotOpen, path: documents, message: "no split.tsv in the folder or its parent") }
                golds = golds.filter { split.entry(forDocument: $0.document)?.split == name }
            }
            for goldFile in golds {
                let path = (documents as NSString).appendingPathComponent(goldFile.document)
                let jd = Segmenter().segment(try DocumentReader.read(contentsOf: folder.appendingPathComponent(goldFile.document), path: path))
                let holders = GoldLineAlignment.align(goldFile.lines, to: jd.items)
                for (line, holder) in zip(goldFile.lines, holders) where line.isAssessable {
                    guard let item = holder.map({ jd.items[$0] }), item.kind == .duty || item.kind == .personSpec else { continue }
                    examples.append(.init(document: goldFile.document, text: item.text, section: item.section, sure: line.sure, possible: line.possible))
                }
            }
        } else {
            guard arguments.value("split") == nil else { throw UsageError(command: spec.fullName, "--split needs --documents DIR") }
            examples = golds.flatMap { goldFile in
                goldFile.lines.filter(\.isAssessable).map {
                    WeightTuner.Example(document: goldFile.document, text: $0.text, section: $0.section, sure: $0.sure, possible: $0.possible)
                }
            }
        }
        guard !examples.isEmpty else { throw ReadingError(.malformed, path: gold, message: "no annotated duty or person-spec lines to fit to") }
        let tuner = try WeightTuner(library: library, frameworks: frameworks)
        let features = tuner.features(of: examples)
        let validation = tuner.crossValidate(examples, features: features)
        let pieces = tuner.fit(examples, features: features)
        context.standardOutput.write(TuneReport.text(
            lines: examples.count, documents: Set(examples.map(\.document)).count,
            validation: frameworks.compactMap { framework in validation[framework.id].map { (framework.id, $0.today, $0.fitted) } },
            pieces: pieces, candidates: tuner.candidates(examples)))
        if let output = arguments.value("write") {
            let changes = TuneReport.changed(pieces)
            for framework in frameworks {
                let mine = changes.filter { $0.standard.hasPrefix(framework.id + ":") }
                guard !mine.isEmpty, let text = StandardsLibrary.sourceText(of: framework) else { continue }
                let (edited, unplaced) = TuneReport.edited(text, changes: mine)
                let name = ((framework.file ?? framework.id + ".json") as NSString).lastPathComponent
                try AtomicFileWriter.write(Array(edited.utf8), to: context.url(for: output).appendingPathComponent(name))
                context.standardOutput.write("wrote \((output as NSString).appendingPathComponent(name))\n")
                for piece in unplaced {
                    context.standardError.write("jdalign tune: \(name): could not find where \(piece.standard) \(piece.patterns[0]) is written; change it by hand\n")
                }
            }
        }
        return .success
    }
}
