/// What a JD states about the post itself.
public struct JobMetadata: Sendable, Equatable, Codable {
    /// The post title ("Deputy Head Teacher (Relationships, Behaviour and Attendance)").
    public var postTitle: String?
    /// The grade, pay range or salary, as written.
    public var grade: String?
    /// Who the post holder reports to.
    public var responsibleTo: String?
    /// Whom the post holder manages.
    public var responsibleFor: String?
    /// The school, trust or other organisation, when stated.
    public var organisation: String?
    /// When the JD was last reviewed.
    public var lastReviewed: ReviewDate?
    /// When the JD is next due for review.
    public var nextReview: ReviewDate?

    /// Creates metadata; every field is optional.
    public init(postTitle: String? = nil, grade: String? = nil, responsibleTo: String? = nil, responsibleFor: String? = nil,
                organisation: String? = nil, lastReviewed: ReviewDate? = nil, nextReview: ReviewDate? = nil) {
        self.postTitle = postTitle
        self.grade = grade
        self.responsibleTo = responsibleTo
        self.responsibleFor = responsibleFor
        self.organisation = organisation
        self.lastReviewed = lastReviewed
        self.nextReview = nextReview
    }
}

/// A review date as written in the JD, with the calendar date when it parses.
public struct ReviewDate: Sendable, Equatable, Codable {
    /// The text as written ("September 2024", "01/09/2025").
    public var text: String
    /// The ISO 8601 date (`2025-09-01`) when the text parses; a month alone gives its first day.
    public var date: String?

    /// Creates a review date.
    public init(text: String, date: String? = nil) {
        self.text = text
        self.date = date
    }
}
