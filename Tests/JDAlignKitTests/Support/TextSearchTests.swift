import Foundation
import Testing
@testable import JDAlignKit

@Suite struct TextSearchTests {
    @Test(arguments: [
        ("Strategic leadership / To lead the school", " / ", true),
        ("Qualified Teacher Status\tE\tAF", "\t", true),
        ("Signed ……………… Date", "……", true),
        ("ends with the fragment ||", "||", true),
        ("|", "|", true),
        ("To lead the school", "   ", false),
        ("ab", "abc", false),
        ("", "a", false),
        ("anything", "", true),
        ("caf\u{E9} culture", "\u{E9} c", true),
        ("almost a / b", " /  ", false),
    ])
    func findsAFragmentByItsBytes(text: String, fragment: String, expected: Bool) {
        #expect(text.includes(fragment) == expected)
        // A substring that is not at the start of its string is searched from its own start.
        #expect(("xyz" + text).dropFirst(3).includes(fragment) == expected)
    }

    @Test func agreesWithFoundationOnEveryCorpusLine() throws {
        let fragments = ["   ", " / ", "\t", "|", "(", "=", "....", "page "]
        let folder = Fixtures.corpus.appendingPathComponent("jds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count > 50)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                for fragment in fragments where line.includes(fragment) != (line.range(of: fragment) != nil) {
                    Issue.record("\(name): \(fragment) in \(line)")
                }
            }
        }
    }
}
