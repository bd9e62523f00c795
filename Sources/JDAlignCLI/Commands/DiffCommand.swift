import JDAlignKit

/// `jdalign diff OLD NEW`: what changed between last year's JD and this year's.
struct DiffCommand: Command {
    static let spec = CommandSpec(
        path: ["diff"],
        abstract: "Compare last year's JD with this year's: duties, coverage and decisions.",
        discussion: """
            Lists the duties added, removed and reworded (a reworded duty is paired with its old wording when they share \
            at least half their words), the statements gained and lost, and, with --decisions, the governors' decisions \
            that no longer apply because the duty they were about has changed. The decisions are applied to both years, \
            so changes in coverage come from the JD itself.
            """,
        positionals: [PositionalSpec("OLD", help: "Last year's JD."), PositionalSpec("NEW", help: "This year's JD.")],
        options: [
            .value("decisions", "FILE", help: ReviewInputs.decisionsHelp),
            .value("format", "FORMAT", help: "text (default), markdown or json.", allowed: ["text", "markdown", "json"]),
            StandardsOptions.frameworkOption,
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign diff 2025/deputy-head.docx 2026/deputy-head.docx", "What changed this year, for the terminal."),
            ("jdalign diff old.docx new.docx --decisions deputy-head.decisions.json --format markdown > changes.md",
             "A paper for the governors' meeting, with the decisions that need a fresh look."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let analyser = try Analyser(library: library, frameworks: frameworks)
        let decisions = try arguments.value("decisions").map { try ReviewInputs.decisions(at: $0, in: context).decisions }
        let applier = DecisionApplier(frameworks: frameworks)
        let old = try ReviewInputs.analysis(of: arguments.positionals[0], with: analyser, decisions: decisions, applier: applier, in: context)
        let new = try ReviewInputs.analysis(of: arguments.positionals[1], with: analyser, decisions: decisions, applier: applier, in: context)
        let diff = RevisionDiff(old: old, new: new, frameworks: frameworks)
        switch arguments.value("format") {
        case "markdown": context.standardOutput.write(RevisionDiffReport.markdown(diff))
        case "json": context.standardOutput.write(JSONWriter.write(RevisionDiffReport.json(diff), style: .pretty) + "\n")
        default: context.standardOutput.write(RevisionDiffReport.text(diff))
        }
        return .success
    }
}
