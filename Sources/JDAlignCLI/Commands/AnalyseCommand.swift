import Foundation
import JDAlignKit

/// `jdalign analyse FILE|DIR...`: links each JD's duties to the standards and writes reports.
struct AnalyseCommand: Command {
    static let spec = CommandSpec(
        path: ["analyse"],
        aliases: ["analyze"],
        abstract: "Analyse job descriptions against the standards and write reports.",
        discussion: """
            Reads each JD (.pdf, .docx, .txt, .md or .html), finds its duties and person-specification criteria, links each to the \
            statements it evidences and works out which statements are covered, weak or uncovered (gaps). A folder is \
            searched for JDs, including its subfolders, and analysed using every core; a batch also gets a trust summary \
            (summary.html…) with the gaps many JDs share. Reports go to --output (default Reports/), named after each \
            input; with --output - the JSON goes to standard output, one object per line when there are several JDs. \
            With --format summary no JD gets reports of its own: only the trust summary is written, in the other formats \
            named (default html, markdown and json), with summary.coverage.jsonl, one line of coverage per JD. \
            A file that cannot be read is reported and the rest are still analysed; the exit status is then 1.
            """,
        positionals: [PositionalSpec("FILE", help: "Job descriptions or folders of them; - reads standard input.", repeatable: true)],
        options: [
            StandardsOptions.frameworkOption,
            .value("format", "FORMAT", help: "Report formats, comma-separated or repeated: html, markdown (md), json, csv, xlsx, docx (Word, for the governors' pack), or all (default html,markdown,json); summary for the trust summary alone.",
                   repeatable: true, allowed: ReportFormat.names + [summaryFormat]),
            .flag("pretty", help: "Indent the JSON reports for people to read (by default each is written on one line)."),
            .value("output", short: "o", "DIR", help: "Folder for the reports (default Reports/), or - for JSON on standard output."),
            .value("linked-threshold", "SCORE", help: "Score from which a link counts (default: the framework's, 0.5)."),
            .value("weak-threshold", "SCORE", help: "Score from which a link is shown as weak (default: the framework's, 0.3)."),
            .flag("include-person-spec", help: "Let person-specification criteria count towards coverage."),
            StandardsOptions.roleOption,
            .value("decisions", "FILE", help: ReviewInputs.decisionsHelp, repeatable: true),
            .flag("write-decisions", help: "Also write NAME.decisions.json: a starter decisions file listing the weak links to confirm."),
            .value("today", "DATE", help: "Check review dates against DATE (YYYY-MM-DD) instead of today, for reproducible reports."),
            .flag("quiet", short: "q", help: "Print nothing but errors (no progress, no list of files written)."),
            .flag("full-paths", help: "Show JDs' paths in reports as given, even absolute ones (by default reports show no folders of this machine)."),
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign analyse Examples/deputy-head-relationships-behaviour-attendance.txt", "Writes the HTML, Markdown and JSON reports to Reports/."),
            ("jdalign analyse head.docx --format json --output -", "Prints the analysis as JSON."),
            ("jdalign analyse trust-jds/ --format all --output reports/", "Analyses every JD in the folder and writes a trust summary."),
            ("jdalign analyse national/ --format summary,json --output study/", "Writes summary.json and one line of coverage per JD, and no report per JD."),
            ("jdalign analyse head.docx --decisions head.decisions.json --today 2026-09-01", "Applies the governors' decisions and checks the review date."),
            ("jdalign analyse hoy.docx --role head-of-year", "Reads the post as a head of year whatever its title says."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let includePersonSpec = arguments.flag("include-person-spec")
        let destination = arguments.value("output") ?? "Reports"
        let toStandardOutput = destination == "-"
        let summaryOnly = arguments.list("format").contains(summaryFormat)
        // With `summary`, the other formats named are the summary's; no JD gets reports of its own.
        let formats = ReportFormat.parse(arguments.list("format").filter { $0 != summaryFormat })
        let reportFormats = summaryOnly ? [] : formats
        if toStandardOutput, summaryOnly {
            throw UsageError(command: spec.fullName, "--format summary writes files; give an --output folder")
        }
        if toStandardOutput, arguments.values["format"] != nil, formats != [.json] {
            throw UsageError(command: spec.fullName, "--output - prints JSON only; write other formats to a folder")
        }
        if toStandardOutput, arguments.flag("write-decisions") {
            throw UsageError(command: spec.fullName, "--write-decisions needs an --output folder to write to")
        }
        let outputFolder = toStandardOutput ? nil : context.url(for: destination)
        let (collected, walkedFolders) = try InputCollector.collect(arguments.positionals, in: context, skipping: outputFolder)
        let isBatch = !walkedFolders.isEmpty || collected.count > 1
        let writesSummary = isBatch || summaryOnly
        if let outputFolder {
            var plan = OutputPlan(folder: outputFolder, command: spec.fullName)
            if writesSummary {
                try plan.claim(formats.flatMap(\.summaryFileNames) + (summaryOnly ? [coverageFileName] : []), for: "the trust summary")
            }
            for input in collected {
                let decisionsFile = arguments.flag("write-decisions") ? ["\(input.reportStem).decisions.json"] : []
                try plan.claim(reportFormats.flatMap { $0.fileNames(stem: input.reportStem) } + decisionsFile, for: input.path)
            }
            try plan.checkNothingOverwrites(collected.lazy.filter { $0.path != "-" }.map { context.url(for: $0.path) }, walkedFolders: walkedFolders)
        }
        let decisions = try ReviewInputs.decisions(for: collected.map(\.path), arguments, in: context)
        let fullPaths = arguments.flag("full-paths")
        let currentDirectory = context.currentDirectory
        let standardInput = collected.contains { $0.path == "-" } ? context.readStandardInput() : nil
        // Each JD's input (and its URL) is made as its turn comes, not all at the start: a national run lists 100,000 JDs.
        let jobInput = { @Sendable (input: InputCollector.Input) in
            AnalysisJob.Input(path: input.path, reportName: fullPaths ? input.path : input.reportName, reportStem: input.reportStem,
                              url: CommandContext.url(for: input.path, in: currentDirectory),
                              bytes: input.path == "-" ? standardInput : nil)
        }
        // The first JD is read and segmented on another core while the rules compile (9 ms of a one-JD run).
        let first = collected.first
        let firstReading = first.map { first in InBackground { AnalysisJob.read(jobInput(first)) } }
        let job = AnalysisJob(
            analyser: try Analyser(library: library, frameworks: frameworks, thresholds: try thresholds(arguments, frameworks: frameworks),
                                   includePersonSpec: includePersonSpec, role: try StandardsOptions.role(arguments, in: library)),
            applier: DecisionApplier(frameworks: frameworks, calculator: CoverageCalculator(includePersonSpec: includePersonSpec)),
            decisions: decisions, today: try ReviewInputs.today(arguments), todayWasGiven: arguments.value("today") != nil,
            formats: reportFormats, jsonStyle: arguments.flag("pretty") ? .pretty : .compact, catalogue: library.catalogue,
            outputFolder: outputFolder, writeStarterDecisions: arguments.flag("write-decisions"), recordsCoverage: summaryOnly)
        context.keepAlive((library, job))
        let analyse = { @Sendable (input: InputCollector.Input) in
            job.run(jobInput(input), read: input.path == first?.path ? firstReading?.value : nil)
        }
        let quiet = arguments.flag("quiet")
        var summary = TrustSummary(frameworks: frameworks)
        let progress = ProgressReporter(total: collected.count, sink: context.standardError, quiet: quiet || !isBatch)
        var firstFailure: (any Error)?
        var writeFailed = false
        let coverageRecords = summaryOnly ? try outputFolder.map { try SummaryFile($0.appendingPathComponent(coverageFileName)) } : nil
        OrderedParallelMap.forThisMachine().run(collected, transform: analyse) { outcome in
            switch outcome {
            case let .analysed(entry, written, jsonLine):
                if let jsonLine {
                    if let coverageRecords { coverageRecords.addLine(jsonLine) } else { context.standardOutput.write(String(decoding: jsonLine, as: UTF8.self) + "\n") }
                }
                if !quiet, !isBatch { written.forEach { context.standardError.write("wrote \(destination)/\($0)\n") } }
                summary.add(entry)
            case let .failed(path, error):
                firstFailure = firstFailure ?? error
                writeFailed = writeFailed || error is OutputError
                let reason = Self.reason(error)
                summary.addFailure(path: path, reason: reason)
                coverageRecords?.addLine(CoverageRecord.bytes(ofFailure: path, reason: reason))
                if writesSummary { context.standardError.write("jdalign: \(error)\n") }
            }
            progress.advance()
        }
        progress.finish()
        if !writesSummary, let firstFailure { throw firstFailure }
        if writesSummary, let outputFolder {
            try coverageRecords?.finish()
            for format in formats {
                try format.writeSummary(summary, catalogue: library.catalogue, into: outputFolder)
            }
        }
        if writesSummary, !quiet {
            let failed = summary.failures.count
            let count = summary.analysedCount
            context.standardError.write("analysed \(count) \(count == 1 ? "JD" : "JDs")\(failed > 0 ? ", \(failed) could not be read" : "")"
                + (toStandardOutput ? "\n" : summaryOnly ? "; summary in \(destination)/\n" : "; reports and summary in \(destination)/\n"))
        }
        if writeFailed { return .cannotCreate }
        return summary.failures.isEmpty ? .success : .findings
    }

    /// The `--format` value that asks for the trust summary alone.
    static let summaryFormat = "summary"
    /// The summary's file of JSON Lines, one record of coverage per JD.
    static let coverageFileName = "summary.coverage.jsonl"

    /// Why a JD failed, for the trust summary: without paths, which belong to this machine.
    private static func reason(_ error: any Error) -> String {
        if let error = error as? ReadingError { return error.position.map { "\($0): \(error.message)" } ?? error.message }
        if let error = error as? OutputError { return "its reports could not be written: \(error.message)" }
        return "could not be analysed"
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
