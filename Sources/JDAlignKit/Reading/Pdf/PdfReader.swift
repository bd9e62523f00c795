/// Reads the text of a PDF job description from the positions of its glyphs: the file structure, the page tree,
/// each page's content streams, then lines, paragraphs and tables rebuilt from where the text lands.
public enum PdfReader {
    /// Reads `bytes` as a PDF; `path` only names the file in errors and in the result.
    public static func read(_ bytes: [UInt8], path: String, limits: PdfLimits = .standard) throws(ReadingError) -> SourceDocument {
        do {
            return try readDocument(bytes, path: path, limits: limits)
        } catch {
            switch error {
            case .encrypted:
                throw ReadingError(.unsupportedFormat, path: path,
                                   message: "is an encrypted (password-protected) PDF; ask for an unprotected copy or the Word version")
            case let .damaged(detail): throw ReadingError(.malformed, path: path, message: "is a damaged PDF: \(detail)")
            case let .unsupported(detail): throw ReadingError(.unsupportedFormat, path: path, message: "cannot be read: \(detail)")
            case let .tooLarge(detail): throw ReadingError(.tooLarge, path: path, message: "is refused as unsafe: \(detail)")
            }
        }
    }

    private static func readDocument(_ bytes: [UInt8], path: String, limits: PdfLimits) throws(PdfError) -> SourceDocument {
        guard bytes.prefix(1024).containsPDFHeader() else { throw .damaged("it has no %PDF header") }
        let file = try PdfFile(bytes, limits: limits)
        let pages = self.pages(of: file)
        guard !pages.isEmpty else { throw .damaged("it has no pages") }
        var reader = PdfContentReader(file: file, operatorBudget: limits.maxOperators)
        reader.reserveGlyphs(forFileOf: bytes.count)
        // Each page's glyphs, rules and marks are ranges of the reader's: copying them per page cost a copy and a
        // release of every glyph.
        var pageGlyphs: [Range<Int>] = []
        var pageRules: [[PdfRule]] = []
        var pageMarks: [[(x: Double, y: Double)]] = []
        var sizes: [(width: Double, height: Double)] = []
        for page in pages {
            let before = reader.glyphs.count
            let rulesBefore = reader.rules.count
            let marksBefore = reader.marks.count
            var content: [UInt8] = []
            let streams: [PdfObject]
            switch file.resolve(page.dictionary["Contents"]) {
            case let .array(items)?: streams = items
            case let other?: streams = [other]
            case nil: streams = []
            }
            for stream in streams {
                guard case let .stream(contentStream)? = file.resolve(stream) else { continue }
                content += try file.decodedData(of: contentStream)
                content.append(0x0A)
            }
            try reader.run(content, resources: page.resources, matrix: page.matrix)
            pageGlyphs.append(before..<reader.glyphs.count)
            pageRules.append(Array(reader.rules[rulesBefore...]))
            pageMarks.append(Array(reader.marks[marksBefore...]))
            sizes.append((page.width, page.height))
        }
        guard !reader.glyphs.isEmpty else {
            if reader.imageCount > 0 {
                throw .unsupported("this PDF is a scan: it holds pictures of text; ask for the Word version or run OCR")
            }
            throw .damaged("it has no text")
        }
        // A table continued on the next page has few cells there; its columns are known from the whole document.
        let columnStarts = PdfLineBuilder.frequentRunStarts(reader.glyphs)
        let lines = pageGlyphs.indices.map {
            PdfLineBuilder.lines(of: reader.glyphs[pageGlyphs[$0]], text: reader.text, page: $0, columnStarts: columnStarts, rules: pageRules[$0], marks: pageMarks[$0])
        }
        let blocks = PdfParagraphs.blocks(from: lines, pageSizes: sizes, rules: pageRules)
            .map { block in
                var block = block
                block.text = TextNormalisation.normalise(block.text)
                return block
            }
        return SourceDocument(path: path, format: .pdf, blocks: blocks)
    }

    private struct Page {
        var dictionary: PdfDictionary
        var resources: PdfDictionary?
        /// Maps the page's space so that its visible top-left corner reads upright, whatever its /Rotate.
        var matrix: PdfMatrix
        var width: Double
        var height: Double
    }

    /// The pages in order, with inherited resources, media box and rotation applied.
    private static func pages(of file: PdfFile) -> [Page] {
        var pages: [Page] = []
        var visited: Set<Int> = []
        func walk(_ object: PdfObject?, inherited: PdfDictionary, depth: Int) {
            guard depth < file.limits.maxDepth, pages.count < file.limits.maxPages else { return }
            if case let .reference(reference)? = object, !visited.insert(reference.number).inserted { return }
            guard let node = file.resolve(object)?.dictionary else { return }
            var inherited = inherited
            for key in ["Resources", "MediaBox", "CropBox", "Rotate"] where node[key] != nil { inherited[key] = node[key] }
            if node["Kids"] != nil || file.resolve(node["Type"])?.name == "Pages" {
                for kid in file.resolve(node["Kids"])?.array ?? [] { walk(kid, inherited: inherited, depth: depth + 1) }
                return
            }
            let box = (file.resolve(inherited["CropBox"] ?? inherited["MediaBox"])?.array ?? []).compactMap { file.resolve($0)?.number }
            let (x0, y0, x1, y1) = box.count == 4 ? (min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3]))
                : (0, 0, 595, 842)
            let rotation = ((file.resolve(inherited["Rotate"])?.integer ?? 0) % 360 + 360) % 360
            let matrix: PdfMatrix
            let height: Double
            let width = rotation == 90 || rotation == 270 ? y1 - y0 : x1 - x0
            switch rotation {
            case 90:
                matrix = PdfMatrix(a: 0, b: -1, c: 1, d: 0, e: -y0, f: x1)
                height = x1 - x0
            case 180:
                matrix = PdfMatrix(a: -1, b: 0, c: 0, d: -1, e: x1, f: y1)
                height = y1 - y0
            case 270:
                matrix = PdfMatrix(a: 0, b: 1, c: -1, d: 0, e: y1, f: -x0)
                height = x1 - x0
            default:
                matrix = PdfMatrix(e: -x0, f: -y0)
                height = y1 - y0
            }
            pages.append(Page(dictionary: node, resources: file.resolve(inherited["Resources"])?.dictionary,
                              matrix: matrix, width: width, height: height))
        }
        walk(file.root?["Pages"], inherited: PdfDictionary(), depth: 0)
        return pages
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether `%PDF-` occurs: some producers put a few bytes of junk before the header, which readers accept.
    fileprivate func containsPDFHeader() -> Bool {
        let marker = Array("%PDF-".utf8)
        guard count >= marker.count else { return false }
        return (startIndex...(endIndex - marker.count)).contains { self[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}
