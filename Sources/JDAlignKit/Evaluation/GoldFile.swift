import Foundation

/// A hand-annotated JD: each line's kind and the statements careful governors linked it to.
public struct GoldFile: Sendable, Equatable {
    /// One annotated line.
    public struct Line: Sendable, Equatable {
        /// The line as it stands in the JD, without its bullet.
        public var text: String
        /// The annotated kind.
        public var kind: ItemKind
        /// The nearest heading above it.
        public var section: String
        /// Links both annotators made: recall is measured against these.
        public var sure: Set<String>
        /// Links either annotator made: a predicted link in here counts as right.
        public var possible: Set<String>
        /// The annotators disagreed on the line's kind and a third look decided it.
        public var disputed = false

        /// Whether governors check the line against the standards: a duty or a person-spec criterion.
        public var isAssessable: Bool { kind == .duty || kind == .personSpec }
    }

    /// The JD file the annotations are for.
    public var document: String
    /// The gold file itself.
    public var path: String
    /// The lines in document order.
    public var lines: [Line]
    /// The post title as the annotators read it from the JD ("" when not recorded).
    public var post = ""

    /// Reads a gold file in the `Tests/Fixtures/gold` format.
    public static func read(contentsOf url: URL) throws(CatalogueError) -> GoldFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CatalogueError(file: url.path, location: "", message: "cannot be read")
        }
        let root: JSONValue
        do {
            root = try JSONParser.parse(Array(data))
        } catch {
            throw CatalogueError(file: url.path, location: "line \(error.line), column \(error.column)", message: "invalid JSON: \(error.message)")
        }
        let fields = try JSONFieldReader(root, file: url.path, path: "", allowed: ["document", "post", "lines"])
        var lines: [Line] = []
        for (index, element) in try fields.array("lines", required: true).enumerated() {
            let line = try JSONFieldReader(element, file: url.path, path: "lines[\(index)]", allowed: ["text", "kind", "section", "standards", "possible", "disputed"])
            let kindName = try line.text("kind")
            guard let kind = ItemKind(rawValue: kindName) else {
                throw line.error("kind", "unknown kind \"\(kindName)\"", hint: "one of \(ItemKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let sure = Set(try line.strings("standards"))
            lines.append(Line(text: try line.text("text"), kind: kind, section: line.optional("section")?.stringValue ?? "",
                              sure: sure, possible: sure.union(try line.strings("possible")),
                              disputed: line.optional("disputed") == .bool(true)))
        }
        return GoldFile(document: try fields.text("document"), path: url.path, lines: lines,
                        post: fields.optional("post")?.stringValue ?? "")
    }

    /// Every `*.gold.json` in a folder (sorted by name), or the one file named.
    public static func readAll(at url: URL) throws(CatalogueError) -> [GoldFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CatalogueError(file: url.path, location: "", message: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [try read(contentsOf: url)] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".gold.json") }.sorted()
        guard !names.isEmpty else { throw CatalogueError(file: url.path, location: "", message: "holds no .gold.json files") }
        var files: [GoldFile] = []
        for name in names { files.append(try read(contentsOf: url.appendingPathComponent(name))) }
        return files
    }
}
