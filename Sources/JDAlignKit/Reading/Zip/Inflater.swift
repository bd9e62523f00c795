/// Why a DEFLATE stream (RFC 1951) could not be decoded.
public enum InflateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input ended before the final block did.
    case truncatedInput
    /// A block header named the reserved block type 3.
    case invalidBlockType
    /// A stored block's length did not match its one's-complement check.
    case storedLengthMismatch(length: Int, complement: Int)
    /// A dynamic block's Huffman code lengths do not describe a usable code.
    case badCodeLengths(String)
    /// The bits at this point match no code of the current Huffman table, or name a reserved symbol.
    case invalidCode
    /// A back-reference pointed before the start of the output.
    case distanceTooFarBack(distance: Int, available: Int)
    /// The output would exceed the caller's limit; decoding stopped before allocating more.
    case outputLimitExceeded(limit: Int)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .truncatedInput: "the compressed data ends too early"
        case .invalidBlockType: "the compressed data uses the invalid block type 3"
        case let .storedLengthMismatch(length, complement):
            "a stored block's length \(length) does not match its check value \(complement)"
        case let .badCodeLengths(detail): "the compressed data has bad Huffman code lengths (\(detail))"
        case .invalidCode: "the compressed data contains an invalid Huffman code"
        case let .distanceTooFarBack(distance, available):
            "the compressed data refers \(distance) bytes back but only \(available) bytes have been produced"
        case let .outputLimitExceeded(limit): "the data expands to more than \(limit) bytes"
        }
    }
}

/// A DEFLATE (RFC 1951) decoder: stored, fixed-Huffman and dynamic-Huffman blocks.
public enum Inflater {
    /// Decompresses a raw DEFLATE stream (no zlib or gzip wrapper).
    ///
    /// - Parameters:
    ///   - input: the compressed bytes; anything after the final block is ignored.
    ///   - limit: the most bytes the output may hold; decoding throws as soon as it would exceed it,
    ///     so a decompression bomb costs at most `limit` bytes of memory.
    ///   - expectedSize: a hint for the initial output capacity (for example a ZIP entry's declared size).
    public static func inflate(
        _ input: UnsafeBufferPointer<UInt8>, limit: Int, expectedSize: Int? = nil
    ) throws(InflateError) -> [UInt8] {
        var reader = BitReader(input)
        var output = OutputBuffer(limit: max(0, limit), initialCapacity: expectedSize ?? input.count &* 4)
        defer { output.deallocate() }
        var isFinal = false
        while !isFinal {
            isFinal = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try copyStoredBlock(&reader, into: &output)
            case 1: try decodeBlock(&reader, literals: FixedCodes.literals, distances: FixedCodes.distances, into: &output)
            case 2:
                let (literals, distances) = try readDynamicCodes(&reader)
                try decodeBlock(&reader, literals: literals, distances: distances, into: &output)
            default: throw .invalidBlockType
            }
        }
        return output.makeArray()
    }

    /// Decompresses a raw DEFLATE stream held in an array; see ``inflate(_:limit:expectedSize:)-(UnsafeBufferPointer<UInt8>,_,_)``.
    public static func inflate(_ input: [UInt8], limit: Int, expectedSize: Int? = nil) throws(InflateError) -> [UInt8] {
        var result: Result<[UInt8], InflateError> = .success([])
        input.withUnsafeBufferPointer { buffer in
            do throws(InflateError) {
                result = .success(try inflate(buffer, limit: limit, expectedSize: expectedSize))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    private static func copyStoredBlock(_ reader: inout BitReader, into output: inout OutputBuffer) throws(InflateError) {
        reader.alignToByte()
        let length = Int(try reader.bits(16))
        let complement = Int(try reader.bits(16))
        guard length == (~complement & 0xFFFF) else {
            throw .storedLengthMismatch(length: length, complement: complement)
        }
        try output.reserve(length)
        try reader.copyBytes(length, into: &output)
    }

    /// The order in which a dynamic block lists the code-length code's lengths (RFC 1951 §3.2.7).
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static func readDynamicCodes(_ reader: inout BitReader) throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = Int(try reader.bits(5)) + 257
        let distanceCount = Int(try reader.bits(5)) + 1
        let codeLengthCount = Int(try reader.bits(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw .badCodeLengths("\(literalCount) literal/length codes and \(distanceCount) distance codes")
        }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[codeLengthOrder[index]] = UInt8(try reader.bits(3))
        }
        let codeLengthCode = try HuffmanTable(lengths: codeLengthLengths)

        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        var filled = 0
        while filled < total {
            let symbol = try reader.decode(codeLengthCode)
            let value: UInt8
            let repeats: Int
            switch symbol {
            case 0...15:
                value = UInt8(symbol)
                repeats = 1
            case 16:
                guard filled > 0 else { throw .badCodeLengths("a repeat code with no previous length") }
                value = lengths[filled - 1]
                repeats = 3 + Int(try reader.bits(2))
            case 17:
                value = 0
                repeats = 3 + Int(try reader.bits(3))
            default:
                value = 0
                repeats = 11 + Int(try reader.bits(7))
            }
            guard filled + repeats <= total else { throw .badCodeLengths("repeated lengths run past the last code") }
            for index in filled..<(filled + repeats) { lengths[index] = value }
            filled += repeats
        }
        guard lengths[256] != 0 else { throw .badCodeLengths("no end-of-block code") }
        let literals = try HuffmanTable(lengths: Array(lengths[0..<literalCount]))
        let distances = try HuffmanTable(lengths: Array(lengths[literalCount...]))
        return (literals, distances)
    }

    private static let lengthBases: [UInt16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    private static let lengthExtraBits: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBases: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtraBits: [UInt8] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    private static func decodeBlock(
        _ reader: inout BitReader, literals: HuffmanTable, distances: HuffmanTable, into output: inout OutputBuffer
    ) throws(InflateError) {
        while true {
            let symbol = try reader.decode(literals)
            if symbol < 256 {
                try output.append(UInt8(truncatingIfNeeded: symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < lengthBases.count else { throw .invalidCode }
            let length = Int(lengthBases[lengthIndex]) + Int(try reader.bits(Int(lengthExtraBits[lengthIndex])))
            let distanceSymbol = try reader.decode(distances)
            guard distanceSymbol < distanceBases.count else { throw .invalidCode }
            let distance = Int(distanceBases[distanceSymbol])
                + Int(try reader.bits(Int(distanceExtraBits[distanceSymbol])))
            try output.copyMatch(distance: distance, length: length)
        }
    }
}

/// The Huffman codes of fixed-Huffman blocks (RFC 1951 §3.2.6), built once.
private enum FixedCodes {
    static let literals: HuffmanTable = {
        let lengths = [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
        // The fixed lengths form a complete code, so building cannot fail.
        return (try? HuffmanTable(lengths: lengths)) ?? HuffmanTable.empty
    }()
    static let distances: HuffmanTable = (try? HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))) ?? HuffmanTable.empty
}
