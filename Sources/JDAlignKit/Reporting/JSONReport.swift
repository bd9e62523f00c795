/// The JSON contract other tools read: document, items with links, coverage, gaps, decisions and review status.
///
/// Keep it stable: fields may be added, never renamed or removed.
public enum JSONReport {
    /// The analysis as one JSON object.
    public static func value(of analysis: Analysis) -> JSONValue {
        let jd = analysis.jobDescription
        return .object([
            ("document", .object([
                ("path", .string(jd.path)),
                ("title", .string(jd.title)),
                ("metadata", metadata(jd.metadata)),
                ("frameworks", .array(analysis.frameworkIDs.map(JSONValue.string))),
            ])),
            ("items", .array(jd.items.map { item(of: $0, links: analysis.links[$0.id] ?? []) })),
            ("coverage", .array(analysis.coverage.map(coverage))),
            ("gaps", .array(analysis.gaps.map(JSONValue.string))),
            ("decisions", .array(analysis.decisions.map(decision))),
            ("review", analysis.review.map(review) ?? .null),
        ])
    }

    /// The structured JD alone, as `jdalign read --format json` prints it.
    public static func value(of jobDescription: JobDescription) -> JSONValue {
        .object([
            ("document", .object([
                ("path", .string(jobDescription.path)),
                ("title", .string(jobDescription.title)),
                ("metadata", metadata(jobDescription.metadata)),
            ])),
            ("sections", .array(jobDescription.sections.map { section in
                .object([("heading", .string(section.heading)), ("level", .number(Double(section.level))), ("item", .string(section.itemID))])
            })),
            ("items", .array(jobDescription.items.map { item(of: $0, links: nil) })),
        ])
    }

    static func metadata(_ metadata: JobMetadata) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        func add(_ key: String, _ value: String?) { if let value { members.append((key, .string(value))) } }
        func add(_ key: String, _ date: ReviewDate?) {
            guard let date else { return }
            members.append((key, .object([("text", .string(date.text)), ("date", date.date.map(JSONValue.string) ?? .null)])))
        }
        add("postTitle", metadata.postTitle)
        add("grade", metadata.grade)
        add("responsibleTo", metadata.responsibleTo)
        add("responsibleFor", metadata.responsibleFor)
        add("organisation", metadata.organisation)
        add("lastReviewed", metadata.lastReviewed)
        add("nextReview", metadata.nextReview)
        return .object(members)
    }

    static func item(of item: Item, links: [Link]?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(item.id)),
            ("kind", .string(item.kind.rawValue)),
            ("section", .string(item.section)),
            ("line", .number(Double(item.line))),
            ("text", .string(item.text)),
        ]
        if let criterion = item.criterion {
            members.append(("criterion", .object([
                ("priority", criterion.priority.map { .string($0.rawValue) } ?? .null),
                ("assessment", .array(criterion.assessment.map(JSONValue.string))),
            ])))
        }
        if let links { members.append(("links", .array(links.map(link)))) }
        return .object(members)
    }

    /// One link as JSON, as it appears in an item's `links` (and in `classify` output).
    public static func link(_ link: Link) -> JSONValue {
        .object([
            ("standard", .string(link.standard)),
            ("score", .number(link.score)),
            ("strength", .string(link.strength.rawValue)),
            ("evidence", .array(link.evidence.map { evidence in
                .object([
                    ("source", .string(evidence.source.rawValue)),
                    ("pattern", .string(evidence.pattern)),
                    ("weight", .number(evidence.weight)),
                    ("matches", .array(evidence.matches.map { span in
                        .object([("text", .string(span.text)), ("start", .number(Double(span.range.lowerBound))), ("end", .number(Double(span.range.upperBound)))])
                    })),
                ])
            })),
        ])
    }

    static func decision(_ outcome: DecisionOutcome) -> JSONValue {
        let decision = outcome.decision
        return .object([
            ("state", .string(outcome.state.rawValue)),
            ("action", .string(decision.action.rawValue)),
            ("standard", .string(decision.standard)),
            ("item", decision.item.map(JSONValue.string) ?? .null),
            ("itemID", outcome.itemID.map(JSONValue.string) ?? .null),
            ("itemText", decision.itemText.map(JSONValue.string) ?? .null),
            ("reason", .string(decision.reason)),
            ("decidedBy", .string(decision.decidedBy)),
            ("date", .string(decision.date)),
        ])
    }

    static func review(_ review: ReviewStatus) -> JSONValue {
        func date(_ date: ReviewDate?) -> JSONValue {
            guard let date else { return .null }
            return .object([("text", .string(date.text)), ("date", date.date.map(JSONValue.string) ?? .null)])
        }
        return .object([
            ("today", .string(review.today)),
            ("lastReviewed", date(review.lastReviewed)),
            ("nextReview", date(review.nextReview)),
            ("overdue", .bool(review.overdue)),
        ])
    }

    static func coverage(_ coverage: StatementCoverage) -> JSONValue {
        .object([
            ("standard", .string(coverage.standard)),
            ("status", .string(coverage.status.rawValue)),
            ("items", .array(coverage.items.map(JSONValue.string))),
            ("weakItems", .array(coverage.weakItems.map(JSONValue.string))),
        ])
    }
}
