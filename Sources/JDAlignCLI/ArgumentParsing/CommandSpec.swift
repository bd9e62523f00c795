/// What a command accepts, written once and used both to parse its arguments and to print its help.
public struct CommandSpec: Sendable {
    /// The command's words after `jdalign` (`["standards", "list"]`).
    public var path: [String]
    /// Other names the last word may be given as (`analyze` for `analyse`).
    public var aliases: [String]
    /// One line on what it does.
    public var abstract: String
    /// A longer explanation, shown under the usage line.
    public var discussion: String
    /// The arguments that are not options, named for the usage line (`FILE...`).
    public var positionals: [PositionalSpec]
    /// The options, with and without values.
    public var options: [OptionSpec]
    /// Example invocations with what they do.
    public var examples: [(command: String, explanation: String)]

    /// Creates a spec.
    public init(path: [String], aliases: [String] = [], abstract: String, discussion: String = "",
                positionals: [PositionalSpec] = [], options: [OptionSpec] = [], examples: [(command: String, explanation: String)] = []) {
        self.path = path
        self.aliases = aliases
        self.abstract = abstract
        self.discussion = discussion
        self.positionals = positionals
        self.options = options
        self.examples = examples
    }

    /// `jdalign standards list`.
    public var fullName: String { (["jdalign"] + path).joined(separator: " ") }
}

/// A positional argument.
public struct PositionalSpec: Sendable {
    /// The name in the usage line (`FILE`).
    public var name: String
    /// What it is.
    public var help: String
    /// Whether it may be given more than once (`FILE...`).
    public var repeatable: Bool
    /// Whether it may be left out.
    public var optional: Bool

    /// Creates a positional argument.
    public init(_ name: String, help: String, repeatable: Bool = false, optional: Bool = false) {
        self.name = name
        self.help = help
        self.repeatable = repeatable
        self.optional = optional
    }
}

/// An option: `--format json`, `--format=json`, or a flag such as `--quiet`.
public struct OptionSpec: Sendable {
    /// The long name without dashes (`format`).
    public var name: String
    /// A one-letter short name (`-o`), if any.
    public var short: Character?
    /// The value's name in help (`FORMAT`); nil for a flag that takes no value.
    public var valueName: String?
    /// What it does.
    public var help: String
    /// Whether it may be given more than once, each value kept.
    public var repeatable: Bool
    /// The values accepted, when the set is closed; checked while parsing.
    public var allowedValues: [String]?

    /// Creates an option that takes a value.
    public static func value(_ name: String, short: Character? = nil, _ valueName: String, help: String,
                             repeatable: Bool = false, allowed: [String]? = nil) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: valueName, help: help, repeatable: repeatable, allowedValues: allowed)
    }

    /// Creates a flag, an option without a value.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help, repeatable: false, allowedValues: nil)
    }
}
