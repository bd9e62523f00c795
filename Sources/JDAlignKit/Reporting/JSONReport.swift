/// The JSON report other tools read: the JD's items with their links, coverage, gaps, decisions and review status.
///
/// The report names its shape first, `"format": "jdalign-report", "version": 2`; `Docs/json-report.md` describes it.
/// Within a version fields may be added, never renamed or removed; a change that renames or removes one is a new
/// version. Version 2 replaced version 1 (which had no version member) on purpose, because version 1 repeated itself:
/// every link carried each keyword's or rule's full text and its own copy of every matched word, and every entry
/// spelt out its field names, so a 10 KB JD made a 130 KB report, most of it the same rule queries and words again.
/// In version 2 an item lists its matched words once (ranges into its text, with the words); each link names the
/// keyword group or rule of its statement that fired (`"rule 3"`) and which of those words it matched; links and
/// coverage are keyed by statement id, weak links apart; empty lists are left out. Statements are named by their
/// qualified id only: their wording is the same in every report, so it stays in the catalogue
/// (`jdalign standards show`), as in version 1.
///
/// The report is written straight into a `JSONStream`, member by member, because a batch writes one for every JD.
public enum JSONReport {
    /// What the report's `format` member says, so a tool can tell the report from other JSON.
    public static let format = "jdalign-report"
    /// The version of the shape, raised whenever a field is renamed or removed.
    public static let version = 2

    /// The analysis as JSON, on one line in the compact style (a file for other tools, or a JSON Lines record).
    ///
    /// `catalogue` is the one the analysis was made with: links name their evidence by its keyword groups and rules.
    public static func bytes(of analysis: Analysis, catalogue: Catalogue, style: JSONWriter.Style = .compact) -> [UInt8] {
        // About 600 bytes an item once its words and links are in: reserving it spares regrowing the buffer.
        var json = JSONStream(style: style, capacity: 2048 + analysis.jobDescription.items.count * 640)
        let names = EvidenceNames(catalogue: catalogue, frameworks: analysis.frameworkIDs)
        let jd = analysis.jobDescription
        json.object { json in
            json.member("format", format)
            json.member("version", version)
            json.member("document") { document(jd, frameworks: analysis.frameworkIDs, to: &$0) }
            json.member("items") { json in
                json.array(jd.items) { json, item in
                    json.object { json in
                        fields(of: item, to: &json)
                        if let links = analysis.links[item.id], !links.isEmpty { JSONItemLinks.write(links, names: names, to: &json) }
                    }
                }
            }
            json.member("coverage") { json in
                json.object { json in
                    for coverage in analysis.coverage {
                        json.key(coverage.standard)
                        write(coverage, to: &json)
                    }
                }
            }
            json.member("gaps") { $0.array(analysis.gaps) }
            json.member("suggestions") { json in
                json.array(analysis.gapSuggestions) { json, suggestion in
                    json.object { json in
                        json.member("standard", suggestion.standard)
                        json.member("duty", suggestion.duty)
                    }
                }
            }
            json.member("role") { json in
                if let role = analysis.role {
                    json.object { json in
                        json.member("id", role.profile.id)
                        json.member("name", role.profile.name)
                        json.member("recognisedBy", role.recognisedBy)
                    }
                } else {
                    json.null()
                }
            }
            json.member("decisions") { json in json.array(analysis.decisions) { json, outcome in write(outcome, to: &json) } }
            json.member("review") { json in
                if let review = analysis.review { write(review, to: &json) } else { json.null() }
            }
        }
        return json.bytes
    }

    /// The structured JD alone, as `jdalign read --format json` prints it.
    public static func bytes(of jobDescription: JobDescription, style: JSONWriter.Style = .compact) -> [UInt8] {
        var json = JSONStream(style: style)
        json.object { json in
            json.member("document") { document(jobDescription, frameworks: nil, to: &$0) }
            json.member("sections") { json in
                json.array(jobDescription.sections) { json, section in
                    json.object { json in
                        json.member("heading", section.heading)
                        json.member("level", section.level)
                        json.member("item", section.itemID)
                    }
                }
            }
            json.member("items") { json in
                json.array(jobDescription.items) { json, item in json.object { fields(of: item, to: &$0) } }
            }
        }
        return json.bytes
    }

    /// One link in full, each piece of evidence with its pattern, weight and words: what `classify` prints for a
    /// single line, where there is no item to hold the words once and no catalogue to name the knowledge by.
    public static func write(_ link: Link, to json: inout JSONStream) {
        json.object { json in
            json.member("standard", link.standard)
            json.member("score", link.score)
            json.member("strength", link.strength.rawValue)
            json.member("evidence") { json in
                json.array(link.evidence) { json, evidence in
                    json.object { json in
                        json.member("source", evidence.source.rawValue)
                        json.member("pattern", evidence.pattern)
                        json.member("weight", evidence.weight)
                        json.member("matches") { json in
                            json.array(evidence.matches) { json, span in
                                json.object { json in
                                    json.member("text", span.text)
                                    json.member("start", span.range.lowerBound)
                                    json.member("end", span.range.upperBound)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The JD's path, title and metadata, and the frameworks it was analysed against when it was.
    private static func document(_ jd: JobDescription, frameworks: [String]?, to json: inout JSONStream) {
        json.object { json in
            json.member("path", jd.path)
            json.member("title", jd.title)
            json.member("metadata") { metadata(jd.metadata, to: &$0) }
            if let frameworks { json.member("frameworks") { $0.array(frameworks) } }
        }
    }

    private static func metadata(_ metadata: JobMetadata, to json: inout JSONStream) {
        json.object { json in
            func add(_ key: StaticString, _ value: String?) { if let value { json.member(key, value) } }
            func add(_ key: StaticString, _ date: ReviewDate?) { if date != nil { member(key, date, to: &json) } }
            add("postTitle", metadata.postTitle)
            add("grade", metadata.grade)
            add("responsibleTo", metadata.responsibleTo)
            add("responsibleFor", metadata.responsibleFor)
            add("organisation", metadata.organisation)
            add("lastReviewed", metadata.lastReviewed)
            add("nextReview", metadata.nextReview)
        }
    }

    /// A review date as `{"text", "date"}`, or `null` when there is none.
    private static func member(_ key: StaticString, _ date: ReviewDate?, to json: inout JSONStream) {
        json.member(key) { json in
            guard let date else { return json.null() }
            json.object { json in
                json.member("text", date.text)
                json.member("date", date.date)
            }
        }
    }

    /// The item's own members, shared by the report and `jdalign read --format json`.
    private static func fields(of item: Item, to json: inout JSONStream) {
        json.member("id", item.id)
        json.member("kind", item.kind.rawValue)
        json.member("section", item.section)
        json.member("line", item.line)
        json.member("text", item.text)
        if let criterion = item.criterion {
            json.member("criterion") { json in
                json.object { json in
                    json.member("priority", criterion.priority?.rawValue)
                    json.member("assessment") { $0.array(criterion.assessment) }
                }
            }
        }
    }

    private static func write(_ outcome: DecisionOutcome, to json: inout JSONStream) {
        let decision = outcome.decision
        json.object { json in
            json.member("state", outcome.state.rawValue)
            json.member("action", decision.action.rawValue)
            json.member("standard", decision.standard)
            json.member("item", decision.item)
            json.member("itemID", outcome.itemID)
            json.member("itemText", decision.itemText)
            json.member("reason", decision.reason)
            json.member("decidedBy", decision.decidedBy)
            json.member("date", decision.date)
        }
    }

    private static func write(_ review: ReviewStatus, to json: inout JSONStream) {
        json.object { json in
            json.member("today", review.today)
            member("lastReviewed", review.lastReviewed, to: &json)
            member("nextReview", review.nextReview, to: &json)
            json.member("overdue", review.overdue)
        }
    }

    /// A statement's coverage, keyed by its id in `coverage`; empty lists are left out.
    private static func write(_ coverage: StatementCoverage, to json: inout JSONStream) {
        json.object { json in
            json.member("status", coverage.status.rawValue)
            if !coverage.items.isEmpty { json.member("items") { $0.array(coverage.items) } }
            if !coverage.weakItems.isEmpty { json.member("weakItems") { $0.array(coverage.weakItems) } }
            if let note = coverage.remitNote { json.member("remit", note) }
        }
    }
}
