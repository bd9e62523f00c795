import Foundation
import JDAlignKit

/// The `jdalign` command line: finds the command, parses its arguments, runs it and maps errors to exit statuses.
public enum JDAlignCommand {
    /// The version `jdalign --version` prints.
    public static let version = "0.1.0"

    /// Every command, in the order the help lists them.
    static let commands: [any Command.Type] = [
        AnalyseCommand.self,
        ReadCommand.self,
        MatrixCommand.self,
        ClassifyCommand.self,
        ExplainCommand.self,
        EvaluateCommand.self,
        TuneCommand.self,
        StandardsListCommand.self,
        StandardsShowCommand.self,
        DiffCommand.self,
        CheckCommand.self,
        SuggestCommand.self,
    ]

    /// Runs the command line with the process's arguments and exits.
    public static func main() -> Never {
        let context = CommandContext.process()
        let status = run(Array(CommandLine.arguments.dropFirst()), in: context)
        // The context, and what commands keep in it, is still held at exit: the process's memory goes back at once,
        // where freeing a compiled catalogue object by object took 2 to 3 ms.
        withExtendedLifetime(context) { exit(status.rawValue) }
    }

    /// Runs one command line in `context` and returns its exit status; never exits the process.
    public static func run(_ arguments: [String], in context: CommandContext) -> ExitCode {
        guard let first = arguments.first else {
            context.standardError.write(topLevelHelp())
            return .usage
        }
        switch first {
        case "--help", "-h", "help":
            context.standardOutput.write(topLevelHelp())
            return .success
        case "--version":
            context.standardOutput.write("jdalign \(version)\n")
            return .success
        default:
            break
        }
        guard let (command, consumed) = find(arguments) else {
            let group = commands.filter { $0.spec.path.first == first }
            if !group.isEmpty {
                if arguments.count == 1 {
                    context.standardError.write(groupHelp(first))
                    return .usage
                }
                if arguments[1] == "--help" || arguments[1] == "-h" {
                    context.standardOutput.write(groupHelp(first))
                    return .success
                }
                context.standardError.write(UsageError(command: "jdalign \(first)", "unknown command '\(arguments[1])'").description + "\n")
                return .usage
            }
            context.standardError.write("jdalign: unknown command '\(first)'; see jdalign --help\n")
            return .usage
        }
        do {
            switch try ArgumentParser.parse(Array(arguments.dropFirst(consumed)), for: command.spec) {
            case .help:
                context.standardOutput.write(HelpFormatter.help(for: command.spec))
                return .success
            case .run(let parsed):
                return try command.run(parsed, in: context)
            }
        } catch {
            let (message, status) = describe(error)
            context.standardError.write(message + "\n")
            // Scripts running `check` tell "gaps" (1) from "could not decide" by a single status.
            return command.spec.path == CheckCommand.spec.path ? .checkError : status
        }
    }

    private static func find(_ arguments: [String]) -> (any Command.Type, Int)? {
        for command in commands {
            let path = command.spec.path
            guard arguments.count >= path.count else { continue }
            let given = Array(arguments.prefix(path.count))
            let names = [path] + command.spec.aliases.map { Array(path.dropLast()) + [$0] }
            if names.contains(given) { return (command, path.count) }
        }
        return nil
    }

    /// One line for the user and the status an error maps to.
    static func describe(_ error: any Error) -> (String, ExitCode) {
        switch error {
        case let error as UsageError: (error.description, .usage)
        case let error as ReadingError: ("jdalign: \(error)", error.reason == .cannotOpen ? .noInput : .dataError)
        case let error as CatalogueError: ("jdalign: \(error)", .dataError)
        case let error as RuleError: ("jdalign: \(error)", .dataError)
        case let error as OutputError: ("jdalign: \(error)", .cannotCreate)
        default: ("jdalign: internal error: \(error)", .software)
        }
    }

    static func topLevelHelp() -> String {
        var lines = [
            "jdalign \(version): how well a school leadership job description lines up with the national standards.",
            "",
            "Usage: jdalign <command> [options]",
            "",
            "Commands:",
        ]
        let width = commands.map { $0.spec.path.joined(separator: " ").count }.max() ?? 0
        for command in commands {
            let name = command.spec.path.joined(separator: " ")
            lines.append("  \(name)\(String(repeating: " ", count: width - name.count))  \(command.spec.abstract)")
        }
        lines += ["", "Options:", "  -h, --help  Show this help.", "  --version   Print the version.", "",
                  "Run 'jdalign <command> --help' for a command's options and examples."]
        return lines.joined(separator: "\n") + "\n"
    }

    static func groupHelp(_ group: String) -> String {
        let members = commands.filter { $0.spec.path.first == group }
        var lines = ["Usage: jdalign \(group) <command> [options]", "", "Commands:"]
        for command in members {
            lines.append("  \(command.spec.path.dropFirst().joined(separator: " "))  \(command.spec.abstract)")
        }
        lines += ["", "Run 'jdalign \(group) <command> --help' for details."]
        return lines.joined(separator: "\n") + "\n"
    }
}
