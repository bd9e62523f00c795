/// A plain duty a trust could add to a JD to cover a statement (`Standards/suggestions.json`), in JD style, with a
/// variant for middle leaders where the wording differs.
public struct SuggestedWording: Sendable, Equatable {
    /// For senior posts (and when the post is not known).
    public var senior: String
    /// For middle leaders and other posts, when it differs.
    public var middle: String?

    /// The wording for a post at `level` ("senior" or "middle").
    public func text(for level: String?) -> String {
        level == "middle" ? middle ?? senior : senior
    }
}

/// Reads and checks `suggestions.json`: `{"suggestions": {"hs2020-exec:1.1": {"senior": "...", "middle": "..."}}}`.
public enum SuggestedWordingDecoder {
    /// Decodes the file.
    public static func decode(_ bytes: [UInt8], file: String) throws(CatalogueError) -> [String: SuggestedWording] {
        let root = try JSONFieldReader.parse(bytes, file: file)
        let fields = try JSONFieldReader(root, file: file, path: "", allowed: ["suggestions"])
        guard let members = fields.optional("suggestions")?.objectMembers else {
            throw fields.error("suggestions", "expected an object of statement ids and their wording")
        }
        var wordings: [String: SuggestedWording] = [:]
        for (id, value) in members {
            let entry = try JSONFieldReader(value, file: file, path: "suggestions.\(id)", allowed: ["senior", "middle"])
            wordings[id] = SuggestedWording(senior: try entry.text("senior"), middle: try entry.optionalText("middle"))
        }
        return wordings
    }
}
