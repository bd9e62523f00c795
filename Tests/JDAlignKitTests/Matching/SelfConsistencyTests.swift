import Testing
@testable import JDAlignKit

/// Many JDs quote the standards word for word; a quoted statement that did not link to itself would show the
/// governors a false gap. So every statement's own wording links to it, in every bundled framework, and an area's
/// title used as a section heading strengthens that area's statements.
@Suite struct SelfConsistencyTests {
    static let library = try! StandardsLibrary.builtIn()
    static let frameworkIDs = library.catalogue.frameworks.map(\.id)

    @Test(arguments: frameworkIDs)
    func everyStatementsOwnWordingLinksToIt(frameworkID: String) throws {
        let framework = try #require(Self.library.catalogue.framework(frameworkID))
        let matcher = try Matcher(library: Self.library, frameworks: [framework])
        for statement in framework.statements {
            let links = matcher.links(forText: statement.text)
            let own = links.first { $0.standard == statement.qualifiedID }
            #expect(own?.strength == .linked, "\(statement.qualifiedID) \"\(statement.text)\" gives \(links.map(\.standard))")
        }
    }

    @Test(arguments: frameworkIDs)
    func everyAreasTitleAsAHeadingStrengthensItsStatements(frameworkID: String) throws {
        let framework = try #require(Self.library.catalogue.framework(frameworkID))
        let matcher = try Matcher(library: Self.library, frameworks: [framework])
        for area in framework.areas {
            for statement in area.statements {
                let own = matcher.links(forText: statement.text, section: area.title).first { $0.standard == statement.qualifiedID }
                #expect(own?.evidence.contains { $0.source == .heading } == true,
                        "the heading \"\(area.title)\" is no cue for \(statement.qualifiedID)")
            }
        }
    }
}
