/// The parts of a .docx package the reader needs, found through the package relationships.
struct DocxPackage {
    /// The main document part (normally `word/document.xml`).
    var mainPart: String
    /// The style definitions part, when the package has one.
    var stylesPart: String?
    /// The numbering definitions part, when the package has one.
    var numberingPart: String?

    private static let wordMainContentTypes = ["wordprocessingml.document.main", "wordprocessingml.template.main", "ms-word."]

    /// Finds the parts: `_rels/.rels` names the main document, whose own relationships name styles and numbering;
    /// packages without relationships fall back to the usual names.
    static func locate(in archive: DocxArchive) throws(ReadingError) -> DocxPackage {
        var mainPart = "word/document.xml"
        if let rootRelationships = try archive.xml("_rels/.rels"),
            let target = try archive.parse("_rels/.rels", rootRelationships, with: { tokenizer throws(XMLError) in
                try relationshipTarget(endingWith: "/officeDocument", in: &tokenizer)
            }),
            archive.archive.entry(named: resolve(target, from: "")) != nil
        {
            mainPart = resolve(target, from: "")
            try checkContentType(of: mainPart, in: archive)
        }
        guard archive.archive.entry(named: mainPart) != nil else {
            throw archive.error(.malformed, message: "not a Word document: it has no word/document.xml")
        }

        let folder = mainPart.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let fileName = mainPart.split(separator: "/").last.map(String.init) ?? mainPart
        let relationshipsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + fileName + ".rels"
        var stylesTarget: String?
        var numberingTarget: String?
        if let relationships = try archive.xml(relationshipsPart) {
            (stylesTarget, numberingTarget) = try archive.parse(relationshipsPart, relationships) { tokenizer throws(XMLError) in
                var styles: String?
                var numbering: String?
                while let token = try tokenizer.next() {
                    guard case .startElement(let tag) = token, localName(tag.name) == "Relationship",
                        let type = tag.attribute("Type"), let target = tag.attribute("Target")
                    else { continue }
                    if type.hasSuffix("/styles") { styles = styles ?? target }
                    if type.hasSuffix("/numbering") { numbering = numbering ?? target }
                }
                return (styles, numbering)
            }
        }
        let stylesPart = resolve(stylesTarget ?? "styles.xml", from: folder)
        let numberingPart = resolve(numberingTarget ?? "numbering.xml", from: folder)
        return DocxPackage(
            mainPart: mainPart,
            stylesPart: archive.archive.entry(named: stylesPart) == nil ? nil : stylesPart,
            numberingPart: archive.archive.entry(named: numberingPart) == nil ? nil : numberingPart)
    }

    /// Refuses a package whose main part is declared as something other than a Word document (a workbook, say).
    private static func checkContentType(of part: String, in archive: DocxArchive) throws(ReadingError) {
        guard let types = try archive.xml("[Content_Types].xml") else { return }
        let partName = "/" + part.lowercased()
        let declared = try archive.parse("[Content_Types].xml", types) { tokenizer throws(XMLError) -> String? in
            while let token = try tokenizer.next() {
                if case .startElement(let tag) = token, localName(tag.name) == "Override",
                    tag.attribute("PartName")?.lowercased() == partName
                {
                    return tag.attribute("ContentType")
                }
            }
            return nil
        }
        guard let declared, !wordMainContentTypes.contains(where: { declared.contains($0) }) else { return }
        let kind =
            declared.contains("spreadsheetml") ? "an Excel workbook"
            : declared.contains("presentationml") ? "a PowerPoint presentation" : "a \(declared) package"
        throw archive.error(.unsupportedFormat, message: "not a Word document: it is \(kind)")
    }

    private static func relationshipTarget(endingWith typeSuffix: String, in tokenizer: inout XMLTokenizer) throws(XMLError) -> String? {
        while let token = try tokenizer.next() {
            if case .startElement(let tag) = token, localName(tag.name) == "Relationship",
                tag.attribute("TargetMode") != "External", tag.attribute("Type")?.hasSuffix(typeSuffix) == true
            {
                return tag.attribute("Target")
            }
        }
        return nil
    }

    /// The name after any namespace prefix.
    static func localName(_ qualifiedName: String) -> Substring {
        qualifiedName.split(separator: ":").last ?? Substring(qualifiedName)
    }

    /// Resolves a relationship target against the folder of the part that declared it, as OPC part names.
    static func resolve(_ target: String, from folder: String) -> String {
        var components = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}

/// The ZIP archive of a .docx, with the file's path so that every failure becomes a ``ReadingError`` naming it.
struct DocxArchive {
    let archive: ZipArchive
    let path: String

    /// Opens the archive, turning ZIP problems into reading errors.
    init(_ bytes: [UInt8], path: String, limits: ZipLimits) throws(ReadingError) {
        self.path = path
        do {
            archive = try ZipArchive(bytes, limits: limits)
        } catch {
            throw Self.readingError(error, path: path)
        }
    }

    /// The bytes of a part, or nil when the package has no such part.
    func xml(_ part: String) throws(ReadingError) -> [UInt8]? {
        do {
            return try archive.contents(ofEntryNamed: part)
        } catch {
            throw Self.readingError(error, path: path)
        }
    }

    /// Runs `body` over a tokenizer for `bytes`, turning XML problems into reading errors that name the part and byte.
    func parse<Result>(
        _ part: String, _ bytes: [UInt8], with body: (inout XMLTokenizer) throws(XMLError) -> Result
    ) throws(ReadingError) -> Result {
        var tokenizer = XMLTokenizer(bytes)
        do {
            return try body(&tokenizer)
        } catch {
            throw ReadingError(.malformed, path: path, position: "\(part) byte \(error.offset)", message: error.description)
        }
    }

    func error(_ reason: ReadingError.Reason, position: String? = nil, message: String) -> ReadingError {
        ReadingError(reason, path: path, position: position, message: message)
    }

    static func readingError(_ error: ZipError, path: String) -> ReadingError {
        let position = error.entry.map { "entry \($0)" }
        if case .notAZipArchive = error {
            return ReadingError(.malformed, path: path, message: "not a Word document: \(error.description)")
        }
        return ReadingError(error.isSafetyLimit ? .tooLarge : .malformed, path: path, position: position, message: error.description)
    }
}
