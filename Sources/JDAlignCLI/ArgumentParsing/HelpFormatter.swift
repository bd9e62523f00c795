/// Renders a command's `--help` page from its spec.
public enum HelpFormatter {
    /// The help text, ending with a newline.
    public static func help(for spec: CommandSpec, subcommands: [CommandSpec] = []) -> String {
        var lines = ["\(spec.fullName): \(spec.abstract)", "", "Usage: \(usage(spec, hasSubcommands: !subcommands.isEmpty))"]
        if !spec.aliases.isEmpty { lines.append("Also: " + spec.aliases.map { (["jdalign"] + spec.path.dropLast() + [$0]).joined(separator: " ") }.joined(separator: ", ")) }
        if !spec.discussion.isEmpty { lines += ["", spec.discussion] }
        if !subcommands.isEmpty {
            lines += ["", "Commands:"]
            let width = subcommands.map { $0.path.last?.count ?? 0 }.max() ?? 0
            lines += subcommands.map { "  \(pad($0.path.last ?? "", to: width))  \($0.abstract)" }
        }
        if !spec.positionals.isEmpty {
            lines += ["", "Arguments:"]
            let width = spec.positionals.map(\.name.count).max() ?? 0
            lines += spec.positionals.map { "  \(pad($0.name, to: width))  \($0.help)" }
        }
        let options = spec.options.map { option -> (String, String) in
            var name = option.short.map { "-\($0), " } ?? "    "
            name += "--\(option.name)"
            if let valueName = option.valueName { name += " \(valueName)" }
            var help = option.help
            if option.repeatable { help += " (may be repeated)" }
            return (name, help)
        } + [("-h, --help", "Show this help.")]
        lines += ["", "Options:"]
        let width = options.map(\.0.count).max() ?? 0
        lines += options.map { "  \(pad($0.0, to: width))  \($0.1)" }
        if !spec.examples.isEmpty {
            lines += ["", "Examples:"]
            for example in spec.examples { lines += ["  \(example.command)", "      \(example.explanation)"] }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `jdalign analyse [options] FILE...`.
    public static func usage(_ spec: CommandSpec, hasSubcommands: Bool = false) -> String {
        var words = [spec.fullName]
        if hasSubcommands { words.append("<command>") }
        if !spec.options.isEmpty { words.append("[options]") }
        for positional in spec.positionals {
            let name = positional.name + (positional.repeatable ? "..." : "")
            words.append(positional.optional ? "[\(name)]" : name)
        }
        return words.joined(separator: " ")
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
