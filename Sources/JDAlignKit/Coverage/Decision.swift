/// A governors' decision about the analysis of one JD, recorded with who made it, when and why.
public struct Decision: Sendable, Equatable {
    /// What was decided.
    public enum Action: String, Sendable, Equatable, Codable, CaseIterable {
        /// The matcher's link is right: it counts, even if it was only weak.
        case accept
        /// The matcher's link is wrong: it does not count.
        case reject
        /// A link the matcher missed: the item does evidence the statement.
        case add
        /// The statement does not apply to this post; it is not a gap.
        case notApplicable = "not-applicable"
    }

    /// What was decided.
    public var action: Action
    /// The qualified statement id.
    public var standard: String
    /// The fingerprint of the item's text (see `ItemFingerprint`); nil for `not-applicable`, which is about the post.
    public var item: String?
    /// The item's text when the decision was made, so a stale decision can be shown to people.
    public var itemText: String?
    /// Why.
    public var reason: String
    /// Who decided (a name or role).
    public var decidedBy: String
    /// When, as an ISO date (`2026-11-23`).
    public var date: String

    /// Creates a decision.
    public init(action: Action, standard: String, item: String? = nil, itemText: String? = nil, reason: String, decidedBy: String, date: String) {
        self.action = action
        self.standard = standard
        self.item = item
        self.itemText = itemText
        self.reason = reason
        self.decidedBy = decidedBy
        self.date = date
    }
}

/// What became of a decision when it was applied to this year's JD.
public struct DecisionOutcome: Sendable, Equatable {
    /// Whether the decision could be applied.
    public enum State: String, Sendable, Equatable, Codable {
        /// The item (or statement) was found and the decision applied.
        case applied
        /// No item has that fingerprint any more: the wording changed, so the decision needs a fresh look.
        case stale
        /// The statement is not in the frameworks analysed.
        case unknownStandard = "unknown-standard"
    }

    /// The decision.
    public var decision: Decision
    /// Whether it applied.
    public var state: State
    /// The id of the item it applied to, when it applied to one.
    public var itemID: String?

    /// Creates an outcome.
    public init(decision: Decision, state: State, itemID: String? = nil) {
        self.decision = decision
        self.state = state
        self.itemID = itemID
    }
}

/// Where a JD stands against its review dates.
public struct ReviewStatus: Sendable, Equatable {
    /// The date the check was made against (`--today`), ISO.
    public var today: String
    /// When the JD was last reviewed, if stated.
    public var lastReviewed: ReviewDate?
    /// When the next review is due, if stated.
    public var nextReview: ReviewDate?
    /// Whether the next review date has passed (or, with no next date, the last review is more than a year old).
    public var overdue: Bool

    /// Creates a review status.
    public init(today: String, lastReviewed: ReviewDate?, nextReview: ReviewDate?, overdue: Bool) {
        self.today = today
        self.lastReviewed = lastReviewed
        self.nextReview = nextReview
        self.overdue = overdue
    }
}
