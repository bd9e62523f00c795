/// Safety limits applied when opening a ZIP archive, so a decompression bomb fails early with a clear error.
public struct ZipLimits: Sendable, Equatable {
    /// The largest uncompressed size one entry may declare.
    public var maxEntrySize: Int
    /// The largest total uncompressed size all entries together may declare.
    public var maxTotalSize: Int
    /// The highest uncompressed-to-compressed ratio allowed for entries larger than ``ratioThreshold``.
    public var maxCompressionRatio: Int
    /// Entries up to this uncompressed size are exempt from the ratio check (small files compress very well legitimately).
    public var ratioThreshold: Int
    /// The most entries the central directory may list.
    public var maxEntryCount: Int

    /// Creates limits; the defaults suit office documents.
    public init(
        maxEntrySize: Int = 128 << 20, maxTotalSize: Int = 256 << 20, maxCompressionRatio: Int = 200,
        ratioThreshold: Int = 1 << 20, maxEntryCount: Int = 10_000
    ) {
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThreshold = ratioThreshold
        self.maxEntryCount = maxEntryCount
    }

    /// The limits used for office documents: 128 MiB per entry, 256 MiB in all, 200:1 above 1 MiB, 10,000 entries.
    public static let standard = ZipLimits()
}

/// Why a ZIP archive, or one of its entries, could not be read.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No end-of-central-directory record was found: the bytes are not a ZIP archive, or were cut short.
    case notAZipArchive
    /// A record runs past the end of the bytes or has the wrong signature.
    case malformed(String)
    /// The archive uses ZIP64 extensions.
    case zip64Unsupported
    /// The archive is split across several files.
    case multiDiskUnsupported
    /// The entry is encrypted.
    case encrypted(entry: String)
    /// The entry uses a compression method other than stored (0) or deflate (8).
    case unsupportedMethod(entry: String, method: Int)
    /// The entry's compressed data could not be decoded.
    case corruptData(entry: String, InflateError)
    /// The entry decoded to a different size than the central directory declares.
    case sizeMismatch(entry: String, declared: Int, actual: Int)
    /// The entry's CRC-32 does not match its contents.
    case checksumMismatch(entry: String)
    /// The central directory lists more entries than ``ZipLimits/maxEntryCount``.
    case tooManyEntries(count: Int, limit: Int)
    /// The entry declares more than ``ZipLimits/maxEntrySize`` uncompressed bytes.
    case entryTooLarge(entry: String, size: Int, limit: Int)
    /// All entries together declare more than ``ZipLimits/maxTotalSize`` uncompressed bytes.
    case totalTooLarge(size: Int, limit: Int)
    /// The entry expands more than ``ZipLimits/maxCompressionRatio`` times.
    case compressionRatioTooHigh(entry: String, compressed: Int, uncompressed: Int, limit: Int)

    /// The entry the error concerns, when it concerns one.
    public var entry: String? {
        switch self {
        case .notAZipArchive, .malformed, .zip64Unsupported, .multiDiskUnsupported, .tooManyEntries, .totalTooLarge: nil
        case let .encrypted(entry), let .unsupportedMethod(entry, _), let .corruptData(entry, _),
            let .sizeMismatch(entry, _, _), let .checksumMismatch(entry), let .entryTooLarge(entry, _, _),
            let .compressionRatioTooHigh(entry, _, _, _):
            entry
        }
    }

    /// Whether the archive broke a safety limit rather than being malformed.
    public var isSafetyLimit: Bool {
        switch self {
        case .tooManyEntries, .entryTooLarge, .totalTooLarge, .compressionRatioTooHigh: true
        case .corruptData(_, .outputLimitExceeded): true
        default: false
        }
    }

    /// A one-line explanation (without the entry name, which ``entry`` gives).
    public var description: String {
        switch self {
        case .notAZipArchive: "it is not a ZIP archive (no end of central directory record was found)"
        case let .malformed(detail): "the ZIP archive is damaged: \(detail)"
        case .zip64Unsupported: "ZIP64 archives are not supported"
        case .multiDiskUnsupported: "archives split across several files are not supported"
        case .encrypted:
            "the document is password-protected: save an unprotected copy and try again"
        case let .unsupportedMethod(_, method): "compression method \(method) is not supported (only stored and deflate are)"
        case let .corruptData(_, error): "the entry is damaged: \(error)"
        case let .sizeMismatch(_, declared, actual):
            "the entry holds \(actual) bytes but the archive declares \(declared)"
        case .checksumMismatch: "the entry is damaged: its CRC-32 checksum does not match"
        case let .tooManyEntries(count, limit): "the archive lists \(count) entries, more than the limit of \(limit)"
        case let .entryTooLarge(_, size, limit):
            "the entry expands to \(size) bytes, more than the limit of \(limit)"
        case let .totalTooLarge(size, limit):
            "the archive expands to \(size) bytes, more than the limit of \(limit)"
        case let .compressionRatioTooHigh(_, compressed, uncompressed, limit):
            "the entry expands from \(compressed) to \(uncompressed) bytes, more than \(limit) times: it looks like a decompression bomb"
        }
    }
}
