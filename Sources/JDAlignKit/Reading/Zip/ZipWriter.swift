/// Writes a ZIP archive of stored (uncompressed) entries.
///
/// The output is deterministic: every entry carries the same fixed DOS timestamp (1 January 1980, midnight),
/// so the same files in the same order always give the same bytes.
public struct ZipWriter: Sendable {
    private struct WrittenEntry {
        let nameBytes: [UInt8]
        let crc32: UInt32
        let size: Int
        let localHeaderOffset: Int
    }

    private var output: [UInt8] = []
    private var written: [WrittenEntry] = []

    /// DOS date for 1980-01-01: (year − 1980) << 9 | month << 5 | day.
    private static let dosDate = 0x0021
    private static let dosTime = 0
    /// Bit 11: the name is UTF-8.
    private static let utf8NameFlag = 0x0800
    /// Version 2.0, the baseline every ZIP reader understands.
    private static let version = 20

    /// Starts an empty archive.
    public init() {}

    /// Adds a file; entries keep the order they are added in. Each file must be under 4 GiB (no ZIP64).
    public mutating func addFile(named name: String, contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        precondition(
            contents.count < 0xFFFF_FFFF && output.count < 0xFFFF_FFFF && nameBytes.count <= 0xFFFF && written.count < 0xFFFF,
            "ZipWriter does not write ZIP64 archives")
        let entry = WrittenEntry(
            nameBytes: nameBytes, crc32: CRC32.checksum(contents), size: contents.count, localHeaderOffset: output.count)
        appendUInt32(0x0403_4B50)
        appendUInt16(Self.version)
        appendCommonFields(of: entry)
        appendUInt16(0)  // extra field length
        output += nameBytes
        output += contents
        written.append(entry)
    }

    /// Adds a UTF-8 text file.
    public mutating func addFile(named name: String, text: String) {
        addFile(named: name, contents: Array(text.utf8))
    }

    /// The finished archive: the entries, the central directory and the end record.
    public func finish() -> [UInt8] {
        var writer = self
        let directoryOffset = writer.output.count
        for entry in written {
            writer.appendUInt32(0x0201_4B50)
            writer.appendUInt16(Self.version)  // version made by (MS-DOS)
            writer.appendUInt16(Self.version)  // version needed
            writer.appendCommonFields(of: entry)
            writer.appendUInt16(0)  // extra field length
            writer.appendUInt16(0)  // comment length
            writer.appendUInt16(0)  // disk number
            writer.appendUInt16(0)  // internal attributes
            writer.appendUInt32(0)  // external attributes
            writer.appendUInt32(UInt32(entry.localHeaderOffset))
            writer.output += entry.nameBytes
        }
        let directorySize = writer.output.count - directoryOffset
        writer.appendUInt32(0x0605_4B50)
        writer.appendUInt16(0)  // this disk
        writer.appendUInt16(0)  // disk with the central directory
        writer.appendUInt16(written.count)
        writer.appendUInt16(written.count)
        writer.appendUInt32(UInt32(directorySize))
        writer.appendUInt32(UInt32(directoryOffset))
        writer.appendUInt16(0)  // comment length
        return writer.output
    }

    /// Flags to name length: the fields the local header and the central directory share.
    private mutating func appendCommonFields(of entry: WrittenEntry) {
        appendUInt16(entry.nameBytes.allSatisfy { $0 < 0x80 } ? 0 : Self.utf8NameFlag)
        appendUInt16(0)  // method: stored
        appendUInt16(Self.dosTime)
        appendUInt16(Self.dosDate)
        appendUInt32(entry.crc32)
        appendUInt32(UInt32(entry.size))
        appendUInt32(UInt32(entry.size))
        appendUInt16(entry.nameBytes.count)
    }

    private mutating func appendUInt16(_ value: Int) {
        output.append(UInt8(truncatingIfNeeded: value))
        output.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    private mutating func appendUInt32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { output.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
