import JDAlignKit

/// `jdalign standards list`: the frameworks, or every statement of the chosen ones.
struct StandardsListCommand: Command {
    static let spec = CommandSpec(
        path: ["standards", "list"],
        abstract: "List the frameworks, or the areas and statements of one.",
        discussion: "Without --framework, lists every loaded framework. With it, lists that framework's areas and statements with their qualified ids.",
        options: [
            .value("framework", "ID", help: "List the areas and statements of this framework.", repeatable: true),
            .value("format", "FORMAT", help: "text (default) or json.", allowed: ["text", "json"]),
            StandardsOptions.standardsOption,
        ],
        examples: [
            ("jdalign standards list", "The frameworks JDAlign knows, with the defaults marked."),
            ("jdalign standards list --framework hs2020-exec", "Every statement of the Headteachers' standards 2020 (executive wording)."),
            ("jdalign standards list --framework nseh2015 --format json", "The 2015 national standards as JSON."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let listAll = arguments.list("framework").isEmpty
        let frameworks = listAll ? library.catalogue.frameworks : try StandardsOptions.frameworks(arguments, in: library)
        if arguments.value("format") == "json" {
            let value = JSONValue.array(frameworks.map { StandardsJSON.framework($0, statements: !listAll) })
            context.standardOutput.write(JSONWriter.write(value, style: .pretty) + "\n")
            return .success
        }
        var lines: [String] = []
        if listAll {
            let width = frameworks.map(\.id.count).max() ?? 0
            for framework in frameworks {
                let marker = StandardsLibrary.defaultFrameworkIDs.contains(framework.id) ? " (default)" : ""
                let padding = String(repeating: " ", count: width - framework.id.count)
                lines.append("\(framework.id)\(padding)  \(framework.title)\(marker): \(framework.areas.count) areas, \(framework.statements.count) statements")
            }
        } else {
            for framework in frameworks {
                lines.append("\(framework.id)  \(framework.title)")
                for area in framework.areas {
                    lines.append("  \(area.qualifiedID)  \(area.title)")
                    lines += area.statements.map { "    \($0.qualifiedID)  \($0.text)" }
                }
            }
        }
        context.standardOutput.write(lines.joined(separator: "\n") + "\n")
        return .success
    }
}

/// The catalogue as JSON, shared by `standards list` and `standards show`.
enum StandardsJSON {
    static func framework(_ framework: Framework, statements: Bool) -> JSONValue {
        .object([
            ("id", .string(framework.id)),
            ("title", .string(framework.title)),
            ("default", .bool(StandardsLibrary.defaultFrameworkIDs.contains(framework.id))),
            ("areas", .array(framework.areas.map { area($0, statements: statements) })),
        ])
    }

    static func area(_ area: Area, statements: Bool) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(area.qualifiedID)), ("title", .string(area.title))]
        if statements {
            members.append(("statements", .array(area.statements.map { statement($0, knowledge: false) })))
        } else {
            members.append(("statementCount", .number(Double(area.statements.count))))
        }
        return .object(members)
    }

    static func statement(_ statement: Statement, knowledge: Bool) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(statement.qualifiedID)), ("text", .string(statement.text))]
        if knowledge {
            members.append(("keywords", .array(statement.keywords.map { group in
                .object([("weight", .number(group.weight)), ("terms", .array(group.terms.map(JSONValue.string)))])
            })))
            members.append(("rules", .array(statement.rules.map { rule in
                .object([("query", .string(rule.query)), ("weight", .number(rule.weight))] + (rule.note.map { [("note", JSONValue.string($0))] } ?? []))
            })))
        }
        return .object(members)
    }
}
