import Testing
@testable import JDAlignCLI

@Suite struct ArgumentParserTests {
    let spec = CommandSpec(path: ["demo"], abstract: "A demo.",
                           positionals: [PositionalSpec("FILE", help: "Files.", repeatable: true)],
                           options: [.value("format", "FORMAT", help: "Formats.", repeatable: true, allowed: ["json", "html"]),
                                     .value("output", short: "o", "DIR", help: "Where."),
                                     .flag("quiet", short: "q", help: "Hush.")])

    private func parsed(_ arguments: [String]) throws -> ParsedArguments {
        guard case .run(let parsed) = try ArgumentParser.parse(arguments, for: spec) else { throw UsageError(command: "demo", "help") }
        return parsed
    }

    @Test func acceptsEqualsSpaceRepeatsShortAndDash() throws {
        let arguments = try parsed(["a.txt", "--format=json", "--format", "html", "-o", "-", "-q", "-", "--", "--odd.txt"])
        #expect(arguments.values["format"] == ["json", "html"])
        #expect(arguments.value("output") == "-")
        #expect(arguments.flag("quiet"))
        #expect(arguments.positionals == ["a.txt", "-", "--odd.txt"])
    }

    @Test func splitsCommaSeparatedLists() throws {
        #expect(try parsed(["x", "--format", "json,html"]).list("format") == ["json", "html"])
    }

    @Test(arguments: [
        (["x", "--colour"], "unknown option '--colour'"),
        (["x", "--format"], "--format needs a value (FORMAT)"),
        (["x", "--format", "pdf"], "--format does not accept 'pdf'; choose from json, html"),
        (["x", "-o", "a", "-o", "b"], "--output was given more than once"),
        (["x", "--quiet=yes"], "--quiet takes no value"),
        ([], "missing FILE"),
    ])
    func reportsMistakesInOneLine(arguments: [String], message: String) {
        #expect(throws: UsageError(command: "jdalign demo", message)) { try ArgumentParser.parse(arguments, for: spec) }
    }

    @Test func helpWinsAnywhere() throws {
        #expect(try ArgumentParser.parse(["x", "--bogus", "--help"], for: spec) == .help)
        #expect(try ArgumentParser.parse(["--", "--help"], for: spec) != .help)
    }
}
