import Foundation

/// The arguments of one command after parsing: option values by name, flags, and positionals in order.
public struct ParsedArguments: Sendable, Equatable {
    /// The command's full name, for error messages.
    public var command: String
    /// Every value given for each option, in the order given.
    public var values: [String: [String]]
    /// The flags that were given.
    public var flags: Set<String>
    /// The positional arguments, in order (`-` stands for standard input or output).
    public var positionals: [String]

    /// The single value of an option, if given.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option; comma-separated lists are split (`--format md,html`).
    public func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// An option's value as a number in a range, or a usage error saying what was expected.
    public func number(_ name: String, in range: ClosedRange<Double>) throws(UsageError) -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text.hasSuffix("%") ? String(text.dropLast()) : text), range.contains(number) else {
            throw UsageError(command: command, "--\(name) expects a number from \(JSONNumber(range.lowerBound)) to \(JSONNumber(range.upperBound)), not '\(text)'")
        }
        return number
    }
}

/// Prints a bound without a needless `.0`.
private func JSONNumber(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
}
