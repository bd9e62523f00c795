/// One glyph placed on a page, in page space (points, y upwards), or several shown one after another on the same
/// baseline with no gap that could part words: the letters of a word, which line building treats alike.
///
/// Plain numbers only: its text is a range of the reader's ``PdfContentReader/text`` bytes. A `String` in each of
/// a document's thousands of glyphs cost a retain and a release wherever a glyph was read, sorted or copied.
struct PdfGlyph: Sendable {
    var textStart: Int
    var textEnd: Int
    /// How many glyphs this stands for, so that averages over a line's glyphs weigh each glyph once.
    var count = 1
    /// White space only: it parts words rather than being one.
    var isSpace = false
    var x: Double
    var y: Double
    var width: Double
    /// The rendered font size (the text matrix's vertical scale times the font size).
    var size: Double
    var isBold: Bool
    /// The first glyph after the text position was set (`Td`, `Tm`, `T*`…): where producers start lines and cells.
    var startsRun: Bool
}

/// A straight line drawn on a page (a table's border or a rule under a heading), in page space: horizontal lines
/// run from `x0` to `x1` at `y`; vertical ones from `y0` to `y1` at `x`.
struct PdfRule: Sendable {
    var isVertical = false
    var y: Double
    var x0: Double
    var x1: Double

    var x: Double { x0 }
    var y0: Double { isVertical ? x1 : y }
    var y1: Double { y }

    static func horizontal(y: Double, from x0: Double, to x1: Double) -> PdfRule {
        PdfRule(y: y, x0: min(x0, x1), x1: max(x0, x1))
    }

    static func vertical(x: Double, from y0: Double, to y1: Double) -> PdfRule {
        PdfRule(isVertical: true, y: max(y0, y1), x0: x, x1: min(y0, y1))
    }
}

/// A 2-D affine transform `[a b c d e f]` (ISO 32000-1 §8.3.3).
struct PdfMatrix: Sendable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = PdfMatrix()

    /// `self` applied first, then `other`.
    func then(_ other: PdfMatrix) -> PdfMatrix {
        PdfMatrix(a: a * other.a + b * other.c, b: a * other.b + b * other.d,
                  c: c * other.a + d * other.c, d: c * other.b + d * other.d,
                  e: e * other.a + f * other.c + other.e, f: e * other.b + f * other.d + other.f)
    }

    static func translation(_ x: Double, _ y: Double) -> PdfMatrix { PdfMatrix(e: x, f: y) }

    /// `translation(distance, 0).then(self)` in two multiplications rather than twelve: text moves along its line
    /// after every string and kerning shift. The same numbers, since the entries are finite (operands are), save
    /// that a zero may change its sign.
    func movedAlongLine(by distance: Double) -> PdfMatrix {
        var moved = self
        moved.e = distance * a + e
        moved.f = distance * b + f
        return moved
    }

    func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) { (a * x + c * y + e, b * x + d * y + f) }

    init(a: Double = 1, b: Double = 0, c: Double = 0, d: Double = 1, e: Double = 0, f: Double = 0) {
        (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
    }

    init?(_ numbers: [Double]) {
        guard numbers.count == 6, numbers.allSatisfy(\.isFinite) else { return nil }
        self.init(a: numbers[0], b: numbers[1], c: numbers[2], d: numbers[3], e: numbers[4], f: numbers[5])
    }
}

/// Runs a page's content streams (ISO 32000-1 §8–9) far enough to know where every glyph of text lands: the
/// graphics state stack, the text state and operators, and form XObjects. Paths and pictures are skipped, but
/// pictures are counted so that a scan can be told apart from an empty page.
struct PdfContentReader {
    private struct TextState {
        var ctm = PdfMatrix.identity
        var font = PdfFont()
        var fontSize = 0.0
        var characterSpacing = 0.0
        var wordSpacing = 0.0
        var horizontalScale = 1.0
        var leading = 0.0
        var rise = 0.0
    }

    private let file: PdfFile
    private var fonts: [String: PdfFont] = [:]
    private(set) var glyphs: [PdfGlyph] = []
    /// The UTF-8 text of every glyph, one after another.
    private(set) var text: [UInt8] = []
    /// Horizontal lines drawn, which mark table rows.
    private(set) var rules: [PdfRule] = []
    /// Small filled shapes: bullets drawn as pictures (browsers draw list discs and squares this way).
    private(set) var marks: [(x: Double, y: Double)] = []
    private(set) var imageCount = 0
    /// Where the last glyph placed starts, which may be inside the last of ``glyphs`` (``extendLastGlyph(with:)``).
    private var lastLetterX = -Double.infinity
    private var operatorBudget: Int

    init(file: PdfFile, operatorBudget: Int) {
        self.file = file
        self.operatorBudget = operatorBudget
    }

    var remainingOperators: Int { operatorBudget }

    /// Makes room for the glyphs at the start: a compressed PDF of n bytes seldom shows more than n glyphs, and
    /// growing the array by doubling copied every glyph again and again, faulting in fresh pages each time. Room
    /// never touched costs nothing; the cap keeps a huge file from reserving more than a long document needs.
    mutating func reserveGlyphs(forFileOf byteCount: Int) {
        glyphs.reserveCapacity(min(byteCount, 1 << 18))
        text.reserveCapacity(min(byteCount, 1 << 18))
    }

    mutating func run(_ content: [UInt8], resources: PdfDictionary?, matrix: PdfMatrix = .identity, depth: Int = 0) throws(PdfError) {
        try content.withUnsafeBufferPointer { bytes throws(PdfError) in
            try run(PdfContentLexer(content, bytes: bytes), resources: resources, matrix: matrix, depth: depth)
        }
    }

    private mutating func run(_ lexer: PdfContentLexer, resources: PdfDictionary?, matrix: PdfMatrix, depth: Int) throws(PdfError) {
        var lexer = lexer
        var state = TextState()
        state.ctm = matrix
        var stack: [TextState] = []
        var textMatrix = PdfMatrix.identity
        var lineMatrix = PdfMatrix.identity
        var startsRun = true
        var operands = PdfContentOperands()
        // The resources are the same for the whole stream, so a font name need be looked up in them only once.
        var fontsByName: [String: PdfFont] = [:]
        var lastFont: (name: String, font: PdfFont)?
        var path: [PdfRule] = []
        var rectangles: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
        var pathStart: (x: Double, y: Double)?
        var pen: (x: Double, y: Double)?
        var bounds: (x0: Double, y0: Double, x1: Double, y1: Double)?
        func extend(_ point: (x: Double, y: Double)) {
            bounds = bounds.map { (min($0.x0, point.x), min($0.y0, point.y), max($0.x1, point.x), max($0.y1, point.y)) }
                ?? (point.x, point.y, point.x, point.y)
        }
        /// A run starts where text is placed away from where the last glyph ended: some producers position every
        /// glyph, and only a jump marks a new line or cell.
        func jumped(_ matrix: PdfMatrix, _ state: TextState) -> Bool {
            guard let pen else { return true }
            let origin = matrix.then(state.ctm)
            return abs(origin.e - pen.x) > 0.5 || abs(origin.f - pen.y) > 0.5
        }
        while let op = lexer.next(into: &operands) {
            operatorBudget -= 1
            guard operatorBudget > 0 else { throw .tooLarge("its pages hold more drawing operations than a document should") }
            let numbers = operands.numbers
            switch op {
            case .save: if stack.count < 256 { stack.append(state) }
            case .restore: if let saved = stack.popLast() { state = saved }
            case .concatenate: if let m = PdfMatrix(numbers) { state.ctm = m.then(state.ctm) }
            case .beginText:
                textMatrix = .identity
                lineMatrix = .identity
                startsRun = true
                pen = nil
            case .font:
                if let name = operands.leadingName {
                    if name == lastFont?.name, let font = lastFont?.font {
                        // Producers name the font again in every text object; most often it is the same font.
                        state.font = font
                    } else if let known = fontsByName[name] {
                        state.font = known
                    } else {
                        state.font = font(named: name, resources: resources)
                        if fontsByName.count < 1000 { fontsByName[name] = state.font }
                    }
                    lastFont = (name, state.font)
                }
                state.fontSize = numbers.last ?? state.fontSize
            case .characterSpacing: state.characterSpacing = numbers.first ?? 0
            case .wordSpacing: state.wordSpacing = numbers.first ?? 0
            case .horizontalScale: state.horizontalScale = (numbers.first ?? 100) / 100
            case .leading: state.leading = numbers.first ?? 0
            case .rise: state.rise = numbers.first ?? 0
            case .moveText, .moveTextSettingLeading:
                guard numbers.count == 2 else { break }
                if op == .moveTextSettingLeading { state.leading = -numbers[1] }
                lineMatrix = PdfMatrix.translation(numbers[0], numbers[1]).then(lineMatrix)
                textMatrix = lineMatrix
                startsRun = startsRun || jumped(textMatrix, state)
            case .textMatrix:
                guard let m = PdfMatrix(numbers) else { break }
                lineMatrix = m
                textMatrix = m
                startsRun = startsRun || jumped(textMatrix, state)
            case .nextLine, .nextLineShow, .nextLineShowSpaced:
                if op == .nextLineShowSpaced, numbers.count >= 2 {
                    state.wordSpacing = numbers[0]
                    state.characterSpacing = numbers[1]
                }
                lineMatrix = PdfMatrix.translation(0, -state.leading).then(lineMatrix)
                textMatrix = lineMatrix
                startsRun = startsRun || jumped(textMatrix, state)
                if op != .nextLine, let range = operands.trailingString {
                    pen = show(CollectionOfOne(.text(range)), of: operands, state: state, textMatrix: &textMatrix, startsRun: &startsRun) ?? pen
                }
            case .show:
                if let range = operands.trailingString {
                    pen = show(CollectionOfOne(.text(range)), of: operands, state: state, textMatrix: &textMatrix, startsRun: &startsRun) ?? pen
                }
            case .showArray:
                pen = show(operands.trailingArray, of: operands, state: state, textMatrix: &textMatrix, startsRun: &startsRun) ?? pen
            case .drawObject:
                if let name = operands.leadingName { try drawObject(named: name, resources: resources, state: state, depth: depth) }
            case .inlineImage:
                lexer.skipInlineImage()
                imageCount += 1
            case .moveTo:
                if numbers.count == 2 {
                    pathStart = state.ctm.apply(numbers[0], numbers[1])
                    extend(pathStart!)
                }
            case .curveTo:
                for pair in stride(from: 0, to: numbers.count - 1, by: 2) { extend(state.ctm.apply(numbers[pair], numbers[pair + 1])) }
            case .lineTo:
                guard numbers.count == 2, let start = pathStart else { break }
                let end = state.ctm.apply(numbers[0], numbers[1])
                extend(end)
                if abs(end.y - start.y) < 1, abs(end.x - start.x) > 10, path.count < 10_000 {
                    path.append(.horizontal(y: start.y, from: start.x, to: end.x))
                } else if abs(end.x - start.x) < 1, abs(end.y - start.y) > 5, path.count < 10_000 {
                    path.append(.vertical(x: start.x, from: start.y, to: end.y))
                }
                pathStart = end
            case .rectangle:
                guard numbers.count == 4 else { break }
                let corner = state.ctm.apply(numbers[0], numbers[1])
                let opposite = state.ctm.apply(numbers[0] + numbers[2], numbers[1] + numbers[3])
                extend(corner)
                extend(opposite)
                guard path.count < 10_000 else { break }
                rectangles.append((min(corner.x, opposite.x), min(corner.y, opposite.y), max(corner.x, opposite.x), max(corner.y, opposite.y)))
                if abs(opposite.y - corner.y) <= 2, abs(opposite.x - corner.x) > 10 {
                    path.append(.horizontal(y: (corner.y + opposite.y) / 2, from: corner.x, to: opposite.x))
                } else if abs(opposite.x - corner.x) <= 2, abs(opposite.y - corner.y) > 5 {
                    path.append(.vertical(x: (corner.x + opposite.x) / 2, from: corner.y, to: opposite.y))
                }
            case .stroke, .fill, .fillAndStroke:
                if let box = bounds, op != .stroke,
                   (1...8).contains(box.x1 - box.x0), (1...8).contains(box.y1 - box.y0), marks.count < 100_000 {
                    marks.append(((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2))
                }
                bounds = nil
                if rules.count < 100_000 {
                    rules += path
                    // A stroked rectangle is a cell's four borders.
                    if op != .fill {
                        for box in rectangles where box.x1 - box.x0 > 2 && box.y1 - box.y0 > 2 {
                            rules += [.horizontal(y: box.y0, from: box.x0, to: box.x1), .horizontal(y: box.y1, from: box.x0, to: box.x1),
                                      .vertical(x: box.x0, from: box.y0, to: box.y1), .vertical(x: box.x1, from: box.y0, to: box.y1)]
                        }
                    }
                }
                path.removeAll()
                rectangles.removeAll()
                pathStart = nil
            case .endPath:
                bounds = nil
                path.removeAll()
                rectangles.removeAll()
                pathStart = nil
            case .other: break
            }
        }
    }

    /// Places the glyphs of a text-showing operator's strings (`Tj`'s one string, or a `TJ` array's strings and the
    /// shifts between them) and returns where the pen ends, in page space; nil when no glyph was placed.
    ///
    /// LibreOffice shifts nearly every glyph of a `TJ` array by its kerning, so most strings are a glyph or two: the
    /// whole array is placed in one call, its bytes read in place once and the rendered size worked out once (the
    /// shifts move the text along its line, which leaves the size alone). Each glyph only moves the pen along the
    /// line, so a string's text and page matrices are combined once and each glyph's position is that matrix applied
    /// to how far along the line it is.
    private mutating func show<Elements: Sequence<PdfContentOperands.Element>>(
        _ elements: Elements, of operands: PdfContentOperands, state: TextState, textMatrix: inout PdfMatrix, startsRun: inout Bool
    ) -> (x: Double, y: Double)? {
        let size = state.fontSize
        let isBold = state.font.isBold
        let lineToPage = textMatrix.then(state.ctm)
        // The glyph space's vertical axis, in page space, gives the rendered size whatever the rotation.
        let renderedSize = abs(size) * (lineToPage.c * lineToPage.c + lineToPage.d * lineToPage.d).squareRoot()
        var pen: (x: Double, y: Double)?
        operands.withBytes { stringBytes in
            for element in elements {
                switch element {
                case let .adjustment(adjustment):
                    textMatrix = textMatrix.movedAlongLine(by: -adjustment / 1000 * size * state.horizontalScale)
                case let .text(range):
                    let toPage = textMatrix.then(state.ctm)
                    var along = 0.0
                    state.font.forEachGlyph(of: UnsafeBufferPointer(rebasing: stringBytes[range])) { glyph in
                        let origin = toPage.apply(along, state.rise)
                        let advance = (glyph.advance * size + state.characterSpacing + (glyph.isWordSpace ? state.wordSpacing : 0))
                            * state.horizontalScale
                        let end = toPage.apply(along + advance, 0)
                        if !glyph.text.isEmpty, renderedSize > 0.5, Self.isOnSomePage(origin.x, origin.y, size: renderedSize) {
                            let textStart = text.count
                            // Byte by byte: a glyph's text is a character or two, for which the generic append cost far more.
                            for byte in glyph.text { text.append(byte) }
                            let placed = PdfGlyph(
                                textStart: textStart, textEnd: text.count, isSpace: glyph.isSpace, x: origin.x, y: origin.y,
                                width: max(0, end.x - origin.x), size: renderedSize, isBold: isBold, startsRun: startsRun)
                            if !extendLastGlyph(with: placed) { glyphs.append(placed) }
                            lastLetterX = placed.x
                            startsRun = false
                        }
                        along += advance
                        pen = end
                    }
                    textMatrix = textMatrix.movedAlongLine(by: along)
                }
            }
        }
        return pen
    }

    /// Adds `glyph` to the last glyph placed when line building would join them into one word: the same baseline,
    /// size and weight, right of the last letter placed (line building sorts a line's glyphs along it), no run
    /// started between them, neither a space, and a gap too narrow for a word break (``PdfLineBuilder/wordGap``).
    /// LibreOffice shows most glyphs as strings of their own, and sorting and walking each letter of a page cost more
    /// than every other step of building its lines. A table's border is not looked for between two such letters: a
    /// cell's text is set clear of its borders, and the blocks of all 84 PDF fixtures came out the same.
    private mutating func extendLastGlyph(with glyph: PdfGlyph) -> Bool {
        guard !glyph.startsRun, !glyph.isSpace, let last = glyphs.last, !last.isSpace, last.textEnd == glyph.textStart,
              last.y == glyph.y, last.size == glyph.size, last.isBold == glyph.isBold, glyph.x >= lastLetterX,
              glyph.x - (last.x + last.width) <= PdfLineBuilder.wordGap * max(glyph.size, 1)
        else { return false }
        glyphs[glyphs.count - 1].textEnd = glyph.textEnd
        glyphs[glyphs.count - 1].width = max(last.x + last.width, glyph.x + glyph.width) - last.x
        glyphs[glyphs.count - 1].count += 1
        return true
    }

    /// PDF pages are at most 14,400 points a side; a glyph placed or sized far beyond that (or at infinity, as a
    /// hostile matrix can) is on no page, and its position must never reach the integer arithmetic of line building.
    private static func isOnSomePage(_ x: Double, _ y: Double, size: Double) -> Bool {
        let limit = 1_000_000.0
        return x.isFinite && y.isFinite && size.isFinite && abs(x) < limit && abs(y) < limit && size < limit
    }

    private mutating func font(named name: String, resources: PdfDictionary?) -> PdfFont {
        let fontEntry = file.resolve(resources?["Font"])?.dictionary?[name]
        let key: String
        if case let .reference(reference)? = fontEntry { key = "#\(reference.number)" } else { key = name }
        if let cached = fonts[key] { return cached }
        let font = file.resolve(fontEntry)?.dictionary.map { PdfFont($0, file: file) } ?? PdfFont()
        if fonts.count < 1000 { fonts[key] = font }
        return font
    }

    private mutating func drawObject(named name: String, resources: PdfDictionary?, state: TextState, depth: Int) throws(PdfError) {
        guard case let .stream(stream)? = file.resolve(file.resolve(resources?["XObject"])?.dictionary?[name]) else { return }
        switch file.resolve(stream.dictionary["Subtype"])?.name {
        case "Image": imageCount += 1
        case "Form":
            guard depth < 8 else { return }
            let data = try file.decodedData(of: stream)
            let numbers = (file.resolve(stream.dictionary["Matrix"])?.array ?? []).compactMap(\.number)
            let formMatrix = PdfMatrix(numbers) ?? .identity
            let formResources = file.resolve(stream.dictionary["Resources"])?.dictionary ?? resources
            try run(data, resources: formResources, matrix: formMatrix.then(state.ctm), depth: depth + 1)
        default: break
        }
    }
}
