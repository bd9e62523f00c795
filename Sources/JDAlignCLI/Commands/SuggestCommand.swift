import Foundation
import JDAlignKit

/// `jdalign suggest FILE`: the duties to add to a JD to close its gaps, as a block ready to paste into the JD.
struct SuggestCommand: Command {
    static let spec = CommandSpec(
        path: ["suggest"],
        abstract: "Print suggested duties for a JD's gaps, grouped under the area each belongs to, ready to paste.",
        discussion: """
            Analyses the JD and, for each statement its post is expected to cover that nothing in it evidences (a gap), \
            prints a plain duty that would cover it, worded for the post (senior or middle leader), under the area or \
            domain it belongs to. Statements outside the post's remit are not suggested. The wording is in \
            Standards/suggestions.json; a trust can change it with --standards.
            """,
        positionals: [PositionalSpec("FILE", help: "The job description.")],
        options: [StandardsOptions.frameworkOption, StandardsOptions.roleOption, StandardsOptions.standardsOption],
        examples: [
            ("jdalign suggest Examples/head-of-year.txt", "Duties to add to the head of year's JD."),
            ("jdalign suggest senco.docx --role senco --framework hs2020-exec", "Against the 2020 standards only, as a SENCO."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let analyser = try Analyser(library: library, frameworks: frameworks, role: try StandardsOptions.role(arguments, in: library))
        let analysis = analyser.analyse(try InputFiles.read(arguments.positionals[0], in: context))
        context.standardOutput.write(text(analysis, frameworks: frameworks))
        return .success
    }

    static func text(_ analysis: Analysis, frameworks: [Framework]) -> String {
        let post = analysis.role.map { "\($0.profile.name)" } ?? "post not recognised, worded for a senior post"
        let suggestions = Dictionary(analysis.gapSuggestions.map { ($0.standard, $0.duty) }, uniquingKeysWith: { first, _ in first })
        guard !suggestions.isEmpty else {
            return "\(analysis.jobDescription.title) (\(post)): no gaps to suggest duties for.\n"
        }
        var lines = ["\(analysis.jobDescription.title) (\(post)): \(suggestions.count) duties to add, under the area each belongs to.", ""]
        var written: Set<String> = []
        for framework in frameworks {
            for area in framework.areas {
                let duties = area.statements.compactMap { suggestions[$0.qualifiedID] }.filter { written.insert($0).inserted }
                guard !duties.isEmpty else { continue }
                lines.append("\(area.title) (\(framework.id))")
                lines += duties.map { "- \($0)" }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }
}
