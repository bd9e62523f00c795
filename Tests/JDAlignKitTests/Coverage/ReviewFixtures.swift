import Testing
import JDAlignKit

/// Hand-built analyses for the annual-review tests, on the bundled Headteachers' standards and seed JD wording.
enum ReviewFixtures {
    /// The bundled executive Headteachers' standards 2020.
    static func headteachersStandards() throws -> Framework {
        let framework = try StandardsLibrary.builtIn().catalogue.framework("hs2020-exec")
        return try #require(framework)
    }

    /// A JD whose items are `entries` in order (ids `i1`…, line = position), under one heading.
    static func jobDescription(path: String, _ entries: [(ItemKind, String)], metadata: JobMetadata = JobMetadata()) -> JobDescription {
        let items = entries.enumerated().map { index, entry in
            Item(id: "i\(index + 1)", kind: entry.0, text: entry.1, section: "Duties and responsibilities", line: index + 1)
        }
        return JobDescription(path: path, title: "Deputy Head Teacher", metadata: metadata, items: items)
    }

    /// An analysis of `jobDescription` with the given links (item id, statement, strength), coverage as the calculator works it out.
    static func analysis(_ jobDescription: JobDescription, links: [(String, String, LinkStrength)], framework: Framework) -> Analysis {
        var byItem: [String: [Link]] = [:]
        for (item, standard, strength) in links {
            let score = strength == .linked ? 0.7 : 0.4
            byItem[item, default: []].append(Link(standard: standard, score: score, strength: strength,
                                                  evidence: [Evidence(source: .keyword, pattern: "safeguard*", weight: score, matches: [])]))
        }
        let coverage = CoverageCalculator().coverage(of: jobDescription, links: byItem, frameworks: [framework])
        return Analysis(jobDescription: jobDescription, links: byItem, coverage: coverage, frameworkIDs: [framework.id])
    }

    /// The status of one statement in an analysis.
    static func status(_ standard: String, in analysis: Analysis) -> CoverageStatus? {
        analysis.coverage.first { $0.standard == standard }?.status
    }

    /// Duties from the seed deputy head JD.
    static let safeguardingDuty = "Lead on safeguarding and child protection, ensuring the school's procedures are followed by all staff."
    static let attendanceDuty = "Monitor pupil attendance and work with families to improve it."
    static let behaviourDuty = "Develop and implement the school's behaviour policy, ensuring consistency across all year groups."
    static let budgetDuty = "Manage the pastoral budget and account for its spending to the governing board."
    static let personSpecCriterion = "Experience of leading whole-school safeguarding."
}
