/// Turns the JSON of one `Standards/*.json` framework file into a `Framework`, checking it as it goes.
public enum FrameworkDecoder {
    /// Decodes and validates a framework file.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name to use in error messages.
    public static func decode(_ bytes: [UInt8], file: String) throws(CatalogueError) -> Framework {
        let root = try JSONFieldReader.parse(bytes, file: file)
        return try decode(root, file: file)
    }

    static func decode(_ root: JSONValue, file: String) throws(CatalogueError) -> Framework {
        let fields = try JSONFieldReader(root, file: file, path: "", allowed: ["id", "title", "source", "thresholds", "areas"])
        let id = try fields.text("id")
        guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) else {
            throw fields.error("id", "\"\(id)\" may use only letters, digits, '-', '_' and '.'", hint: "it is the prefix of every qualified id, as in hs2020-exec:7.1")
        }
        let thresholds = try decodeThresholds(fields)
        var areas: [Area] = []
        var statementPaths: [String: String] = [:]
        var areaPaths: [String: String] = [:]
        for (index, element) in try fields.array("areas", required: true).enumerated() {
            let path = "areas[\(index)]"
            let area = try decodeArea(element, frameworkID: id, file: file, path: path)
            if let first = areaPaths[area.id] {
                throw CatalogueError(file: file, location: "\(path).id", message: "duplicate area id \"\(area.id)\"", hint: "already used at \(first)")
            }
            areaPaths[area.id] = path
            for (statementIndex, statement) in area.statements.enumerated() {
                let statementPath = "\(path).statements[\(statementIndex)].id"
                if let first = statementPaths[statement.id] {
                    throw CatalogueError(file: file, location: statementPath, message: "duplicate statement id \"\(statement.id)\"", hint: "already used at \(first)")
                }
                statementPaths[statement.id] = statementPath
            }
            areas.append(area)
        }
        guard !areas.isEmpty else { throw fields.error("areas", "has no areas", hint: "a framework needs at least one area with one statement") }
        return Framework(id: id, title: try fields.text("title"), source: try fields.optionalText("source"), thresholds: thresholds, areas: areas, file: file)
    }

    private static func decodeThresholds(_ fields: JSONFieldReader) throws(CatalogueError) -> Thresholds {
        guard let value = fields.optional("thresholds") else { return Thresholds() }
        let band = try JSONFieldReader(value, file: fields.file, path: fields.child("thresholds"), allowed: ["linked", "weak"])
        let thresholds = Thresholds(linked: try band.number("linked", in: 0...1), weak: try band.number("weak", in: 0...1))
        guard thresholds.weak <= thresholds.linked else {
            throw band.error("weak", "is above linked", hint: "weak links are the ones scoring between weak and linked")
        }
        return thresholds
    }

    private static func decodeArea(_ value: JSONValue, frameworkID: String, file: String, path: String) throws(CatalogueError) -> Area {
        let fields = try JSONFieldReader(value, file: file, path: path, allowed: ["id", "title", "headingCues", "statements"])
        let id = try decodeLocalID(fields)
        var statements: [Statement] = []
        for (index, element) in try fields.array("statements", required: true).enumerated() {
            statements.append(try decodeStatement(element, frameworkID: frameworkID, areaID: id, file: file, path: "\(path).statements[\(index)]"))
        }
        guard !statements.isEmpty else { throw fields.error("statements", "has no statements") }
        return Area(frameworkID: frameworkID, id: id, title: try fields.text("title"), headingCues: try fields.strings("headingCues"), statements: statements)
    }

    private static func decodeStatement(_ value: JSONValue, frameworkID: String, areaID: String, file: String, path: String) throws(CatalogueError) -> Statement {
        let fields = try JSONFieldReader(value, file: file, path: path, allowed: ["id", "text", "keywords", "rules", "coverageLines"])
        var keywords: [KeywordGroup] = []
        for (index, element) in try fields.array("keywords").enumerated() {
            let group = try JSONFieldReader(element, file: file, path: fields.child("keywords[\(index)]"), allowed: ["weight", "terms"])
            let terms = try group.strings("terms")
            guard !terms.isEmpty else { throw group.error("terms", "is empty") }
            keywords.append(KeywordGroup(terms: terms, weight: try group.number("weight", in: 0...1)))
        }
        var rules: [Rule] = []
        for (index, element) in try fields.array("rules").enumerated() {
            let rule = try JSONFieldReader(element, file: file, path: fields.child("rules[\(index)]"), allowed: ["query", "weight", "note"])
            rules.append(Rule(query: try rule.text("query"), weight: try rule.number("weight", in: 0...1), note: try rule.optionalText("note")))
        }
        var coverageLines = 1.0
        if fields.optional("coverageLines") != nil { coverageLines = try fields.number("coverageLines", in: 1...9) }
        guard coverageLines == coverageLines.rounded() else {
            throw fields.error("coverageLines", "is not a whole number", hint: "the number of duties that must link before the statement counts as covered")
        }
        return Statement(
            frameworkID: frameworkID, areaID: areaID, id: try decodeLocalID(fields), text: try fields.text("text"), keywords: keywords, rules: rules,
            coverageLines: Int(coverageLines))
    }

    private static func decodeLocalID(_ fields: JSONFieldReader) throws(CatalogueError) -> String {
        let id = try fields.text("id")
        guard !id.contains(":"), !id.contains(where: \.isWhitespace) else {
            throw fields.error("id", "\"\(id)\" may not contain ':' or spaces", hint: "write the id within its framework, e.g. \"7.1\"; the framework prefix is added for you")
        }
        return id
    }
}
