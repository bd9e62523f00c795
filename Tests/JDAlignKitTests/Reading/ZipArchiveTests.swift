import Testing
@testable import JDAlignKit

@Suite struct ZipArchiveTests {
    private func sampleArchive() -> [UInt8] {
        var writer = ZipWriter()
        writer.addFile(named: "word/document.xml", text: "<w:document/>")
        writer.addFile(named: "docProps/café.xml", text: "Non-ASCII name")
        return writer.finish()
    }

    /// Overwrites a little-endian field.
    private func patch(_ bytes: inout [UInt8], at offset: Int, value: UInt32, width: Int) {
        for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> UInt32(8 * index)) }
    }

    /// The offset of the last occurrence of a 4-byte signature.
    private func lastOffset(of signature: [UInt8], in bytes: [UInt8]) -> Int? {
        stride(from: bytes.count - 4, through: 0, by: -1).first { Array(bytes[$0..<($0 + 4)]) == signature }
    }

    private let centralSignature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    private let endSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]

    @Test func roundTripsWhatZipWriterWrites() throws {
        let archive = try ZipArchive(sampleArchive())
        #expect(archive.entries.map(\.name) == ["word/document.xml", "docProps/café.xml"])
        #expect(try archive.contents(ofEntryNamed: "word/document.xml") == Array("<w:document/>".utf8))
        #expect(try archive.contents(ofEntryNamed: "docProps/café.xml") == Array("Non-ASCII name".utf8))
        #expect(try archive.contents(ofEntryNamed: "WORD/Document.XML") == Array("<w:document/>".utf8))
        #expect(try archive.contents(ofEntryNamed: "missing.xml") == nil)
    }

    @Test func writerOutputIsDeterministic() {
        #expect(sampleArchive() == sampleArchive())
    }

    @Test func readsEntriesWithDataDescriptors() throws {
        let archive = try ZipArchive(DeflateVectors.zipWithDataDescriptors)
        #expect(archive.entries.allSatisfy { $0.flags & 0x08 != 0 })
        #expect(archive.entries.map(\.method) == [8, 0])
        let first = try archive.contents(ofEntryNamed: "a.txt")
        #expect(first == Array(String(repeating: "First entry, deflated. ", count: 20).utf8))
        #expect(try archive.contents(ofEntryNamed: "b/stored.txt") == Array("Second entry, stored.".utf8))
    }

    @Test func findsTheDirectoryPastACommentContainingTheSignature() throws {
        let archive = try ZipArchive(DeflateVectors.zipWithComment)
        #expect(try archive.contents(ofEntryNamed: "notes.txt") == Array("An archive with a trailing comment.".utf8))
    }

    @Test func rejectsACorruptChecksum() throws {
        var bytes = sampleArchive()
        let contentOffset = 30 + "word/document.xml".utf8.count
        bytes[contentOffset] ^= 0x20
        let archive = try ZipArchive(bytes)
        #expect(throws: ZipError.checksumMismatch(entry: "word/document.xml")) {
            try archive.contents(ofEntryNamed: "word/document.xml")
        }
    }

    @Test func rejectsTruncatedArchives() throws {
        let bytes = DeflateVectors.zipWithDataDescriptors
        #expect(throws: ZipError.notAZipArchive) { try ZipArchive(Array(bytes.prefix(bytes.count - 30))) }
        #expect(throws: ZipError.notAZipArchive) { try ZipArchive([]) }
        #expect(throws: ZipError.notAZipArchive) { try ZipArchive(Array("just some text, long enough to search".utf8)) }
        // Keep the end record but lose the start of the file: the directory now points past the data.
        #expect(throws: (any Error).self) {
            let archive = try ZipArchive(Array(bytes.suffix(bytes.count - 40)))
            _ = try archive.contents(ofEntryNamed: "a.txt")
        }
    }

    @Test func rejectsEncryptedEntriesWithAPasswordMessage() throws {
        var bytes = sampleArchive()
        let central = try #require(lastOffset(of: centralSignature, in: bytes))
        patch(&bytes, at: 6, value: 1, width: 2)
        patch(&bytes, at: central + 8, value: 1, width: 2)
        let archive = try ZipArchive(bytes)
        #expect(throws: ZipError.encrypted(entry: "docProps/café.xml")) {
            try archive.contents(ofEntryNamed: "docProps/café.xml")
        }
        let description = ZipError.encrypted(entry: "x").description
        #expect(description.contains("password-protected"))
    }

    @Test func rejectsZip64() throws {
        var sizes = sampleArchive()
        let central = try #require(lastOffset(of: centralSignature, in: sizes))
        patch(&sizes, at: central + 24, value: 0xFFFF_FFFF, width: 4)
        #expect(throws: ZipError.zip64Unsupported) { try ZipArchive(sizes) }

        var count = sampleArchive()
        let end = try #require(lastOffset(of: endSignature, in: count))
        patch(&count, at: end + 8, value: 0xFFFF, width: 2)
        patch(&count, at: end + 10, value: 0xFFFF, width: 2)
        #expect(throws: ZipError.zip64Unsupported) { try ZipArchive(count) }
        #expect(ZipError.zip64Unsupported.description == "ZIP64 archives are not supported")
    }

    @Test func rejectsMultiDiskArchives() throws {
        var bytes = sampleArchive()
        let end = try #require(lastOffset(of: endSignature, in: bytes))
        patch(&bytes, at: end + 4, value: 1, width: 2)
        #expect(throws: ZipError.multiDiskUnsupported) { try ZipArchive(bytes) }
    }

    @Test func rejectsOtherCompressionMethods() throws {
        var bytes = sampleArchive()
        let central = try #require(lastOffset(of: centralSignature, in: bytes))
        patch(&bytes, at: central + 10, value: 12, width: 2)  // bzip2
        let archive = try ZipArchive(bytes)
        #expect(throws: ZipError.unsupportedMethod(entry: "docProps/café.xml", method: 12)) {
            try archive.contents(ofEntryNamed: "docProps/café.xml")
        }
    }

    @Test func rejectsABombByItsCompressionRatio() {
        #expect {
            try ZipArchive(DeflateVectors.zipBomb)
        } throws: { error in
            guard let error = error as? ZipError, case .compressionRatioTooHigh(let entry, _, 2 << 20, 200) = error else {
                return false
            }
            return entry == "word/document.xml" && error.isSafetyLimit
        }
    }

    @Test func rejectsEntriesAndTotalsOverTheSizeLimits() {
        let lenientRatio = ZipLimits(maxCompressionRatio: 10_000)
        #expect(throws: ZipError.entryTooLarge(entry: "word/document.xml", size: 2 << 20, limit: 1 << 20)) {
            try ZipArchive(DeflateVectors.zipBomb, limits: ZipLimits(maxEntrySize: 1 << 20, maxCompressionRatio: 10_000))
        }
        #expect(throws: ZipError.totalTooLarge(size: 2 << 20, limit: 1 << 20)) {
            try ZipArchive(DeflateVectors.zipBomb, limits: ZipLimits(maxTotalSize: 1 << 20, maxCompressionRatio: 10_000))
        }
        #expect(throws: ZipError.tooManyEntries(count: 2, limit: 1)) {
            try ZipArchive(sampleArchive(), limits: ZipLimits(maxEntryCount: 1))
        }
        #expect(throws: Never.self) {
            let archive = try ZipArchive(DeflateVectors.zipBomb, limits: lenientRatio)
            #expect(try archive.contents(ofEntryNamed: "word/document.xml") == [UInt8](repeating: 0, count: 2 << 20))
        }
    }

    @Test func stopsInflatingAtTheDeclaredSizeWhenTheDirectoryLies() throws {
        // Claim the 2 MiB entry holds only 1,000 bytes: decoding must stop there instead of trusting the stream.
        var bytes = DeflateVectors.zipBomb
        let central = try #require(lastOffset(of: centralSignature, in: bytes))
        patch(&bytes, at: central + 24, value: 1000, width: 4)
        let archive = try ZipArchive(bytes)
        #expect {
            try archive.contents(ofEntryNamed: "word/document.xml")
        } throws: { error in
            guard case .sizeMismatch(let entry, 1000, _) = error as? ZipError else { return false }
            return entry == "word/document.xml"
        }
    }

    @Test func neverTrapsOnDamagedArchives() {
        // Damage every byte position of small real archives in turn; each must open or fail with a ZipError.
        for original in [DeflateVectors.zipWithDataDescriptors, sampleArchive()] {
            for index in original.indices {
                var damaged = original
                damaged[index] ^= 0xA5
                if let archive = try? ZipArchive(damaged) {
                    for entry in archive.entries { _ = try? archive.contents(of: entry) }
                }
                if let archive = try? ZipArchive(Array(original[0..<index])) {
                    for entry in archive.entries { _ = try? archive.contents(of: entry) }
                }
            }
        }
    }
}
