/// Parses a command's arguments against its spec.
///
/// Accepts `--name value`, `--name=value`, `-n value`, repeated options, flags,
/// `-` as a positional (standard input or output) and `--` to end options.
public enum ArgumentParser {
    /// What the parser found.
    public enum Outcome: Sendable, Equatable {
        /// Arguments to run the command with.
        case run(ParsedArguments)
        /// The user asked for help.
        case help
    }

    /// Parses `arguments` (the words after the command's name).
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> Outcome {
        let options = arguments.prefix { $0 != "--" }
        if options.contains("--help") || options.contains("-h") { return .help }
        var parsed = ParsedArguments(command: spec.fullName, values: [:], flags: [], positionals: [])
        var index = 0
        var optionsEnded = false
        func fail(_ message: String) -> UsageError { UsageError(command: spec.fullName, message) }

        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }

            let (option, inlineValue) = try resolve(argument, in: spec, fail: fail)
            guard let valueName = option.valueName else {
                if inlineValue != nil { throw fail("--\(option.name) takes no value") }
                parsed.flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count, arguments[index] == "-" || !arguments[index].hasPrefix("--") else {
                    throw fail("--\(option.name) needs a value (\(valueName))")
                }
                value = arguments[index]
                index += 1
            }
            if let allowed = option.allowedValues {
                for part in value.split(separator: ",") where !allowed.contains(String(part)) {
                    throw fail("--\(option.name) does not accept '\(part)'; choose from \(allowed.joined(separator: ", "))")
                }
            }
            if !option.repeatable, parsed.values[option.name] != nil {
                throw fail("--\(option.name) was given more than once")
            }
            parsed.values[option.name, default: []].append(value)
        }
        try checkPositionals(parsed.positionals, spec: spec, fail: fail)
        return .run(parsed)
    }

    private static func resolve(_ argument: String, in spec: CommandSpec, fail: (String) -> UsageError) throws(UsageError) -> (OptionSpec, String?) {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            let equals = body.firstIndex(of: "=")
            let name = String(body[..<(equals ?? body.endIndex)])
            let inlineValue = equals.map { String(body[body.index(after: $0)...]) }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                throw fail("unknown option '--\(name)'")
            }
            return (option, inlineValue)
        }
        let letters = argument.dropFirst()
        guard let letter = letters.first, let option = spec.options.first(where: { $0.short == letter }) else {
            throw fail("unknown option '\(argument)'")
        }
        let rest = letters.dropFirst()
        return (option, rest.isEmpty ? nil : String(rest.hasPrefix("=") ? rest.dropFirst() : rest))
    }

    private static func checkPositionals(_ positionals: [String], spec: CommandSpec, fail: (String) -> UsageError) throws(UsageError) {
        let required = spec.positionals.filter { !$0.optional }
        if positionals.count < required.count {
            throw fail("missing \(required[positionals.count].name)")
        }
        let acceptsMany = spec.positionals.last?.repeatable ?? false
        if !acceptsMany, positionals.count > spec.positionals.count {
            let extra = positionals[spec.positionals.count]
            throw fail(spec.positionals.isEmpty ? "unexpected argument '\(extra)'" : "unexpected extra argument '\(extra)'")
        }
    }
}
