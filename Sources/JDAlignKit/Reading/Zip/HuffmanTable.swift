/// A canonical Huffman code prepared for fast decoding.
///
/// Codes up to `fastBits` long are decoded with one table look-up on the next bits of input;
/// the rare longer codes fall back to the canonical count/symbol walk (as in zlib's `puff`).
struct HuffmanTable: Sendable {
    /// How many input bits the look-up table covers; 9 covers every fixed-Huffman literal.
    static let fastBits = 9
    static let fastMask: UInt64 = (1 << UInt64(fastBits)) - 1
    static let maxBits = 15

    /// Indexed by the next `fastBits` input bits: `symbol << 4 | length`, or 0 when the code is longer.
    let fast: [UInt16]
    /// How many codes have each length, 0…15.
    let counts: [Int]
    /// The symbols in canonical order (by length, then by symbol).
    let symbols: [UInt16]

    /// A code with no symbols; every decode fails.
    static let empty = HuffmanTable(fast: [UInt16](repeating: 0, count: 1 << fastBits), counts: [Int](repeating: 0, count: 16), symbols: [])

    private init(fast: [UInt16], counts: [Int], symbols: [UInt16]) {
        self.fast = fast
        self.counts = counts
        self.symbols = symbols
    }

    /// Builds the code from each symbol's code length (0 = unused); over-subscribed lengths are rejected.
    init(lengths: [UInt8]) throws(InflateError) {
        var counts = [Int](repeating: 0, count: Self.maxBits + 1)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var available = 1
        for length in 1...Self.maxBits {
            available = (available << 1) - counts[length]
            guard available >= 0 else { throw .badCodeLengths("more codes of length \(length) than fit") }
        }

        var offsets = [Int](repeating: 0, count: Self.maxBits + 2)
        for length in 1...Self.maxBits { offsets[length + 1] = offsets[length] + counts[length] }
        var symbols = [UInt16](repeating: 0, count: offsets[Self.maxBits + 1])
        var nextCode = [Int](repeating: 0, count: Self.maxBits + 1)
        var code = 0
        for length in 1...Self.maxBits {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }

        var fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
        for (symbol, lengthByte) in lengths.enumerated() where lengthByte != 0 {
            let length = Int(lengthByte)
            symbols[offsets[length]] = UInt16(symbol)
            offsets[length] += 1
            let assigned = nextCode[length]
            nextCode[length] += 1
            guard length <= Self.fastBits else { continue }
            // DEFLATE sends Huffman codes most significant bit first into a least-significant-first bit stream.
            var reversed = 0
            for bit in 0..<length where assigned & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            let entry = UInt16(symbol << 4 | length)
            var index = reversed
            while index < fast.count {
                fast[index] = entry
                index += 1 << length
            }
        }
        self.fast = fast
        self.counts = counts
        self.symbols = symbols
    }
}
