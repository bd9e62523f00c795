import JDAlignKit

/// `jdalign check FILE...`: a pass/fail coverage check for scripts and trust-wide audits.
struct CheckCommand: Command {
    static let spec = CommandSpec(
        path: ["check"],
        abstract: "Check that JDs cover required statements; exit 1 listing the gaps.",
        discussion: """
            A requirement is a framework (every statement), an area (hs2020-exec:7) or a statement (hs2020-exec:7.1); \
            it is met when each of its statements is covered, decided not applicable, or outside the post's remit by its \
            role profile (the post is recognised from each JD's title, or set with --role); weak links do not count. \
            --min-coverage sets the least percentage of applicable statements covered. With neither, every statement \
            of the frameworks is required. A decisions file applies to the JD it names in its "jd" field. \
            Exits 0 when every JD passes, 1 when any falls short, 2 on any error.
            """,
        positionals: [PositionalSpec("FILE", help: "The JDs to check.", repeatable: true)],
        options: [
            .value("require", "ID", help: "A framework, area or statement every JD must cover.", repeatable: true),
            .value("min-coverage", "PERCENT", help: "The least percentage of applicable statements covered (0–100)."),
            .value("decisions", "FILE", help: ReviewInputs.decisionsHelp, repeatable: true),
            StandardsOptions.roleOption,
            StandardsOptions.frameworkOption,
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign check deputy-head.docx --require hs2020-exec:7", "Does the JD cover every statement of area 7 (safeguarding and more)?"),
            ("jdalign check jds/*.docx --framework hs2020-exec --min-coverage 60", "Flag every JD covering less than 60% of the Headteachers' standards."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let analyser = try Analyser(library: library, frameworks: frameworks, role: try StandardsOptions.role(arguments, in: library))
        let check: CoverageCheck
        do {
            check = try CoverageCheck(requirements: arguments.list("require"), minimumCoverage: try arguments.number("min-coverage", in: 0...100),
                                      frameworks: frameworks)
        } catch let error as CoverageCheckError {
            throw UsageError(command: spec.fullName, error.description)
        }
        let paths = try InputCollector.collect(arguments.positionals, in: context, skipping: nil).inputs.map(\.path)
        let decisions = try ReviewInputs.decisions(for: paths, arguments, in: context)
        let applier = DecisionApplier(frameworks: frameworks)
        var lines: [String] = []
        var allPassed = true
        for path in paths {
            let analysis = try ReviewInputs.analysis(of: path, reportName: path, with: analyser, decisions: decisions[path], applier: applier, in: context)
            let result = check.evaluate(analysis)
            allPassed = allPassed && result.passed
            lines += describe(result)
        }
        context.standardOutput.write(lines.joined(separator: "\n") + "\n")
        return allPassed ? .success : .findings
    }

    private static func describe(_ result: CoverageCheckResult) -> [String] {
        let coverage = "\(JSONWriter.format((result.coveragePercentage * 10).rounded() / 10))% of applicable statements covered"
        var lines = ["\(result.passed ? "PASS" : "FAIL") \(result.path): \(coverage)"]
        if result.belowMinimum, let minimum = result.minimumCoverage {
            lines.append("  below the minimum of \(JSONWriter.format(minimum))%")
        }
        for requirement in result.unmet {
            let shortfalls = requirement.shortfalls.map { "\($0.standard) (\($0.status.rawValue))" }.joined(separator: ", ")
            lines.append("  \(requirement.requirement) not met: \(shortfalls)")
        }
        return lines
    }
}
