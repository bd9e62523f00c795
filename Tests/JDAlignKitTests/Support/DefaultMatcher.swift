@testable import JDAlignKit

/// The bundled standards' matcher for the default frameworks, built once for the tests that ask what a line links to.
enum DefaultMatcher {
    static let library = try! StandardsLibrary.builtIn()
    static let matcher = try! Matcher(library: library,
                                      frameworks: StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) })

    /// The statements a line links to at the linked threshold.
    static func linked(_ text: String) -> Set<String> {
        Set(matcher.links(forText: text).filter { $0.strength == .linked }.map(\.standard))
    }
}
