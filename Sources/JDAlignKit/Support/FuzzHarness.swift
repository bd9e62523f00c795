/// What each fuzz target in `Fuzz/` does with its input, kept in the library so that the regression tests replay
/// saved inputs through exactly the same code the fuzzer ran.
///
/// Every function swallows thrown errors: rejecting hostile input is the reader's job. A trap, a sanitizer report,
/// a hang or a runaway allocation is the bug the fuzzer looks for.
enum FuzzHarness {
    /// The most a raw DEFLATE stream may expand to here: enough to exercise long back-references, small enough
    /// that a bomb costs nothing.
    static let inflateLimit = 1 << 20

    /// Opens `bytes` as a ZIP archive and decompresses every entry; then inflates them as raw DEFLATE.
    static func zip(_ bytes: [UInt8]) {
        if let archive = try? ZipArchive(bytes) {
            for entry in archive.entries { _ = try? archive.contents(of: entry) }
        }
        _ = try? Inflater.inflate(bytes, limit: inflateLimit)
    }

    /// Reads `bytes` as a .docx; then as the XML of a .docx's document, styles and numbering parts at once
    /// (mutated ZIP entries almost never keep a valid CRC-32, so the XML readers need this direct route);
    /// then tokenises them as XML until the end or the first error.
    static func docx(_ bytes: [UInt8]) {
        _ = try? DocxReader.read(bytes, path: "fuzz.docx")
        var package = ZipWriter()
        for part in ["word/document.xml", "word/styles.xml", "word/numbering.xml"] {
            package.addFile(named: part, contents: bytes)
        }
        _ = try? DocxReader.read(package.finish(), path: "fuzz.docx")
        var tokenizer = XMLTokenizer(bytes)
        while (try? tokenizer.next()) != nil {}
    }

    /// Reads `bytes` as a PDF; then as the content stream of a one-page PDF, and as a CMap, since mutated files
    /// rarely keep a compressed stream readable and these are the parsers hostile text reaches.
    static func pdf(_ bytes: [UInt8]) {
        _ = try? PdfReader.read(bytes, path: "fuzz.pdf")
        let font = "<< /Type /Font /Subtype /Type0 /BaseFont /F /Encoding /Identity-H /ToUnicode 5 0 R /DescendantFonts [<< /W [1 [500 600] 10 20 300] >>] >>"
        var file = Array("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".utf8)
        file += Array("2 0 obj << /Type /Pages /Kids [3 0 R] >> endobj\n".utf8)
        file += Array("3 0 obj << /Type /Page /Contents 4 0 R /Resources << /Font << /F1 6 0 R /F2 7 0 R >> >> >> endobj\n".utf8)
        file += Array("4 0 obj << /Length \(bytes.count) >> stream\n".utf8) + bytes + Array("\nendstream endobj\n".utf8)
        file += Array("5 0 obj << /Length \(bytes.count) >> stream\n".utf8) + bytes + Array("\nendstream endobj\n".utf8)
        file += Array("6 0 obj \(font) endobj\n7 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n".utf8)
        file += Array("trailer << /Root 1 0 R >>\n%%EOF\n".utf8)
        _ = try? PdfReader.read(file, path: "fuzz.pdf")
        _ = PdfCMap(parsing: bytes)
    }

    /// Reads `bytes` as Markdown when the first byte is odd and as plain text otherwise, and segments the result;
    /// then reads them as a file of unknown kind, which sniffs the encoding and refuses binary data.
    /// Segmenting once per input rather than in both formats doubles the inputs a run can try.
    static func segmenter(_ bytes: [UInt8]) {
        let format: SourceFormat = (bytes.first ?? 0) & 1 == 1 ? .markdown : .text
        _ = Segmenter().segment(PlainTextReader.read(bytes, path: "fuzz.txt", format: format))
        _ = try? DocumentReader.read(bytes, path: "fuzz.txt")
    }

    /// A duty line with the kinds of word rules look for: phrases, hyphenated words, possessives, abbreviations.
    static let sampleDuty = "Lead the school's safeguarding and child-protection work with the SENCO, ensuring pupils' well-being."

    /// The matcher's own normalisation, with the built-in lexicon (or none, if it ever failed to load).
    private static let analyser = TermAnalyser(lexicon: (try? StandardsLibrary.builtIn())?.lexicon ?? Lexicon())

    /// Parses the text of `bytes` as a rule and, when it parses, compiles it as the matcher does and runs it against
    /// a sample duty and against its own text, so the fuzzer controls both sides of the match.
    static func rule(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let query = try? QueryParser.parse(text) else { return }
        let compiled = CompiledQuery(query, normalise: analyser.keys(for:))
        for duty in [sampleDuty, text] {
            let terms = analyser.terms(in: duty)
            _ = compiled.match(terms)
            _ = compiled.leaves(in: terms)
        }
    }
}
