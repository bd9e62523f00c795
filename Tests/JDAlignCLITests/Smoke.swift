import Testing
@testable import JDAlignKit
import JDAlignCLI

@Test func cliLinks() {
    var catalogue = Catalogue(frameworks: [Framework(id: "a", title: "A", areas: [])])
    catalogue.install(Framework(id: "a", title: "A2", areas: []))
    #expect(catalogue.frameworks.map(\.title) == ["A2"])
}
