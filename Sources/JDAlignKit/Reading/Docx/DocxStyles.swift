/// The paragraph styles of a .docx, reduced to what tells headings and list items apart.
struct DocxStyles {
    /// A list reference (`w:numPr`): either field may be missing and then comes from a base style.
    struct Numbering: Equatable {
        var numberingID: Int?
        var level: Int?
    }

    /// One paragraph style from `styles.xml`.
    struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numbering = Numbering()
    }

    private(set) var styles: [String: Style] = [:]
    private(set) var defaultParagraphStyle: String?
    /// The `w:numId`s defined in `numbering.xml`; nil when the package has no numbering part.
    var definedNumberingIDs: Set<Int>?

    /// How many `w:basedOn` links to follow; real documents use a handful, and it stops cycles.
    private static let maxChainLength = 32

    /// No styles: heading levels come from style ids alone.
    init() {}

    /// Reads `w:style` elements of type paragraph from a styles part.
    init(parsing tokenizer: inout XMLTokenizer, prefix: String) throws(XMLError) {
        let names = WordNames(prefix: prefix)
        var path: [String] = []
        // Where each open `w:style` sits in `path`, so the depth inside the innermost one is found without a
        // search back through `path`, which made deeply nested content quadratic.
        var styleStarts: [Int] = []
        var currentID: String?
        var current = Style()
        while let token = try tokenizer.next() {
            switch token {
            case .startElement(let tag):
                path.append(tag.name)
                if tag.name == names.style { styleStarts.append(path.count - 1) }
                let depthInStyle = currentID == nil ? nil : path.count - 1 - (styleStarts.last ?? 0)
                if tag.name == names.style, (tag.attribute(names.type) ?? "paragraph") == "paragraph",
                    let id = tag.attribute(names.styleID)
                {
                    currentID = id
                    current = Style()
                    if tag.attribute(names.default) == "1" || tag.attribute(names.default) == "true" { defaultParagraphStyle = id }
                }
                guard let depthInStyle else { continue }
                let value = tag.attribute(names.val)
                switch (depthInStyle, tag.name) {
                case (1, names.name): current.name = value
                case (1, names.basedOn): current.basedOn = value
                case (2, names.outlineLevel) where path[path.count - 2] == names.pPr:
                    current.outlineLevel = value.flatMap { Int($0) }
                case (3, names.numID) where path[path.count - 2] == names.numPr:
                    current.numbering.numberingID = value.flatMap { Int($0) }
                case (3, names.level) where path[path.count - 2] == names.numPr:
                    current.numbering.level = value.flatMap { Int($0) }
                default: break
                }
            case .endElement(let name):
                _ = path.popLast()
                if name == names.style { _ = styleStarts.popLast() }
                if name == names.style, let id = currentID, styleStarts.isEmpty {
                    if styles[id] == nil { styles[id] = current }
                    currentID = nil
                }
            default: break
            }
        }
    }

    /// Collects the `w:numId`s defined by `w:num` elements of a numbering part.
    static func numberingIDs(parsing tokenizer: inout XMLTokenizer, prefix: String) throws(XMLError) -> Set<Int> {
        let names = WordNames(prefix: prefix)
        var ids: Set<Int> = []
        while let token = try tokenizer.next() {
            if case .startElement(let tag) = token, tag.name == names.num, let id = tag.attribute(names.numID).flatMap({ Int($0) }) {
                ids.insert(id)
            }
        }
        return ids
    }

    /// The heading level a paragraph style gives: "heading N" → N, "Title" → 0, an outline level k → k + 1,
    /// inherited through `w:basedOn`. Styles missing from `styles.xml` are judged by their id (`Heading2`, `Title`).
    func headingLevel(ofStyle styleID: String?) -> Int? {
        var id = styleID ?? defaultParagraphStyle
        var visited: Set<String> = []
        while let currentID = id, visited.count < Self.maxChainLength, visited.insert(currentID).inserted {
            guard let style = styles[currentID] else { return Self.headingLevel(fromName: currentID, isStyleID: true) }
            if let level = style.name.flatMap({ Self.headingLevel(fromName: $0, isStyleID: false) }) { return level }
            if let outline = style.outlineLevel { return Self.headingLevel(fromOutlineLevel: outline) }
            id = style.basedOn
        }
        return nil
    }

    /// The list reference a paragraph style carries, each field from the nearest style in the chain that sets it.
    func numbering(ofStyle styleID: String?) -> Numbering {
        var result = Numbering()
        var id = styleID ?? defaultParagraphStyle
        var visited: Set<String> = []
        while let currentID = id, visited.count < Self.maxChainLength, visited.insert(currentID).inserted,
            let style = styles[currentID]
        {
            result.numberingID = result.numberingID ?? style.numbering.numberingID
            result.level = result.level ?? style.numbering.level
            id = style.basedOn
        }
        return result
    }

    /// Whether a `w:numId` names a list Word would show: 0 means "no numbering", and ids missing from
    /// `numbering.xml` show nothing.
    func isList(numberingID: Int) -> Bool {
        numberingID != 0 && (definedNumberingIDs?.contains(numberingID) ?? true)
    }

    /// Outline levels 0–8 are heading levels 1–9; 9 means body text.
    static func headingLevel(fromOutlineLevel outline: Int) -> Int? {
        (0...8).contains(outline) ? outline + 1 : nil
    }

    /// "heading 3" → 3 and "title" → 0 (built-in style names are stored in English whatever the user's language);
    /// style ids have no space ("Heading3").
    private static func headingLevel(fromName name: String, isStyleID: Bool) -> Int? {
        let lowered = name.lowercased()
        if lowered == "title" { return 0 }
        let prefix = isStyleID ? "heading" : "heading "
        guard lowered.hasPrefix(prefix), let level = Int(lowered.dropFirst(prefix.count)), (1...9).contains(level) else {
            return nil
        }
        return level
    }
}

/// The qualified WordprocessingML names for the prefix a part binds to the main namespace.
struct WordNames {
    let style, type, styleID, `default`, name, basedOn, pPr, outlineLevel, numPr, numID, level, val, num: String

    init(prefix: String) {
        let p = prefix.isEmpty ? "" : prefix + ":"
        style = p + "style"
        type = p + "type"
        styleID = p + "styleId"
        `default` = p + "default"
        name = p + "name"
        basedOn = p + "basedOn"
        pPr = p + "pPr"
        outlineLevel = p + "outlineLvl"
        numPr = p + "numPr"
        numID = p + "numId"
        level = p + "ilvl"
        val = p + "val"
        num = p + "num"
    }

    /// The namespace URIs of WordprocessingML: transitional (what Word writes) and strict.
    static let namespaces = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    /// The prefix a part's root element binds to WordprocessingML: `w` unless the part says otherwise,
    /// "" for a default namespace. Malformed parts give `w`; the full parse reports the problem.
    static func prefix(of part: [UInt8]) -> String {
        var tokenizer = XMLTokenizer(part)
        while let token = try? tokenizer.next() {
            guard case .startElement(let root) = token else { continue }
            for (name, value) in root.attributes where namespaces.contains(value) {
                if name == "xmlns" { return "" }
                if name.hasPrefix("xmlns:") { return String(name.dropFirst(6)) }
            }
            return "w"
        }
        return "w"
    }
}
