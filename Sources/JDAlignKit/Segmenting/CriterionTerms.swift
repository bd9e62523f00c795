import Foundation

/// The words of a person specification's grid: priority ("Essential", "Desirable") and assessment stage
/// ("Application", "Interview", "References"), which describe a criterion rather than being one.
enum CriterionTerms {
    /// The priority a cell states on its own: "Essential", "Desirable", "E", "D".
    static func priority(_ text: String) -> CriterionAttributes.Priority? {
        // Every line is asked; a line with more letters than "desirable criteria" cannot be a priority.
        guard !text.hasMoreASCII(than: 18, ignoring: priorityPunctuation) else { return nil }
        switch text.lowercased().trimming(charactersIn: " :.*()") {
        case "essential", "e", "essential criteria": return .essential
        case "desirable", "d", "desirable criteria": return .desirable
        default: return nil
        }
    }

    private static let priorityPunctuation = ASCIIByteSet(" :.*()")

    /// The assessment stages a cell lists ("Application, Interview, Selection Task" → three stages, as written),
    /// or nil when any part of it is not an assessment stage.
    static func assessment(_ text: String) -> [String]? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiAssessment(text) }
        let parts = text.split(whereSeparator: { ",/;&+".contains($0) })
            .flatMap { $0.components(separatedBy: " and ") }
            .map { String($0.trimmingSpaces()) }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty, parts.count <= 8 else { return nil }
        let allStages = parts.allSatisfy(isStage)
        let allCodes = parts.allSatisfy { stageCodes.contains($0) }
        return allStages || (allCodes && parts.count >= 2) ? parts : nil
    }

    /// `assessment` for ASCII text, where characters are bytes: the same parts, found part by part, giving up at the
    /// first part that is neither a stage nor a code, since nearly every line asked is a duty or a criterion.
    private static func asciiAssessment(_ text: String) -> [String]? {
        // Stages and codes are letters, spaces and hyphens; any other byte but a separator or trimmed punctuation
        // makes its part neither.
        guard text.utf8.allSatisfy(isAssessmentByte) else { return nil }
        var parts: [String] = []
        var allStages = true
        var allCodes = true
        for piece in text.utf8.split(whereSeparator: isSeparatorByte) {
            for part in piecesBetweenAnds(piece) {
                let trimmed = String(Substring(part).trimmingSpacesKeepingTabs())
                guard !trimmed.isEmpty else { continue }
                parts.append(trimmed)
                allStages = allStages && isStage(trimmed)
                allCodes = allCodes && stageCodes.contains(trimmed)
                guard allStages || allCodes, parts.count <= 8 else { return nil }
            }
        }
        guard !parts.isEmpty else { return nil }
        return allStages || (allCodes && parts.count >= 2) ? parts : nil
    }

    /// The piece cut at each " and ", left to right, as `components(separatedBy: " and ")` cuts ASCII text.
    private static func piecesBetweenAnds(_ piece: Substring.UTF8View) -> [Substring.UTF8View] {
        let and = Array(" and ".utf8)
        var pieces: [Substring.UTF8View] = []
        var start = piece.startIndex
        var index = piece.startIndex
        while index < piece.endIndex {
            if piece[index...].starts(with: and) {
                pieces.append(piece[start..<index])
                index = piece.index(index, offsetBy: and.count)
                start = index
            } else {
                index = piece.index(after: index)
            }
        }
        pieces.append(piece[start...])
        return pieces
    }

    private static func isSeparatorByte(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x2F || byte == 0x3B || byte == 0x26 || byte == 0x2B
    }

    private static func isAssessmentByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x20, 0x09, 0x2D, 0x2E, 0x28, 0x29: return true
        default: return isSeparatorByte(byte)
        }
    }

    private static func isStage(_ part: String) -> Bool {
        stages.contains(part.lowercased().trimming(charactersIn: " .()"))
    }

    /// Cells that only head a column of the grid: "Essential/Desirable", "Assessment stage", "How assessed".
    static func isColumnTitle(_ text: String) -> Bool {
        guard !text.hasMoreASCII(than: longestColumnTitle, ignoring: columnTitlePunctuation) else { return false }
        let folded = text.lowercased().replacingOccurrences(of: " ", with: "").trimming(charactersIn: ":.*")
        return columnTitles.contains(folded)
    }

    private static let columnTitlePunctuation = ASCIIByteSet(" :.*")
    private static let longestColumnTitle = columnTitles.map(\.unicodeScalars.count).max() ?? 0

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
        "methodofassessment(a/i/r)", "assessedby", "essentialcriteria", "desirablecriteria", "criterion", "requirement",
        "requirements", "area", "category", "attributes",
    ]
}
