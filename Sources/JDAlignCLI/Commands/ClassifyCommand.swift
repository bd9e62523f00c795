import JDAlignKit

/// `jdalign classify`: links each input line, as one duty, to the standards; JSON Lines out.
struct ClassifyCommand: Command {
    static let spec = CommandSpec(
        path: ["classify"],
        abstract: "Link single duty lines to the standards; one JSON object per input line.",
        discussion: "Each non-empty line of FILE (or standard input) is taken as one duty. Output is JSON Lines in input order: the line as given, the standards it is linked to, and every link with its score and evidence.",
        positionals: [PositionalSpec("FILE", help: "A file of duty lines; - or nothing reads standard input.", optional: true)],
        options: [StandardsOptions.frameworkOption, StandardsOptions.standardsOption],
        examples: [
            ("echo 'Lead safeguarding as the DSL' | jdalign classify", "Prints the links of one duty."),
            ("jdalign classify duties.txt --framework hs2020-exec", "Links every line of duties.txt against the 2020 standards only."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let library = try StandardsOptions.library(arguments, in: context)
        let matcher = try Matcher(library: library, frameworks: try StandardsOptions.frameworks(arguments, in: library))
        let path = arguments.positionals.first ?? "-"
        let bytes: [UInt8]
        if path == "-" {
            bytes = context.readStandardInput()
        } else {
            bytes = try InputFiles.bytes(path, in: context)
        }
        let text = TextDecoding.decode(bytes)
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let given = String(line)
            guard !given.allSatisfy(\.isWhitespace) else { continue }
            let links = matcher.links(forText: TextNormalisation.normalise(given))
            var json = JSONStream()
            json.object { json in
                json.member("text", given)
                json.member("standards") { $0.array(links.filter { $0.strength == .linked }.map(\.standard)) }
                json.member("links") { json in json.array(links) { json, link in JSONReport.write(link, to: &json) } }
            }
            context.standardOutput.write(String(decoding: json.bytes, as: UTF8.self) + "\n")
        }
        return .success
    }
}
