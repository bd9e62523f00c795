import Foundation

/// What `jdalign tune` proposes, for people to review: the cross-validated figures, each weight it would change with
/// the lines the piece fired on, candidate words, and the framework files with the changes made.
public enum TuneReport {
    /// A change counts when the weight moves by at least this much.
    public static let smallestChange = 0.05

    /// The proposal as text.
    public static func text(lines: Int, documents: Int, validation: [(framework: String, today: Scores, fitted: Scores)],
                            pieces: [WeightTuner.Piece], candidates: [WeightTuner.Candidate]) -> String {
        var text = ["Weights fitted to \(lines) annotated duty and person-spec lines from \(documents) JDs.", "",
                    "Leave one JD out (fitted on the other JDs, scored on the one left out), statement level, line by line:",
                    "  framework        today P / R / F1            fitted P / R / F1"]
        for entry in validation {
            text.append("  " + EvaluationReport.pad(entry.framework, 15) + "  " + triple(entry.today) + "     " + triple(entry.fitted))
        }
        let changes = changed(pieces)
        text += ["", "Proposed weights (|change| ≥ \(EvaluationReport.fixed(smallestChange))), fitted on all the lines; fired right = on a line whose sure links include the statement, wrong = on a line that does not even possibly evidence it:"]
        if changes.isEmpty { text.append("  none") }
        for piece in changes {
            let what = piece.source == .rule ? "rule \"\(piece.patterns[0])\"" : "keywords \"" + piece.patterns.prefix(3).joined(separator: "\", \"") + (piece.patterns.count > 3 ? "\", …" : "\"")
            text.append("  \(piece.standard)  \(what)")
            text.append("      \(EvaluationReport.fixed(piece.weight)) → \(EvaluationReport.fixed(piece.proposed))   fired right \(piece.firedRight), wrong \(piece.firedWrong)")
        }
        text += ["", "Candidate words (in sure lines the knowledge missed, rarely elsewhere); add them as keywords or rules only if they carry the statement's substance:"]
        if candidates.isEmpty { text.append("  none") }
        for candidate in candidates {
            text.append("  \(EvaluationReport.pad(candidate.standard, 20)) \(EvaluationReport.pad("\"" + candidate.words + "\"", 24)) in \(candidate.inMissed) missed lines, \(candidate.elsewhere) elsewhere")
        }
        text += ["", "Nothing was changed. With --write DIR the framework files with these weights are written to DIR, to compare with Standards/ and copy over after review.", ""]
        return text.joined(separator: "\n")
    }

    /// The pieces whose fitted weight differs enough from today's, largest change first.
    public static func changed(_ pieces: [WeightTuner.Piece]) -> [WeightTuner.Piece] {
        pieces.filter { abs($0.proposed - $0.weight) >= smallestChange - 1e-9 }
            .sorted { (abs($0.proposed - $0.weight), $1.standard) > (abs($1.proposed - $1.weight), $0.standard) }
    }

    /// A framework file's text with the weights of `changes` replaced where they are written, and the changes that
    /// could not be placed (the file was written in another layout).
    public static func edited(_ fileText: String, changes: [WeightTuner.Piece]) -> (text: String, unplaced: [WeightTuner.Piece]) {
        var lines = fileText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var unplaced: [WeightTuner.Piece] = []
        for change in changes {
            let id = change.standard.split(separator: ":").last.map(String.init) ?? change.standard
            let pattern = "\"" + escaped(change.patterns[0]) + "\""
            let weight = "\"weight\": " + number(change.weight)
            // The piece's own line, searched for below its statement's id so a term shared by statements is not confused.
            guard let statementLine = lines.firstIndex(where: { $0.contains("\"id\": \"\(id)\"") }),
                  let line = lines[statementLine...].firstIndex(where: { $0.contains(pattern) && $0.contains(weight) })
            else {
                unplaced.append(change)
                continue
            }
            lines[line] = lines[line].replacingFirst(weight, with: "\"weight\": " + number(change.proposed))
        }
        return (lines.joined(separator: "\n"), unplaced)
    }

    private static func triple(_ scores: Scores) -> String {
        [scores.precision, scores.recall, scores.f1].map(EvaluationReport.fixed).joined(separator: " / ")
    }

    /// A weight as the bundled files write it: "0.6", "0.25".
    private static func number(_ value: Double) -> String {
        var text = EvaluationReport.fixed(value)
        while text.hasSuffix("0") { text.removeLast() }
        return text.hasSuffix(".") ? text + "0" : text
    }

    private static func escaped(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }

    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}
