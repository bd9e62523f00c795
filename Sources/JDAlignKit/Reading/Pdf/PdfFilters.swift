/// Decodes a stream's bytes through its `/Filter` chain (ISO 32000-1 §7.4). Text and structure only ever use the
/// general-purpose filters; the image filters (DCT, JPX, CCITT, JBIG2) are never needed because pictures are skipped.
enum PdfFilters {
    /// Why a stream could not be decoded.
    enum DecodeError: Error, Sendable, Equatable {
        case unsupported(String)
        case corrupt(String)
        case tooLarge(limit: Int)
    }

    static func decode(_ stream: PdfStream, limit: Int) throws(DecodeError) -> [UInt8] {
        let filters: [PdfObject]
        switch stream.dictionary["Filter"] ?? stream.dictionary["F"] {
        case nil: filters = []
        case let .array(items): filters = items
        case let other?: filters = [other]
        }
        let parameterList: [PdfObject]
        switch stream.dictionary["DecodeParms"] ?? stream.dictionary["DP"] {
        case let .array(items): parameterList = items
        case let other?: parameterList = [other]
        case nil: parameterList = []
        }
        var data = Array(stream.data)
        for (index, filter) in filters.enumerated() {
            let parameters = index < parameterList.count ? parameterList[index].dictionary : nil
            switch filter.name {
            case "FlateDecode", "Fl":
                data = try predicted(try inflate(data, limit: limit), parameters: parameters)
            case "ASCIIHexDecode", "AHx": data = asciiHex(data)
            case "ASCII85Decode", "A85": data = try ascii85(data)
            case "RunLengthDecode", "RL": data = try runLength(data, limit: limit)
            case let name?: throw .unsupported(name)
            case nil: throw .corrupt("a filter is not a name")
            }
            guard data.count <= limit else { throw .tooLarge(limit: limit) }
        }
        return data
    }

    /// A zlib stream (RFC 1950) through our inflater; the header and checksum are skipped rather than insisted on,
    /// because real producers get them wrong and the DEFLATE data is what matters.
    static func inflate(_ data: [UInt8], limit: Int) throws(DecodeError) -> [UInt8] {
        var start = 0
        if data.count >= 2, data[0] & 0x0F == 8, (Int(data[0]) << 8 | Int(data[1])) % 31 == 0 {
            start = data[1] & 0x20 != 0 ? 6 : 2
        }
        guard start <= data.count else { throw .corrupt("the compressed data is cut short") }
        do {
            return try data[start...].withUnsafeBufferPointer { buffer throws(InflateError) in
                try Inflater.inflate(buffer, limit: limit)
            }
        } catch .outputLimitExceeded {
            throw .tooLarge(limit: limit)
        } catch {
            throw .corrupt(error.description)
        }
    }

    /// Undoes a PNG predictor (Predictor 10–15), as cross-reference streams use; TIFF predictor 2 is refused.
    static func predicted(_ data: [UInt8], parameters: PdfDictionary?) throws(DecodeError) -> [UInt8] {
        let predictor = parameters?["Predictor"]?.integer ?? 1
        guard predictor > 1 else { return data }
        guard predictor >= 10 else { throw .unsupported("the TIFF predictor") }
        let colours = max(1, min(parameters?["Colors"]?.integer ?? 1, 32))
        let bits = max(1, min(parameters?["BitsPerComponent"]?.integer ?? 8, 16))
        let columns = max(1, min(parameters?["Columns"]?.integer ?? 1, 1 << 20))
        let bytesPerPixel = max(1, (colours * bits + 7) / 8)
        let rowLength = (colours * bits * columns + 7) / 8
        var output: [UInt8] = []
        output.reserveCapacity(data.count)
        var previous = [UInt8](repeating: 0, count: rowLength)
        var index = 0
        while index < data.count {
            let type = data[index]
            index += 1
            var row = [UInt8](repeating: 0, count: rowLength)
            for column in 0..<rowLength {
                let raw = index + column < data.count ? data[index + column] : 0
                let left = column >= bytesPerPixel ? row[column - bytesPerPixel] : 0
                let up = previous[column]
                let upLeft = column >= bytesPerPixel ? previous[column - bytesPerPixel] : 0
                switch type {
                case 0: row[column] = raw
                case 1: row[column] = raw &+ left
                case 2: row[column] = raw &+ up
                case 3: row[column] = raw &+ UInt8((Int(left) + Int(up)) / 2)
                case 4: row[column] = raw &+ paeth(left, up, upLeft)
                default: throw .corrupt("an unknown PNG predictor row type \(type)")
                }
            }
            index += rowLength
            output.append(contentsOf: row)
            previous = row
        }
        return output
    }

    private static func paeth(_ left: UInt8, _ up: UInt8, _ upLeft: UInt8) -> UInt8 {
        let estimate = Int(left) + Int(up) - Int(upLeft)
        let toLeft = abs(estimate - Int(left)), toUp = abs(estimate - Int(up)), toUpLeft = abs(estimate - Int(upLeft))
        if toLeft <= toUp, toLeft <= toUpLeft { return left }
        return toUp <= toUpLeft ? up : upLeft
    }

    static func asciiHex(_ data: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var pending: UInt8?
        for byte in data {
            if byte == UInt8(ascii: ">") { break }
            guard let value = PdfScanner.hexValue(byte) else { continue }
            if let high = pending {
                output.append(high << 4 | value)
                pending = nil
            } else {
                pending = value
            }
        }
        if let pending { output.append(pending << 4) }
        return output
    }

    static func ascii85(_ data: [UInt8]) throws(DecodeError) -> [UInt8] {
        var output: [UInt8] = []
        var group: [UInt32] = []
        var index = 0
        if data.starts(with: Array("<~".utf8)) { index = 2 }
        func flush(_ group: [UInt32], count: Int) -> [UInt8] {
            var value: UInt64 = 0
            for digit in group { value = value * 85 + UInt64(digit) }
            for _ in group.count..<5 { value = value * 85 + 84 }
            let bytes = [UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16),
                         UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
            return Array(bytes.prefix(count))
        }
        while index < data.count {
            let byte = data[index]
            index += 1
            if byte == UInt8(ascii: "~") { break }
            if PdfScanner.isWhitespace(byte) { continue }
            if byte == UInt8(ascii: "z"), group.isEmpty {
                output.append(contentsOf: [0, 0, 0, 0])
                continue
            }
            guard byte >= 33, byte <= 117 else { throw .corrupt("an ASCII85 stream holds an invalid character") }
            group.append(UInt32(byte - 33))
            if group.count == 5 {
                output.append(contentsOf: flush(group, count: 4))
                group.removeAll(keepingCapacity: true)
            }
        }
        if group.count > 1 { output.append(contentsOf: flush(group, count: group.count - 1)) }
        return output
    }

    static func runLength(_ data: [UInt8], limit: Int) throws(DecodeError) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < data.count {
            let length = Int(data[index])
            index += 1
            if length == 128 { break }
            if length < 128 {
                let end = min(data.count, index + length + 1)
                output.append(contentsOf: data[index..<end])
                index = end
            } else if index < data.count {
                output.append(contentsOf: repeatElement(data[index], count: 257 - length))
                index += 1
            }
            guard output.count <= limit else { throw .tooLarge(limit: limit) }
        }
        return output
    }
}
