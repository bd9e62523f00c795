import JDAlignKit

/// `jdalign read FILE`: shows how JDAlign understood a JD, to check before trusting an analysis.
struct ReadCommand: Command {
    static let spec = CommandSpec(
        path: ["read"],
        abstract: "Show the structure JDAlign reads from a JD: metadata, sections, duties and person-spec criteria.",
        discussion: """
            Use it to check that every duty was found before relying on an analysis. FILE may be .pdf, .docx, .txt, .md or .html; - \
            reads standard input. With --explain, each item also says which rule decided its kind, so a misreading can \
            be seen and reported.
            """,
        positionals: [PositionalSpec("FILE", help: "The job description.")],
        options: [
            .value("format", "FORMAT", help: "text (default) or json.", allowed: ["text", "json"]),
            .flag("explain", help: "Say, for each item, the rule that decided its kind."),
        ],
        examples: [
            ("jdalign read Examples/head-of-year.txt", "The items of the head of year JD, grouped by section."),
            ("jdalign read jd.txt --explain", "Each item with the reason it was read as a duty, heading, criterion..."),
            ("jdalign read deputy-head.docx --format json", "The structured JD as JSON."),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let jobDescription = Segmenter().segment(try InputFiles.read(arguments.positionals[0], in: context))
        if arguments.value("format") == "json" {
            context.standardOutput.write(String(decoding: JSONReport.bytes(of: jobDescription, style: .pretty), as: UTF8.self) + "\n")
        } else {
            context.standardOutput.write(outline(jobDescription, explain: arguments.flag("explain")))
        }
        return .success
    }

    static func outline(_ jd: JobDescription, explain: Bool = false) -> String {
        var lines = ["\(jd.title)  (\(jd.path))"]
        let metadata = jd.metadata
        let facts: [(String, String?)] = [
            ("Organisation", metadata.organisation), ("Grade", metadata.grade), ("Responsible to", metadata.responsibleTo),
            ("Responsible for", metadata.responsibleFor), ("Last reviewed", metadata.lastReviewed?.text), ("Next review", metadata.nextReview?.text),
        ]
        lines += facts.compactMap { name, value in value.map { "\(name): \($0)" } }
        let counts = ItemKind.allCases.map { kind in (kind, jd.items.filter { $0.kind == kind }.count) }.filter { $0.1 > 0 }
        lines.append(counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", "))
        lines.append("")
        for item in jd.items {
            let tag = item.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            var line = "\(item.id.padding(toLength: 5, withPad: " ", startingAt: 0)) \(tag) \(item.text)"
            if let criterion = item.criterion {
                let attributes = [criterion.priority?.rawValue].compactMap { $0 } + criterion.assessment
                if !attributes.isEmpty { line += "  [\(attributes.joined(separator: "; "))]" }
            }
            if explain { line += "\n      because: \(item.reason)" }
            lines.append(item.kind == .heading ? "\n" + line : line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
