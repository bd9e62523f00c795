/// Renders an `Evaluation` for people (a text table) and for machines (JSON).
public enum EvaluationReport {
    /// Fixed-width tables, one block per framework.
    public static func text(_ evaluation: Evaluation) -> String {
        var lines = ["\(evaluation.lineCount) duty and person-spec lines from \(evaluation.documentCount) gold files", ""]
        for result in evaluation.frameworks {
            lines.append("\(result.frameworkID)")
            lines.append("  level            precision  recall     F1")
            lines.append(row("statement", result.statements))
            lines.append(row("area", result.areas))
            lines.append(row("JD coverage", result.coverage))
            lines.append("")
            lines.append("  per area         precision  recall     F1   (statement level)")
            lines += result.perArea.map { row($0.area, $0.scores) }
            lines.append("")
            lines.append("  statement            fires  right  wrong  missed  never fired")
            for summary in result.perStatement {
                let never = summary.neverFired.isEmpty ? "" : summary.neverFired.joined(separator: " | ")
                lines.append("  " + pad(summary.standard, 20) + " " + [summary.fires, summary.correct, summary.wrong, summary.missed]
                    .map { pad(String($0), 6, left: true) }.joined(separator: " ") + "  " + never)
            }
            lines.append("")
            let telling = result.perPattern.filter { $0.wrong > 0 }.prefix(patternRows)
            if !telling.isEmpty {
                lines.append("  knowledge most often wrong (right / wrong on the linked lines it took part in; all of it in the JSON)")
                for summary in telling {
                    lines.append("  " + pad(summary.standard, 20) + " " + pad("\(summary.correct) / \(summary.wrong)", 9) + " " + summary.pattern)
                }
                lines.append("")
            }
            lines += barRows(result.coverageBars)
        }
        return lines.joined(separator: "\n")
    }

    /// Statements whose lone-duty coverage was sometimes wrong, least trustworthy first, and every bar the
    /// evidence would change.
    private static func barRows(_ bars: [CoverageBarEvidence]) -> [String] {
        let shown = bars.filter { $0.loneWrong > 0 || $0.proposedBar != $0.bar }
            .sorted { ($0.proposedBar != $0.bar ? 0 : 1, $0.lonePrecision, $0.standard) < ($1.proposedBar != $1.bar ? 0 : 1, $1.lonePrecision, $1.standard) }
            .prefix(barRowCount)
        guard !shown.isEmpty else { return [] }
        var lines = ["  coverage by one duty (JDs right / wrong), by several, and the bar: coverageLines now -> supported"]
        for bar in shown {
            let change = bar.proposedBar == bar.bar ? "\(bar.bar)" : "\(bar.bar) -> \(bar.proposedBar)"
            lines.append("  " + pad(bar.standard, 20) + " " + pad("\(bar.loneRight) / \(bar.loneWrong)", 9) + " "
                + pad("\(bar.severalRight) / \(bar.severalWrong)", 9) + " " + change)
        }
        return lines + [""]
    }

    /// Rows of the coverage-bar table in the text report.
    static let barRowCount = 12

    /// Rows of the per-pattern table in the text report.
    static let patternRows = 25

    /// The same figures as JSON.
    public static func json(_ evaluation: Evaluation) -> JSONValue {
        .object([
            ("lines", .number(Double(evaluation.lineCount))),
            ("documents", .number(Double(evaluation.documentCount))),
            ("frameworks", .array(evaluation.frameworks.map { result in
                .object([
                    ("framework", .string(result.frameworkID)),
                    ("statement", scores(result.statements)),
                    ("area", scores(result.areas)),
                    ("coverage", scores(result.coverage)),
                    ("perArea", .array(result.perArea.map { .object([("area", .string($0.area)), ("scores", scores($0.scores))]) })),
                    ("perPattern", .array(result.perPattern.map { summary in
                        .object([
                            ("standard", .string(summary.standard)), ("pattern", .string(summary.pattern)),
                            ("fires", .number(Double(summary.fires))), ("correct", .number(Double(summary.correct))),
                            ("wrong", .number(Double(summary.wrong))),
                        ])
                    })),
                    ("coverageBars", .array(result.coverageBars.map { bar in
                        .object([
                            ("standard", .string(bar.standard)), ("coverageLines", .number(Double(bar.bar))),
                            ("loneRight", .number(Double(bar.loneRight))), ("loneWrong", .number(Double(bar.loneWrong))),
                            ("severalRight", .number(Double(bar.severalRight))), ("severalWrong", .number(Double(bar.severalWrong))),
                            ("supportedCoverageLines", .number(Double(bar.proposedBar))),
                        ])
                    })),
                    ("perStatement", .array(result.perStatement.map { summary in
                        .object([
                            ("standard", .string(summary.standard)),
                            ("fires", .number(Double(summary.fires))),
                            ("correct", .number(Double(summary.correct))),
                            ("wrong", .number(Double(summary.wrong))),
                            ("missed", .number(Double(summary.missed))),
                            ("neverFired", .array(summary.neverFired.map(JSONValue.string))),
                        ])
                    })),
                ])
            })),
        ])
    }

    private static func scores(_ scores: Scores) -> JSONValue {
        .object([
            ("precision", .number(scores.precision)), ("recall", .number(scores.recall)), ("f1", .number(scores.f1)),
            ("predicted", .number(Double(scores.predicted))), ("correct", .number(Double(scores.correct))),
            ("expected", .number(Double(scores.expected))), ("found", .number(Double(scores.found))),
        ])
    }

    private static func row(_ name: String, _ scores: Scores) -> String {
        "  " + pad(name, 16) + " " + [scores.precision, scores.recall, scores.f1].map { pad(fixed($0), 9, left: true) }.joined(separator: "  ")
    }

    static func fixed(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return "\(thousandths / 1000).\(String(thousandths % 1000 + 1000).dropFirst())"
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
