import Testing
import JDAlignKit

private func parse(_ text: String) -> Query? {
    try? QueryParser.parse(text)
}

private func parseError(_ text: String) -> QueryParseError? {
    do {
        _ = try QueryParser.parse(text)
        return nil
    } catch {
        return error
    }
}

@Test func parsesEachKindOfLeaf() {
    #expect(parse("budget") == .word("budget"))
    #expect(parse("well-being") == .word("well-being"))
    #expect(parse("safeguard*") == .prefix("safeguard"))
    #expect(parse("\"child protection\"") == .phrase([.word("child"), .word("protection")]))
    #expect(parse("“child  protection”") == .phrase([.word("child"), .word("protection")]))
    #expect(parse("\"pupil* premium\"") == .phrase([.prefix("pupil"), .word("premium")]))
    #expect(parse("SENCO") == .word("SENCO"))
}

@Test func parsesOperatorsAndJuxtaposition() {
    #expect(parse("budget AND finance") == .and([.word("budget"), .word("finance")]))
    #expect(parse("budget OR finance") == .or([.word("budget"), .word("finance")]))
    #expect(parse("budget finance") == .or([.word("budget"), .word("finance")]))
    #expect(parse("budget AND NOT finance") == .and([.word("budget"), .not(.word("finance"))]))
    #expect(parse("lead and manage or not") == .or([.word("lead"), .word("and"), .word("manage"), .word("or"), .word("not")]))
    #expect(parse("welfare NEAR/4 (pupil* OR child*)")
        == .near(.word("welfare"), .or([.prefix("pupil"), .prefix("child")]), within: 4))
    #expect(parse("\"child protection\" NEAR/2 policy")
        == .near(.phrase([.word("child"), .word("protection")]), .word("policy"), within: 2))
}

@Test func parsesWeights() {
    #expect(parse("budget^2") == .boosted(.word("budget"), factor: 2))
    #expect(parse("\"child protection\"^1.5") == .boosted(.phrase([.word("child"), .word("protection")]), factor: 1.5))
    #expect(parse("(budget OR finance)^0.5") == .boosted(.or([.word("budget"), .word("finance")]), factor: 0.5))
    #expect(parse("safeguard*^3 welfare") == .or([.boosted(.prefix("safeguard"), factor: 3), .word("welfare")]))
}

@Test func bindsNotThenNearThenAndThenOr() {
    let a = Query.word("a"), b = Query.word("b"), c = Query.word("c")
    #expect(parse("a OR b AND c") == .or([a, .and([b, c])]))
    #expect(parse("a AND b OR c") == .or([.and([a, b]), c]))
    #expect(parse("a b AND c") == .or([a, .and([b, c])]))
    #expect(parse("NOT a AND b") == .and([.not(a), b]))
    #expect(parse("a AND b NEAR/2 c") == .and([a, .near(b, c, within: 2)]))
    #expect(parse("a NEAR/2 b OR c") == .or([.near(a, b, within: 2), c]))
    #expect(parse("(a OR b) AND c") == .and([.or([a, b]), c]))
}

@Test func treatsSideBySideNotAsAnExclusionOfTheGroup() {
    let a = Query.word("a"), b = Query.word("b"), c = Query.word("c")
    #expect(parse("a b NOT c") == .and([.or([a, b]), .not(c)]))
    #expect(parse("NOT c a") == .and([a, .not(c)]))
}

@Test func printsRulesThatParseBackToTheSameTree() throws {
    let rules = [
        "safeguard* OR \"child protection\" OR (welfare NEAR/4 (pupil* OR child*))",
        "budget^2 AND NOT (\"pupil premium\" OR finance*)^0.5",
        "a b NOT c",
        "(lead OR manage) AND (curriculum NEAR/3 \"subject leader*\")^1.25",
        "NOT NOT a AND b",
    ]
    for rule in rules {
        let query = try QueryParser.parse(rule)
        #expect(try QueryParser.parse(query.description) == query, "\(rule) printed as \(query)")
    }
}

@Test(arguments: [
    ("", 1, "the rule is empty"),
    ("   ", 1, "the rule is empty"),
    ("(safeguard* OR welfare", 1, "this ( is never closed"),
    ("safeguard* OR welfare)", 22, "this ) has no matching ("),
    ("welfare AND (", 13, "this ( is never closed"),
    ("\"child protection", 1, "this quote is never closed"),
    ("safeguard AND", 11, "AND needs a clause after it"),
    ("AND safeguard", 1, "AND needs a clause before it"),
    ("budget OR OR finance", 8, "OR needs a clause after it"),
    ("NOT", 1, "NOT needs a clause after it"),
    ("welfare NEAR/4", 9, "NEAR needs a clause after it"),
    ("welfare NEAR/ pupils", 9, "NEAR/ needs a whole number of words after it, like NEAR/3"),
    ("welfare NEAR/x pupils", 9, "NEAR/ needs a whole number of words after it, like NEAR/3"),
    ("welfare NEAR/0 pupils", 9, "NEAR distance must be at least 1 (NEAR/1 means next to each other)"),
    ("welfare NEAR/99999 pupils", 9, "NEAR distance can be at most 1000 words"),
    ("welfare NEAR pupils", 9, "NEAR needs a distance in words, like NEAR/3"),
    ("safe*guard", 5, "a * wildcard can only end a word"),
    ("\"child pro*tection\"", 11, "a * wildcard can only end a word"),
    ("well-b*", 1, "a wildcard word can only have letters and digits before the *"),
    ("budget^ finance", 7, "^ needs a number after it, like ^2 or ^0.5"),
    ("budget^high", 7, "^ needs a number after it, like ^2 or ^0.5"),
    ("budget^0", 7, "a weight must be greater than 0"),
    ("^2 budget", 1, "^ needs a word, phrase or bracketed group before it"),
    ("budget^2^3", 9, "a clause can have only one ^ weight"),
    ("NOT finance", 1, "a rule needs at least one clause that is not negated with NOT"),
    ("NOT finance NOT budget", 1, "a rule needs at least one clause that is not negated with NOT"),
    ("welfare OR NOT finance", 12, "OR NOT would match almost any text; use AND NOT to exclude"),
    ("NOT finance OR welfare", 1, "OR NOT would match almost any text; use AND NOT to exclude"),
    ("NOT welfare NEAR/2 pupils", 1, "NEAR needs a word, phrase or bracketed group on each side, not a NOT"),
    ("a NEAR/2 b NEAR/2 c", 12, "use brackets to chain NEAR, like (a NEAR/3 b) NEAR/3 c"),
    ("welfare ()", 9, "these brackets are empty"),
    ("welfare \"  \"", 9, "this phrase is empty"),
    ("welfare & pupils", 9, "'&' has no letters or digits to match"),
])
func reportsErrorsWithTheirColumn(rule: String, column: Int, message: String) {
    #expect(parseError(rule) == QueryParseError(message: message, column: column))
}

@Test func drawsACaretUnderTheColumn() throws {
    let rule = "safeguard* AND"
    let error = try #require(parseError(rule))
    #expect(error.caretDiagram(for: rule) == "safeguard* AND\n           ^")
    #expect(error.description == "column 12: AND needs a clause after it")

    let tabbed = "\twelfare OR OR pupils"
    let tabError = try #require(parseError(tabbed))
    #expect(tabError.caretDiagram(for: tabbed) == "\twelfare OR OR pupils\n\t        ^")

    let multiline = "welfare\nAND"
    #expect(try #require(parseError(multiline)).caretDiagram(for: multiline) == "welfare AND\n        ^")

    let unclosed = "“child protection"
    #expect(try #require(parseError(unclosed)).caretDiagram(for: unclosed) == "“child protection\n^")
}

@Test func capsNesting() {
    let limit = QueryParser.maximumNesting
    let deepest = String(repeating: "(", count: limit) + "a" + String(repeating: ")", count: limit)
    #expect(parse(deepest) == .word("a"))
    let tooDeep = String(repeating: "(", count: limit + 1) + "a" + String(repeating: ")", count: limit + 1)
    #expect(parseError(tooDeep) == QueryParseError(message: "brackets and NOTs nest more than 100 deep", column: limit + 1))
    let manyNots = "b AND " + String(repeating: "NOT ", count: limit + 1) + "a"
    #expect(parseError(manyNots)?.column == 7 + limit * 4)
    let hostile = String(repeating: "(", count: 100_000)
    #expect(parseError(hostile)?.message == "brackets and NOTs nest more than 100 deep")
}

/// A fixed pseudo-random sequence, so the generated rules are the same on every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Test func survivesArbitraryFragmentSoupAndRoundTripsWhatItAccepts() {
    let fragments = ["pupil", "safeguard*", "\"child", "protection\"", "(", ")", "AND", "OR", "NOT", "NEAR/3",
                     "NEAR/", "^2", "^", "*", " ", "“", "”", "é", "🎉", "\t", "\n", "NEAR/0", "a*b", "0.5"]
    var generator = SplitMix(state: 2_024)
    var accepted = 0
    for _ in 0..<3_000 {
        let count = Int.random(in: 1...12, using: &generator)
        let rule = (0..<count).map { _ in fragments.randomElement(using: &generator)! }
            .joined(separator: Bool.random(using: &generator) ? " " : "")
        do {
            let query = try QueryParser.parse(rule)
            accepted += 1
            #expect(try QueryParser.parse(query.description) == query, "\(rule)")
        } catch {
            #expect((1...(rule.count + 1)).contains(error.column), "\(rule): \(error)")
            #expect(error.caretDiagram(for: rule).split(separator: "\n", omittingEmptySubsequences: false).count == 2)
        }
    }
    #expect(accepted > 100)
}
