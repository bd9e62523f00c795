import Foundation

/// Finds the post title in a heading such as "UPPER SCHOOL LEADER ~ JOB DESCRIPTION",
/// "Deputy Head Teacher (Relationships, Behaviour and Attendance) – Person Specification" or
/// "Role of the Head of School:", for JDs that never write "Post title:".
enum PostTitleFromHeading {
    static func title(in drafts: [Draft]) -> String? {
        for draft in drafts where draft.kind == .heading {
            if let title = title(of: draft.text) { return title }
        }
        return titleBesideDocumentName(in: drafts) ?? firstHeadingNamingAPost(in: drafts)
    }

    /// The first heading above the duties that names a post ("DIRECTOR OF EDUCATION", "Class Teacher (Year 4)"), as
    /// JDs that state no "Post title:" set the post at the top.
    private static func firstHeadingNamingAPost(in drafts: [Draft]) -> String? {
        for draft in drafts {
            if draft.kind == .duty || draft.kind == .personSpec { return nil }
            if draft.kind == .heading, namesAPost(draft.text), !leadsASection(draft.text) { return draft.text }
            // "SENCO (non-teaching) – 30 hours per week" at the top: the post, then its terms.
            if draft.kind == .other, let dash = draft.text.range(of: " – ") ?? draft.text.range(of: " - ") {
                let post = String(draft.text[..<dash.lowerBound]).trimmingCharacters(in: .whitespaces)
                if namesAPost(post), !leadsASection(post), post.split(separator: " ").count <= 6 { return post }
            }
        }
        return nil
    }

    /// Headings that name a post's work rather than the post: "Leading learning", "Head of department duties".
    private static func leadsASection(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.count > 8 || words.contains { ["responsibilities", "duties", "purpose", "role", "tasks", "accountabilities"].contains(String($0)) }
    }

    /// "Deputy Headteacher" as the heading just before or after a "Job Description" heading, as Word templates set
    /// the post in the Title style above the document's name.
    private static func titleBesideDocumentName(in drafts: [Draft]) -> String? {
        for index in drafts.indices.dropLast() where drafts[index].kind == .heading && drafts[index + 1].kind == .heading {
            let (first, second) = (drafts[index].text, drafts[index + 1].text)
            if isDocumentName(second), namesAPost(first) { return first }
            if isDocumentName(first), namesAPost(second) { return second }
        }
        return nil
    }

    private static func isDocumentName(_ text: String) -> Bool {
        documentNames.contains(text.lowercased().trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ":")))
    }

    private static func namesAPost(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        return (1...8).contains(words.count) && !isDocumentName(text) && words.contains { roleWords.contains(String($0)) }
    }

    static let roleWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("roleWords"))

    static func title(of heading: String) -> String? {
        if let role = roleOf(heading) { return role }
        if let role = roleBesideSchool(heading) { return role }
        // "Headteacher Job Description", "HEAD OF YEAR JOB DESCRIPTION": the post before the document's name.
        for name in documentNames.sorted(by: { $0.count > $1.count }) where heading.lowercased().hasSuffix(" " + name) {
            let role = String(heading.dropLast(name.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: " -–—:~|"))
            if namesAPost(role) { return role }
        }
        // Only a heading that names the document can hold the title beside that name.
        let folded = heading.lowercased()
        guard documentNames.contains(where: folded.contains) else { return nil }
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

    /// "Deputy Headteacher - Riverside Primary Academy" or "Oakfield Academy | Head of Year 9": a post beside the
    /// name of a school.
    private static func roleBesideSchool(_ heading: String) -> String? {
        postAndSchool(heading)?.post
    }

    /// The school named beside the post at the top of the JD ("Deputy Headteacher - Riverside Primary Academy"), for
    /// JDs that give no "School:" line.
    static func school(in drafts: [Draft]) -> String? {
        drafts.prefix(12).lazy.compactMap { postAndSchool($0.text)?.school }.first
    }

    private static func postAndSchool(_ text: String) -> (post: String, school: String)? {
        // Both parts are short (a school's name has at most eight words), so a paragraph is never such a heading;
        // splitting every long line five ways was most of the cost of segmenting a JD.
        guard text.utf8.count <= 200 else { return nil }
        for separator in [" – ", " — ", " - ", " | ", ": "] {
            let parts = text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if namesAPost(parts[0]), namesASchool(parts[1]), !namesASchool(parts[0]) { return (parts[0], parts[1]) }
            if namesAPost(parts[1]), namesASchool(parts[0]), !namesASchool(parts[1]) { return (parts[1], parts[0]) }
        }
        return nil
    }

    private static func namesASchool(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return (1...8).contains(words.count) && words.contains { schoolWords.contains(String($0)) }
    }

    static let schoolWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("schoolWords"))

    /// "Role of the Head of School:" names the post; "Role of governors" or a long sentence does not.
    private static func roleOf(_ heading: String) -> String? {
        guard heading.lowercased().includes("role of ") else { return nil }
        let trimmed = heading.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ":"))
        for prefix in ["Role of the ", "Role of a ", "Role of an ", "The role of the ", "The Role of the "] where trimmed.hasPrefix(prefix) {
            let role = String(trimmed.dropFirst(prefix.count))
            let words = role.split(separator: " ")
            guard !words.isEmpty, words.count <= 8, words.allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "for", "in"].contains($0) }) else {
                return nil
            }
            return role
        }
        return nil
    }

    static let documentNames: Set<String> = Set(DocumentVocabulary.builtIn.entries("documentNames"))
}
