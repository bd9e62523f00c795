import Foundation
import JDAlignKit

/// `jdalign matrix FILE...`: roles × statements for a leadership team, with team gaps and single points of failure.
struct MatrixCommand: Command {
    static let spec = CommandSpec(
        path: ["matrix"],
        abstract: "Show which roles of a leadership team cover which statements: team gaps and single points of failure.",
        discussion: """
            Analyses each JD (one per role) and lays them side by side: for every statement, how many duties of each role \
            evidence it. Team gaps are statements no role covers; single points of failure are statements only one role covers. \
            Reports are named TEAM.html, TEAM.md… (--name, default team) in --output (default Reports/).
            """,
        positionals: [PositionalSpec("FILE", help: "The team's job descriptions, one per role (or a folder of them).", repeatable: true)],
        options: [
            StandardsOptions.frameworkOption,
            .value("format", "FORMAT", help: "Report formats: html, markdown (md), json, csv, xlsx, or all (default html,markdown,json).",
                   repeatable: true, allowed: ReportFormat.names),
            .value("output", short: "o", "DIR", help: "Folder for the reports (default Reports/), or - for JSON on standard output."),
            .value("name", "NAME", help: "The reports' file name (default team)."),
            .value("decisions", "FILE", help: ReviewInputs.decisionsHelp, repeatable: true),
            .flag("include-person-spec", help: "Let person-specification criteria count towards coverage."),
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign matrix head.docx deputy.docx senco.docx", "The senior team's coverage, written to Reports/team.html and friends."),
            ("jdalign matrix slt/ --format xlsx --name slt-2026", "Every JD in slt/, as Reports/slt-2026.xlsx."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let includePersonSpec = arguments.flag("include-person-spec")
        let analyser = try Analyser(library: library, frameworks: frameworks, includePersonSpec: includePersonSpec)
        let applier = DecisionApplier(frameworks: frameworks, calculator: CoverageCalculator(includePersonSpec: includePersonSpec))
        let destination = arguments.value("output") ?? "Reports"
        let outputFolder = destination == "-" ? nil : context.url(for: destination)
        if outputFolder == nil, arguments.values["format"] != nil, ReportFormat.parse(arguments.list("format")) != [.json] {
            throw UsageError(command: spec.fullName, "--output - prints JSON only; write other formats to a folder")
        }
        let (inputs, _) = try InputCollector.collect(arguments.positionals, in: context, skipping: outputFolder)
        if let repeated = Dictionary(grouping: inputs, by: { context.url(for: $0.path).standardizedFileURL.path }).first(where: { $0.value.count > 1 }) {
            throw UsageError(command: spec.fullName, "\(repeated.value[0].path) is given twice; each role's JD once")
        }
        let decisions = try ReviewInputs.decisions(for: inputs.map(\.path), arguments, in: context)
        var analyses: [Analysis] = []
        for input in inputs {
            analyses.append(try ReviewInputs.analysis(of: input.path, reportName: input.reportName, with: analyser,
                                                      decisions: decisions[input.path], applier: applier, in: context))
        }
        let matrix = TeamMatrix(analyses: analyses, catalogue: library.catalogue.selecting(frameworks.map(\.id)))
        guard let outputFolder else {
            context.standardOutput.write(JSONWriter.write(JSONTeamReport.value(of: matrix), style: .pretty) + "\n")
            return .success
        }
        let stem = arguments.value("name") ?? "team"
        for file in ReportFormat.parse(arguments.list("format")).flatMap({ $0.files(matrix, stem: stem) }) {
            try AtomicFileWriter.write(file.bytes, to: outputFolder.appendingPathComponent(file.name))
            context.standardError.write("wrote \(destination)/\(file.name)\n")
        }
        return .success
    }
}
