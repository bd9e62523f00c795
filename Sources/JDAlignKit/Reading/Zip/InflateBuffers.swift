/// Reads a DEFLATE stream's bits least-significant first, keeping up to 64 of them buffered.
struct BitReader {
    private let input: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var buffer: UInt64 = 0
    private var bitCount = 0

    init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    @inline(__always)
    private mutating func refill() {
        // Away from the end, the whole bytes that fit are read as one little-endian word (the bits past them
        // masked off, as the byte-by-byte reading leaves them): most refills take seven bytes.
        if input.count - position >= 8, let base = input.baseAddress {
            let byteCount = (64 - bitCount) >> 3
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            let kept = byteCount == 8 ? word : word & ((1 << UInt64(byteCount << 3)) &- 1)
            buffer |= kept << UInt64(bitCount)
            position += byteCount
            bitCount += byteCount << 3
            return
        }
        while bitCount <= 56, position < input.count {
            buffer |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    /// The next `count` bits (0…32) as a number, first bit lowest.
    @inline(__always)
    mutating func bits(_ count: Int) throws(InflateError) -> UInt32 {
        if bitCount < count {
            refill()
            guard bitCount >= count else { throw .truncatedInput }
        }
        let value = UInt32(truncatingIfNeeded: buffer & ((1 << UInt64(count)) &- 1))
        buffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// Drops the bits up to the next byte boundary, as stored blocks require.
    mutating func alignToByte() {
        let extra = bitCount & 7
        buffer >>= UInt64(extra)
        bitCount -= extra
    }

    /// Copies `count` whole bytes (after ``alignToByte()``) to the output.
    mutating func copyBytes(_ count: Int, into output: inout OutputBuffer) throws(InflateError) {
        var remaining = count
        while remaining > 0, bitCount >= 8 {
            try output.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            bitCount -= 8
            remaining -= 1
        }
        guard remaining <= input.count - position else { throw .truncatedInput }
        try output.append(UnsafeBufferPointer(rebasing: input[position..<(position + remaining)]))
        position += remaining
    }

    /// Decodes one symbol of `table`.
    @inline(__always)
    mutating func decode(_ table: HuffmanTable) throws(InflateError) -> Int {
        if bitCount < HuffmanTable.maxBits { refill() }
        let entry = Int(table.fast[Int(buffer & HuffmanTable.fastMask)])
        let length = entry & 15
        if length != 0, length <= bitCount {
            buffer >>= UInt64(length)
            bitCount -= length
            return entry >> 4
        }
        return try decodeSlowly(table)
    }

    /// Walks the canonical code one bit at a time, for codes longer than the look-up table covers.
    private mutating func decodeSlowly(_ table: HuffmanTable) throws(InflateError) -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...HuffmanTable.maxBits {
            guard length <= bitCount else { throw .truncatedInput }
            code |= Int((buffer >> UInt64(length - 1)) & 1)
            let count = table.counts[length]
            if code - first < count {
                buffer >>= UInt64(length)
                bitCount -= length
                return Int(table.symbols[index + code - first])
            }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .invalidCode
    }
}

/// Growable output that never grows past its limit.
struct OutputBuffer {
    private let limit: Int
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(limit: Int, initialCapacity: Int) {
        self.limit = limit
        capacity = max(1, min(limit, max(initialCapacity, 64)))
        storage = .allocate(capacity: capacity)
    }

    func deallocate() {
        storage.deallocate()
    }

    /// Makes room for `extra` more bytes, or throws when that would pass the limit.
    @inline(__always)
    mutating func reserve(_ extra: Int) throws(InflateError) {
        guard extra <= limit - count else { throw .outputLimitExceeded(limit: limit) }
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = min(limit, max(needed, capacity < limit / 2 ? capacity * 2 : limit))
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) throws(InflateError) {
        if count == capacity { try reserve(1) }
        storage[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(InflateError) {
        try reserve(bytes.count)
        guard let base = bytes.baseAddress else { return }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends `length` bytes copied from `distance` bytes back; the regions may overlap, which repeats a pattern.
    @inline(__always)
    mutating func copyMatch(distance: Int, length: Int) throws(InflateError) {
        guard distance <= count else { throw .distanceTooFarBack(distance: distance, available: count) }
        try reserve(length)
        var source = count - distance
        // A match that does not overlap its own output is one copy; one that does repeats a pattern byte by byte.
        if distance >= length {
            (storage + count).update(from: storage + source, count: length)
            count += length
            return
        }
        let end = count + length
        while count < end {
            storage[count] = storage[source]
            count += 1
            source += 1
        }
    }

    func makeArray() -> [UInt8] {
        Array(UnsafeBufferPointer(start: storage, count: count))
    }
}
