/// The post a JD is for, how it was recognised, and what follows for coverage: statements outside the post's remit
/// (shown, never gaps) and statements it shares with other posts (still expected, with a note).
public struct RoleAssignment: Sendable, Equatable {
    /// Where a statement stands for the post, with the profile's reason.
    public enum Remit: Sendable, Equatable {
        /// Not expected of this post.
        case outside(String)
        /// Expected, and shared with other posts.
        case shared(String)
    }

    /// The profile.
    public var profile: RoleProfile
    /// How the post was recognised, in words for the report ("title \"Head of Year 9\" names a head of year").
    public var recognisedBy: String
    /// Qualified statement id → where it stands, for the statements the profile says anything about.
    public var remit: [String: Remit]

    /// The statements outside the post's remit, with their reasons.
    public var outsideRemit: [String: String] {
        remit.compactMapValues { if case .outside(let reason) = $0 { reason } else { nil } }
    }

    /// Assigns `profile`, resolving its area-level entries to the statements of `frameworks`.
    public init(profile: RoleProfile, recognisedBy: String, frameworks: [Framework]) {
        self.profile = profile
        self.recognisedBy = recognisedBy
        var remit: [String: Remit] = [:]
        for (entries, make) in [(profile.shared, Remit.shared), (profile.outsideRemit, Remit.outside)] {
            for entry in entries {
                for id in entry.standards {
                    for statement in Self.statements(named: id, in: frameworks) { remit[statement] = make(entry.reason) }
                }
            }
        }
        self.remit = remit
    }

    /// The qualified statement ids an entry's id names: the statement itself, or every statement of an area.
    static func statements(named id: String, in frameworks: [Framework]) -> [String] {
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let framework = frameworks.first(where: { $0.id == parts[0] }) else { return [] }
        if let area = framework.areas.first(where: { $0.id == parts[1] }) { return area.statements.map(\.qualifiedID) }
        return framework.statements.contains { $0.qualifiedID == id } ? [id] : []
    }
}

/// Recognises the post from the JD's title.
public enum RoleRecognition {
    /// The profile whose longest title phrase stands in the JD's title as whole words (ties go to the profile listed
    /// first); nil when none does, or when the JD states no title (its file name is not evidence).
    public static func recognise(_ jobDescription: JobDescription, among profiles: [RoleProfile],
                                 frameworks: [Framework]) -> RoleAssignment? {
        guard let title = jobDescription.metadata.postTitle ?? (jobDescription.title == Segmenter.fileStem(jobDescription.path) ? nil : jobDescription.title)
        else { return nil }
        let words = " " + title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }.split(separator: " ").joined(separator: " ") + " "
        var best: (profile: RoleProfile, phrase: String)?
        for profile in profiles {
            for phrase in profile.titles where words.contains(" " + phrase + " ") {
                if phrase.count > (best?.phrase.count ?? 0) { best = (profile, phrase) }
            }
        }
        guard let best else { return nil }
        return RoleAssignment(profile: best.profile, recognisedBy: "the title \"\(title)\" names a post of this kind (\"\(best.phrase)\")",
                              frameworks: frameworks)
    }

    /// The profile named by `id` (for `--role`), or nil when no profile has that id.
    public static func assign(_ id: String, among profiles: [RoleProfile], frameworks: [Framework]) -> RoleAssignment? {
        profiles.first { $0.id == id }.map { RoleAssignment(profile: $0, recognisedBy: "chosen with --role \(id)", frameworks: frameworks) }
    }
}
