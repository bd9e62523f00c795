import Foundation
import Testing
@testable import JDAlignKit

/// The library's one-call entry point: a file in, an analysis out.
@Suite struct AnalyserTests {
    @Test func analysesAFileEndToEnd() throws {
        let library = try StandardsLibrary.builtIn()
        let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
        let analyser = try Analyser(library: library, frameworks: frameworks)
        let url = Fixtures.examples.appendingPathComponent("upper-school-leader-senco.txt")
        let analysis = try analyser.analyse(contentsOf: url, path: "upper-school-leader-senco.txt")
        #expect(analysis.frameworkIDs == ["hs2020-exec", "nseh2015"])
        #expect(analysis.coverage.count == 62)
        let senco = analysis.coverage.filter { $0.standard.hasPrefix("hs2020-exec:5.") }
        #expect(senco.contains { $0.status == .covered }, "a SENCO's JD covers the SEND area")
        for (itemID, links) in analysis.links {
            let item = try #require(analysis.jobDescription.items.first { $0.id == itemID })
            #expect(item.kind == .duty || item.kind == .personSpec)
            #expect(!links.isEmpty)
        }
        #expect(throws: ReadingError.self) {
            try analyser.analyse(contentsOf: Fixtures.examples.appendingPathComponent("missing.txt"), path: "missing.txt")
        }
    }
}
