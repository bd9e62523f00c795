import JDAlignKit

/// `jdalign explain "duty text"`: why a line links where it does, in plain words; how a trust tunes its rules.
struct ExplainCommand: Command {
    static let spec = CommandSpec(
        path: ["explain"],
        abstract: "Explain the links of one duty, or why it does or does not link to one statement.",
        positionals: [PositionalSpec("TEXT", help: "The duty, in quotes.")],
        options: [
            .value("standard", "ID", help: "Explain this statement (e.g. hs2020-exec:7.1) whether or not it links."),
            .value("section", "HEADING", help: "The section heading the duty sits under, which can strengthen links."),
            StandardsOptions.frameworkOption,
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign explain \"Act as the school's DSL and lead child protection\"", "The links and the words that made them."),
            ("jdalign explain \"Manage the school budget\" --standard hs2020-exec:7.2", "Which keywords and rule terms for 7.2 were found and which were missing."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        var frameworks = try StandardsOptions.frameworks(arguments, in: library)
        let text = TextNormalisation.normalise(arguments.positionals[0])
        guard !text.allSatisfy(\.isWhitespace) else {
            throw UsageError(command: spec.fullName, "TEXT is empty; give the duty in quotes")
        }
        let section = arguments.value("section") ?? ""
        if let standard = arguments.value("standard") {
            guard let statement = library.catalogue.statement(standard), let framework = library.catalogue.framework(statement.frameworkID) else {
                throw UsageError(command: spec.fullName, "unknown statement '\(standard)' (jdalign standards list --framework ID lists them)")
            }
            frameworks = [framework]
            let matcher = try Matcher(library: library, frameworks: frameworks)
            guard let explanation = matcher.explanation(forText: text, section: section, standard: standard) else {
                throw UsageError(command: spec.fullName, "unknown statement '\(standard)'")
            }
            context.standardOutput.write(ExplanationText.statement(explanation, text: text))
            return .success
        }
        let matcher = try Matcher(library: library, frameworks: frameworks)
        let links = matcher.links(forText: text, section: section)
        context.standardOutput.write(ExplanationText.links(links, text: text, catalogue: library.catalogue))
        return .success
    }
}

/// The plain-words rendering of links and explanations.
enum ExplanationText {
    static func links(_ links: [Link], text: String, catalogue: Catalogue) -> String {
        guard !links.isEmpty else {
            return "\"\(text)\"\nlinks to no statement: none of the keywords or rules of the chosen frameworks were found.\n"
        }
        var lines = ["\"\(text)\""]
        for link in links {
            let statement = statementText(link.standard, in: catalogue)
            let verdict = link.strength == .linked ? "links to" : "weakly suggests"
            lines.append("")
            lines.append("\(verdict) \(link.standard) (score \(JSONWriter.format(link.score))): \(statement)")
            lines += link.evidence.map(evidenceLine)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func statement(_ explanation: StatementExplanation, text: String) -> String {
        let statement = explanation.statement
        var lines = ["\"\(text)\"", "", "\(statement.qualifiedID): \(statement.text)"]
        if let link = explanation.link {
            let verdict = link.strength == .linked ? "LINKS" : "is only WEAK"
            lines.append("The duty \(verdict) (score \(JSONWriter.format(link.score)); linked from \(JSONWriter.format(explanation.thresholds.linked)), weak from \(JSONWriter.format(explanation.thresholds.weak))).")
            lines += link.evidence.map(evidenceLine)
        } else {
            lines.append("The duty does NOT link (it needs a score of \(JSONWriter.format(explanation.thresholds.weak)) to show as weak, \(JSONWriter.format(explanation.thresholds.linked)) to link).")
        }
        lines.append("")
        lines.append(explanation.keywords.isEmpty ? "Keywords: none defined." : "Keywords:")
        lines += explanation.keywords.map { "  \($0.found ? "found  " : "missing") \($0.pattern) (weight \(JSONWriter.format($0.weight)))" }
        lines.append(explanation.rules.isEmpty ? "Rules: none defined." : "Rules:")
        for rule in explanation.rules {
            lines.append("  \(rule.found ? "fired " : "silent") \(rule.pattern) (weight \(JSONWriter.format(rule.weight)))")
            let found = rule.leaves.filter { $0.found && !$0.negated }.map(\.leaf)
            let missing = rule.leaves.filter { !$0.found && !$0.negated }.map(\.leaf)
            let excluded = rule.leaves.filter { $0.found && $0.negated }.map(\.leaf)
            if !found.isEmpty { lines.append("         found: \(found.joined(separator: ", "))") }
            if !missing.isEmpty { lines.append("         missing: \(missing.joined(separator: ", "))") }
            if !excluded.isEmpty { lines.append("         excluded by NOT: \(excluded.joined(separator: ", "))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func evidenceLine(_ evidence: Evidence) -> String {
        let words = evidence.matches.map { "\"\($0.text)\"" }.joined(separator: ", ")
        switch evidence.source {
        case .keyword: return "  - keyword \(evidence.pattern) matched \(words) (weight \(JSONWriter.format(evidence.weight)))"
        case .rule: return "  - rule \(evidence.pattern) matched \(words) (weight \(JSONWriter.format(evidence.weight)))"
        case .decision: return "  - the governors decided so: \(evidence.pattern)"
        case .heading: return "  - the section heading mentions \(evidence.pattern) (\(words)), which strengthens the link (+\(JSONWriter.format(evidence.weight)))"
        }
    }

    private static func statementText(_ id: String, in catalogue: Catalogue) -> String {
        catalogue.statement(id)?.text ?? ""
    }
}
