import Foundation
import JDAlignKit

/// `jdalign evaluate --gold DIR`: how well the matcher agrees with hand-annotated gold files.
struct EvaluateCommand: Command {
    static let spec = CommandSpec(
        path: ["evaluate"],
        abstract: "Measure the matcher against hand-annotated gold files: precision, recall and F1.",
        discussion: """
            Runs the matcher on every duty and person-spec line of the gold files. A predicted link counts as right when \
            either annotator made it (possible); recall is measured on the links both made (standards). Prints micro \
            precision, recall and F1 at statement and area level per framework, per area, JD-level coverage F1, and a \
            per-statement table: how often each statement fires, its right and wrong links, misses, and the keywords \
            and rules that never fire.
            """,
        options: [
            .value("gold", "FILE_OR_DIR", help: "A .gold.json file or a folder of them."),
            StandardsOptions.frameworkOption,
            .value("format", "FORMAT", help: "text (default) or json.", allowed: ["text", "json"]),
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign evaluate --gold Tests/Fixtures/gold", "The matcher's figures on the bundled gold files."),
            ("jdalign evaluate --gold gold/ --framework nseh2015 --format json", "The 2015 figures as JSON."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        guard let gold = arguments.value("gold") else { throw UsageError(command: spec.fullName, "missing --gold FILE_OR_DIR") }
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let evaluator = Evaluator(matcher: try Matcher(library: library, frameworks: frameworks), frameworks: frameworks)
        guard FileManager.default.fileExists(atPath: context.url(for: gold).path) else {
            throw ReadingError(.cannotOpen, path: gold, message: "no such file or folder")
        }
        let evaluation = evaluator.evaluate(try GoldFile.readAll(at: context.url(for: gold)))
        if arguments.value("format") == "json" {
            context.standardOutput.write(JSONWriter.write(EvaluationReport.json(evaluation), style: .pretty) + "\n")
        } else {
            context.standardOutput.write(EvaluationReport.text(evaluation))
        }
        return .success
    }
}
