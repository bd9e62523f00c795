import Foundation
import Testing
@testable import JDAlignKit

/// Reading PDFs: the file structure, fonts and text operators on files the tests build, and the same JDs as .docx
/// and as PDF from real producers giving the same duties and criteria.
@Suite struct PdfReaderTests {
    private func read(_ bytes: [UInt8]) throws -> [TextBlock] {
        try DocumentReader.read(bytes, path: "jd.pdf").blocks
    }

    private func readingError(_ bytes: [UInt8]) -> ReadingError? {
        do {
            _ = try DocumentReader.read(bytes, path: "jd.pdf")
            return nil
        } catch {
            return error
        }
    }

    @Test func readsLinesFromATableFileAndFromACompressedStreamFile() throws {
        var builder = PdfBuilder(pages: [PdfBuilder.lines(["Key responsibilities", "Lead the school's safeguarding.", "Manage the budget."])])
        let plain = try read(builder.build()).map(\.text)
        #expect(plain == ["Key responsibilities", "Lead the school's safeguarding.", "Manage the budget."])
        builder.compressContent = true
        builder.useCrossReferenceStream = true
        #expect(try read(builder.build()).map(\.text) == plain, "cross-reference stream, object stream and FlateDecode")
    }

    @Test func rejoinsAWrappedParagraphAndKeepsListItemsApart() throws {
        // The first line fills the measure, so its paragraph runs on; the bullets each open an item.
        let lines = [
            "The headteacher leads the school with the governing board and is accountable for the quality of education",
            "and for the safety of every pupil.",
            "BULLET Set the vision.",
            "BULLET Manage staff.",
        ]
        // WinAnsi's bullet is code 225 octal, written as an escape in the PDF string.
        let content = PdfBuilder.lines(lines, size: 9).replacingOccurrences(of: "BULLET", with: "\\225")
        let blocks = try read(PdfBuilder(pages: [content]).build())
        #expect(blocks.map(\.text) == [
            "The headteacher leads the school with the governing board and is accountable for the quality of education and for the safety of every pupil.",
            "Set the vision.", "Manage staff.",
        ])
        #expect(blocks.map(\.listLevel) == [nil, 0, 0])
    }

    @Test func wordsPlacedApartWithoutSpacesAreSeparatedAndKernedLettersAreNot() throws {
        // TJ moves the pen: -250 thousandths is a word gap, -20 only kerning.
        let content = "BT /F1 11 Tf 72 700 Td [(Lead) -250 (the) -250 (curr) -20 (iculum)] TJ ET"
        #expect(try read(PdfBuilder(pages: [content]).build()).map(\.text) == ["Lead the curriculum"])
    }

    @Test func cellsOfATableBecomeCellsInRowsAndColumns() throws {
        let content = """
            BT /F1 11 Tf
            1 0 0 1 72 700 Tm (Criteria) Tj 1 0 0 1 300 700 Tm (Essential) Tj
            1 0 0 1 72 686 Tm (Qualified teacher status) Tj 1 0 0 1 300 686 Tm (E) Tj
            1 0 0 1 72 672 Tm (Experience of leading a phase) Tj 1 0 0 1 300 672 Tm (E) Tj
            1 0 0 1 72 658 Tm (NPQSL) Tj 1 0 0 1 300 658 Tm (D) Tj
            ET
            """
        let blocks = try read(PdfBuilder(pages: [content]).build())
        #expect(blocks.map(\.text) == ["Criteria", "Essential", "Qualified teacher status", "E", "Experience of leading a phase", "E", "NPQSL", "D"])
        #expect(blocks.compactMap(\.cell).map { [$0.row, $0.column] } == [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1], [3, 0], [3, 1]])
    }

    /// Found by the fuzzer: a text matrix scaled beyond any page made a font size too large for an integer, and
    /// reading trapped. Such glyphs are on no page and are left out; the rest of the page is read.
    @Test func glyphsPlacedBeyondAnyPageAreLeftOut() throws {
        let content = """
            BT /F1 11 Tf
            1 0 0 1 72 700 Tm (Lead the school's safeguarding.) Tj
            999999999999999999.0 0 0 999999999999999999.0 72 680 Tm (Huge) Tj
            1 0 0 1 999999999999999999.0 660 Tm (Far away) Tj
            ET
            """
        #expect(try read(PdfBuilder(pages: [content]).build()).map(\.text) == ["Lead the school's safeguarding."])
    }

    @Test func repeatedPageHeadersFootersAndPageNumbersAreDropped() throws {
        func page(_ number: Int, _ duty: String) -> String {
            PdfBuilder.lines(["Oakfield Primary School - Deputy Headteacher"], top: 810)
                + PdfBuilder.lines([duty], top: 600)
                + PdfBuilder.lines(["Page \(number) of 2"], top: 40)
        }
        let blocks = try read(PdfBuilder(pages: [page(1, "Lead the curriculum."), page(2, "Manage the budget.")]).build())
        #expect(blocks.map(\.text) == ["Lead the curriculum.", "Manage the budget."])
    }

    @Test func differencesAndToUnicodeMapsGiveTheText() throws {
        // A simple font whose codes 1-5 are renamed, and a composite font whose two-byte codes map through a CMap.
        var simple = PdfBuilder(pages: ["BT /F1 11 Tf 72 700 Td <0102030405> Tj ET"])
        simple.font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [1 /L /e /a /d /bullet] >> >>"
        #expect(try read(simple.build()).map(\.text) == ["Lead\u{2022}"])

        let cmap = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0001> <0053> <0002> <0045> endbfchar
            1 beginbfrange <0010> <0012> [<004E> <0044> <004F>] endbfrange
            endcmap end end
            """
        var composite = PdfBuilder(pages: ["BT /F1 11 Tf 72 700 Td <0001000200100011> Tj ET"])
        composite.font = """
            << /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /ToUnicode 100 0 R \
            /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /DW 500 >>] >>
            """
        composite.extraObjects = ["<< /Length \(cmap.utf8.count) >>\nstream\n\(cmap)\nendstream"]
        #expect(try read(composite.build()).map(\.text) == ["SEND"])
    }

    @Test func aFileWithBrokenCrossReferencesIsReadByScanningItsObjects() throws {
        var bytes = PdfBuilder(pages: [PdfBuilder.lines(["Promote the welfare of pupils."])]).build()
        // Point startxref at nothing and shift every object by inserting a comment after the header.
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "%PDF-1.4\n", with: "%PDF-1.4\n% a line a converter added\n")
        bytes = Array(text.utf8)
        #expect(try read(bytes).map(\.text) == ["Promote the welfare of pupils."])
    }

    @Test func encryptedScannedDamagedAndUnreadableFilesGetAClearError() throws {
        var encrypted = PdfBuilder(pages: [PdfBuilder.lines(["Lead the school."])])
        encrypted.extraTrailer = "/Encrypt << /Filter /Standard /V 2 >>"
        #expect(readingError(encrypted.build())?.message.contains("encrypted") == true)

        var scan = PdfBuilder(pages: ["q 595 0 0 842 0 0 cm /Im1 Do Q"])
        scan.extraResources = "/XObject << /Im1 100 0 R >>"
        scan.extraObjects = ["<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray /Length 1 >>\nstream\n\u{0}\nendstream"]
        let scanError = try #require(readingError(scan.build()))
        #expect(scanError.message.contains("is a scan"), "\(scanError)")
        #expect(scanError.description.hasPrefix("jd.pdf: "))

        #expect(readingError(Array("%PDF-1.7\nnothing else".utf8))?.message.contains("damaged") == true)
        #expect(readingError(Array(PdfBuilder(pages: [""]).build()))?.message.contains("no text") == true)

        var lzw = PdfBuilder(pages: [""])
        lzw.pages = ["BT ET"]
        let lzwBytes = String(decoding: lzw.build(), as: UTF8.self).replacingOccurrences(of: "<< /Length 5 >>", with: "<< /Length 5 /Filter /LZWDecode >>")
        #expect(readingError(Array(lzwBytes.utf8))?.message.contains("LZWDecode") == true)
    }

    @Test func hostileStructuresEndInAnErrorNotACrashOrAHang() throws {
        let nested = "%PDF-1.4\n1 0 obj\n" + String(repeating: "[", count: 10_000) + "\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF"
        #expect(readingError(Array(nested.utf8)) != nil)
        let loop = "%PDF-1.4\n1 0 obj\n2 0 R\nendobj\n2 0 obj\n1 0 R\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF"
        #expect(readingError(Array(loop.utf8)) != nil)
        var selfParent = PdfBuilder(pages: [PdfBuilder.lines(["Lead."])])
        selfParent.pages = [PdfBuilder.lines(["Lead."])]
        let cyclic = String(decoding: selfParent.build(), as: UTF8.self).replacingOccurrences(of: "/Kids [4 0 R]", with: "/Kids [2 0 R 4 0 R]")
        #expect(try read(Array(cyclic.utf8)).map(\.text) == ["Lead."], "a page tree that lists itself is walked once")
    }

    // MARK: The same JDs from real producers

    private static let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/pdf")

    /// Duty and person-spec items, white space folded, as the pipeline reads the file.
    private static func items(_ url: URL) throws -> [String] {
        let document = try DocumentReader.read(contentsOf: url, path: url.lastPathComponent)
        return Segmenter().segment(document).items.filter { $0.kind == .duty || $0.kind == .personSpec }
            .map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    private static func agreement(producer: String, wordFolder: URL) throws -> (share: Double, worst: (String, Double)) {
        let folder = fixtures.appendingPathComponent(producer)
        var equal = 0, total = 0
        var worst = ("", 1.0)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".pdf") }).sorted() {
            let stem = (name as NSString).deletingPathExtension
            let word = try items(wordFolder.appendingPathComponent(stem + ".docx")), pdf = try items(folder.appendingPathComponent(name))
            // Items shared in order (longest common subsequence) out of the longer list.
            let counts = (equal: GluedWordsCorpusTests.commonInOrder(word, pdf), total: max(word.count, pdf.count))
            #expect(counts.total > 5, "\(name) has duties and criteria")
            equal += counts.equal
            total += counts.total
            let share = Double(counts.equal) / Double(max(1, counts.total))
            if share < worst.1 { worst = (name, share) }
        }
        return (Double(equal) / Double(max(1, total)), worst)
    }

    /// The issue's target is 98% of items equal for LibreOffice's PDFs, for every Word JD; measured 0.983 over all
    /// thirty-five corpus Word JDs here (0.980 before a line ending on a whole known name finished it in a narrow
    /// cell) and 1.000 over the seeds (README: "Reading PDFs"). The thirty-fifth, added
    /// last, first agreed at 0.897 (a row label overleaf read as the label above's second line) and is the worst,
    /// at 0.941.
    @Test func libreOfficePDFsGiveTheSameItemsAsTheirWordFiles() throws {
        let corpus = try Self.agreement(producer: "libreoffice", wordFolder: Fixtures.corpus.appendingPathComponent("jds"))
        #expect(corpus.share >= 0.98, "corpus: \(corpus.share)")
        #expect(corpus.worst.1 >= 0.94, "worst: \(corpus.worst)")
        let seeds = try Self.agreement(producer: "seeds", wordFolder: Self.fixtures.appendingPathComponent("seeds"))
        #expect(seeds.share >= 0.99, "seeds: \(seeds.share)")
        #expect(seeds.worst.1 >= 0.98, "worst seed: \(seeds.worst)")
    }

    /// The eight corpus Word JDs added after `libreoffice/` was made, converted the same way on 7 December 2026 and
    /// measured before any rule was written from them: 96.4% of items equal (worst 0.880). Three rules came from
    /// them (bracketed codes wrapped onto their own line; a row's label running on in lower case overleaf; a line
    /// ending on a whole known name, "Qualified Teacher Status", finishing it in a narrow cell), giving 98.3%, and
    /// 98.3% over all 43 corpus Word JDs.
    @Test func laterCorpusWordJDsAsLibreOfficePDFs() throws {
        let later = try Self.agreement(producer: "libreoffice-later", wordFolder: Fixtures.corpus.appendingPathComponent("jds"))
        #expect(later.share >= 0.98, "later: \(later.share)")
        #expect(later.worst.1 >= 0.93, "worst: \(later.worst)")
        let tamarisk = try Self.items(Self.fixtures.appendingPathComponent("libreoffice-later/coo-tamarisk-learning-trust.pdf"))
        #expect(tamarisk.contains("Committed to the trust's mission and to improving children's life chances"))
        let oakmere = try Self.items(Self.fixtures.appendingPathComponent("libreoffice-later/executive-head-special-federation-oakmere.pdf"))
        #expect(oakmere.contains("Safer recruitment training (A)"))
        #expect(!oakmere.contains("(A)"))
        let ashcarr = try Self.items(Self.fixtures.appendingPathComponent("libreoffice-later/director-of-education-ashcarr-education-trust.pdf"))
        #expect(ashcarr.contains("Qualified Teacher Status") && ashcarr.contains("Degree"), "\(ashcarr)")
    }

    /// Round 31's PDF fixes, each on the file that showed it: an assessment cell cut by a page break after its
    /// comma ("Interview," / "references") carries its row on; a tick column's centred ticks and a signature line
    /// after the grid say nothing of the criteria column's width; a number alone after "to" ends its sentence; an
    /// indented bullet's item ends at a title back at the margin; a bracket left open closes on the next line; and
    /// "Thorough understanding…" opens the next criterion while "Co-ordination…" after "SEN" does not; a capitalised
    /// label overleaf ("Qualifications" / "Experience") starts the next row.
    @Test func cellsAndItemsCutByPagesTicksAndBracketsStayWhole() throws {
        for (name, item) in [
            ("ceo-merriscombe-schools-trust", "Integrity, honesty and commitment to the Nolan principles of public life"),
            ("ceo-merriscombe-schools-trust", "Thorough understanding of safeguarding responsibilities at organisational level"),
            ("deputy-head-curriculum-harrowgate", "Statutory safeguarding responsibilities, including KCSIE"),
            ("assistant-head-personal-development-thornton", "Lead the PSHE and statutory RSHE curriculum for Years 7 to 11."),
            ("headteacher-pack-ashworth-secondary", "Grow future leaders through coaching, secondments and leadership programmes"),
            ("senco-hollinsgate-high", "Qualification to carry out access arrangements assessments (e.g. Level 7 CPT3A)"),
            ("senco-hollinsgate-high", "NPQ SENCO or National Award for SEN Co-ordination (or willingness to complete within three years)"),
        ] {
            let items = try Self.items(Self.fixtures.appendingPathComponent("libreoffice/\(name).pdf"))
            #expect(items.contains(item), "\(name): \(item)")
        }
        // The qualifications row's desirable criteria come before the experience row overleaf, as in the Word file.
        let larkspur = try Self.items(Self.fixtures.appendingPathComponent("libreoffice/deputy-head-larkspur-green-primary.pdf"))
        let qualification = try #require(larkspur.firstIndex(of: "Mentor or coaching qualification"))
        let experience = try #require(larkspur.firstIndex(of: "Teaching experience in at least two primary key stages, with consistently good outcomes"))
        #expect(qualification < experience)
    }

    /// A cell listing several criteria, one paragraph each, whose lines nearly fill it: a criterion's opening and a
    /// word in lower case ("Knowledge of", "Familiarity with") starts the next one, though its first word would
    /// not have fitted on the line above.
    @Test func aCriterionsOpeningStartsTheNextCriterionOfACell() throws {
        for (name, criterion) in [
            ("school-business-manager-pippin-hill", "Knowledge of safer recruitment and the Single Central Record"),
            ("assistant-principal-sixth-form-castlegate", "Familiarity with the Gatsby Benchmarks and the current careers guidance for schools"),
        ] {
            let url = Self.fixtures.appendingPathComponent("libreoffice/\(name).pdf")
            let items = Segmenter().segment(try DocumentReader.read(contentsOf: url, path: url.lastPathComponent)).items
            #expect(items.contains { $0.kind == .personSpec && $0.text == criterion }, "\(name)")
        }
    }

    /// A short label at the foot of a page ends its paragraph, though its last word ("of") could not end a sentence:
    /// the reader placed the line, and only a next line in lower case would carry it on.
    @Test func aLabelAtTheFootOfAPageStaysApartFromTheCriterionOverleaf() throws {
        let url = Self.fixtures.appendingPathComponent("seeds/head-of-school-four-domains.pdf")
        let items = Segmenter().segment(try DocumentReader.read(contentsOf: url, path: url.lastPathComponent)).items.map(\.text)
        let label = try #require(items.firstIndex(of: "Experience – show evidence of"))
        #expect(items[label + 1].hasPrefix("At least 5 years successful proven track record"))
    }

    /// A criterion's assessment codes in brackets wrapped onto a line of their own ("…lead training" / "(A)") finish
    /// the criterion, where "(A)" read as a lettered item's marker had started a paragraph of its own (a corpus Word
    /// JD converted by LibreOffice, 0.88 of its items equal before, 0.94 after); "(a)" opening a line with text after
    /// it is still a marker.
    @Test func bracketedCodesWrappedOntoTheirOwnLineFinishTheirCriterion() throws {
        let content = #"""
            BT /F1 11 Tf
            1 0 0 1 72 700 Tm (Qualifications) Tj 1 0 0 1 200 700 Tm (Qualified Teacher Status \(A\)) Tj
            1 0 0 1 200 686 Tm (Up-to-date designated safeguarding lead training and Prevent training) Tj
            1 0 0 1 200 672 Tm (\(A\)) Tj
            1 0 0 1 200 658 Tm (Safer recruitment training \(A, I\)) Tj
            1 0 0 1 72 630 Tm (Experience) Tj 1 0 0 1 200 630 Tm (\(a\) Leading a phase or subject across a school) Tj
            ET
            """#
        let texts = try read(PdfBuilder(pages: [content]).build()).map(\.text)
        #expect(texts.contains("Up-to-date designated safeguarding lead training and Prevent training (A)"), "\(texts)")
        #expect(!texts.contains("(A)"))
        #expect(texts.contains("Safer recruitment training (A, I)"))
        #expect(texts.contains { $0.hasPrefix("(a) Leading a phase") || $0 == "Leading a phase or subject across a school" }, "\(texts)")
    }

    /// Two seed layouts the paragraph rules get right: a criterion's priority on a line of its own after a criterion
    /// with no full stop, and a first-line indent after a line ending in ")".
    @Test func gridWordsAndFirstLineIndentsStartTheirOwnParagraphs() throws {
        for (seed, first, second) in [
            ("head-of-year", "To be able to monitor, evaluate and challenge using a range of evidence", "Essential"),
            ("head-of-school-four-domains",
             "Developing and delivering effective and inspirational professional development for staff (including mentoring and coaching as appropriate)",
             "Knowledge and understanding of CPD Standards."),
        ] {
            let url = Self.fixtures.appendingPathComponent("seeds/\(seed).pdf")
            let blocks = try DocumentReader.read(contentsOf: url, path: url.lastPathComponent).blocks.map(\.text)
            let index = try #require(blocks.firstIndex(of: first), "\(seed): \(first)")
            #expect(blocks[index + 1] == second, "\(seed)")
        }
    }

    /// Chromium draws bullets as shapes and places every glyph itself: a cell's items in lower case with no marker
    /// left run together. Measured 0.971 over the thirty-five corpus Word JDs (0.996 over the first eighteen).
    @Test func chromePDFsGiveNearlyTheSameItemsAsTheirWordFiles() throws {
        let chrome = try Self.agreement(producer: "chrome", wordFolder: Fixtures.corpus.appendingPathComponent("jds"))
        #expect(chrome.share >= 0.965, "chrome: \(chrome.share)")
    }

    /// Chromium lets a table row break across pages: a criterion cut off at the foot of one page goes on overleaf,
    /// even when the next cell ran on for lines after it; a row whose first line overleaf holds a priority word
    /// ("Desirable", in a LibreOffice PDF) is a new criterion all the same.
    @Test func aCriterionCutByAPageBreakGoesOnOverleaf() throws {
        for (producer, name, criterion) in [
            ("chrome", "trust-safeguarding-lead",
             "At least three years as a DSL or deputy DSL in a school, or in an equivalent senior child protection role"),
            ("chrome", "assistant-head-inclusion-primary", "Attachment- and trauma-informed practice"),
            ("libreoffice", "deputy-head-curriculum-brookvale", "Strong knowledge of curriculum design and the National Curriculum"),
            ("libreoffice", "deputy-head-curriculum-brookvale", "Timetabling experience"),
        ] {
            let items = try Self.items(Self.fixtures.appendingPathComponent("\(producer)/\(name).pdf"))
            #expect(items.contains(criterion), "\(producer)/\(name): \(criterion)")
        }
    }

    /// Chromium pads table cells generously, leaving more than a blank line between rows: a line whose cells start
    /// at the table's columns is still its next row, so a post-details table's labels stay labels and an
    /// assessment cell stays with its criterion.
    @Test func rowsOfAGenerouslyPaddedTableStayInTheirTable() throws {
        let thornton = try Self.items(Self.fixtures.appendingPathComponent("chrome/assistant-head-personal-development-thornton.pdf"))
        #expect(!thornton.contains("Line manager"))
        let safeguarding = try Self.items(Self.fixtures.appendingPathComponent("chrome/trust-safeguarding-lead.pdf"))
        #expect(!safeguarding.contains("Interview; scenario exercise"))
    }

    /// A wrapped line may start like a list item without being one: "(e.g." is an abbreviation, and "3)" after a
    /// line that left a bracket open closes it. Both came from LibreOffice PDFs of corpus JDs with narrow cells.
    @Test func wrappedLinesThatLookLikeMarkersCarryOn() {
        #expect(!PdfParagraphs.startsWithEnumerator("(e.g. permanent exclusions, senior appointments)."))
        #expect(!PdfParagraphs.startsWithEnumerator("e.g. attendance and punctuality"))
        #expect(PdfParagraphs.startsWithEnumerator("(a) Lead the curriculum"))
        #expect(PdfParagraphs.startsWithEnumerator("2) Lead the curriculum"))
        #expect(PdfParagraphs.startsWithEnumerator("iv. Plan the budget"))
        #expect(!PdfParagraphs.startsWithEnumerator("3) and, through them, the Trust CEO", after: "Executive Headteacher (Hub"))
        #expect(PdfParagraphs.startsWithEnumerator("3) Report to governors", after: "Lead the curriculum (all phases)"))
    }
}
