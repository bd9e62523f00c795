import Foundation

/// The words of a person specification's grid: priority ("Essential", "Desirable") and assessment stage
/// ("Application", "Interview", "References"), which describe a criterion rather than being one.
enum CriterionTerms {
    /// The priority a cell states on its own: "Essential", "Desirable", "E", "D".
    static func priority(_ text: String) -> CriterionAttributes.Priority? {
        switch text.lowercased().trimming(charactersIn: " :.*()") {
        case "essential", "e", "essential criteria": return .essential
        case "desirable", "d", "desirable criteria": return .desirable
        default: return nil
        }
    }

    /// The assessment stages a cell lists ("Application, Interview, Selection Task" → three stages, as written),
    /// or nil when any part of it is not an assessment stage.
    static func assessment(_ text: String) -> [String]? {
        let parts = text.split(whereSeparator: { ",/;&+".contains($0) })
            .flatMap { $0.components(separatedBy: " and ") }
            .map { String($0.trimmingSpaces()) }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty, parts.count <= 8 else { return nil }
        let allStages = parts.allSatisfy { stages.contains($0.lowercased().trimming(charactersIn: " .()")) }
        let allCodes = parts.allSatisfy { stageCodes.contains($0) }
        return allStages || (allCodes && parts.count >= 2) ? parts : nil
    }

    /// Cells that only head a column of the grid: "Essential/Desirable", "Assessment stage", "How assessed".
    static func isColumnTitle(_ text: String) -> Bool {
        let folded = text.lowercased().replacingOccurrences(of: " ", with: "").trimming(charactersIn: ":.*")
        return columnTitles.contains(folded)
    }

    /// Whether the text is a priority, an assessment list or a column title.
    static func isGridTerm(_ text: String) -> Bool {
        priority(text) != nil || assessment(text) != nil || isColumnTitle(text)
    }

    /// Ticks and crosses used in "Essential" and "Desirable" columns.
    static func isTick(_ text: String) -> Bool {
        ["✓", "✔", "x", "X", "✗", "yes", "Yes", "YES", "y", "Y", "•", "√", "*"].contains(text)
    }

    static let stages: Set<String> = [
        "application", "application form", "letter of application", "supporting statement", "personal statement",
        "interview", "interviews", "references", "reference", "selection task", "selection tasks", "task", "tasks",
        "observation", "lesson observation", "presentation", "assessment", "assessment centre", "test", "tests",
        "certificate", "certificates", "certification", "qualification certificates", "cv", "in-tray", "in-tray exercise",
        "in tray exercise", "selection process", "selection day", "portfolio", "dbs", "dbs check", "written task",
        "group task", "data task", "lesson", "teaching observation", "pupil panel", "student panel", "panel",
        "professional discussion", "selection activities", "selection activity", "documentation", "evidence",
    ]

    static let stageCodes: Set<String> = ["A", "I", "R", "T", "O", "P", "S", "AF", "C", "L", "AP", "INT", "REF"]

    static let columnTitles: Set<String> = [
        "essential/desirable", "essentialordesirable", "e/d", "essential/desirable(e/d)", "assessmentstage",
        "assessment", "howassessed", "methodofassessment", "assessmentmethod", "howidentified", "identifiedby",
        "evidence", "evidencedby", "sourceofevidence", "criteria", "whereevidenced", "howevidenced", "stage",
        "methodofassessment(a/i/r)", "assessedby", "essentialcriteria", "desirablecriteria",
    ]
}
