/// Hand-assembles DEFLATE streams bit by bit, to craft inputs zlib would never produce (bombs, bad references).
struct DeflateBitWriter {
    private(set) var bytes: [UInt8] = []
    private var bitCount = 0

    /// Appends `count` bits of `value`, lowest first (header fields and extra bits).
    mutating func bits(_ value: Int, count: Int) {
        for bit in 0..<count {
            if bitCount % 8 == 0 { bytes.append(0) }
            if value & (1 << bit) != 0 { bytes[bytes.count - 1] |= UInt8(1 << (bitCount % 8)) }
            bitCount += 1
        }
    }

    /// Appends a Huffman code, most significant bit first as RFC 1951 requires.
    mutating func code(_ value: Int, length: Int) {
        for bit in stride(from: length - 1, through: 0, by: -1) { bits((value >> bit) & 1, count: 1) }
    }

    /// Starts a fixed-Huffman block.
    mutating func fixedBlockHeader(isFinal: Bool) {
        bits(isFinal ? 1 : 0, count: 1)
        bits(1, count: 2)
    }

    /// A literal byte or end-of-block (256) in the fixed code.
    mutating func fixedLiteral(_ symbol: Int) {
        switch symbol {
        case 0...143: code(0x30 + symbol, length: 8)
        case 144...255: code(0x190 + symbol - 144, length: 9)
        default: code(symbol - 256, length: 7)
        }
    }

    /// A back-reference of length 258 (symbol 285) to `distance` 1…4 (distance codes 0…3, no extra bits).
    mutating func fixedLongestMatch(distance: Int) {
        code(0xC0 + 285 - 280, length: 8)
        code(distance - 1, length: 5)
    }
}
