/// A decisions file for governors to complete: the decisions already made, then every weak link waiting for one.
///
/// Each waiting link is written with the action `"review"`, which the decisions reader refuses with a
/// message saying what to do. A starter that pre-filled `"accept"` would be easier to produce but could be
/// saved unread, and every weak link would then count without anyone having looked at it; a placeholder
/// that cannot be loaded makes sure each line gets a human decision (or is deleted, leaving the link weak).
/// The reason, decidedBy and date fields are written empty for the same reason: the reader rejects blanks.
public enum StarterDecisions {
    /// The starter file for `analysis` as JSON.
    ///
    /// Decisions already recorded in the analysis come first, unchanged (stale ones too, so nothing is lost),
    /// followed by one placeholder per weak link, in catalogue order and then document order.
    public static func json(for analysis: Analysis) -> JSONValue {
        var entries = analysis.decisions.map { DecisionsFile.json($0.decision) }
        let items = Dictionary(analysis.jobDescription.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for coverage in analysis.coverage where coverage.status != .notApplicable {
            for itemID in coverage.weakItems {
                guard let item = items[itemID] else { continue }
                entries.append(.object([
                    ("action", .string(DecisionsFile.placeholderAction)),
                    ("standard", .string(coverage.standard)),
                    ("item", .string(ItemFingerprint.of(item.text))),
                    ("itemText", .string(item.text)),
                    ("reason", .string("")),
                    ("decidedBy", .string("")),
                    ("date", .string("")),
                ]))
            }
        }
        return .object([("jd", .string(fileName(of: analysis.jobDescription.path))), ("decisions", .array(entries))])
    }

    /// The starter file for `analysis` as indented JSON text, ending with a line break.
    public static func text(for analysis: Analysis) -> String {
        JSONWriter.write(json(for: analysis), style: .pretty) + "\n"
    }

    /// The file name alone, so the decisions file still reads right after the folders are moved.
    private static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
