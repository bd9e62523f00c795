/// What the reader needs of a font (ISO 32000-1 §9.5–9.10): how its string bytes split into codes, the text each
/// code stands for, and each glyph's advance width, so that positions (and so word gaps) can be worked out.
///
/// A class: the text state that holds the current font is saved and restored by every `q` and `Q`, and copying
/// a font's maps each time cost a retain and release apiece. A font does not change once read, except for the
/// cache of decoded glyphs.
final class PdfFont {
    /// One code of a shown string.
    ///
    /// Plain values only: a `String` here was copied, and its bytes walked one by one, for each of a document's
    /// hundreds of thousands of glyphs.
    struct Glyph {
        /// The glyph's text as UTF-8, in storage the font keeps: valid while the font lives.
        var text: UnsafeBufferPointer<UInt8>
        /// The advance as a share of the font size: the width in thousandths (already scaled for Type 3 fonts),
        /// divided by 1000 once when the code is decoded rather than for every glyph shown.
        var advance: Double
        /// A single-byte code 32, to which word spacing (`Tw`) applies.
        var isWordSpace: Bool
        /// The text is white space only: a gap between words, not a word.
        var isSpace: Bool
    }

    /// Codes already decoded: a page shows the same few dozen codes thousands of times, and decoding one means
    /// several map lookups and a look at its Unicode properties.
    /// Two-byte codes (nearly every composite font's) sit in pages of 256 made as codes are first met; hashing
    /// each glyph's code into a dictionary cost more than the rest of placing it.
    ///
    /// The single-byte codes sit in storage of their own, read and written in place: an array there cost an
    /// exclusivity check and a uniqueness check on every glyph of a simple font.
    private final class DecodedGlyphs {
        let singleByte: UnsafeMutablePointer<Glyph?> = {
            let storage = UnsafeMutablePointer<Glyph?>.allocate(capacity: 256)
            storage.initialize(repeating: nil, count: 256)
            return storage
        }()
        var twoBytePages = [[Glyph?]?](repeating: nil, count: 256)
        var longer: [UInt32: Glyph] = [:]
        /// The text of every glyph decoded, each in an allocation of its own so that no glyph's text ever moves.
        private var texts: [UnsafeMutableBufferPointer<UInt8>] = []
        /// The text of the last glyph decoded past the cache's limit, which is only used until the next.
        private var uncachedText = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

        /// Copies `text` into storage kept until the font goes; `cached` false reuses the uncached glyph's storage,
        /// so that a hostile font's endless codes cannot grow it.
        func keep(_ text: String, cached: Bool) -> UnsafeBufferPointer<UInt8> {
            let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
            _ = storage.initialize(from: text.utf8)
            if cached {
                texts.append(storage)
            } else {
                uncachedText.deallocate()
                uncachedText = storage
            }
            return UnsafeBufferPointer(storage)
        }

        deinit {
            singleByte.deinitialize(count: 256)
            singleByte.deallocate()
            for text in texts { text.deallocate() }
            uncachedText.deallocate()
        }
    }

    private var isComposite = false
    private var encodingCMap: PdfCMap?
    private var toUnicode: PdfCMap?
    private var simpleEncoding: [UInt8: String] = [:]
    private var baseEncoding = PdfEncodings.Base.standard
    private var widths: [UInt32: Double] = [:]
    private var defaultWidth = 500.0
    private var widthScale = 1.0
    /// Whether the font's name marks it bold, which hints at headings.
    private(set) var isBold = false
    /// Symbol and dingbat fonts draw list bullets with letter codes.
    private var isSymbolFont = false
    private let decoded = DecodedGlyphs()

    /// A stand-in when a page names a font it does not define: Latin text in the standard encoding.
    init() {}

    init(_ dictionary: PdfDictionary, file: PdfFile) {
        // Lower-cased once and searched byte by byte: Foundation's case-insensitive search cost more than the rest
        // of reading the font's dictionary.
        let baseName = (file.resolve(dictionary["BaseFont"])?.name ?? "").lowercased()
        isBold = baseName.includes("bold") || baseName.includes("black")
        isSymbolFont = ["symbol", "wingding", "dingbat", "webding"].contains { baseName.includes($0) }
        if case let .stream(stream)? = file.resolve(dictionary["ToUnicode"]), let data = try? file.decodedData(of: stream) {
            toUnicode = PdfCMap(parsing: data)
        }
        if file.resolve(dictionary["Subtype"])?.name == "Type0" {
            readComposite(dictionary, file: file)
        } else {
            readSimple(dictionary, file: file)
        }
    }

    private func readComposite(_ dictionary: PdfDictionary, file: PdfFile) {
        isComposite = true
        switch file.resolve(dictionary["Encoding"]) {
        case let .stream(stream)?:
            encodingCMap = (try? file.decodedData(of: stream)).map(PdfCMap.init(parsing:))
        default:
            var identity = PdfCMap()
            identity.codeSpaces = [PdfCMap.CodeSpace(length: 2, low: 0, high: 0xFFFF)]
            encodingCMap = identity
        }
        let descendant = file.resolve(file.resolve(dictionary["DescendantFonts"])?.array?.first)?.dictionary
        defaultWidth = file.resolve(descendant?["DW"])?.number ?? 1000
        guard let list = file.resolve(descendant?["W"])?.array else { return }
        var index = 0
        while index + 1 < list.count, widths.count < PdfCMap.maximumMappings {
            guard let first = file.resolve(list[index])?.integer, first >= 0 else { break }
            if let run = file.resolve(list[index + 1])?.array {
                for (offset, width) in run.enumerated() {
                    if let width = file.resolve(width)?.number { widths[UInt32(first + offset)] = width }
                }
                index += 2
            } else if index + 2 < list.count, let last = file.resolve(list[index + 1])?.integer,
                      let width = file.resolve(list[index + 2])?.number, last >= first, last - first < 65_536 {
                for cid in first...last { widths[UInt32(cid)] = width }
                index += 3
            } else {
                break
            }
        }
    }

    private func readSimple(_ dictionary: PdfDictionary, file: PdfFile) {
        let subtype = file.resolve(dictionary["Subtype"])?.name
        if subtype == "Type3", let matrix = file.resolve(dictionary["FontMatrix"])?.array?.first?.number {
            widthScale = matrix * 1000
        }
        let descriptor = file.resolve(dictionary["FontDescriptor"])?.dictionary
        let flags = file.resolve(descriptor?["Flags"])?.integer ?? 0
        let symbolic = flags & 4 != 0 && flags & 32 == 0
        baseEncoding = subtype == "TrueType" ? (symbolic ? .symbolic : .winAnsi) : .standard
        if let missing = file.resolve(descriptor?["MissingWidth"])?.number, missing > 0 { defaultWidth = missing }
        switch file.resolve(dictionary["Encoding"]) {
        case let .name(name)?:
            baseEncoding = Self.base(named: name) ?? baseEncoding
        case let .dictionary(encoding)?:
            if let name = file.resolve(encoding["BaseEncoding"])?.name { baseEncoding = Self.base(named: name) ?? baseEncoding }
            var code = 0
            for entry in file.resolve(encoding["Differences"])?.array ?? [] {
                if let number = entry.integer {
                    code = number
                } else if let name = entry.name {
                    if (0...255).contains(code), let text = PdfEncodings.text(ofGlyph: name) { simpleEncoding[UInt8(code)] = text }
                    code += 1
                }
            }
        default: break
        }
        let firstChar = file.resolve(dictionary["FirstChar"])?.integer ?? 0
        for (offset, width) in (file.resolve(dictionary["Widths"])?.array ?? []).prefix(256).enumerated() {
            if let width = file.resolve(width)?.number, firstChar + offset >= 0 { widths[UInt32(firstChar + offset)] = width }
        }
        if widths.isEmpty { defaultWidth = 500 }
    }

    private static func base(named name: String) -> PdfEncodings.Base? {
        switch name {
        case "WinAnsiEncoding": .winAnsi
        case "MacRomanEncoding": .macRoman
        case "StandardEncoding": .standard
        default: nil
        }
    }

    /// Calls `body` with each glyph of a shown string, in order.
    func forEachGlyph(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Glyph) -> Void) {
        // A simple font's codes are its bytes, one each: no code space to consult, no code to assemble.
        guard isComposite else {
            for byte in bytes { body(singleByteGlyph(byte)) }
            return
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = encodingCMap?.codeLength(bytes, at: index) ?? 2
            let end = min(bytes.endIndex, index + max(1, length))
            let code = PdfCMap.code(bytes[index..<end])
            index = end
            body(glyph(for: code))
        }
    }

    /// A simple font's glyph, read from the cache where the call is: a call for each of a page's glyphs cost as
    /// much as placing it.
    @inline(__always)
    private func singleByteGlyph(_ byte: UInt8) -> Glyph {
        if let known = decoded.singleByte[Int(byte)] { return known }
        return glyph(for: UInt32(byte))
    }

    private func glyph(for code: UInt32) -> Glyph {
        if !isComposite, code <= 0xFF {
            if let known = decoded.singleByte[Int(code)] { return known }
            let glyph = decode(code, cached: true)
            decoded.singleByte[Int(code)] = glyph
            return glyph
        }
        if code <= 0xFFFF {
            let page = Int(code >> 8), slot = Int(code & 0xFF)
            if let known = decoded.twoBytePages[page]?[slot] { return known }
            let glyph = decode(code, cached: true)
            if decoded.twoBytePages[page] == nil { decoded.twoBytePages[page] = [Glyph?](repeating: nil, count: 256) }
            decoded.twoBytePages[page]![slot] = glyph
            return glyph
        }
        if let known = decoded.longer[code] { return known }
        let cached = decoded.longer.count < PdfCMap.maximumMappings
        let glyph = decode(code, cached: cached)
        if cached { decoded.longer[code] = glyph }
        return glyph
    }

    private func decode(_ code: UInt32, cached: Bool) -> Glyph {
        let text = cleaned(toUnicode?.unicode[code] ?? fallbackText(code))
        let widthKey = isComposite ? (encodingCMap?.cid(of: code) ?? code) : code
        let width = (widths[widthKey] ?? defaultWidth) * widthScale
        return Glyph(
            text: decoded.keep(text, cached: cached), advance: width / 1000, isWordSpace: !isComposite && code == 32,
            isSpace: text.unicodeScalars.allSatisfy(\.properties.isWhitespace))
    }

    private func fallbackText(_ code: UInt32) -> String {
        guard !isComposite, code <= 0xFF else { return "" }
        if let text = simpleEncoding[UInt8(code)] { return text }
        if isSymbolFont { return code > 0x20 ? "\u{2022}" : " " }
        return PdfEncodings.text(of: UInt8(code), in: baseEncoding) ?? ""
    }

    /// Private-use characters are dingbats (Word's Symbol and Wingdings bullets): they become bullets. Control
    /// characters become nothing.
    private func cleaned(_ text: String) -> String {
        guard let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1 else { return text }
        if (0xE000...0xF8FF).contains(scalar.value) { return "\u{2022}" }
        if isSymbolFont, scalar.value > 0x20, !scalar.properties.isWhitespace, scalar.value < 0x2000 { return "\u{2022}" }
        if scalar.value < 0x20 { return scalar.value == 0x09 ? " " : "" }
        return text
    }
}
