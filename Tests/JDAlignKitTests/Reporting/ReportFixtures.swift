import Foundation
@testable import JDAlignKit

/// Analyses built by hand for the report tests, so the reports are tested apart from the matcher and segmenter.
///
/// The JD includes text that must never reach a reader as markup or a formula: a `<script>` element, a cell that
/// starts with `=HYPERLINK(`, a leading `#`, a `|`, and characters outside the Basic Multilingual Plane that test
/// the scalar offsets of evidence spans.
enum ReportFixtures {
    static let frameworkIDs = ["hs2020-exec", "nseh2015"]

    static let scriptDuty = "Manage the school budget <script>alert(1)</script> & report to governors"
    static let formulaDuty = "=HYPERLINK(\"http://example.invalid\",\"click\") Oversee attendance | punctuality"
    static let emojiDuty = "Champion pupils’ wellbeing 😀 and high standards of behaviour in every classroom"

    /// The two bundled frameworks the reports are tested against.
    static func catalogue() throws -> Catalogue {
        try StandardsLibrary.builtIn().catalogue.selecting(frameworkIDs)
    }

    /// The span of the first `word` in `text`, in Unicode scalars, as the matcher reports it.
    static func span(_ word: String, in text: String) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let target = Array(word.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return TextSpan(text: word, range: start..<(start + target.count))
    }

    static func link(_ standard: String, _ score: Double, _ words: [String], in text: String, heading: String? = nil) -> Link {
        var evidence = words.map { Evidence(source: .keyword, pattern: $0.lowercased(), weight: 0.4, matches: [span($0, in: text)]) }
        if let heading {
            evidence.append(Evidence(source: .heading, pattern: heading.lowercased(), weight: 0.1,
                                     matches: [TextSpan(text: heading, range: 0..<heading.unicodeScalars.count)]))
        }
        return Link(standard: standard, score: score, strength: score >= 0.5 ? .linked : .weak, evidence: evidence)
    }

    /// A deputy head's JD with duties, a person-specification criterion, decisions and an overdue review.
    static func deputyHead(title: String = "Deputy Headteacher", overdue: Bool = true) throws -> Analysis {
        let safeguarding = "Lead safeguarding and child protection so that pupils and staff are safe"
        let items = [
            Item(id: "i1", kind: .metadata, text: "Post title: \(title)", section: "", line: 1),
            Item(id: "i2", kind: .heading, text: "Key responsibilities", section: "", line: 3),
            Item(id: "i3", kind: .duty, text: safeguarding, section: "Key responsibilities", line: 4),
            Item(id: "i4", kind: .duty, text: scriptDuty, section: "Key responsibilities", line: 5),
            Item(id: "i5", kind: .duty, text: formulaDuty, section: "Key responsibilities", line: 6),
            Item(id: "i6", kind: .duty, text: emojiDuty, section: "Key responsibilities", line: 7),
            Item(id: "i7", kind: .duty, text: "# Supervise the lunchtime rota", section: "Other duties", line: 9),
            Item(id: "i8", kind: .personSpec, text: "Qualified Teacher Status", section: "Person specification", line: 12,
                 criterion: CriterionAttributes(priority: .essential, assessment: ["Application", "Interview"])),
            Item(id: "i9", kind: .boilerplate, text: "This job description is not exhaustive.", section: "", line: 14),
        ]
        let jd = JobDescription(
            path: "Examples/deputy-head.txt", title: title,
            metadata: JobMetadata(postTitle: title, grade: "L12–L16", responsibleTo: "Headteacher",
                                  organisation: "Oak Tree Academy | Trust", lastReviewed: ReviewDate(text: "September 2024", date: "2024-09-01"),
                                  nextReview: ReviewDate(text: "September 2025", date: "2025-09-01")),
            sections: [Section(heading: "Key responsibilities", level: 1, itemID: "i2")], items: items)
        let links: [String: [Link]] = [
            "i3": [link("hs2020-exec:7.1", 0.82, ["safeguarding", "child protection"], in: safeguarding, heading: "Key responsibilities"),
                   link("nseh2015:D3.2", 0.64, ["safeguarding"], in: safeguarding)],
            "i4": [link("hs2020-exec:7.2", 0.71, ["budget"], in: scriptDuty),
                   link("hs2020-exec:10.1", 0.35, ["governors"], in: scriptDuty)],
            "i5": [link("hs2020-exec:4.3", 0.32, ["attendance"], in: formulaDuty)],
            "i6": [link("hs2020-exec:4.2", 0.58, ["behaviour", "high standards"], in: emojiDuty),
                   link("nseh2015:D2.1", 0.6, ["high standards"], in: emojiDuty)],
            "i7": [link("hs2020-exec:7.4", 0.31, ["Supervise"], in: "# Supervise the lunchtime rota")],
            "i8": [link("nseh2015:D1.4", 0.55, ["Qualified Teacher Status"], in: "Qualified Teacher Status")],
        ]
        let library = try catalogue()
        var coverage = CoverageCalculator().coverage(of: jd, links: links, frameworks: library.frameworks)
        let notApplicable = "hs2020-exec:5.4"
        if let index = coverage.firstIndex(where: { $0.standard == notApplicable }) { coverage[index].status = .notApplicable }
        let decisions = [
            DecisionOutcome(decision: Decision(action: .notApplicable, standard: notApplicable,
                                               reason: "SEND is led by the SENCo | not this post", decidedBy: "=Chair of governors",
                                               date: "2025-11-20"), state: .applied),
            DecisionOutcome(decision: Decision(action: .accept, standard: "hs2020-exec:9.1", item: "f00d", itemText: "Work with parents",
                                               reason: "Parents' evenings", decidedBy: "HR committee", date: "2025-11-20"), state: .stale),
        ]
        let review = ReviewStatus(today: "2026-03-02", lastReviewed: jd.metadata.lastReviewed, nextReview: jd.metadata.nextReview,
                                  overdue: overdue)
        return Analysis(jobDescription: jd, links: links, coverage: coverage, frameworkIDs: frameworkIDs,
                        decisions: decisions, review: review)
    }

    /// A second post for the team matrix: covers 7.1 as well (so 7.1 is not a single point of failure) and 9.1 alone.
    static func businessManager() throws -> Analysis {
        let finance = "Safeguarding checks for visitors and the single central record"
        let parents = "Work in partnership with parents and the local authority"
        let items = [
            Item(id: "i1", kind: .duty, text: finance, section: "Duties", line: 2),
            Item(id: "i2", kind: .duty, text: parents, section: "Duties", line: 3),
        ]
        let jd = JobDescription(path: "Examples/business-manager.txt", title: "School Business Manager", items: items)
        let links: [String: [Link]] = [
            "i1": [link("hs2020-exec:7.1", 0.66, ["Safeguarding"], in: finance)],
            "i2": [link("hs2020-exec:9.1", 0.77, ["partnership", "parents"], in: parents)],
        ]
        let coverage = CoverageCalculator().coverage(of: jd, links: links, frameworks: try catalogue().frameworks)
        return Analysis(jobDescription: jd, links: links, coverage: coverage, frameworkIDs: frameworkIDs)
    }

    /// Writes a report for people or other tools to look at (`Scripts/screenshot-reports`) when `JDALIGN_REPORT_OUT` names a folder.
    static func writeForInspection(_ text: String, named name: String) {
        writeForInspection(Array(text.utf8), named: name)
    }

    /// Bytes written the same way, for workbooks (`Scripts/check-xlsx`).
    static func writeForInspection(_ bytes: [UInt8], named name: String) {
        guard let folder = ProcessInfo.processInfo.environment["JDALIGN_REPORT_OUT"] else { return }
        try? Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }
}
