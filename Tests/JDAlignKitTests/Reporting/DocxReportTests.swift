import Foundation
import Testing
@testable import JDAlignKit

/// The Word report for the governors' pack, read back with JDAlign's own .docx reader and ZIP reader.
@Suite struct DocxReportTests {
    static let library = try! StandardsLibrary.builtIn()

    private func report() throws -> (bytes: [UInt8], analysis: Analysis) {
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { Self.library.catalogue.framework($0) }
        let document = try DocumentReader.read(contentsOf: Fixtures.examples.appendingPathComponent("head-of-year.txt"), path: "head-of-year.txt")
        let analysis = try Analyser(library: Self.library, frameworks: frameworks).analyse(document)
        return (DocxReport.render(analysis, catalogue: Self.library.catalogue), analysis)
    }

    @Test func itReadsBackWithTheReportsHeadingsGapsSuggestionsAndDuties() throws {
        let (bytes, analysis) = try report()
        let read = try DocumentReader.read(bytes, path: "report.docx")
        let headings = read.blocks.filter { $0.headingLevel != nil }.map(\.text)
        #expect(headings.first == "Job description coverage: Head of Year")
        for heading in ["Summary", "Coverage by standard", "Gaps", "Outside this post's remit", "Duties and their evidence"] {
            #expect(headings.contains(heading), "missing heading \(heading)")
        }
        let text = read.blocks.map(\.text)
        let gap = try #require(analysis.gaps.first)
        #expect(text.contains { $0.hasPrefix("\(gap): ") })
        #expect(text.contains { $0.contains("Suggested duty") && $0.contains(analysis.suggestedDuties[gap] ?? "?") })
        #expect(text.contains("To organise and oversee parents’ evenings."))
        #expect(text.contains { $0.hasPrefix(ReportText.advisoryNote.prefix(30)) })
    }

    @Test func itIsA4PortraitWithPageNumbersAndStatusShading() throws {
        let (bytes, _) = try report()
        let archive = try ZipArchive(bytes)
        let document = String(decoding: try #require(try archive.contents(ofEntryNamed: "word/document.xml")), as: UTF8.self)
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("w:fill=\"FFCDD2\""), "gaps are shaded")
        #expect(document.contains("<w:pStyle w:val=\"Heading1\"/>"))
        let footer = String(decoding: try #require(try archive.contents(ofEntryNamed: "word/footer1.xml")), as: UTF8.self)
        #expect(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "))
        #expect(bytes == (try report().bytes), "deterministic")
    }
}
