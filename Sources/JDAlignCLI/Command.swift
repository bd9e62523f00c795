/// One `jdalign` command: its spec and what it does.
public protocol Command: Sendable {
    /// What the command accepts; also its help page.
    static var spec: CommandSpec { get }
    /// Runs the command with parsed arguments.
    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode
}
