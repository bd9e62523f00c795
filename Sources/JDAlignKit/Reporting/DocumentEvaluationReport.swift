/// Renders whole-document evaluations and their cross-validation, for people and for machines.
extension EvaluationReport {
    /// Segmentation per layout, then the matching figures.
    public static func text(_ evaluation: DocumentEvaluation) -> String {
        let lines = evaluation.matching.lineCount
        var text = ["End to end: \(evaluation.matching.documentCount) JDs analysed whole, \(lines) gold duty and person-spec lines"
                    + (evaluation.disputedLines > 0 ? " (\(evaluation.disputedLines) lines' kind disputed by the annotators)" : ""), ""]
        text.append("  segmentation        duty recall  precision   person-spec recall  precision   JDs")
        for group in evaluation.segmentation {
            text.append("  " + pad(group.group, 18) + [group.duty.recall, group.duty.precision].map { pad(fixed($0), 11, left: true) }.joined()
                        + "  " + [group.personSpec.recall, group.personSpec.precision].map { pad(fixed($0), 11, left: true) }.joined()
                        + pad(String(group.documents), 9, left: true))
        }
        if let all = evaluation.segmentation.first, !all.misreadAs.isEmpty {
            let misread = all.misreadAs.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
            text.append("  gold duties and criteria read as something else: " + misread.joined(separator: ", "))
        }
        text.append("")
        return text.joined(separator: "\n") + "\n" + self.text(evaluation.matching)
    }

    /// The same figures as JSON.
    public static func json(_ evaluation: DocumentEvaluation) -> JSONValue {
        .object([
            ("segmentation", .array(evaluation.segmentation.map { group in
                .object([
                    ("group", .string(group.group)),
                    ("documents", .number(Double(group.documents))),
                    ("duty", kindScores(group.duty)),
                    ("personSpec", kindScores(group.personSpec)),
                    ("misreadAs", .object(group.misreadAs.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })),
                ])
            })),
            ("disputedLines", .number(Double(evaluation.disputedLines))),
            ("matching", json(evaluation.matching)),
        ])
    }

    /// The thresholds each fold chose, then the held-out figures.
    public static func text(_ validation: ThresholdCrossValidation) -> String {
        var text = ["Leave one JD out: each JD scored at linked thresholds fitted (best statement F1) on the other JDs"]
        for (framework, chosen) in validation.chosen {
            let sorted = chosen.sorted()
            guard let low = sorted.first, let high = sorted.last else { continue }
            text.append("  \(framework): thresholds chosen \(fixed(low))–\(fixed(high)), median \(fixed(sorted[sorted.count / 2]))")
        }
        text.append("")
        return text.joined(separator: "\n") + "\n" + self.text(validation.heldOut)
    }

    /// The same as JSON.
    public static func json(_ validation: ThresholdCrossValidation) -> JSONValue {
        .object([
            ("chosenThresholds", .array(validation.chosen.map { entry in
                .object([("framework", .string(entry.frameworkID)), ("thresholds", .array(entry.thresholds.map(JSONValue.number)))])
            })),
            ("heldOut", json(validation.heldOut)),
        ])
    }

    private static func kindScores(_ scores: DocumentEvaluation.KindScores) -> JSONValue {
        .object([
            ("recall", .number(scores.recall)), ("precision", .number(scores.precision)),
            ("goldLines", .number(Double(scores.goldLines))), ("found", .number(Double(scores.found))),
            ("items", .number(Double(scores.items))), ("correctItems", .number(Double(scores.correctItems))),
        ])
    }
}
