import Foundation

/// Finds the post title in a heading such as "UPPER SCHOOL LEADER ~ JOB DESCRIPTION" or
/// "Deputy Head Teacher (Relationships, Behaviour and Attendance) – Person Specification",
/// for JDs that never write "Post title:".
enum PostTitleFromHeading {
    static func title(in drafts: [Draft]) -> String? {
        for draft in drafts where draft.kind == .heading {
            if let title = title(of: draft.text) { return title }
        }
        return nil
    }

    static func title(of heading: String) -> String? {
        for separator in [" ~ ", " – ", " — ", " - ", ": "] {
            let parts = heading.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            let first = parts[0].trimmingCharacters(in: .whitespaces)
            let second = parts[1].trimmingCharacters(in: .whitespaces)
            if documentNames.contains(second.lowercased()), !first.isEmpty, first.split(separator: " ").count <= 12 {
                return first
            }
            if documentNames.contains(first.lowercased()), !second.isEmpty, second.split(separator: " ").count <= 12 {
                return second
            }
        }
        return nil
    }

    static let documentNames: Set<String> = ["job description", "person specification", "job description and person specification"]
}
