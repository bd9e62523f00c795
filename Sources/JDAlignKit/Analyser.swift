import Foundation

/// The whole pipeline for one JD: read, segment, match, and work out coverage.
public struct Analyser: Sendable {
    /// The frameworks analysed against.
    public let frameworks: [Framework]
    private let matcher: Matcher
    private let coverage: CoverageCalculator
    private let segmenter = Segmenter()

    /// Prepares an analyser; compiling the catalogue's rules happens once, here.
    public init(library: StandardsLibrary, frameworks: [Framework], thresholds: Thresholds? = nil, includePersonSpec: Bool = false) throws(RuleError) {
        self.frameworks = frameworks
        self.matcher = try Matcher(library: library, frameworks: frameworks, thresholds: thresholds)
        self.coverage = CoverageCalculator(includePersonSpec: includePersonSpec)
    }

    /// The matcher, for commands that link single lines.
    public var lineMatcher: Matcher { matcher }

    /// Reads and analyses the file at `url`.
    public func analyse(contentsOf url: URL, path: String) throws(ReadingError) -> Analysis {
        analyse(try DocumentReader.read(contentsOf: url, path: path))
    }

    /// Analyses a document already read.
    public func analyse(_ document: SourceDocument) -> Analysis {
        analyse(segmenter.segment(document))
    }

    /// Analyses a structured JD.
    public func analyse(_ jobDescription: JobDescription) -> Analysis {
        var links: [String: [Link]] = [:]
        for item in jobDescription.assessableItems {
            let itemLinks = matcher.links(for: item)
            if !itemLinks.isEmpty { links[item.id] = itemLinks }
        }
        return Analysis(jobDescription: jobDescription, links: links,
                        coverage: coverage.coverage(of: jobDescription, links: links, frameworks: frameworks),
                        frameworkIDs: frameworks.map(\.id))
    }
}
