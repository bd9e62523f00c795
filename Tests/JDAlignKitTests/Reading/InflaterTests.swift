import Foundation
import Testing
@testable import JDAlignKit

@Suite struct InflaterTests {
    private func exampleBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Fixtures.exampleData(name))
    }

    @Test func decodesAStoredBlock() throws {
        // zlib level 0 of "Stored block: no compression at all."
        let stream: [UInt8] = [1, 36, 0, 219, 255] + Array("Stored block: no compression at all.".utf8)
        #expect(try Inflater.inflate(stream, limit: 1000) == Array("Stored block: no compression at all.".utf8))
    }

    @Test func decodesAFixedHuffmanBlock() throws {
        // zlib level 9 of "Governors hold leaders to account." (short inputs get a fixed-Huffman block).
        let stream: [UInt8] = [
            115, 207, 47, 75, 45, 202, 203, 47, 42, 86, 200, 200, 207, 73, 81, 200, 73, 77, 76, 73, 5, 114, 74, 242, 21,
            18, 147, 147, 243, 75, 243, 74, 244, 0,
        ]
        #expect(try Inflater.inflate(stream, limit: 1000) == Array("Governors hold leaders to account.".utf8))
    }

    @Test func decodesOverlappingBackReferences() throws {
        // zlib Z_FIXED of "abcabc…" (96 bytes): one literal run then a distance-3 match longer than its distance.
        let stream: [UInt8] = [75, 76, 74, 78, 164, 37, 2, 0]
        #expect(try Inflater.inflate(stream, limit: 1000) == Array(String(repeating: "abcabcabcabcabcabcabcabc", count: 4).utf8))
    }

    @Test func decodesDynamicHuffmanBlocksOfASeedJD() throws {
        #expect(try Inflater.inflate(DeflateVectors.headOfYear, limit: 1 << 20) == exampleBytes("head-of-year"))
    }

    @Test func decodesManySmallDynamicBlocks() throws {
        let expected = try exampleBytes("head-of-school-four-domains")
        #expect(try Inflater.inflate(DeflateVectors.headOfSchoolManyBlocks, limit: 1 << 20) == expected)
    }

    @Test func decodesAStreamWithAnEmptyStoredBlockInTheMiddle() throws {
        let expected = try exampleBytes("upper-school-leader-senco")
        #expect(try Inflater.inflate(DeflateVectors.upperSchoolWithSyncFlush, limit: 1 << 20) == expected)
    }

    @Test func decodesALongFixedHuffmanStream() throws {
        let expected = try exampleBytes("headteachers-standards-executive-leadership")
        #expect(try Inflater.inflate(DeflateVectors.executiveFixedHuffman, limit: 1 << 20) == expected)
    }

    @Test func outputOfExactlyTheLimitIsAllowed() throws {
        let size = try exampleBytes("head-of-year").count
        #expect(try Inflater.inflate(DeflateVectors.headOfYear, limit: size).count == size)
        #expect(throws: InflateError.outputLimitExceeded(limit: size - 1)) {
            try Inflater.inflate(DeflateVectors.headOfYear, limit: size - 1)
        }
    }

    @Test func stopsABombAtTheLimit() {
        // One literal then 100,000 matches of 258 bytes: ~160 KB of input claiming ~25.8 MB of output.
        var writer = DeflateBitWriter()
        writer.fixedBlockHeader(isFinal: true)
        writer.fixedLiteral(0)
        for _ in 0..<100_000 { writer.fixedLongestMatch(distance: 1) }
        writer.fixedLiteral(256)
        #expect(throws: InflateError.outputLimitExceeded(limit: 1 << 20)) {
            try Inflater.inflate(writer.bytes, limit: 1 << 20)
        }
    }

    @Test func rejectsReferencesBeforeTheStart() {
        var writer = DeflateBitWriter()
        writer.fixedBlockHeader(isFinal: true)
        writer.fixedLiteral(65)
        writer.fixedLongestMatch(distance: 2)
        writer.fixedLiteral(256)
        #expect(throws: InflateError.distanceTooFarBack(distance: 2, available: 1)) {
            try Inflater.inflate(writer.bytes, limit: 1000)
        }
    }

    @Test func rejectsTheReservedBlockType() {
        var writer = DeflateBitWriter()
        writer.bits(1, count: 1)
        writer.bits(3, count: 2)
        #expect(throws: InflateError.invalidBlockType) { try Inflater.inflate(writer.bytes, limit: 1000) }
    }

    @Test func rejectsAStoredBlockWithABadLengthCheck() {
        let stream: [UInt8] = [1, 5, 0, 0, 0, 65, 66, 67, 68, 69]
        #expect(throws: InflateError.storedLengthMismatch(length: 5, complement: 0)) {
            try Inflater.inflate(stream, limit: 1000)
        }
    }

    @Test func rejectsTruncatedStreams() throws {
        let stream = DeflateVectors.headOfYear
        for cut in [0, 1, 2, stream.count / 2, stream.count - 1] {
            #expect(throws: InflateError.truncatedInput) { try Inflater.inflate(Array(stream[0..<cut]), limit: 1 << 20) }
        }
        // A stored block that promises more bytes than follow.
        #expect(throws: InflateError.truncatedInput) { try Inflater.inflate([1, 5, 0, 250, 255, 65], limit: 1000) }
    }

    @Test func rejectsOverSubscribedCodeLengths() {
        // A dynamic header whose code-length code gives four symbols length 1.
        var writer = DeflateBitWriter()
        writer.bits(1, count: 1)
        writer.bits(2, count: 2)
        writer.bits(0, count: 5)
        writer.bits(0, count: 5)
        writer.bits(0, count: 4)  // four code-length lengths: symbols 16, 17, 18, 0
        for _ in 0..<4 { writer.bits(1, count: 3) }
        #expect {
            try Inflater.inflate(writer.bytes, limit: 1000)
        } throws: { error in
            guard case .badCodeLengths = error as? InflateError else { return false }
            return true
        }
    }

    @Test func neverTrapsOnCorruptedStreams() {
        // Flip bits throughout a real stream: each result must be a typed error or some output, never a crash.
        let stream = DeflateVectors.headOfSchoolManyBlocks
        var failures = 0
        for index in stride(from: 0, to: stream.count, by: 7) {
            var corrupted = stream
            corrupted[index] ^= UInt8(1 << (index % 8))
            do {
                _ = try Inflater.inflate(corrupted, limit: 1 << 20)
            } catch {
                failures += 1
            }
        }
        #expect(failures > 0)
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        var incremental = CRC32()
        incremental.update(Array("12345".utf8))
        incremental.update(Array("6789".utf8))
        #expect(incremental.value == 0xCBF4_3926)
    }
}
