/// Renders a `RevisionDiff` for the terminal, as Markdown for governors' papers, or as JSON for other tools.
public enum RevisionDiffReport {
    /// Plain text for the terminal.
    public static func text(_ diff: RevisionDiff) -> String {
        var lines = ["Changes from \(diff.oldPath) to \(diff.newPath)"]
        if diff.isEmpty {
            lines.append("No changes to items, coverage or decisions (\(diff.unchangedCount) items unchanged).")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("\(diff.added.count) added, \(diff.removed.count) removed, \(diff.reworded.count) reworded, \(diff.unchangedCount) unchanged")
        section("Added", diff.added, into: &lines) { "  + \(label($0))" }
        section("Removed", diff.removed, into: &lines) { "  - \(label($0))" }
        section("Reworded", diff.reworded, into: &lines) { rewording in
            "  ~ line \(rewording.old.line) → \(rewording.new.line) (\(percent(rewording.similarity)) alike)\n      was: \(rewording.old.text)\n      now: \(rewording.new.text)"
        }
        for direction in RevisionDiff.StatementChange.Direction.allCases {
            let changes = diff.statementChanges.filter { $0.direction == direction }
            section("Statements \(direction.rawValue)", changes, into: &lines) { "  \($0.standard)  \($0.old.rawValue) → \($0.new.rawValue)  \($0.text)" }
        }
        section("Decisions now stale", diff.staleDecisions, into: &lines) { stale in
            var text = "  \(stale.decision.action.rawValue) \(stale.decision.standard): \(stale.decision.itemText ?? stale.decision.item ?? "")"
            if let item = stale.rewordedAs { text += "\n      reworded as line \(item.line): \(item.text) (fingerprint \(ItemFingerprint.of(item.text)))" }
            return text
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown for the governors' papers.
    public static func markdown(_ diff: RevisionDiff) -> String {
        var lines = ["# Changes to the job description", "", "From `\(diff.oldPath)` to `\(diff.newPath)`.", ""]
        if diff.isEmpty {
            lines.append("No changes to items, coverage or decisions (\(diff.unchangedCount) items unchanged).")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("\(diff.added.count) added, \(diff.removed.count) removed, \(diff.reworded.count) reworded, \(diff.unchangedCount) unchanged.")
        markdownSection("Added", diff.added, into: &lines) { "- \(escape(label($0)))" }
        markdownSection("Removed", diff.removed, into: &lines) { "- \(escape(label($0)))" }
        markdownSection("Reworded", diff.reworded, into: &lines) { rewording in
            "- Line \(rewording.new.line) (\(percent(rewording.similarity)) alike)\n  - Was: \(escape(rewording.old.text))\n  - Now: \(escape(rewording.new.text))"
        }
        if !diff.statementChanges.isEmpty {
            lines += ["", "## Coverage changes", "", "| Statement | Was | Now | Change |", "|---|---|---|---|"]
            lines += diff.statementChanges.map { change in
                "| \(change.standard) \(escape(change.text)) | \(change.old.rawValue) | \(change.new.rawValue) | \(change.direction.rawValue) |"
            }
        }
        markdownSection("Decisions now stale", diff.staleDecisions, into: &lines) { stale in
            var text = "- **\(stale.decision.action.rawValue)** \(stale.decision.standard): \(escape(stale.decision.itemText ?? stale.decision.item ?? "")) (\(escape(stale.decision.decidedBy)), \(stale.decision.date))"
            if let item = stale.rewordedAs { text += "\n  - Reworded as: \(escape(item.text)) (fingerprint `\(ItemFingerprint.of(item.text))`)" }
            return text
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The diff as one JSON object.
    public static func json(_ diff: RevisionDiff) -> JSONValue {
        .object([
            ("old", .string(diff.oldPath)),
            ("new", .string(diff.newPath)),
            ("unchanged", .number(Double(diff.unchangedCount))),
            ("added", .array(diff.added.map(item))),
            ("removed", .array(diff.removed.map(item))),
            ("reworded", .array(diff.reworded.map { rewording in
                .object([("old", item(rewording.old)), ("new", item(rewording.new)), ("similarity", .number(rewording.similarity))])
            })),
            ("statements", .array(diff.statementChanges.map { change in
                .object([("standard", .string(change.standard)), ("old", .string(change.old.rawValue)), ("new", .string(change.new.rawValue)),
                         ("change", .string(change.direction.rawValue))])
            })),
            ("staleDecisions", .array(diff.staleDecisions.map { stale in
                .object([("decision", DecisionsFile.json(stale.decision)), ("rewordedAs", stale.rewordedAs.map(item) ?? .null)])
            })),
        ])
    }

    private static func item(_ item: Item) -> JSONValue {
        .object([("id", .string(item.id)), ("kind", .string(item.kind.rawValue)), ("line", .number(Double(item.line))),
                 ("text", .string(item.text)), ("fingerprint", .string(ItemFingerprint.of(item.text)))])
    }

    private static func label(_ item: Item) -> String {
        "line \(item.line)\(item.kind == .personSpec ? " (person specification)" : ""): \(item.text)"
    }

    private static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }

    private static func section<T>(_ title: String, _ entries: [T], into lines: inout [String], _ line: (T) -> String) {
        guard !entries.isEmpty else { return }
        lines += ["", "\(title):"] + entries.map(line)
    }

    private static func markdownSection<T>(_ title: String, _ entries: [T], into lines: inout [String], _ line: (T) -> String) {
        guard !entries.isEmpty else { return }
        lines += ["", "## \(title)", ""] + entries.map(line)
    }

    /// Text with the characters Markdown would read as formatting escaped, so a duty's asterisks or pipes print as written.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
