import Foundation
import Testing
@testable import JDAlignKit

@Suite struct DeterminismTests {
    @Test(arguments: Fixtures.exampleNames)
    func theSameInputGivesByteIdenticalJSON(name: String) throws {
        let bytes = Array(try Fixtures.exampleData(name))
        func run() throws -> String {
            let library = try StandardsLibrary.builtIn()
            let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }
            let analyser = try Analyser(library: library, frameworks: frameworks)
            let analysis = analyser.analyse(try DocumentReader.read(bytes, path: "\(name).txt"))
            return String(decoding: JSONReport.bytes(of: analysis, catalogue: library.catalogue), as: UTF8.self)
        }
        let first = try run()
        #expect(try run() == first)
        #expect(first.contains("\"links\":{\"") && first.contains("\"evidence\":{\""))
    }
}
