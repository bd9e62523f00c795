import Foundation
import Testing
@testable import JDAlignKit

/// Replays saved inputs through the code the fuzz targets in `Fuzz/` run, and pins down how the readers treat
/// the hostile inputs fuzzing is about. Reaching the end of a replay is the check: a trap or a hang fails the run.
struct FuzzRegressionTests {
    /// What each target does with its bytes, by the folder names `Scripts/fuzz` uses.
    static let harnesses: [String: @Sendable ([UInt8]) -> Void] = [
        "zip": FuzzHarness.zip, "docx": FuzzHarness.docx, "segmenter": FuzzHarness.segmenter, "rules": FuzzHarness.rule,
        "pdf": FuzzHarness.pdf,
    ]

    /// The files in `Tests/Fixtures/fuzz/TARGET` (inputs that once broke a reader) and `Fuzz/corpus/TARGET` (seeds).
    static func savedInputs(for target: String) throws -> [URL] {
        let folders = ["Tests/Fixtures/fuzz/\(target)", "Fuzz/corpus/\(target)"].map(Fixtures.packageRoot.appendingPathComponent)
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        }.sorted { $0.path < $1.path }
    }

    @Test(arguments: ["zip", "docx", "segmenter", "rules", "pdf"])
    func savedInputsRunThroughTheirTargetWithoutTrapping(target: String) throws {
        let harness = try #require(Self.harnesses[target])
        let inputs = try Self.savedInputs(for: target)
        #expect(inputs.count >= 3, "expected saved inputs for \(target)")
        for input in inputs {
            harness(Array(try Data(contentsOf: input)))
        }
    }

    // MARK: ZIP and DEFLATE

    @Test func localHeaderCutShortByTheEndOfTheFileIsMalformed() throws {
        let bytes = try Array(Data(contentsOf: Self.fixture("zip/truncated-local-header.zip")))
        let archive = try ZipArchive(bytes)
        let entry = try #require(archive.entries.first)
        #expect(entry.name == "word/document.xml")
        #expect(throws: ZipError.malformed("the local header or data of word/document.xml is missing or cut short")) {
            try archive.contents(of: entry)
        }
        FuzzHarness.zip(bytes)
    }

    @Test func backReferenceFartherBackThanTheOutputIsRejected() throws {
        let bytes = try Array(Data(contentsOf: Self.fixture("zip/huge-distance.deflate")))
        #expect(throws: InflateError.distanceTooFarBack(distance: 32_768, available: 1)) {
            try Inflater.inflate(bytes, limit: FuzzHarness.inflateLimit)
        }
    }

    // MARK: Word

    @Test func paragraphInsideAHundredThousandNestedRunsIsRead() throws {
        let depth = 100_000
        let body = "<w:p>" + String(repeating: "<w:r>", count: depth) + "<w:t>Deep duty</w:t>"
            + String(repeating: "</w:r>", count: depth) + "</w:p>"
        let document = try DocxReader.read(DocxBuilder().raw(body).build(), path: "nested.docx")
        #expect(document.blocks.map(\.text) == ["Deep duty"])
    }

    /// Found while fuzzing: the encoding search ran to the end of the part for every declaration, so a part of
    /// many declarations took time quadratic in its size (minutes for a megabyte).
    @Test func partOfManyXMLDeclarationsIsReadInLinearTime() throws {
        let declarations = String(repeating: "<?xml version=\"1.0\"?>", count: 50_000)
        let part = declarations + DocxBuilder().paragraph("After the declarations").documentXML
        var zip = ZipWriter()
        zip.addFile(named: "word/document.xml", text: part)
        let document = try DocxReader.read(zip.finish(), path: "declarations.docx")
        #expect(document.blocks.map(\.text) == ["After the declarations"])
    }

    /// Found while fuzzing: each element inside a style searched back through every open element, so a style with
    /// deeply nested content took time quadratic in the depth.
    @Test func styleWithDeeplyNestedContentStillGivesItsHeadingLevel() throws {
        let depth = 200_000
        let styles = """
            <w:styles \(DocxBuilder.namespace)><w:style w:type="paragraph" w:styleId="Deep"><w:name w:val="heading 2"/>\
            \(String(repeating: "<w:rPr>", count: depth))\(String(repeating: "</w:rPr>", count: depth))</w:style></w:styles>
            """
        let document = DocxBuilder().paragraph("Curriculum leadership", style: "Deep").withoutStyles()
        var zip = ZipWriter()
        zip.addFile(named: "word/document.xml", text: document.documentXML)
        zip.addFile(named: "word/styles.xml", text: styles)
        let read = try DocxReader.read(zip.finish(), path: "deep-style.docx")
        #expect(read.blocks.map(\.text) == ["Curriculum leadership"])
        #expect(read.blocks.map(\.headingLevel) == [2])
    }

    // MARK: Text and rules

    @Test func tenThousandCharacterLineBecomesOneItem() throws {
        let line = String(repeating: "Lead the curriculum. ", count: 500).trimmingCharacters(in: .whitespaces)
        let bytes = try Array(Data(contentsOf: Self.fixture("segmenter/long-line.txt")))
        #expect(String(decoding: bytes, as: UTF8.self) == line + "\n")
        let description = Segmenter().segment(PlainTextReader.read(bytes, path: "long-line.txt", format: .text))
        #expect(description.items.map(\.text) == [line])
    }

    @Test func unbalancedParenthesesAreReportedWhereTheyAre() throws {
        let unclosed = try String(contentsOf: Self.fixture("rules/unbalanced-parentheses"), encoding: .utf8)
        #expect(throws: QueryParseError(message: "this ( is never closed", column: 2)) { try QueryParser.parse(unclosed) }
        #expect(throws: QueryParseError(message: "this ) has no matching (", column: 11)) {
            try QueryParser.parse("safeguard*) OR pupils")
        }
    }

    @Test func nestingBeyondTheLimitIsAnErrorNotAStackOverflow() throws {
        let depth = 10_000
        let brackets = String(repeating: "(", count: depth) + "pupils" + String(repeating: ")", count: depth)
        let negations = String(repeating: "NOT ", count: depth) + "pupils AND staff"
        #expect(throws: QueryParseError.self) { try QueryParser.parse(brackets) }
        #expect(throws: QueryParseError.self) { try QueryParser.parse(negations) }
    }

    static func fixture(_ name: String) -> URL {
        Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/\(name)")
    }
}
