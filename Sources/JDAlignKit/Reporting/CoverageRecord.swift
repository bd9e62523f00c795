/// One JD's coverage as one compact JSON Lines record, for `jdalign analyse --format summary`: a study of thousands
/// of JDs reads these instead of a report per JD.
///
/// ```json
/// {"file":"north/deputy.docx","postTitle":"Deputy Headteacher","role":"deputy-head",
///  "frameworks":{"hs2020-exec":{"covered":["hs2020-exec:1.1"],"weak":["hs2020-exec:2.3"],"gaps":["hs2020-exec:6.2"],
///  "counts":{"covered":1,"weak":1,"gaps":1,"notApplicable":0,"outsideRemit":0}}}}
/// ```
///
/// A JD that could not be analysed gets `{"file", "failure"}`, so there is one record for every JD of the batch.
public enum CoverageRecord {
    /// The record of an analysed JD, without the line break.
    public static func bytes(of analysis: Analysis) -> [UInt8] {
        var json = JSONStream(capacity: 2048)
        json.object { json in
            json.member("file", analysis.jobDescription.path)
            json.member("postTitle", analysis.jobDescription.title)
            json.member("role", analysis.role?.profile.id)
            json.member("frameworks") { json in
                json.object { json in
                    for framework in analysis.frameworkIDs {
                        let prefix = framework + ":"
                        let coverage = analysis.coverage.filter { $0.standard.hasPrefix(prefix) }
                        json.key(framework)
                        write(coverage, to: &json)
                    }
                }
            }
        }
        return json.bytes
    }

    /// The record of a JD that could not be analysed, and why.
    public static func bytes(ofFailure path: String, reason: String) -> [UInt8] {
        var json = JSONStream(capacity: 256)
        json.object { json in
            json.member("file", path)
            json.member("failure", reason)
        }
        return json.bytes
    }

    /// One framework's covered, weak and gap statements and the count of every status.
    private static func write(_ coverage: [StatementCoverage], to json: inout JSONStream) {
        func ids(_ status: CoverageStatus) -> [String] { coverage.filter { $0.status == status }.map(\.standard) }
        var tally = CoverageTally()
        for statement in coverage { tally.add(statement.status) }
        json.object { json in
            json.member("covered") { $0.array(ids(.covered)) }
            json.member("weak") { $0.array(ids(.weak)) }
            json.member("gaps") { $0.array(ids(.uncovered)) }
            json.member("counts") { json in
                json.object { json in tally.appendCounts(to: &json) }
            }
        }
    }
}

extension CoverageTally {
    /// The counts by status as JSON members, named as every report names them ("gaps" for uncovered).
    func appendCounts(to json: inout JSONStream) {
        json.member("covered", covered)
        json.member("weak", weak)
        json.member("gaps", uncovered)
        json.member("notApplicable", notApplicable)
        json.member("outsideRemit", outsideRemit)
    }
}
