import Foundation

/// Reads a JD file in whichever format it came in, or says clearly why it cannot.
public enum DocumentReader {
    /// The largest file read, so a stray disk image cannot exhaust memory; Word files carry pictures, so they may be large.
    public static let maximumFileSize = 64 * 1024 * 1024
    /// The largest plain-text JD: a long JD is 50 KB, so anything this size is the wrong file, and saying so beats a long wait.
    public static let maximumTextSize = 8 * 1024 * 1024

    /// Reads the file at `url`, naming it `path` in the result and in errors.
    public static func read(contentsOf url: URL, path: String) throws(ReadingError) -> SourceDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ReadingError(.cannotOpen, path: path, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw ReadingError(.cannotOpen, path: path, message: "is a folder, not a file") }
        guard isRegularFile(url) else {
            throw ReadingError(.cannotOpen, path: path, message: "is not a regular file (a pipe, socket or device); pass a saved JD")
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw ReadingError(.cannotOpen, path: path, message: "cannot be opened (check its permissions)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            throw ReadingError(.cannotOpen, path: path, message: "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= maximumFileSize else {
            throw ReadingError(.tooLarge, path: path, message: "is larger than \(maximumFileSize / 1024 / 1024) MB; a job description is far smaller")
        }
        return try read(Array(data), path: path)
    }

    /// Whether `url` (after following links) is an ordinary file: reading a named pipe would wait for ever.
    public static func isRegularFile(_ url: URL) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
        return attributes?[.type] as? FileAttributeType == .typeRegular
    }

    /// Reads a JD from bytes; the format comes from the bytes first and the file extension second.
    public static func read(_ bytes: [UInt8], path: String) throws(ReadingError) -> SourceDocument {
        let format = try recognise(bytes, path: path)
        let document: SourceDocument
        switch format {
        case .docx:
            // Word keeps non-breaking spaces, soft hyphens and decomposed accents as typed; plain text is normalised as it is read.
            var docx = try DocxReader.read(bytes, path: path)
            docx.blocks = docx.blocks.map { block in
                var block = block
                block.text = TextNormalisation.normalise(block.text)
                return block
            }
            document = docx
        case .pdf:
            document = try PdfReader.read(bytes, path: path)
        case .text, .markdown:
            guard bytes.count <= maximumTextSize else {
                throw ReadingError(.tooLarge, path: path,
                                   message: "is \(bytes.count / 1024 / 1024) MB of text; a job description is far smaller, so this is probably not the right file")
            }
            guard !BinarySniffer.looksBinary(bytes) else {
                throw ReadingError(.malformed, path: path, message: "does not look like text (a binary file?); save the JD as .docx or plain text")
            }
            document = PlainTextReader.read(bytes, path: path, format: format)
        }
        guard document.blocks.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) else {
            throw ReadingError(.malformed, path: path, message: "has no text")
        }
        return document
    }

    /// The format of `bytes`, or an error that says what to do with formats JDAlign does not read.
    static func recognise(_ bytes: [UInt8], path: String) throws(ReadingError) -> SourceFormat {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        guard !bytes.isEmpty else { throw ReadingError(.malformed, path: path, message: "is empty") }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw ReadingError(.unsupportedFormat, path: path,
                               message: "is a password-protected document or an old Word 97-2003 .doc file; open it in Word and save an unprotected copy as .docx")
        }
        if bytes.starts(with: Array("%PDF".utf8)) || fileExtension == "pdf" {
            return .pdf
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) || fileExtension == "rtf" {
            throw ReadingError(.unsupportedFormat, path: path, message: "is an RTF file; open it in Word and save it as .docx")
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if ["odt", "ods", "odp"].contains(fileExtension) || containsOpenDocumentMimetype(bytes) {
                throw ReadingError(.unsupportedFormat, path: path, message: "is an OpenDocument file; save it as .docx (File > Save As > Word)")
            }
            return .docx
        }
        switch fileExtension {
        case "docx": throw ReadingError(.malformed, path: path, message: "is named .docx but is not a Word document (it is not a ZIP archive)")
        case "doc": throw ReadingError(.unsupportedFormat, path: path, message: "is an old Word 97-2003 file; open it in Word and save it as .docx")
        case "md", "markdown": return .markdown
        // A web page saved from a school's or a job board's site is text whose HTML the plain-text reader reads.
        case "txt", "text", "html", "htm", "": return .text
        default:
            throw ReadingError(.unsupportedFormat, path: path,
                               message: "has the extension .\(fileExtension), which JDAlign does not read; use .pdf, .docx, .txt, .md or .html")
        }
    }

    private static func containsOpenDocumentMimetype(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(128)
        return String(decoding: head, as: UTF8.self).contains("application/vnd.oasis.opendocument")
    }
}
