import Testing
@testable import JDAlignKit

@Suite struct DocxReaderErrorTests {
    private func readingError(_ bytes: [UInt8], limits: ZipLimits = .standard) -> ReadingError? {
        do {
            _ = try DocxReader.read(bytes, path: "jd.docx", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func explainsAPackageWithoutADocument() throws {
        var zip = ZipWriter()
        zip.addFile(named: "[Content_Types].xml", text: "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        let error = try #require(readingError(zip.finish()))
        #expect(error == ReadingError(.malformed, path: "jd.docx", message: "not a Word document: it has no word/document.xml"))
    }

    @Test func explainsAnOLEFile() throws {
        let bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let error = try #require(readingError(bytes))
        #expect(error.reason == .unsupportedFormat)
        #expect(error.message.contains("is password-protected or an old Word 97-2003 file: save it as an unprotected .docx"))
    }

    @Test func explainsFilesThatAreNotZipArchives() throws {
        let text = try #require(readingError(Array("Job description\nHeadteacher\n".utf8)))
        #expect(text.reason == .malformed)
        #expect(text.message.hasPrefix("not a Word document"))
        #expect(readingError(Array("{\\rtf1\\ansi Job}".utf8))?.reason == .unsupportedFormat)
        #expect(readingError(Array("%PDF-1.7".utf8))?.reason == .unsupportedFormat)
    }

    @Test func explainsAWorkbookPassedAsADocument() throws {
        var zip = ZipWriter()
        zip.addFile(
            named: "[Content_Types].xml",
            text: """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
                """)
        zip.addFile(
            named: "_rels/.rels",
            text: """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>
                """)
        zip.addFile(named: "xl/workbook.xml", text: "<workbook/>")
        let error = try #require(readingError(zip.finish()))
        #expect(error == ReadingError(.unsupportedFormat, path: "jd.docx", message: "not a Word document: it is an Excel workbook"))
    }

    @Test func namesThePartAndByteOfMalformedXML() throws {
        var zip = ZipWriter()
        zip.addFile(named: "word/document.xml", text: "<w:document><w:body><w:p></w:body></w:document>")
        let error = try #require(readingError(zip.finish()))
        #expect(error.reason == .malformed)
        #expect(error.position == "word/document.xml byte 25")
        #expect(error.description == "jd.docx: word/document.xml byte 25: the XML is malformed: </w:body> closes <w:p>")
    }

    @Test func namesTheEntryOfADamagedPart() throws {
        var bytes = DocxBuilder().paragraph("Text").build()
        let documentName = Array("word/document.xml".utf8)
        let header = try #require(
            bytes.indices.first { bytes[$0...].starts(with: [0x50, 0x4B, 0x03, 0x04]) && bytes[($0 + 30)...].starts(with: documentName) })
        bytes[header + 30 + documentName.count + 40] ^= 0x01
        let error = try #require(readingError(bytes))
        #expect(error.reason == .malformed)
        #expect(error.position == "entry word/document.xml")
        #expect(error.message.contains("CRC-32"))
    }

    @Test func saysAnEncryptedEntryIsPasswordProtected() throws {
        var bytes = DocxBuilder().paragraph("Text").build()
        // Set the encryption flag on every central directory header.
        for index in bytes.indices.dropLast(10) where bytes[index...].starts(with: [0x50, 0x4B, 0x01, 0x02]) {
            bytes[index + 8] |= 1
        }
        let error = try #require(readingError(bytes))
        #expect(error.message.contains("password-protected"))
        #expect(error.position?.hasPrefix("entry ") == true)
    }

    @Test func reportsABombAsTooLarge() throws {
        let error = try #require(readingError(DeflateVectors.zipBomb))
        #expect(error.reason == .tooLarge)
        #expect(error.position == "entry word/document.xml")
        let small = try #require(readingError(DocxBuilder().paragraph("Text").build(), limits: ZipLimits(maxTotalSize: 100)))
        #expect(small.reason == .tooLarge)
    }

    @Test func neverTrapsOnDamagedDocuments() {
        // Damage each byte of a small real .docx; every outcome must be blocks or a ReadingError.
        let original = DocxBuilder().heading("Role", level: 1).bullet("Lead").table([["A", "B"]]).build()
        var failures = 0
        for index in stride(from: 0, to: original.count, by: 3) {
            var damaged = original
            damaged[index] = damaged[index] &+ 1
            if readingError(damaged) != nil { failures += 1 }
        }
        #expect(failures > 0)
    }
}
