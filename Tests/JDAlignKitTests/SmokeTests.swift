import Testing
@testable import JDAlignKit

@Test func catalogueInstallReplacesSameID() {
    var catalogue = Catalogue(frameworks: [Framework(id: "a", title: "A", areas: [])])
    catalogue.install(Framework(id: "a", title: "A2", areas: []))
    #expect(catalogue.frameworks.map(\.title) == ["A2"])
}
