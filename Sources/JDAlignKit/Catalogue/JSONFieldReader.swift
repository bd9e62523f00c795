/// Reads the fields of one JSON object while tracking the JSON path, so every complaint says exactly where.
///
/// Unknown fields are errors: a misspelt `keywrods` would otherwise be ignored silently and a trust
/// would wonder why its tuning had no effect.
struct JSONFieldReader {
    let file: String
    let path: String
    let members: [(key: String, value: JSONValue)]

    /// Parses a knowledge file's bytes, naming the file, line and column of any JSON error.
    static func parse(_ bytes: [UInt8], file: String) throws(CatalogueError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw CatalogueError(file: file, location: "line \(error.line), column \(error.column)", message: "invalid JSON: \(error.message)")
        }
    }

    /// Opens `value` as an object that may hold only `allowed` fields.
    init(_ value: JSONValue, file: String, path: String, allowed: [String]) throws(CatalogueError) {
        self.file = file
        self.path = path
        guard let members = value.objectMembers else {
            throw CatalogueError(file: file, location: path.isEmpty ? "top level" : path, message: "expected an object, found \(value.typeName)")
        }
        self.members = members
        var seen: Set<String> = []
        for member in members {
            guard allowed.contains(member.key) else {
                let suggestion = Self.closest(to: member.key, in: allowed).map { "did you mean \"\($0)\"? " } ?? ""
                throw CatalogueError(file: file, location: child(member.key), message: "unknown field \"\(member.key)\"",
                                     hint: "\(suggestion)allowed here: \(allowed.joined(separator: ", "))")
            }
            guard seen.insert(member.key).inserted else {
                throw CatalogueError(file: file, location: child(member.key), message: "field \"\(member.key)\" appears twice")
            }
        }
    }

    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func error(_ key: String, _ message: String, hint: String? = nil) -> CatalogueError {
        CatalogueError(file: file, location: child(key), message: message, hint: hint)
    }

    func optional(_ key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    func required(_ key: String) throws(CatalogueError) -> JSONValue {
        guard let value = optional(key) else { throw CatalogueError(file: file, location: path.isEmpty ? "top level" : path, message: "missing field \"\(key)\"") }
        return value
    }

    /// A required string that is not blank.
    func text(_ key: String) throws(CatalogueError) -> String {
        let value = try required(key)
        guard let string = value.stringValue else { throw error(key, "expected a string, found \(value.typeName)") }
        guard !string.allSatisfy(\.isWhitespace) else { throw error(key, "is empty") }
        return string
    }

    func optionalText(_ key: String) throws(CatalogueError) -> String? {
        guard optional(key) != nil else { return nil }
        return try text(key)
    }

    /// A required number in `range`.
    func number(_ key: String, in range: ClosedRange<Double>) throws(CatalogueError) -> Double {
        let value = try required(key)
        guard let number = value.numberValue else { throw error(key, "expected a number, found \(value.typeName)") }
        guard range.contains(number) else { throw error(key, "\(JSONWriter.format(number)) is outside \(JSONWriter.format(range.lowerBound))…\(JSONWriter.format(range.upperBound))") }
        return number
    }

    /// An array (empty when absent and `required` is false).
    func array(_ key: String, required isRequired: Bool = false) throws(CatalogueError) -> [JSONValue] {
        guard let value = optional(key) else {
            if isRequired { _ = try required(key) }
            return []
        }
        guard let elements = value.arrayValue else { throw error(key, "expected an array, found \(value.typeName)") }
        return elements
    }

    /// An array of non-blank strings.
    func strings(_ key: String) throws(CatalogueError) -> [String] {
        var strings: [String] = []
        for (index, element) in try array(key).enumerated() {
            guard let string = element.stringValue, !string.allSatisfy(\.isWhitespace) else {
                throw error("\(key)[\(index)]", "expected a non-empty string, found \(element.typeName)")
            }
            strings.append(string)
        }
        return strings
    }

    /// An object whose members are all strings, in written order.
    func stringPairs(_ key: String) throws(CatalogueError) -> [(String, String)] {
        guard let value = optional(key) else { return [] }
        guard let members = value.objectMembers else { throw error(key, "expected an object, found \(value.typeName)") }
        var pairs: [(String, String)] = []
        for member in members {
            guard let string = member.value.stringValue, !string.allSatisfy(\.isWhitespace) else {
                throw error("\(key).\(member.key)", "expected a non-empty string, found \(member.value.typeName)")
            }
            pairs.append((member.key, string))
        }
        return pairs
    }

    private static func closest(to word: String, in candidates: [String]) -> String? {
        candidates
            .map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= max(2, word.count / 3) }
            .min { $0.1 < $1.1 }?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
