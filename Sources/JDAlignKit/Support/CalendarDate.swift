/// A day of the Gregorian calendar, read from and written as ISO 8601 (`2026-11-20`).
///
/// Decisions and review dates are whole days with no time zone; comparing them as
/// `Foundation.Date` would bring the machine's time zone into a question that has none.
public struct CalendarDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// The year, four digits.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31 as the month allows.
    public var day: Int

    /// A date from its parts, which the caller vouches for (a calendar's own components).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date from `YYYY-MM-DD`; nil when the text is not in that form or names a day that does not exist (`2026-02-30`).
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String { iso }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The same day `months` months later (or earlier, when negative); the 31st becomes the month's last day when it has fewer.
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        var date = self
        date.year = newYear
        date.month = newMonth
        date.day = min(day, Self.days(inMonth: newMonth, year: newYear))
        return date
    }

    /// Earlier days sort first.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
