import Testing
import JDAlignKit

@Suite("Review dates")
struct ReviewCheckTests {
    let today = CalendarDate(iso: "2026-11-20")!

    func status(last: ReviewDate? = nil, next: ReviewDate? = nil) -> ReviewStatus {
        ReviewCheck.status(of: JobMetadata(lastReviewed: last, nextReview: next), today: today)
    }

    @Test("a next review date before today is overdue, today or later is not")
    func nextReviewDate() {
        let passed = status(next: ReviewDate(text: "September 2026", date: "2026-09-01"))
        #expect(passed.overdue)
        #expect(passed.finding == .nextReviewPassed)
        #expect(passed.today == "2026-11-20")
        #expect(!status(next: ReviewDate(text: "20/11/2026", date: "2026-11-20")).overdue)
        #expect(!status(next: ReviewDate(text: "September 2027", date: "2027-09-01")).overdue)
    }

    @Test("a future next date wins over an old last review")
    func nextDateWins() {
        let result = status(last: ReviewDate(text: "2023", date: "2023-01-01"), next: ReviewDate(text: "2027", date: "2027-01-01"))
        #expect(!result.overdue)
        #expect(result.finding == .upToDate)
    }

    @Test("without a next date, a last review more than twelve months ago is overdue")
    func lastReviewOnly() {
        #expect(status(last: ReviewDate(text: "19 November 2025", date: "2025-11-19")).overdue)
        #expect(status(last: ReviewDate(text: "19 November 2025", date: "2025-11-19")).finding == .lastReviewTooOld)
        #expect(!status(last: ReviewDate(text: "20 November 2025", date: "2025-11-20")).overdue)
        #expect(!status(last: ReviewDate(text: "March 2026", date: "2026-03-01")).overdue)
    }

    @Test("no dates, or dates that do not parse, are not overdue and say why")
    func noDates() {
        let none = status()
        #expect(!none.overdue)
        #expect(none.finding == .noDates)
        #expect(none.summary.contains("no review dates"))
        let unreadable = status(last: ReviewDate(text: "Autumn term"))
        #expect(!unreadable.overdue)
        #expect(unreadable.finding == .unreadableDates)
    }

    @Test("calendar dates reject impossible days and add months at month ends")
    func calendarDates() {
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2028-02-29") != nil)
        #expect(CalendarDate(iso: "2026-13-01") == nil)
        #expect(CalendarDate(iso: "26-11-20") == nil)
        #expect(CalendarDate(iso: "2027-01-31")?.adding(months: 1).iso == "2027-02-28")
        #expect(CalendarDate(iso: "2026-11-20")?.adding(months: -12).iso == "2025-11-20")
    }
}
