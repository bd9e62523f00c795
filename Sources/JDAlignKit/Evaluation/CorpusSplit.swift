import Foundation

/// `split.tsv` of an annotated corpus: which JDs are for tuning and which for reporting, and each JD's layout.
///
/// One row per JD: `slug<TAB>split<TAB>role<TAB>layout`, the slug being the JD's file name without its extension.
/// A first row starting `slug` names the columns; rows starting `#` are comments. Only the first two columns are
/// required.
public struct CorpusSplit: Sendable, Equatable {
    /// One JD's row.
    public struct Entry: Sendable, Equatable {
        /// The JD's file name without extension.
        public var slug: String
        /// `tune` or `test`.
        public var split: String
        /// The role group, when given.
        public var role: String?
        /// The layout group, when given.
        public var layout: String?
    }

    /// The rows, in file order.
    public var entries: [Entry]

    /// Parses the file's text; `file` names it in errors.
    public init(text: String, file: String) throws(ReadingError) {
        var entries: [Entry] = []
        var seen: Set<String> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard let slug = columns.first, !slug.isEmpty, !slug.hasPrefix("#"), !(index == 0 && slug == "slug") else { continue }
            guard columns.count >= 2, ["tune", "test"].contains(columns[1]) else {
                throw ReadingError(.malformed, path: file, position: "line \(index + 1)", message: "expected slug<TAB>tune|test")
            }
            guard seen.insert(slug).inserted else {
                throw ReadingError(.malformed, path: file, position: "line \(index + 1)", message: "\(slug) is listed twice")
            }
            entries.append(Entry(slug: slug, split: columns[1], role: columns.count > 2 ? columns[2] : nil,
                                 layout: columns.count > 3 ? columns[3] : nil))
        }
        self.entries = entries
    }

    /// Reads `split.tsv` from `folder` or, failing that, from its parent (a corpus keeps JDs in `jds/` beside it).
    public static func find(near folder: URL) throws(ReadingError) -> CorpusSplit? {
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("split.tsv")
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ReadingError(.malformed, path: url.path, message: "is not UTF-8 text")
            }
            return try CorpusSplit(text: text, file: url.path)
        }
        return nil
    }

    /// The row of the JD named `document` (a file name with extension), if listed.
    public func entry(forDocument document: String) -> Entry? {
        let slug = (document as NSString).deletingPathExtension
        return entries.first { $0.slug == slug }
    }
}
