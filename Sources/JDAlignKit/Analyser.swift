import Foundation

/// The whole pipeline for one JD: read, segment, match, and work out coverage.
public struct Analyser: Sendable {
    /// The frameworks analysed against.
    public let frameworks: [Framework]
    private let matcher: Matcher
    private let coverage: CoverageCalculator
    private let segmenter = Segmenter()
    private let roles: [RoleProfile]
    private let chosenRole: String?
    private let suggestions: [String: SuggestedWording]

    /// Prepares an analyser; compiling the catalogue's rules happens once, here. The post is recognised from each JD's
    /// title among the library's role profiles, unless `role` names the profile to use for every JD.
    public init(library: StandardsLibrary, frameworks: [Framework], thresholds: Thresholds? = nil, includePersonSpec: Bool = false,
                role: String? = nil) throws(RuleError) {
        self.frameworks = frameworks
        self.matcher = try Matcher(library: library, frameworks: frameworks, thresholds: thresholds)
        self.coverage = CoverageCalculator(includePersonSpec: includePersonSpec)
        self.roles = library.roles
        self.chosenRole = role
        self.suggestions = library.suggestions
    }

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
        let items = jobDescription.assessableItems
        // Items are matched on every core: for one JD the other core is idle by now; in a batch, where every core
        // already has a JD, the extra workers only queue behind the others.
        let found = ConcurrentResults<[Link]>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in found[index] = matcher.links(for: items[index]) }
        var links: [String: [Link]] = [:]
        for (item, itemLinks) in zip(items, found.values) where !itemLinks.isEmpty { links[item.id] = itemLinks }
        let role = chosenRole.flatMap { RoleRecognition.assign($0, among: roles, frameworks: frameworks) }
            ?? RoleRecognition.recognise(jobDescription, among: roles, frameworks: frameworks)
        var analysis = Analysis(jobDescription: jobDescription, links: links,
                                coverage: coverage.coverage(of: jobDescription, links: links, frameworks: frameworks,
                                                            overrides: CoverageOverrides(remit: role?.remit ?? [:])),
                                frameworkIDs: frameworks.map(\.id), role: role)
        for statement in frameworks.flatMap(\.statements) {
            guard let wording = suggestions[statement.qualifiedID], role?.outsideRemit[statement.qualifiedID] == nil else { continue }
            analysis.suggestedDuties[statement.qualifiedID] = wording.text(for: role?.profile.level)
        }
        return analysis
    }
}
