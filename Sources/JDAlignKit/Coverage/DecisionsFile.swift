/// The governors' decisions about one JD, as kept from year to year in a JSON file (see `Docs/decisions.md`).
public struct DecisionsFile: Sendable, Equatable {
    /// The JD the decisions were made about (its file name), for the people reading the file.
    public var jd: String
    /// The decisions, in the order written.
    public var decisions: [Decision]

    /// The action a starter file writes for a link still waiting for a decision; the reader refuses it.
    public static let placeholderAction = "review"

    /// Creates a decisions file.
    public init(jd: String, decisions: [Decision]) {
        self.jd = jd
        self.decisions = decisions
    }

    /// Reads and checks a decisions file.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name to use in error messages.
    public static func decode(_ bytes: [UInt8], file: String) throws(CatalogueError) -> DecisionsFile {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw CatalogueError(file: file, location: "line \(error.line), column \(error.column)", message: "invalid JSON: \(error.message)")
        }
        let fields = try JSONFieldReader(root, file: file, path: "", allowed: ["jd", "decisions"])
        var decisions: [Decision] = []
        var firstPath: [DecisionKey: String] = [:]
        for (index, element) in try fields.array("decisions", required: true).enumerated() {
            let path = "decisions[\(index)]"
            let decision = try decodeDecision(element, file: file, path: path)
            let key = DecisionKey(standard: decision.standard, item: decision.item)
            if let first = firstPath[key] {
                throw CatalogueError(file: file, location: path, message: "a second decision about the same \(decision.item == nil ? "statement" : "item and statement")",
                                     hint: "keep one of this and \(first)")
            }
            firstPath[key] = path
            decisions.append(decision)
        }
        return DecisionsFile(jd: try fields.text("jd"), decisions: decisions)
    }

    /// The file as JSON, fields in the documented order.
    public var json: JSONValue {
        .object([("jd", .string(jd)), ("decisions", .array(decisions.map(Self.json)))])
    }

    /// The file as indented JSON text, ending with a line break.
    public var text: String { JSONWriter.write(json, style: .pretty) + "\n" }

    /// One decision as JSON, fields in the documented order (`itemText` and `item` only when present).
    public static func json(_ decision: Decision) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("action", .string(decision.action.rawValue)), ("standard", .string(decision.standard))]
        if let item = decision.item { members.append(("item", .string(item))) }
        if let itemText = decision.itemText { members.append(("itemText", .string(itemText))) }
        members += [("reason", .string(decision.reason)), ("decidedBy", .string(decision.decidedBy)), ("date", .string(decision.date))]
        return .object(members)
    }

    private static func decodeDecision(_ value: JSONValue, file: String, path: String) throws(CatalogueError) -> Decision {
        let fields = try JSONFieldReader(value, file: file, path: path,
                                         allowed: ["action", "standard", "item", "itemText", "reason", "decidedBy", "date"])
        let action = try decodeAction(fields)
        let standard = try fields.text("standard")
        let parts = standard.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !standard.contains(where: \.isWhitespace) else {
            throw fields.error("standard", "\"\(standard)\" is not a qualified statement id", hint: "write the framework and the statement, as in hs2020-exec:7.1")
        }
        let item = try decodeItem(fields, action: action)
        let date = try fields.text("date")
        guard CalendarDate(iso: date) != nil else {
            throw fields.error("date", "\"\(date)\" is not a date in the form YYYY-MM-DD", hint: "for example 2026-11-20")
        }
        return Decision(action: action, standard: standard, item: item, itemText: try fields.optionalText("itemText"),
                        reason: try fields.text("reason"), decidedBy: try fields.text("decidedBy"), date: date)
    }

    private static func decodeAction(_ fields: JSONFieldReader) throws(CatalogueError) -> Decision.Action {
        let text = try fields.text("action")
        if let action = Decision.Action(rawValue: text) { return action }
        let allowed = Decision.Action.allCases.map(\.rawValue).joined(separator: ", ")
        if text == placeholderAction {
            throw fields.error("action", "\"review\" marks a link still waiting for the governors' decision",
                               hint: "change it to \"accept\" (the link counts) or \"reject\" (it does not) and fill in reason, decidedBy and date, or delete the entry to leave the link weak")
        }
        throw fields.error("action", "unknown action \"\(text)\"", hint: "use one of: \(allowed)")
    }

    private static func decodeItem(_ fields: JSONFieldReader, action: Decision.Action) throws(CatalogueError) -> String? {
        guard action != .notApplicable else {
            guard fields.optional("item") == nil else {
                throw fields.error("item", "a not-applicable decision is about the post, not one item",
                                   hint: "remove \"item\" (and \"itemText\"), or use reject to discount one item's link")
            }
            return nil
        }
        guard fields.optional("item") != nil else {
            throw CatalogueError(file: fields.file, location: fields.path, message: "missing field \"item\": \(action.rawValue) is about one item's link",
                                 hint: "copy the item's fingerprint from a starter decisions file")
        }
        let item = try fields.text("item").lowercased()
        guard ItemFingerprint.isWellFormed(item) else {
            throw fields.error("item", "\"\(item)\" is not an item fingerprint (16 hex digits)", hint: "copy it as written in a starter decisions file")
        }
        return item
    }
}

/// What makes two decisions conflict: the same statement, and the same item (or both about the post).
private struct DecisionKey: Hashable {
    let standard: String
    let item: String?
}
