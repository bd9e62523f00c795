import Foundation
import Testing
@testable import JDAlignCLI
import JDAlignKit

/// Hostile and broken inputs: each gets one clear line naming the file and the right exit status, never a crash or a hang.
@Suite struct RobustnessTests {
    private static func minimalDocx(document: String? = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lead safeguarding</w:t></w:r></w:p></w:body></w:document>") -> [UInt8] {
        var zip = ZipWriter()
        zip.addFile(named: "[Content_Types].xml", text: "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
        if let document { zip.addFile(named: "word/document.xml", text: document) }
        return zip.finish()
    }

    /// A .docx whose central directory claims its document inflates to 2 GB: a zip bomb by its own account.
    private static func bombDocx() -> [UInt8] {
        var bytes = minimalDocx()
        let name = Array("word/document.xml".utf8)
        // Central directory headers start with PK\1\2; the uncompressed size sits 24 bytes in, the name 46 bytes in.
        for offset in 0..<(bytes.count - 46 - name.count) where bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
            if bytes[(offset + 46)..<(offset + 46 + name.count)].elementsEqual(name) {
                bytes.replaceSubrange((offset + 24)..<(offset + 28), with: [0x00, 0x00, 0x00, 0x80])
            }
        }
        return bytes
    }

    private func run(_ name: String, _ bytes: [UInt8]) throws -> CommandLineRun {
        let folder = try CLIFixtures.temporaryFolder()
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return CommandLineRun(["analyse", url.path, "--output", "-"])
    }

    @Test(arguments: [
        ("empty.txt", [UInt8](), "is empty"),
        ("junk.txt", (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }, "does not look like text"),
        ("truncated.docx", Array(minimalDocx().prefix(60)), "ZIP"),
        ("no-document.docx", minimalDocx(document: nil), "word/document.xml"),
        ("bomb.docx", bombDocx(), "limit"),
        ("protected.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512), "password-protected"),
        ("broken-xml.docx", minimalDocx(document: "<w:document><w:body><w:p>"), "XML"),
        ("old.doc", Array("not really a doc".utf8), "save it as .docx"),
        ("scan.pdf", Array("%PDF-1.4".utf8), "damaged PDF"),
    ])
    func badFilesGetOneLineAndADataErrorStatus(name: String, bytes: [UInt8], words: String) throws {
        let result = try run(name, bytes)
        #expect(result.status == .dataError)
        #expect(result.output.isEmpty)
        #expect(result.errors.split(separator: "\n").count == 1, "\(result.errors)")
        #expect(result.errors.contains(name))
        #expect(result.errors.contains(words))
    }

    @Test func aFiftyMegabyteTextFileIsRefusedQuicklyAndClearly() throws {
        let line = Array("Lead the school's safeguarding and child protection arrangements.\n".utf8)
        let bytes = [UInt8]((0..<(50 * 1024 * 1024 / line.count)).lazy.flatMap { _ in line })
        let result = try run("huge.txt", bytes)
        #expect(result.status == .dataError)
        #expect(result.errors.contains("MB of text"))
    }

    @Test func invalidUTF8IsReadAsWindows1252AndAnalysed() throws {
        // 0x95 is Windows-1252's bullet and 0x92 its apostrophe; neither is valid UTF-8 on its own.
        let bytes = Array("Key responsibilities\n".utf8) + [0x95] + Array(" Lead the school".utf8) + [0x92]
            + Array("s safeguarding and child protection as the DSL\n".utf8)
        let result = try run("latin.txt", bytes)
        #expect(result.status == .success)
        #expect(result.output.contains("school’s safeguarding"))
        #expect(result.output.contains("hs2020-exec:7.1"))
    }

    @Test func aTenThousandCharacterLineIsAnalysed() throws {
        let long = String(repeating: "Lead and develop safeguarding practice across the school and its partners, ", count: 135)
        let result = try run("long.txt", Array("Duties\n\u{2022} \(long)\n".utf8))
        #expect(result.status == .success)
        #expect(long.count > 10_000)
        #expect(try JSONParser.parse(result.output)["items"]?.arrayValue?.contains { ($0["text"]?.stringValue?.count ?? 0) > 10_000 } == true)
    }

    @Test func aFailedRunLeavesEarlierReportsIntact() throws {
        let folder = try CLIFixtures.temporaryFolder()
        let jd = folder.appendingPathComponent("deputy.txt")
        try FileManager.default.copyItem(at: CLIFixtures.examples.appendingPathComponent("head-of-year.txt"), to: jd)
        let reports = folder.appendingPathComponent("reports")
        #expect(CommandLineRun(["analyse", jd.path, "--format", "json", "--output", reports.path]).status == .success)
        let before = try Data(contentsOf: reports.appendingPathComponent("deputy.json"))
        try Data().write(to: jd)
        #expect(CommandLineRun(["analyse", jd.path, "--format", "json", "--output", reports.path]).status == .dataError)
        #expect(try Data(contentsOf: reports.appendingPathComponent("deputy.json")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path) == ["deputy.json"], "no temporary files left behind")
    }

    @Test(arguments: [
        ("{\"id\": \"trust\",", "invalid JSON"),
        (#"{"id": "trust", "title": "T", "areas": [{"id": "1", "title": "A", "statements": [{"id": "1.1", "text": "a"}, {"id": "1.1", "text": "b"}]}]}"#, "duplicate statement id"),
        (#"{"id": "trust", "title": "T", "areas": [{"id": "1", "title": "A", "statements": [{"id": "1.1", "text": "a", "rules": [{"query": "(budget", "weight": 0.5}]}]}]}"#, "column"),
    ])
    func aBrokenCatalogueIsADataErrorNamingTheFile(json: String, words: String) throws {
        let folder = try CLIFixtures.temporaryFolder()
        try json.write(to: folder.appendingPathComponent("trust.json"), atomically: true, encoding: .utf8)
        let jd = CLIFixtures.examples.appendingPathComponent("head-of-year.txt").path
        let result = CommandLineRun(["analyse", jd, "--standards", folder.path, "--framework", "trust", "--output", "-"])
        #expect(result.status == .dataError)
        #expect(result.errors.contains("trust.json"))
        #expect(result.errors.contains(words))
        #expect(result.output.isEmpty)
    }
}
