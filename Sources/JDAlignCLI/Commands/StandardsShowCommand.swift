import JDAlignKit

/// `jdalign standards show ID`: one framework, area or statement, with the matcher's knowledge for a statement.
struct StandardsShowCommand: Command {
    static let spec = CommandSpec(
        path: ["standards", "show"],
        abstract: "Show a framework, an area or a statement, with its keywords and rules.",
        positionals: [PositionalSpec("ID", help: "A framework (hs2020-exec), area (hs2020-exec:7) or statement (hs2020-exec:7.1).")],
        options: [
            .value("format", "FORMAT", help: "text (default) or json.", allowed: ["text", "json"]),
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign standards show hs2020-exec:7.1", "The safeguarding statement, with the keywords and rules that recognise it."),
            ("jdalign standards show nseh2015:D3", "Domain 3 of the 2015 national standards."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let id = arguments.positionals[0]
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        guard let framework = library.catalogue.framework(parts[0]) else {
            throw UsageError(command: spec.fullName, "unknown framework '\(parts[0])' (jdalign standards list lists them)")
        }
        let json = arguments.value("format") == "json"
        var lines: [String] = []
        let value: JSONValue
        if parts.count == 1 {
            value = StandardsJSON.framework(framework, statements: true)
            lines.append("\(framework.id): \(framework.title)")
            if let source = framework.source { lines.append("Source: \(source)") }
            lines.append("Thresholds: linked at \(JSONWriter.format(framework.thresholds.linked)), weak at \(JSONWriter.format(framework.thresholds.weak))")
            for area in framework.areas { lines.append("  \(area.qualifiedID)  \(area.title) (\(area.statements.count) statements)") }
        } else if let area = framework.areas.first(where: { $0.id == parts[1] }) {
            value = StandardsJSON.area(area, statements: true)
            lines.append("\(area.qualifiedID): \(area.title)")
            if !area.headingCues.isEmpty { lines.append("Heading cues: \(area.headingCues.joined(separator: ", "))") }
            lines += area.statements.map { "  \($0.qualifiedID)  \($0.text)" }
        } else if let statement = framework.statements.first(where: { $0.id == parts[1] }) {
            value = StandardsJSON.statement(statement, knowledge: true)
            lines.append("\(statement.qualifiedID): \(statement.text)")
            lines.append("Area: \(framework.id):\(statement.areaID)")
            lines.append(statement.keywords.isEmpty ? "Keywords: none" : "Keywords:")
            lines += statement.keywords.map { "  weight \(JSONWriter.format($0.weight)): \($0.terms.joined(separator: ", "))" }
            lines.append(statement.rules.isEmpty ? "Rules: none" : "Rules:")
            lines += statement.rules.map { "  weight \(JSONWriter.format($0.weight)): \($0.query)" + ($0.note.map { "  (\($0))" } ?? "") }
        } else {
            throw UsageError(command: spec.fullName, "'\(id)' is not an area or statement of \(framework.id) (jdalign standards list --framework \(framework.id) lists them)")
        }
        context.standardOutput.write(json ? JSONWriter.write(value, style: .pretty) + "\n" : lines.joined(separator: "\n") + "\n")
        return .success
    }
}
