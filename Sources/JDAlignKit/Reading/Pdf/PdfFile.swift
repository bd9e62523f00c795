/// Safety limits for reading a PDF, so a hostile file fails early with a clear error instead of exhausting the
/// machine; the defaults are far above any job description.
public struct PdfLimits: Sendable, Equatable {
    /// The most bytes one stream may decode to.
    public var maxStreamSize: Int
    /// The most bytes all decoded streams together may come to.
    public var maxTotalDecoded: Int
    /// The most objects the cross-reference data may declare.
    public var maxObjectCount: Int
    /// The most pages read.
    public var maxPages: Int
    /// How deeply pages, forms and references may nest.
    public var maxDepth: Int
    /// The most content-stream operators run across the document.
    public var maxOperators: Int

    /// Creates limits; the defaults suit documents of a few hundred pages.
    public init(
        maxStreamSize: Int = 64 << 20, maxTotalDecoded: Int = 256 << 20, maxObjectCount: Int = 1_000_000,
        maxPages: Int = 2_000, maxDepth: Int = 32, maxOperators: Int = 20_000_000
    ) {
        self.maxStreamSize = maxStreamSize
        self.maxTotalDecoded = maxTotalDecoded
        self.maxObjectCount = maxObjectCount
        self.maxPages = maxPages
        self.maxDepth = maxDepth
        self.maxOperators = maxOperators
    }

    /// The limits used when reading JDs.
    public static let standard = PdfLimits()
}

/// Why a PDF could not be read; the reader turns each into a one-line ``ReadingError``.
enum PdfError: Error, Sendable, Equatable {
    case damaged(String)
    case encrypted
    case unsupported(String)
    case tooLarge(String)
}

/// The structure of a PDF file (ISO 32000-1 §7.5): where each object is, found through cross-reference tables,
/// cross-reference streams and incremental updates, or by scanning the body when those are damaged.
final class PdfFile {
    private enum Location {
        case offset(Int)
        case inObjectStream(stream: Int, index: Int)
    }

    let bytes: [UInt8]
    let limits: PdfLimits
    private(set) var trailer = PdfDictionary()
    private var locations: [Int: Location] = [:]
    private var cache: [Int: PdfObject] = [:]
    private var objectStreams: [Int: (first: Int, offsets: [Int: Int], data: [UInt8])] = [:]
    private var resolving: Set<Int> = []
    private var decodedTotal = 0

    init(_ bytes: [UInt8], limits: PdfLimits) throws(PdfError) {
        self.bytes = bytes
        self.limits = limits
        do {
            try readCrossReferences()
        } catch {
            locations.removeAll()
            trailer = PdfDictionary()
            try reconstructByScanning()
        }
        if trailer["Encrypt"] != nil { throw .encrypted }
        if root == nil {
            // A damaged table may point at the wrong places even though it parsed: scanning the body is the fallback.
            locations.removeAll()
            cache.removeAll()
            try reconstructByScanning()
        }
    }

    /// The document catalogue.
    var root: PdfDictionary? { resolve(trailer["Root"])?.dictionary }

    /// Follows references until a direct object; nil for a missing, free or unreadable object.
    func resolve(_ object: PdfObject?, depth: Int = 0) -> PdfObject? {
        guard let object else { return nil }
        guard case let .reference(reference) = object else { return object }
        guard depth < limits.maxDepth else { return nil }
        return resolve(self.object(reference.number), depth: depth + 1)
    }

    /// The decoded bytes of a stream object.
    func decodedData(of stream: PdfStream) throws(PdfError) -> [UInt8] {
        let remaining = limits.maxTotalDecoded - decodedTotal
        guard remaining > 0 else { throw .tooLarge("its streams decode to more than \(limits.maxTotalDecoded >> 20) MB") }
        var stream = stream
        // Filter and parameters may themselves be references.
        for key in ["Filter", "DecodeParms"] where stream.dictionary[key] != nil {
            stream.dictionary[key] = resolveDeeply(stream.dictionary[key])
        }
        do {
            let data = try PdfFilters.decode(stream, limit: min(limits.maxStreamSize, remaining))
            decodedTotal += data.count
            return data
        } catch {
            switch error {
            case let .unsupported(name):
                throw .unsupported("it compresses its text with the \(name) filter, which JDAlign does not read")
            case let .corrupt(detail): throw .damaged("a compressed stream cannot be decoded (\(detail))")
            case let .tooLarge(limit): throw .tooLarge("a stream decodes to more than \(limit >> 20) MB")
            }
        }
    }

    private func resolveDeeply(_ object: PdfObject?) -> PdfObject? {
        switch resolve(object) {
        case let .array(items)?: .array(items.map { resolve($0) ?? .null })
        case let other: other
        }
    }

    /// The object numbered `number`, parsed once and cached.
    func object(_ number: Int) -> PdfObject? {
        if let cached = cache[number] { return cached }
        guard let location = locations[number], !resolving.contains(number) else { return nil }
        resolving.insert(number)
        defer { resolving.remove(number) }
        let parsed: PdfObject?
        switch location {
        case let .offset(offset): parsed = try? indirectObject(at: offset, expecting: number)
        case let .inObjectStream(stream, index): parsed = try? objectFromStream(stream, index: index, number: number)
        }
        if let parsed { cache[number] = parsed }
        return parsed
    }

    private func indirectObject(at offset: Int, expecting number: Int) throws(PdfScanner.SyntaxError) -> PdfObject {
        guard offset >= 0, offset < bytes.count else { throw PdfScanner.SyntaxError(offset: offset, message: "outside the file") }
        var scanner = PdfScanner(bytes[...], at: offset)
        guard case let .object(.integer(found)) = try scanner.token(), found == number,
              case .object(.integer) = try scanner.token(), case .keyword("obj") = try scanner.token()
        else { throw PdfScanner.SyntaxError(offset: offset, message: "object \(number) is not where the table says") }
        let value = try scanner.object()
        guard case let .dictionary(dictionary) = value else { return value }
        var lookahead = scanner
        lookahead.skipWhitespaceAndComments()
        guard lookahead.startsWithKeyword("stream", at: lookahead.position) else { return value }
        var start = lookahead.position + 6
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        if start < bytes.count, bytes[start] == 0x0A { start += 1 }
        return .stream(PdfStream(dictionary: dictionary, data: bytes[start..<streamEnd(from: start, dictionary)]))
    }

    /// Where a stream's data ends: its `/Length` when `endstream` follows it, otherwise the next `endstream`.
    private func streamEnd(from start: Int, _ dictionary: PdfDictionary) -> Int {
        if let length = resolve(dictionary["Length"])?.integer, length >= 0, start + length <= bytes.count {
            var scanner = PdfScanner(bytes[...], at: start + length)
            scanner.skipWhitespaceAndComments()
            if scanner.startsWithKeyword("endstream", at: scanner.position) { return start + length }
        }
        guard var end = bytes.firstRange(of: Array("endstream".utf8), startingAt: start) else { return bytes.count }
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    private func objectFromStream(_ streamNumber: Int, index: Int, number: Int) throws -> PdfObject? {
        if objectStreams[streamNumber] == nil {
            guard case let .stream(stream)? = object(streamNumber) else { return nil }
            let data = try decodedData(of: stream)
            let count = min(resolve(stream.dictionary["N"])?.integer ?? 0, limits.maxObjectCount)
            let first = resolve(stream.dictionary["First"])?.integer ?? 0
            var scanner = PdfScanner(data[...])
            var offsets: [Int: Int] = [:]
            for _ in 0..<max(0, count) {
                guard case let .object(.integer(objectNumber)) = try scanner.token(),
                      case let .object(.integer(offset)) = try scanner.token() else { break }
                offsets[objectNumber] = offset
            }
            objectStreams[streamNumber] = (first, offsets, data)
        }
        guard let entry = objectStreams[streamNumber], let offset = entry.offsets[number] else { return nil }
        let start = entry.first + offset
        guard start >= 0, start < entry.data.count else { return nil }
        var scanner = PdfScanner(entry.data[...], at: start)
        return try scanner.object()
    }

    // MARK: Cross-reference data

    private func readCrossReferences() throws {
        guard let keyword = bytes.lastRange(of: Array("startxref".utf8), within: 4096) else {
            throw PdfError.damaged("no startxref")
        }
        var scanner = PdfScanner(bytes[...], at: keyword + 9)
        guard case var .object(.integer(offset)) = try scanner.token() else { throw PdfError.damaged("no startxref offset") }
        var visited: Set<Int> = []
        var isFirst = true
        while offset >= 0, offset < bytes.count, visited.insert(offset).inserted {
            guard visited.count < 1000 else { break }
            let section = try crossReferenceSection(at: offset)
            if isFirst { trailer = section } else {
                for (key, value) in section.entries where trailer[key] == nil { trailer[key] = value }
            }
            isFirst = false
            if let hybrid = section["XRefStm"]?.integer, visited.insert(hybrid).inserted {
                _ = try crossReferenceSection(at: hybrid)
            }
            guard let previous = section["Prev"]?.integer else { break }
            offset = previous
        }
        guard trailer["Root"] != nil else { throw PdfError.damaged("no document catalogue") }
    }

    /// Reads one table or stream at `offset`, recording locations not already known (newer sections come first),
    /// and returns its trailer dictionary.
    private func crossReferenceSection(at offset: Int) throws -> PdfDictionary {
        var scanner = PdfScanner(bytes[...], at: offset)
        scanner.skipWhitespaceAndComments()
        if scanner.startsWithKeyword("xref", at: scanner.position) {
            scanner.position += 4
            while true {
                let token = try scanner.token()
                if case .keyword("trailer") = token { break }
                guard case let .object(.integer(first)) = token, case let .object(.integer(count)) = try scanner.token(),
                      first >= 0, count >= 0, first + count <= limits.maxObjectCount
                else { throw PdfError.damaged("a bad cross-reference table") }
                for number in first..<(first + count) {
                    guard case let .object(.integer(entryOffset)) = try scanner.token(), case .object(.integer) = try scanner.token(),
                          case let .keyword(kind) = try scanner.token() else { throw PdfError.damaged("a bad cross-reference entry") }
                    if kind == "n", entryOffset > 0, locations[number] == nil { locations[number] = .offset(entryOffset) }
                }
            }
            guard case let .dictionary(dictionary) = try scanner.object() else { throw PdfError.damaged("a bad trailer") }
            return dictionary
        }
        guard case .object(.integer) = try scanner.token(), case .object(.integer) = try scanner.token(),
              case .keyword("obj") = try scanner.token()
        else { throw PdfError.damaged("startxref points at neither a table nor a stream") }
        var numberScanner = PdfScanner(bytes[...], at: offset)
        guard case let .object(.integer(number)) = try numberScanner.token(),
              case let .stream(stream) = try indirectObject(at: offset, expecting: number),
              stream.dictionary["Type"]?.name == "XRef"
        else { throw PdfError.damaged("a bad cross-reference stream") }
        try recordStreamEntries(stream)
        return stream.dictionary
    }

    private func recordStreamEntries(_ stream: PdfStream) throws {
        let widths = (stream.dictionary["W"]?.array ?? []).compactMap(\.integer)
        guard widths.count == 3, widths.allSatisfy({ (0...8).contains($0) }) else { throw PdfError.damaged("bad /W") }
        let size = stream.dictionary["Size"]?.integer ?? 0
        var ranges = (stream.dictionary["Index"]?.array ?? [.integer(0), .integer(size)]).compactMap(\.integer)
        if ranges.count % 2 == 1 { ranges.removeLast() }
        let data = try decodedData(of: stream)
        let entryLength = widths.reduce(0, +)
        guard entryLength > 0 else { return }
        var position = 0
        func field(_ width: Int, default value: Int) -> Int {
            guard width > 0 else { return value }
            var result = 0
            for _ in 0..<width {
                result = result << 8 | Int(position < data.count ? data[position] : 0)
                position += 1
            }
            return result
        }
        for pair in stride(from: 0, to: ranges.count, by: 2) {
            let first = ranges[pair], count = ranges[pair + 1]
            guard first >= 0, count >= 0, first + count <= limits.maxObjectCount else { throw PdfError.damaged("bad /Index") }
            for number in first..<(first + count) {
                guard position + entryLength <= data.count else { return }
                let type = field(widths[0], default: 1)
                let second = field(widths[1], default: 0)
                let third = field(widths[2], default: 0)
                guard locations[number] == nil else { continue }
                if type == 1, second > 0 { locations[number] = .offset(second) }
                if type == 2 { locations[number] = .inObjectStream(stream: second, index: third) }
            }
        }
    }

    /// Finds every `n g obj` at the start of a line, later definitions winning, and takes the trailer from the
    /// last `trailer` dictionary or cross-reference stream, or failing that from the catalogue object itself.
    private func reconstructByScanning() throws(PdfError) {
        let marker = Array(" obj".utf8)
        var index = 0
        var streams: [PdfStream] = []
        while let found = bytes.firstRange(of: marker, startingAt: index) {
            index = found + marker.count
            var start = found
            // Walk back over "n g".
            var fields = 0
            while start > 0, fields < 2 {
                var cursor = start - 1
                while cursor > 0, bytes[cursor] == 0x20 { cursor -= 1 }
                var digitStart = cursor
                while digitStart > 0, bytes[digitStart - 1].isASCIIDigit { digitStart -= 1 }
                guard bytes[cursor].isASCIIDigit else { break }
                start = digitStart
                fields += 1
            }
            guard fields == 2, let number = PdfScanner.number(bytes[start..<(bytes[start...].firstIndex(of: 0x20) ?? start)])?.integer
            else { continue }
            locations[number] = .offset(start)
            guard locations.count <= limits.maxObjectCount else { throw .tooLarge("it declares too many objects") }
        }
        for (number, _) in locations {
            if case let .stream(stream)? = object(number), stream.dictionary["Type"]?.name == "XRef" { streams.append(stream) }
        }
        for stream in streams { try? recordStreamEntries(stream) }
        if let keyword = bytes.lastRange(of: Array("trailer".utf8), within: bytes.count) {
            var scanner = PdfScanner(bytes[...], at: keyword + 7)
            if case let .dictionary(dictionary)? = try? scanner.object() { trailer = dictionary }
        }
        if trailer["Root"] == nil, let stream = streams.first(where: { $0.dictionary["Root"] != nil }) {
            trailer = stream.dictionary
        }
        if trailer["Root"] == nil {
            for number in locations.keys.sorted() where object(number)?.dictionary?["Type"]?.name == "Catalog" {
                trailer["Root"] = .reference(PdfReference(number: number, generation: 0))
                break
            }
        }
        guard trailer["Root"] != nil else { throw .damaged("it has no readable document catalogue") }
    }
}

extension Array where Element == UInt8 {
    /// The offset of the first occurrence of `needle` at or after `start`.
    func firstRange(of needle: [UInt8], startingAt start: Int) -> Int? {
        guard let first = needle.first, needle.count <= count else { return nil }
        var index = Swift.max(0, start)
        while index + needle.count <= count {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The offset of the last occurrence of `needle` within the last `window` bytes.
    func lastRange(of needle: [UInt8], within window: Int) -> Int? {
        guard needle.count <= count else { return nil }
        var index = count - needle.count
        let stop = Swift.max(0, count - window)
        while index >= stop {
            if self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
