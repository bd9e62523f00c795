/// A ZIP archive read from memory: the central directory is parsed and checked against ``ZipLimits`` on opening;
/// entries are decompressed on demand and verified against their CRC-32.
public struct ZipArchive: Sendable {
    /// One file listed in the central directory.
    public struct Entry: Sendable, Equatable {
        /// The path inside the archive, with `/` separators.
        public var name: String
        /// The compression method: 0 stored, 8 deflate.
        public var method: Int
        /// The general purpose bit flags.
        public var flags: Int
        /// The CRC-32 of the uncompressed contents.
        public var crc32: UInt32
        /// The size of the stored (compressed) data.
        public var compressedSize: Int
        /// The size once decompressed.
        public var uncompressedSize: Int
        /// Where the entry's local header starts.
        public var localHeaderOffset: Int
    }

    /// The entries in central-directory order.
    public let entries: [Entry]
    private let bytes: [UInt8]

    private static let endOfCentralDirectorySignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let centralHeaderSignature: UInt32 = 0x0201_4B50
    private static let localHeaderSignature: UInt32 = 0x0403_4B50

    /// Opens an archive, reading its central directory and applying `limits` to the sizes it declares.
    public init(_ bytes: [UInt8], limits: ZipLimits = .standard) throws(ZipError) {
        self.bytes = bytes
        let reader = ByteReader(bytes)
        let end = try Self.findEndOfCentralDirectory(reader)
        if end >= 20, reader.rawUInt32(at: end - 20) == Self.zip64LocatorSignature { throw .zip64Unsupported }
        guard let disk = reader.uint16(at: end + 4), let directoryDisk = reader.uint16(at: end + 6),
            let entriesOnDisk = reader.uint16(at: end + 8), let entryCount = reader.uint16(at: end + 10),
            let directorySize = reader.uint32(at: end + 12), let directoryOffset = reader.uint32(at: end + 16)
        else { throw .notAZipArchive }
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw .zip64Unsupported
        }
        guard disk == 0, directoryDisk == 0, entriesOnDisk == entryCount else { throw .multiDiskUnsupported }
        guard entryCount <= limits.maxEntryCount else {
            throw .tooManyEntries(count: entryCount, limit: limits.maxEntryCount)
        }
        entries = try Self.readCentralDirectory(reader, offset: directoryOffset, count: entryCount, limits: limits)
    }

    /// Searches back from the end for the record, allowing for an archive comment of up to 64 KiB.
    ///
    /// A record whose comment ends exactly at the end of the bytes wins, so a signature inside a comment
    /// cannot mislead; failing that, the last record whose comment fits is accepted (some tools append junk).
    private static func findEndOfCentralDirectory(_ reader: ByteReader) throws(ZipError) -> Int {
        let recordSize = 22
        guard reader.count >= recordSize else { throw .notAZipArchive }
        let lowest = max(0, reader.count - recordSize - 0xFFFF)
        var candidate = reader.count - recordSize
        var fallback: Int?
        while candidate >= lowest {
            if reader.rawUInt32(at: candidate) == endOfCentralDirectorySignature,
                let commentLength = reader.uint16(at: candidate + 20)
            {
                let end = candidate + recordSize + commentLength
                if end == reader.count { return candidate }
                if end < reader.count, fallback == nil { fallback = candidate }
            }
            candidate -= 1
        }
        guard let fallback else { throw .notAZipArchive }
        return fallback
    }

    private static func readCentralDirectory(
        _ reader: ByteReader, offset: Int, count: Int, limits: ZipLimits
    ) throws(ZipError) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var position = offset
        var total = 0
        for index in 0..<count {
            guard reader.rawUInt32(at: position) == centralHeaderSignature,
                let flags = reader.uint16(at: position + 8), let method = reader.uint16(at: position + 10),
                let crc = reader.rawUInt32(at: position + 16), let compressedSize = reader.uint32(at: position + 20),
                let uncompressedSize = reader.uint32(at: position + 24), let nameLength = reader.uint16(at: position + 28),
                let extraLength = reader.uint16(at: position + 30), let commentLength = reader.uint16(at: position + 32),
                let localOffset = reader.uint32(at: position + 42),
                let nameBytes = reader.slice(at: position + 46, count: nameLength)
            else { throw .malformed("central directory entry \(index + 1) is cut short or has the wrong signature") }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                throw .zip64Unsupported
            }
            let entry = Entry(
                name: name, method: method, flags: flags, crc32: crc, compressedSize: compressedSize,
                uncompressedSize: uncompressedSize, localHeaderOffset: localOffset)
            try check(entry, against: limits)
            total += uncompressedSize
            guard total <= limits.maxTotalSize else { throw .totalTooLarge(size: total, limit: limits.maxTotalSize) }
            entries.append(entry)
            position += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    private static func check(_ entry: Entry, against limits: ZipLimits) throws(ZipError) {
        guard entry.uncompressedSize <= limits.maxEntrySize else {
            throw .entryTooLarge(entry: entry.name, size: entry.uncompressedSize, limit: limits.maxEntrySize)
        }
        if entry.uncompressedSize > limits.ratioThreshold,
            entry.uncompressedSize / max(1, entry.compressedSize) > limits.maxCompressionRatio
        {
            throw .compressionRatioTooHigh(
                entry: entry.name, compressed: entry.compressedSize, uncompressed: entry.uncompressedSize,
                limit: limits.maxCompressionRatio)
        }
    }

    /// The first entry called `name`; part names in office documents are case-insensitive, so an exact match
    /// is preferred and a case-insensitive one accepted.
    public func entry(named name: String) -> Entry? {
        if let exact = entries.first(where: { $0.name == name }) { return exact }
        let lowered = name.lowercased()
        return entries.first { $0.name.lowercased() == lowered }
    }

    /// The decompressed contents of the entry called `name`, or nil when there is no such entry.
    public func contents(ofEntryNamed name: String) throws(ZipError) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    /// The decompressed contents of `entry`, checked against its declared size and CRC-32.
    public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
        // Bit 0 is traditional encryption, bit 6 strong encryption; method 99 is WinZip AES.
        if entry.flags & 0x41 != 0 || entry.method == 99 { throw .encrypted(entry: entry.name) }
        let reader = ByteReader(bytes)
        let header = entry.localHeaderOffset
        guard reader.rawUInt32(at: header) == Self.localHeaderSignature,
            let nameLength = reader.uint16(at: header + 26), let extraLength = reader.uint16(at: header + 28),
            let data = reader.slice(at: header + 30 + nameLength + extraLength, count: entry.compressedSize)
        else { throw .malformed("the local header or data of \(entry.name) is missing or cut short") }

        let contents: [UInt8]
        switch entry.method {
        case 0:
            contents = Array(data)
        case 8:
            do throws(InflateError) {
                contents = try data.withUnsafeBufferPointer { buffer throws(InflateError) in
                    try Inflater.inflate(buffer, limit: entry.uncompressedSize, expectedSize: entry.uncompressedSize)
                }
            } catch .outputLimitExceeded {
                throw .sizeMismatch(entry: entry.name, declared: entry.uncompressedSize, actual: entry.uncompressedSize + 1)
            } catch {
                throw .corruptData(entry: entry.name, error)
            }
        default:
            throw .unsupportedMethod(entry: entry.name, method: entry.method)
        }
        guard contents.count == entry.uncompressedSize else {
            throw .sizeMismatch(entry: entry.name, declared: entry.uncompressedSize, actual: contents.count)
        }
        guard CRC32.checksum(contents) == entry.crc32 else { throw .checksumMismatch(entry: entry.name) }
        return contents
    }
}

/// Little-endian reads that return nil instead of reading out of bounds.
private struct ByteReader {
    let bytes: [UInt8]
    var count: Int { bytes.count }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func uint16(at offset: Int) -> Int? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    func rawUInt32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset <= bytes.count - 4 else { return nil }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }

    func uint32(at offset: Int) -> Int? {
        rawUInt32(at: offset).map(Int.init)
    }

    func slice(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else { return nil }
        return bytes[offset..<(offset + count)]
    }
}
