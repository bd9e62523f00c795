import Testing
@testable import JDAlignKit

@Suite struct JSONStreamTests {
    @Test func membersAndElementsAreSeparatedAndContainersBalance() {
        var json = JSONStream()
        json.object { json in
            json.member("id", "i1")
            json.member("line", 12)
            json.member("score", 0.82)
            json.member("overdue", false)
            json.member("priority", nil as String?)
            json.member("empty") { $0.array([String]()) }
            json.member("nested") { json in
                json.array([1, 2]) { json, number in json.object { $0.member("n", number) } }
            }
        }
        #expect(String(decoding: json.bytes, as: UTF8.self)
            == #"{"id":"i1","line":12,"score":0.82,"overdue":false,"priority":null,"empty":[],"nested":[{"n":1},{"n":2}]}"#)
    }

    @Test func prettyStyleIndentsByTwoSpacesAndKeepsEmptyContainersOnOneLine() throws {
        let value = try JSONParser.parse(#"{"a":[1,{"b":"c"}],"d":{},"e":[]}"#)
        var json = JSONStream(style: .pretty)
        json.value(value)
        #expect(String(decoding: json.bytes, as: UTF8.self) == """
            {
              "a": [
                1,
                {
                  "b": "c"
                }
              ],
              "d": {},
              "e": []
            }
            """)
    }

    @Test func drainingPartWayGivesTheSameDocumentInPieces() throws {
        let value = try JSONParser.parse(#"{"rows":[{"path":"a.txt","n":1},{"path":"b \"c\".md","n":2}],"after":[]}"#)
        var whole = JSONStream(style: .pretty)
        whole.value(value)
        var streamed = JSONStream(style: .pretty)
        var pieces: [[UInt8]] = []
        streamed.object { json in
            json.member("rows") { json in
                json.array(value["rows"]?.arrayValue ?? []) { json, row in
                    json.value(row)
                    pieces.append(json.drain())
                }
            }
            json.member("after") { $0.array([String]()) }
        }
        pieces.append(streamed.drain())
        #expect(pieces.count == 3)
        #expect(pieces.joined().elementsEqual(whole.bytes))
        #expect(streamed.bytes.isEmpty)
    }

    @Test func stringsAreEscapedWhereJSONOrEmbeddingJavaScriptNeedIt() throws {
        let awkward = "quote \" backslash \\ tab\tline\nreturn\r bell\u{07} sep\u{2028}para\u{2029} dash – café"
        var json = JSONStream()
        json.object { json in
            json.key("dynamic \"key\"")
            json.string(awkward)
        }
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(text == #"{"dynamic \"key\"":"quote \" backslash \\ tab\tline\nreturn\r bell\u0007 sep\u2028para\u2029 dash – café"}"#)
        #expect(try JSONParser.parse(json.bytes) == .object([("dynamic \"key\"", .string(awkward))]))
    }

    @Test func numbersAreWholeOrRoundedToFourDecimals() {
        let cases: [(Double, String)] = [
            (1, "1"), (0, "0"), (-3, "-3"), (0.82, "0.82"), (0.05, "0.05"), (0.0001, "0.0001"), (0.123456, "0.1235"),
            (0.99996, "1"), (-0.5, "-0.5"), (-0.00001, "0"), (123456.789, "123456.789"), (2.5e11, "250000000000"),
            (1e20, "1e+20"), (1e11 + 0.25, "100000000000.25"), (.nan, "null"), (.infinity, "null"),
        ]
        for (number, expected) in cases {
            #expect(JSONWriter.format(number) == expected, "\(number)")
        }
    }

    /// The fast path must print exactly what `Double.description` prints for the rounded value, on many values.
    @Test func fastNumberFormatAgreesWithDoubleDescription() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            // A fixed linear congruential sequence: the same values on every run.
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let scale = [1.0, 10, 1_000, 100_000][Int(state >> 62)]
            let number = (Double(state >> 11) / Double(1 << 53) * 2e6 - 1e6) / scale
            let rounded = (number * 10_000).rounded() / 10_000
            var expected = rounded == rounded.rounded() ? String(Int64(rounded)) : String(rounded)
            if expected.hasSuffix(".0") { expected.removeLast(2) }
            if expected == "-0" { expected = "0" }
            #expect(JSONWriter.format(number) == expected, "\(number)")
        }
    }
}
