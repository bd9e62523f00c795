import Foundation
import JDAlignKit

/// The options every command that uses the catalogue shares: `--standards DIR` and `--framework ID`.
enum StandardsOptions {
    static let standardsOption = OptionSpec.value("standards", "DIR",
        help: "Also load the frameworks (and lexicon.json) in DIR; a framework with a bundled id replaces it.")
    static let frameworkOption = OptionSpec.value("framework", "ID",
        help: "Check against this framework (default: hs2020-exec and nseh2015).", repeatable: true)

    static let roleOption = OptionSpec.value("role", "ID",
        help: "The post's role profile (headteacher, deputy-head, senco, head-of-year...); by default it is recognised from the title.")

    /// The role profile named with `--role`, checked against the library's profiles; nil to recognise it.
    static func role(_ arguments: ParsedArguments, in library: StandardsLibrary) throws -> String? {
        guard let id = arguments.value("role") else { return nil }
        guard library.roles.contains(where: { $0.id == id }) else {
            throw UsageError(command: arguments.command, "unknown role '\(id)'; available: \(library.roles.map(\.id).joined(separator: ", "))")
        }
        return id
    }

    /// The bundled standards plus any from `--standards`.
    static func library(_ arguments: ParsedArguments, in context: CommandContext) throws -> StandardsLibrary {
        var library = try StandardsLibrary.builtIn()
        if let directory = arguments.value("standards") {
            try InputFiles.requireFolder(directory, in: context)
            try library.add(directory: context.url(for: directory), name: directory)
        }
        return library
    }

    /// The frameworks named with `--framework`, or the defaults; an unknown id is a usage error.
    static func frameworks(_ arguments: ParsedArguments, in library: StandardsLibrary) throws -> [Framework] {
        let ids = arguments.list("framework")
        let chosen = ids.isEmpty ? StandardsLibrary.defaultFrameworkIDs : ids
        return try chosen.map { id in
            guard let framework = library.catalogue.framework(id) else {
                let known = library.catalogue.frameworks.map(\.id).joined(separator: ", ")
                throw UsageError(command: arguments.command, "unknown framework '\(id)'; available: \(known)")
            }
            return framework
        }
    }
}
