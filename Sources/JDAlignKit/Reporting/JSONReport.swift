/// The JSON contract other tools read: document, items with links, coverage, gaps, decisions and review status.
///
/// Keep it stable: fields may be added, never renamed or removed. The report is written straight into a
/// `JSONStream`, member by member, because a batch writes one for every JD.
public enum JSONReport {
    /// The analysis as JSON: on one line in the compact style (a file for other tools, or a JSON Lines record).
    public static func bytes(of analysis: Analysis, style: JSONWriter.Style = .compact) -> [UInt8] {
        // About 2 KB an item once links and evidence are in: reserving it spares regrowing a 170 KB buffer.
        var json = JSONStream(style: style, capacity: 1024 + analysis.jobDescription.items.count * 2048)
        write(analysis, to: &json)
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
                json.array(jobDescription.items) { json, item in write(item, links: nil, to: &json) }
            }
        }
        return json.bytes
    }

    /// Writes the analysis as one JSON object.
    public static func write(_ analysis: Analysis, to json: inout JSONStream) {
        let jd = analysis.jobDescription
        json.object { json in
            json.member("document") { document(jd, frameworks: analysis.frameworkIDs, to: &$0) }
            json.member("items") { json in
                json.array(jd.items) { json, item in write(item, links: analysis.links[item.id] ?? [], to: &json) }
            }
            json.member("coverage") { json in json.array(analysis.coverage) { json, coverage in write(coverage, to: &json) } }
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
    }

    /// Writes one link as it appears in an item's `links` (and in `classify` output).
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

    private static func write(_ item: Item, links: [Link]?, to json: inout JSONStream) {
        json.object { json in
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
            if let links {
                json.member("links") { json in json.array(links) { json, link in write(link, to: &json) } }
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

    private static func write(_ coverage: StatementCoverage, to json: inout JSONStream) {
        json.object { json in
            json.member("standard", coverage.standard)
            json.member("status", coverage.status.rawValue)
            json.member("items") { $0.array(coverage.items) }
            json.member("weakItems") { $0.array(coverage.weakItems) }
            if let note = coverage.remitNote { json.member("remit", note) }
        }
    }
}
