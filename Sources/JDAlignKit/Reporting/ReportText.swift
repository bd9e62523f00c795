import Foundation

/// Wording and text handling every report format shares, so the formats say the same thing the same way.
enum ReportText {
    /// The word people read for a status; "Gap" rather than "uncovered" because that is what governors act on.
    static func label(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "Covered"
        case .weak: "Weak"
        case .uncovered: "Gap"
        case .notApplicable: "Not applicable"
        case .outsideRemit: "Outside remit"
        }
    }

    /// A symbol that tells the statuses apart without colour.
    static func symbol(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "✓"
        case .weak: "~"
        case .uncovered: "✗"
        case .notApplicable: "–"
        case .outsideRemit: "○"
        }
    }

    /// The note every report carries: the tool informs the governors' judgement, it does not make it.
    static let advisoryNote = "This analysis is advisory. It was produced by matching the job description's wording against the "
        + "published standards, and it supports, but does not replace, the governors' discussion at the job description review."

    /// The words that fired for a link, in order and without repeats; heading cues are marked as such
    /// because they are not in the item's own text.
    static func evidenceWords(of link: Link) -> [String] {
        var words: [String] = []
        for evidence in link.evidence {
            for span in evidence.matches {
                let word = evidence.source == .heading ? "heading: \(span.text)" : span.text
                if !words.contains(word) { words.append(word) }
            }
        }
        return words
    }

    /// The scalar ranges of the item's own text that evidence any of `links` (heading cues point elsewhere).
    static func highlightRanges(of links: [Link]) -> [Range<Int>] {
        links.flatMap(\.evidence).filter { $0.source != .heading }.flatMap(\.matches).map(\.range)
    }

    /// The text cut into stretches, each marked when it lies inside one of `ranges` (Unicode-scalar offsets).
    ///
    /// Overlapping and touching ranges merge; ranges past the end of the text are clipped, so a stale span cannot crash a report.
    static func segments(of text: String, marking ranges: [Range<Int>]) -> [(text: String, marked: Bool)] {
        let scalars = Array(text.unicodeScalars)
        let clipped = ranges.map { min($0.lowerBound, scalars.count)..<min($0.upperBound, scalars.count) }.filter { !$0.isEmpty }
        var merged: [Range<Int>] = []
        for range in clipped.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var segments: [(text: String, marked: Bool)] = []
        var position = 0
        func string(_ range: Range<Int>) -> String {
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars[range])
            return String(result)
        }
        for range in merged {
            if position < range.lowerBound { segments.append((string(position..<range.lowerBound), false)) }
            segments.append((string(range), true))
            position = range.upperBound
        }
        if position < scalars.count { segments.append((string(position..<scalars.count), false)) }
        return segments
    }

    /// The post's details as label and value pairs, in the order a reader expects; absent details are left out.
    static func metadataLines(of analysis: Analysis) -> [(label: String, value: String)] {
        let jd = analysis.jobDescription
        let metadata = jd.metadata
        var lines: [(label: String, value: String)] = [("Post title", metadata.postTitle ?? jd.title)]
        let optional: [(String, String?)] = [
            ("Grade", metadata.grade), ("Responsible to", metadata.responsibleTo), ("Responsible for", metadata.responsibleFor),
            ("Organisation", metadata.organisation),
            ("Last reviewed", (analysis.review?.lastReviewed ?? metadata.lastReviewed)?.text),
            ("Next review", (analysis.review?.nextReview ?? metadata.nextReview)?.text),
        ]
        lines += optional.compactMap { label, value in value.map { (label, $0) } }
        lines.append(("Post recognised as", analysis.role.map { "\($0.profile.name) (\($0.recognisedBy))" }
            ?? "not recognised: every statement is treated as expected (choose one with --role)"))
        lines.append(("Job description", jd.path))
        lines.append(("Frameworks", analysis.frameworkIDs.joined(separator: ", ")))
        if let review = analysis.review { lines.append(("Analysed on", review.today)) }
        return lines
    }

    /// The sentence about the review dates, with the overdue warning first so nobody misses it.
    static func reviewSentence(_ review: ReviewStatus?) -> String? {
        guard let review else { return nil }
        if review.overdue {
            let due = review.nextReview.map { "; it was due \($0.text)" } ?? ""
            return "OVERDUE: this job description's review date has passed\(due)."
        }
        return review.nextReview.map { "The next review is due \($0.text)." }
    }

    /// The word people read for an applied, stale or unknown decision.
    static func label(_ state: DecisionOutcome.State) -> String {
        switch state {
        case .applied: "Applied"
        case .stale: "Stale: the item's wording changed, please look again"
        case .unknownStandard: "Not applied: the statement is not in the frameworks analysed"
        }
    }

    /// The word people read for a decision's action.
    static func label(_ action: Decision.Action) -> String {
        switch action {
        case .accept: "Accept link"
        case .reject: "Reject link"
        case .add: "Add link"
        case .notApplicable: "Not applicable to this post"
        }
    }

    /// A score as the reports print it: two decimals, the same on every machine.
    static func score(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// The text with characters XML 1.0 forbids removed, and every line break or tab turned into a space
    /// when `singleLine` is set.
    static func cleaned(_ text: String, singleLine: Bool = false) -> String {
        // By byte: what is dropped is ASCII or U+FFFE/U+FFFF, and reports clean every piece of JD text they show.
        // Nearly every piece is clean already, and is then returned as it is, without copying.
        let needsCleaning = text.utf8.contains { byte in byte == 0xEF || (byte < 0x20 && (singleLine || (byte != 0x09 && byte != 0x0A && byte != 0x0D))) }
        guard needsCleaning else { return text }
        let source = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            let byte = source[index]
            switch byte {
            case 0x09, 0x0A, 0x0D: bytes.append(singleLine ? 0x20 : byte)
            case 0x00..<0x20: break
            case 0xEF where index + 2 < source.count && source[index + 1] == 0xBF && (source[index + 2] == 0xBE || source[index + 2] == 0xBF):
                index += 2
            default: bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
