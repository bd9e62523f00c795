import Testing
@testable import JDAlignKit

@Suite struct JSONParserTests {
    @Test func keepsMemberOrderAndDecodesEscapes() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": [true, null, "x\u00e9\n\ud83d\ude00"], "c": -2.5e1}"#)
        #expect(value.objectMembers?.map(\.key) == ["b", "a", "c"])
        #expect(value["a"] == .array([.bool(true), .null, .string("xé\n😀")]))
        #expect(value["c"] == .number(-25))
    }

    @Test(arguments: [
        ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}'"),
        ("[1, 2", 1, 6, "not closed"),
        ("{\"a\": tru}", 1, 7, "invalid literal"),
        ("{\"a\": \"x\ny\"}", 1, 9, "control character"),
        ("[01]", 1, 3, "expected ',' or ']'"),
        ("{} x", 1, 4, "after the end"),
    ])
    func reportsLineAndColumn(text: String, line: Int, column: Int, message: String) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONSyntaxError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
        }
    }

    @Test func refusesHostileNesting() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func writerRoundTripsAndIsDeterministic() throws {
        let text = #"{"z":"a\"b\\c\td","n":[1,0.1235,-3],"o":{}}"#
        let value = try JSONParser.parse(text)
        #expect(JSONWriter.write(value) == #"{"z":"a\"b\\c\td","n":[1,0.1235,-3],"o":{}}"#)
        #expect(try JSONParser.parse(JSONWriter.write(value, style: .pretty)) == value)
        #expect(JSONWriter.format(0.123456) == "0.1235")
        #expect(JSONWriter.write(.string("è©\u{2028}\u{2029}\u{01}")) == #""è©\u2028\u2029\u0001""#)
    }
}
