/// What a common post is expected to evidence (`Standards/roles.json`): by default every statement, except those
/// outside its remit and those it shares with other posts, each with a reason a governor can read.
public struct RoleProfile: Sendable, Equatable {
    /// Statements (or whole areas) and why the post stands where it does on them.
    public struct Entry: Sendable, Equatable {
        /// Qualified statement or area ids (`hs2020-exec:7.2`, `nseh2015:D4`).
        public var standards: [String]
        /// One line a governor can read.
        public var reason: String
    }

    /// A stable id (`head-of-year`), for `--role`.
    public var id: String
    /// The post, as reports name it.
    public var name: String
    /// Words that name the post in a JD's title, lower case ("head of year", "progress leader").
    public var titles: [String]
    /// What the post is, in a line.
    public var note: String
    /// "senior" or "middle": which wording of a suggested duty suits the post.
    public var level: String
    /// Statements the post is not expected to evidence: shown, never counted as gaps.
    public var outsideRemit: [Entry]
    /// Statements the post shares with others: still expected, with a note.
    public var shared: [Entry]
}

/// Reads and checks `roles.json`.
public enum RoleProfileDecoder {
    /// Decodes the file; every id must be unique and every entry well formed.
    public static func decode(_ bytes: [UInt8], file: String) throws(CatalogueError) -> [RoleProfile] {
        let root = try JSONFieldReader.parse(bytes, file: file)
        let fields = try JSONFieldReader(root, file: file, path: "", allowed: ["roles"])
        var profiles: [RoleProfile] = []
        for (index, element) in try fields.array("roles", required: true).enumerated() {
            let role = try JSONFieldReader(element, file: file, path: "roles[\(index)]",
                                           allowed: ["id", "level", "name", "titles", "note", "outsideRemit", "shared"])
            let id = try role.text("id")
            if let level = try role.optionalText("level"), !["senior", "middle"].contains(level) {
                throw role.error("level", "unknown level \"\(level)\"", hint: "senior or middle")
            }
            guard !profiles.contains(where: { $0.id == id }) else { throw role.error("id", "the role id \"\(id)\" is used twice") }
            func entries(_ key: String) throws(CatalogueError) -> [RoleProfile.Entry] {
                var found: [RoleProfile.Entry] = []
                for (entryIndex, value) in try role.array(key).enumerated() {
                    let entry = try JSONFieldReader(value, file: file, path: "roles[\(index)].\(key)[\(entryIndex)]", allowed: ["standards", "reason"])
                    found.append(RoleProfile.Entry(standards: try entry.strings("standards"), reason: try entry.text("reason")))
                }
                return found
            }
            profiles.append(RoleProfile(id: id, name: try role.text("name"), titles: try role.strings("titles").map { $0.lowercased() },
                                        note: try role.optionalText("note") ?? "", level: try role.optionalText("level") ?? "senior",
                                        outsideRemit: try entries("outsideRemit"),
                                        shared: try entries("shared")))
        }
        return profiles
    }
}
