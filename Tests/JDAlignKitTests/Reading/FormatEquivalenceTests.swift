import Foundation
import Testing
@testable import JDAlignKit

/// The same JD received as a Word document, as Word's "Unicode text" and as an old Windows text file gives the same items.
@Suite struct FormatEquivalenceTests {
    private func items(_ bytes: [UInt8], path: String) throws -> [String] {
        try Segmenter().segment(DocumentReader.read(bytes, path: path)).items.map { "\($0.kind.rawValue) | \($0.section) | \($0.text)" }
    }

    @Test(arguments: Fixtures.exampleNames)
    func docxUTF16AndWindows1252GiveTheSameItems(name: String) throws {
        let text = try #require(String(data: try Fixtures.exampleData(name), encoding: .utf8))
        let expected = try items(Array(text.utf8), path: "\(name).txt")
        #expect(expected.contains { $0.hasPrefix("duty | ") })
        let docx = DocxBuilder().pasted(text).build()
        #expect(try items(docx, path: "\(name).docx") == expected, "as .docx")
        #expect(try items(EncodingEquivalenceTests.utf16(text, littleEndian: true), path: "\(name).txt") == expected, "as UTF-16")
        let windows1252 = try #require(text.data(using: .windowsCP1252))
        #expect(try items(Array(windows1252), path: "\(name).txt") == expected, "as Windows-1252")
    }
}
