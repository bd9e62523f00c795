import Foundation

/// Paths to the documents the tests run on: the bundled example JDs and the hand-annotated gold files.
enum Fixtures {
    /// The package's root folder, found from this file's place in `Tests/`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // JDAlignKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Examples/`: the four seed JDs and the executive standards list.
    static let examples = packageRoot.appendingPathComponent("Examples")

    /// `Tests/Fixtures/gold/`: one gold file per example.
    static let gold = packageRoot.appendingPathComponent("Tests/Fixtures/gold")

    /// `Tests/Corpus/`: JDs written in the manner of real ones, annotated twice, split into tune and test.
    static let corpus = packageRoot.appendingPathComponent("Tests/Corpus")

    /// `Standards/`: the catalogue as data.
    static let standards = packageRoot.appendingPathComponent("Standards")

    /// The names of the example JDs, without extension.
    static let exampleNames = [
        "deputy-head-relationships-behaviour-attendance",
        "head-of-school-four-domains",
        "head-of-year",
        "headteachers-standards-executive-leadership",
        "upper-school-leader-senco",
    ]

    /// The bytes of an example JD.
    static func exampleData(_ name: String) throws -> Data {
        try Data(contentsOf: examples.appendingPathComponent("\(name).txt"))
    }
}
