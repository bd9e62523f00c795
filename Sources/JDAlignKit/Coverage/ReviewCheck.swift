/// Checks a JD's review dates against today.
///
/// The JD is overdue when its next review date has passed, or, when it states no next date, when its last
/// review was more than twelve months before today. A stated next date wins over an old last-reviewed date:
/// the governing body set it. A JD with no readable dates gets a status that is not overdue, with
/// `ReviewStatus.finding` saying so, because "not stated" is itself worth telling governors.
public enum ReviewCheck {
    /// How long a JD may go unreviewed when it gives no next review date.
    public static let reviewIntervalMonths = 12

    /// The review status of a JD with `metadata`, checked on `today`.
    public static func status(of metadata: JobMetadata, today: CalendarDate) -> ReviewStatus {
        let finding = finding(lastReviewed: metadata.lastReviewed, nextReview: metadata.nextReview, today: today)
        return ReviewStatus(today: today.iso, lastReviewed: metadata.lastReviewed, nextReview: metadata.nextReview,
                            overdue: finding == .nextReviewPassed || finding == .lastReviewTooOld)
    }

    static func finding(lastReviewed: ReviewDate?, nextReview: ReviewDate?, today: CalendarDate) -> ReviewStatus.Finding {
        let next = nextReview?.date.flatMap(CalendarDate.init(iso:))
        let last = lastReviewed?.date.flatMap(CalendarDate.init(iso:))
        if let next { return next < today ? .nextReviewPassed : .upToDate }
        if let last { return last.adding(months: reviewIntervalMonths) < today ? .lastReviewTooOld : .upToDate }
        return lastReviewed == nil && nextReview == nil ? .noDates : .unreadableDates
    }
}

extension ReviewStatus {
    /// Why the JD is or is not overdue.
    public enum Finding: String, Sendable, Equatable, CaseIterable {
        /// The next review date is before today.
        case nextReviewPassed = "next-review-passed"
        /// No next review date, and the last review was more than twelve months ago.
        case lastReviewTooOld = "last-review-too-old"
        /// The next review date is today or later, or the last review was within twelve months.
        case upToDate = "up-to-date"
        /// The JD states review dates, but none could be read as a calendar date.
        case unreadableDates = "unreadable-dates"
        /// The JD states no review dates at all.
        case noDates = "no-dates"
    }

    /// Why the JD is or is not overdue, worked out from the dates and `today` (a `today` that is not an ISO date gives `unreadableDates`).
    public var finding: Finding {
        guard let today = CalendarDate(iso: today) else { return .unreadableDates }
        return ReviewCheck.finding(lastReviewed: lastReviewed, nextReview: nextReview, today: today)
    }

    /// One sentence for governors, in British English.
    public var summary: String {
        switch finding {
        case .nextReviewPassed: "Review overdue: the next review was due \(nextReview?.text ?? "") and today is \(today)."
        case .lastReviewTooOld: "Review overdue: last reviewed \(lastReviewed?.text ?? ""), more than \(ReviewCheck.reviewIntervalMonths) months before \(today), and no next review date is stated."
        case .upToDate: nextReview.map { "Review up to date: next review due \($0.text)." } ?? "Review up to date: last reviewed \(lastReviewed?.text ?? "")."
        case .unreadableDates: "Review dates stated but not readable as dates; check them by hand."
        case .noDates: "The JD states no review dates; consider adding last-reviewed and next-review dates."
        }
    }
}
