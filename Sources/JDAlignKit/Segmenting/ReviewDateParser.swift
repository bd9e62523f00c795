/// Reads the review dates JDs state, in the forms English schools write them, into ISO 8601 dates.
///
/// Numeric dates are read day first (01/09/2025 is 1 September), as in the UK; a month and year alone give the
/// first of the month. Anything else (a term, "annually") gives nil and the text is kept as written.
enum ReviewDateParser {
    /// The ISO date (`2025-09-01`) for `text`, or nil when it is not a date.
    static func isoDate(_ text: String) -> String? {
        let cleaned = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        let tokens = String(cleaned).split(separator: " ").map(String.init)
        if let numeric = numericDate(text) { return numeric }
        var day: Int?
        var month: Int?
        var year: Int?
        for token in tokens {
            if let value = monthNumber(token) {
                guard month == nil else { return nil }
                month = value
            } else if let value = Int(token), token.count == 4 {
                guard year == nil else { return nil }
                year = value
            } else if let value = ordinalDay(token) {
                guard day == nil else { return nil }
                day = value
            } else if !fillerWords.contains(token) {
                return nil
            }
        }
        guard let month, let year else { return nil }
        return iso(year: year, month: month, day: day ?? 1)
    }

    /// "01/09/2025", "1.9.25", "01-09-2025" (day first) and "2025-09-01" (ISO).
    private static func numericDate(_ text: String) -> String? {
        let trimmed = text.trimming(charactersIn: " .,")
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "/.-".contains($0)) }) else { return nil }
        let parts = trimmed.split(whereSeparator: { "/.-".contains($0) }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        if parts[0] > 999 { return iso(year: parts[0], month: parts[1], day: parts[2]) }
        let year = parts[2] < 100 ? 2000 + parts[2] : parts[2]
        return iso(year: year, month: parts[1], day: parts[0])
    }

    private static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1900...2199).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return nil
        }
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "1", "01", "1st", "22nd", "3rd", "15th".
    private static func ordinalDay(_ token: String) -> Int? {
        let digits = token.prefix { $0.isNumber }
        let suffix = token.dropFirst(digits.count)
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix), let day = Int(digits) else {
            return nil
        }
        return day
    }

    /// Whether the text names a day: a month ("2 June", "June 2025") or a weekday, as a detail's value does
    /// ("Interviews: week beginning 2 June"), where a title's words ("How to apply: 3 simple steps") do not.
    static func namesADay(_ text: Substring) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).contains { word in
            let token = word.lowercased()
            return weekdays.contains(token) || monthNames.contains(token) || monthAbbreviations.contains(token)
        }
    }

    /// Whether a lower-cased word is a day of the week ("tuesday").
    static func isWeekday(_ word: String) -> Bool { weekdays.contains(word) }

    /// Whether a lower-cased word is a month's name, whole or abbreviated ("march", "sept").
    static func isMonthName(_ word: String) -> Bool { monthNames.contains(word) || monthAbbreviations.contains(word) }

    private static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static func monthNumber(_ token: String) -> Int? {
        guard token.count >= 3 else { return nil }
        for (index, name) in monthNames.enumerated() where name.hasPrefix(token) || (token.hasPrefix(name.prefix(3)) && token.count <= 4) {
            return index + 1
        }
        return nil
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    private static let fillerWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("dateFillerWords"))
}
