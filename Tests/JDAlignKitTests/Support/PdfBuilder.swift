/// Assembles small PDF files for tests: pages of content-stream text, a font, and either a cross-reference table or
/// a compressed cross-reference stream with the pages in an object stream, as modern producers write.
struct PdfBuilder {
    /// The font every page uses as /F1 unless a test gives its own.
    static let helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

    var pages: [String]
    var font = Self.helvetica
    /// Extra objects, numbered from 100 in order, for fonts' CMaps, pictures and the like.
    var extraObjects: [String] = []
    var extraTrailer = ""
    /// Page resources beyond the font, e.g. `/XObject << /Im1 100 0 R >>`.
    var extraResources = ""
    var compressContent = false
    var useCrossReferenceStream = false

    init(pages: [String]) {
        self.pages = pages
    }

    /// A content stream placing each line at the left margin, 14 points apart, from the top of an A4 page.
    static func lines(_ lines: [String], size: Double = 11, top: Double = 780, x: Double = 72) -> String {
        var content = "BT /F1 \(size) Tf\n"
        for (index, line) in lines.enumerated() {
            let escaped = line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
            content += "1 0 0 1 \(x) \(top - Double(index) * size * 1.3) Tm (\(escaped)) Tj\n"
        }
        return content + "ET\n"
    }

    func build() -> [UInt8] {
        // Objects: 1 catalogue, 2 page tree, 3 font, then a page and its content per page, then the extras at 100+.
        var objects: [Int: [UInt8]] = [:]
        let pageNumbers = pages.indices.map { 4 + $0 * 2 }
        objects[1] = Array("<< /Type /Catalog /Pages 2 0 R >>".utf8)
        objects[2] = Array("<< /Type /Pages /Kids [\(pageNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>".utf8)
        objects[3] = Array(font.utf8)
        for (index, content) in pages.enumerated() {
            let page = pageNumbers[index]
            objects[page] = Array("""
                << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(page + 1) 0 R \
                /Resources << /Font << /F1 3 0 R >> \(extraResources) >> >>
                """.utf8)
            objects[page + 1] = stream(Array(content.utf8), compressed: compressContent)
        }
        for (index, extra) in extraObjects.enumerated() { objects[100 + index] = Array(extra.utf8) }
        return useCrossReferenceStream ? withCrossReferenceStream(objects) : withCrossReferenceTable(objects)
    }

    private func stream(_ data: [UInt8], compressed: Bool) -> [UInt8] {
        let body = compressed ? Self.zlibStored(data) : data
        let filter = compressed ? " /Filter /FlateDecode" : ""
        return Array("<< /Length \(body.count)\(filter) >>\nstream\n".utf8) + body + Array("\nendstream".utf8)
    }

    private func withCrossReferenceTable(_ objects: [Int: [UInt8]]) -> [UInt8] {
        var file = Array("%PDF-1.4\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [Int: Int] = [:]
        for number in objects.keys.sorted() {
            offsets[number] = file.count
            file += Array("\(number) 0 obj\n".utf8) + objects[number]! + Array("\nendobj\n".utf8)
        }
        let size = (objects.keys.max() ?? 0) + 1
        let start = file.count
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<size {
            if let offset = offsets[number] {
                table += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
            } else {
                table += "0000000000 65535 f \n"
            }
        }
        file += Array(table.utf8)
        file += Array("trailer\n<< /Size \(size) /Root 1 0 R \(extraTrailer) >>\nstartxref\n\(start)\n%%EOF\n".utf8)
        return file
    }

    /// Pages and fonts go into one object stream; streams stay outside it, as the format requires.
    private func withCrossReferenceStream(_ objects: [Int: [UInt8]]) -> [UInt8] {
        var file = Array("%PDF-1.5\n".utf8)
        let inStream = objects.keys.sorted().filter { !objects[$0]!.starts(with: Array("<< /Length".utf8)) }
        var header = "", body: [UInt8] = []
        for number in inStream {
            header += "\(number) \(body.count) "
            body += objects[number]! + [0x0A]
        }
        let objectStreamNumber = (objects.keys.max() ?? 0) + 1
        let objectStreamData = Array(header.utf8) + body
        let compressedObjects = Self.zlibStored(objectStreamData)
        var offsets: [Int: Int] = [:]
        for number in objects.keys.sorted() where !inStream.contains(number) {
            offsets[number] = file.count
            file += Array("\(number) 0 obj\n".utf8) + objects[number]! + Array("\nendobj\n".utf8)
        }
        offsets[objectStreamNumber] = file.count
        file += Array("\(objectStreamNumber) 0 obj\n<< /Type /ObjStm /N \(inStream.count) /First \(header.utf8.count) /Length \(compressedObjects.count) /Filter /FlateDecode >>\nstream\n".utf8)
            + compressedObjects + Array("\nendstream\nendobj\n".utf8)
        let crossReferenceNumber = objectStreamNumber + 1
        let size = crossReferenceNumber + 1
        var entries: [UInt8] = []
        for number in 0..<size {
            if let index = inStream.firstIndex(of: number) {
                entries += [2, UInt8(objectStreamNumber >> 8), UInt8(objectStreamNumber & 0xFF), UInt8(index)]
            } else if let offset = number == crossReferenceNumber ? file.count : offsets[number] {
                entries += [1, UInt8(offset >> 8 & 0xFF), UInt8(offset & 0xFF), 0]
            } else {
                entries += [0, 0, 0, 0]
            }
        }
        let start = file.count
        let compressedEntries = Self.zlibStored(entries)
        file += Array("\(crossReferenceNumber) 0 obj\n<< /Type /XRef /Size \(size) /W [1 2 1] /Root 1 0 R /Length \(compressedEntries.count) /Filter /FlateDecode \(extraTrailer) >>\nstream\n".utf8)
            + compressedEntries + Array("\nendstream\nendobj\nstartxref\n\(start)\n%%EOF\n".utf8)
        return file
    }

    /// A zlib stream of stored (uncompressed) DEFLATE blocks: valid Flate data without needing a compressor.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [0x78, 0x01]
        var index = 0
        repeat {
            let length = min(65_535, data.count - index)
            let isFinal = index + length >= data.count
            output += [isFinal ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            output += data[index..<(index + length)]
            index += length
        } while index < data.count
        return output + [0, 0, 0, 0]
    }
}
