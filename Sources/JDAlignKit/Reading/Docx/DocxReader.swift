/// Reads the text of a Word (.docx) document: its body paragraphs in order, with heading levels, list levels and
/// table cells, ignoring deleted revisions, field codes, headers, footers, footnotes and comments.
public enum DocxReader {
    /// The signature of an OLE compound file: Word 97-2003 documents and password-protected .docx files.
    private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Reads `bytes` as a .docx; `path` is only used to name the file in errors and in the result.
    public static func read(_ bytes: [UInt8], path: String) throws(ReadingError) -> SourceDocument {
        try read(bytes, path: path, limits: .standard)
    }

    /// Reads `bytes` as a .docx, applying `limits` to the ZIP container.
    public static func read(_ bytes: [UInt8], path: String, limits: ZipLimits) throws(ReadingError) -> SourceDocument {
        try rejectOtherFormats(bytes, path: path)
        let archive = try DocxArchive(bytes, path: path, limits: limits)
        let package = try DocxPackage.locate(in: archive)

        var styles = DocxStyles()
        if let part = package.stylesPart, let bytes = try archive.xml(part) {
            let prefix = WordNames.prefix(of: bytes)
            styles = try archive.parse(part, bytes) { tokenizer throws(XMLError) in
                try DocxStyles(parsing: &tokenizer, prefix: prefix)
            }
        }
        if let part = package.numberingPart, let bytes = try archive.xml(part) {
            let prefix = WordNames.prefix(of: bytes)
            styles.definedNumberingIDs = try archive.parse(part, bytes) { tokenizer throws(XMLError) in
                try DocxStyles.numberingIDs(parsing: &tokenizer, prefix: prefix)
            }
        }

        guard let document = try archive.xml(package.mainPart) else {
            throw archive.error(.malformed, message: "not a Word document: it has no word/document.xml")
        }
        let prefix = WordNames.prefix(of: document)
        let blocks = try archive.parse(package.mainPart, document) { tokenizer throws(XMLError) in
            try DocxBodyReader.blocks(of: &tokenizer, prefix: prefix, styles: styles)
        }
        return SourceDocument(path: path, format: .docx, blocks: blocks)
    }

    /// Gives a useful message for files that are plainly not a .docx, before trying to open them as ZIP archives.
    private static func rejectOtherFormats(_ bytes: [UInt8], path: String) throws(ReadingError) {
        if bytes.starts(with: compoundFileSignature) {
            throw ReadingError(
                .unsupportedFormat, path: path,
                message: "this file is password-protected or an old Word 97-2003 file: save it as an unprotected .docx")
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) {
            throw ReadingError(.unsupportedFormat, path: path, message: "this is a Rich Text (RTF) file: save it as a .docx")
        }
        if bytes.starts(with: Array("%PDF".utf8)) {
            throw ReadingError(.unsupportedFormat, path: path, message: "this is a PDF: use the original Word document instead")
        }
    }
}
