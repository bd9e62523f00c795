import Foundation
import JDAlignKit

/// `jdalign analyse FILE...`: links each JD's duties to the standards and writes reports.
struct AnalyseCommand: Command {
    static let spec = CommandSpec(
        path: ["analyse"],
        aliases: ["analyze"],
        abstract: "Analyse job descriptions against the standards and write reports.",
        discussion: """
            Reads each JD (.docx, .txt or .md), finds its duties and person-specification criteria, links each to the \
            statements it evidences and works out which statements are covered, weak or uncovered (gaps). \
            Reports are written to --output (default Reports/), named after each input; with --output - they go to \
            standard output, one JSON object per line when there are several JDs.
            """,
        positionals: [PositionalSpec("FILE", help: "Job descriptions to analyse; - reads standard input.", repeatable: true)],
        options: [
            StandardsOptions.frameworkOption,
            .value("format", "FORMAT", help: "Report formats, comma-separated or repeated: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default json).",
                   repeatable: true, allowed: ReportFormat.allCases.map(\.rawValue) + ["all"]),
            .value("output", short: "o", "DIR", help: "Folder for the reports (default Reports/), or - for standard output."),
            .value("linked-threshold", "SCORE", help: "Score from which a link counts (default: the framework's, 0.5)."),
            .value("weak-threshold", "SCORE", help: "Score from which a link is shown as weak (default: the framework's, 0.3)."),
            .flag("include-person-spec", help: "Let person-specification criteria count towards coverage."),
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign analyse Examples/deputy-head-relationships-behaviour-attendance.txt", "Writes Reports/deputy-head-relationships-behaviour-attendance.json."),
            ("jdalign analyse head.docx --format json --output -", "Prints the analysis as JSON."),
            ("jdalign analyse head.docx --framework nseh2015 --output governors/", "Checks against the 2015 national standards only."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let analyser = try Analyser(library: library, frameworks: frameworks, thresholds: try thresholds(arguments, frameworks: frameworks),
                                    includePersonSpec: arguments.flag("include-person-spec"))
        let formats = try ReportFormat.parse(arguments.list("format"), command: spec.fullName)
        let destination = arguments.value("output") ?? "Reports"
        if destination == "-", formats != [.json] {
            throw UsageError(command: spec.fullName, "--output - prints JSON only; write other formats to a folder")
        }
        for path in arguments.positionals {
            let analysis = analyser.analyse(try InputFiles.read(path, in: context))
            if destination == "-" {
                context.standardOutput.write(JSONWriter.write(JSONReport.value(of: analysis)) + "\n")
                continue
            }
            let folder = context.url(for: destination)
            for format in formats {
                let url = folder.appendingPathComponent(ReportFormat.fileName(for: path, format: format))
                try AtomicFileWriter.write(format.render(analysis), to: url)
                context.standardError.write("wrote \(destination == "." ? "" : destination + "/")\(url.lastPathComponent)\n")
            }
        }
        return .success
    }

    /// The thresholds given on the command line, filled in from the first framework's where only one is given.
    static func thresholds(_ arguments: ParsedArguments, frameworks: [Framework]) throws -> Thresholds? {
        let linked = try arguments.number("linked-threshold", in: 0...1)
        let weak = try arguments.number("weak-threshold", in: 0...1)
        guard linked != nil || weak != nil else { return nil }
        let base = frameworks.first?.thresholds ?? Thresholds()
        let thresholds = Thresholds(linked: linked ?? base.linked, weak: weak ?? min(base.weak, linked ?? base.linked))
        guard thresholds.weak <= thresholds.linked else {
            throw UsageError(command: arguments.command, "--weak-threshold must not be above --linked-threshold")
        }
        return thresholds
    }
}
