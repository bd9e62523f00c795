import Foundation
import Testing
@testable import JDAlignKit

/// A JD saved in any of the encodings Word and Notepad offer, or with Windows line endings, segments the same.
@Suite struct EncodingEquivalenceTests {
    static func items(from bytes: [UInt8]) -> [Item] {
        Segmenter().segment(PlainTextReader.read(bytes, path: "jd.txt", format: .text)).items
    }

    static func seedText(_ name: String) throws -> String {
        try #require(String(data: try Fixtures.exampleData(name), encoding: .utf8))
    }

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let low = UInt8(unit & 0xFF)
            let high = UInt8(unit >> 8)
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return bytes
    }

    @Test(arguments: Fixtures.exampleNames)
    func everyEncodingGivesTheSameItems(name: String) throws {
        let text = try Self.seedText(name)
        let expected = Self.items(from: Array(text.utf8))
        #expect(expected.count > 40)
        let windows1252 = try #require(text.data(using: .windowsCP1252))
        let variants: [(String, [UInt8])] = [
            ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            ("UTF-16 LE with BOM", Self.utf16(text, littleEndian: true)),
            ("UTF-16 BE with BOM", Self.utf16(text, littleEndian: false)),
            ("UTF-16 LE without BOM", Array(Self.utf16(text, littleEndian: true).dropFirst(2))),
            ("UTF-16 BE without BOM", Array(Self.utf16(text, littleEndian: false).dropFirst(2))),
            ("Windows-1252", [UInt8](windows1252)),
            ("CRLF", Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("CR", Array(text.replacingOccurrences(of: "\n", with: "\r").utf8)),
        ]
        for (label, bytes) in variants {
            #expect(Self.items(from: bytes) == expected, "\(label)")
        }
    }

    @Test func windows1252PunctuationIsDecoded() {
        // ’ · “ ” – — • € in Windows-1252, plus an "é" (0xE9), which is not valid UTF-8 on its own.
        let bytes: [UInt8] = [0x92, 0x20, 0xB7, 0x20, 0x93, 0x94, 0x20, 0x96, 0x20, 0x97, 0x20, 0x95, 0x20, 0x80, 0x20, 0xE9]
        #expect(TextDecoding.decode(bytes) == "’ · “” – — • € é")
    }

    @Test func validUTF8IsNotMistakenForWindows1252() {
        #expect(TextDecoding.decode(Array("Café – “quoted”".utf8)) == "Café – “quoted”")
    }

    @Test func oddTrailingByteOfUTF16IsDropped() {
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00, 0x42]) == "A")
    }
}
