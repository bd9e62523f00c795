/// The content-stream operators the reader acts on (ISO 32000-1 Annex A), decoded from their bytes once: a page
/// runs tens of thousands of operators, and switching over strings cost more than everything else they do.
enum PdfOperator: Sendable {
    case save, restore, concatenate
    case beginText, font, characterSpacing, wordSpacing, horizontalScale, leading, rise
    case moveText, moveTextSettingLeading, textMatrix, nextLine, nextLineShow, nextLineShowSpaced, show, showArray
    case drawObject, inlineImage
    case moveTo, curveTo, lineTo, rectangle
    /// `S`, `s`: the path is stroked.
    case stroke
    /// `f`, `F`, `f*`: the path is filled.
    case fill
    /// `B`, `B*`, `b`, `b*`: the path is filled and stroked.
    case fillAndStroke
    /// `n`: the path ends unpainted (a clip).
    case endPath
    /// Any other operator: colours, marked content, clipping, images' own operators…
    case other

    /// Read by index rather than through a generic iterator: this runs for every operator of every page.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 2 else {
            self = .other
            return
        }
        let first = bytes.count > 0 ? bytes[0] : 0, second = bytes.count > 1 ? bytes[1] : 0
        guard first != 0 else {
            self = .other
            return
        }
        switch (first, second) {
        case (UInt8(ascii: "q"), 0): self = .save
        case (UInt8(ascii: "Q"), 0): self = .restore
        case (UInt8(ascii: "c"), UInt8(ascii: "m")): self = .concatenate
        case (UInt8(ascii: "B"), UInt8(ascii: "T")): self = .beginText
        case (UInt8(ascii: "T"), _): self = Self.textOperator(second)
        case (UInt8(ascii: "'"), 0): self = .nextLineShow
        case (UInt8(ascii: "\""), 0): self = .nextLineShowSpaced
        case (UInt8(ascii: "D"), UInt8(ascii: "o")): self = .drawObject
        case (UInt8(ascii: "B"), UInt8(ascii: "I")): self = .inlineImage
        case (UInt8(ascii: "m"), 0): self = .moveTo
        case (UInt8(ascii: "c"), 0), (UInt8(ascii: "v"), 0), (UInt8(ascii: "y"), 0): self = .curveTo
        case (UInt8(ascii: "l"), 0): self = .lineTo
        case (UInt8(ascii: "r"), UInt8(ascii: "e")): self = .rectangle
        case (UInt8(ascii: "S"), 0), (UInt8(ascii: "s"), 0): self = .stroke
        case (UInt8(ascii: "f"), 0), (UInt8(ascii: "F"), 0), (UInt8(ascii: "f"), UInt8(ascii: "*")): self = .fill
        case (UInt8(ascii: "B"), 0), (UInt8(ascii: "B"), UInt8(ascii: "*")), (UInt8(ascii: "b"), 0), (UInt8(ascii: "b"), UInt8(ascii: "*")):
            self = .fillAndStroke
        case (UInt8(ascii: "n"), 0): self = .endPath
        default: self = .other
        }
    }

    /// The two-letter operators that start with `T`.
    private static func textOperator(_ second: UInt8) -> PdfOperator {
        switch second {
        case UInt8(ascii: "f"): .font
        case UInt8(ascii: "c"): .characterSpacing
        case UInt8(ascii: "w"): .wordSpacing
        case UInt8(ascii: "z"): .horizontalScale
        case UInt8(ascii: "L"): .leading
        case UInt8(ascii: "s"): .rise
        case UInt8(ascii: "d"): .moveText
        case UInt8(ascii: "D"): .moveTextSettingLeading
        case UInt8(ascii: "m"): .textMatrix
        case UInt8(ascii: "*"): .nextLine
        case UInt8(ascii: "j"): .show
        case UInt8(ascii: "J"): .showArray
        default: .other
        }
    }
}
