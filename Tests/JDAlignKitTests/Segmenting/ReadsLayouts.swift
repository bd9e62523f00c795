@testable import JDAlignKit

/// What the layout suites share: a small JD written in the test, read as the pipeline reads a plain-text or Markdown
/// file, and the texts of its items of one kind.
protocol ReadsLayouts {}

extension ReadsLayouts {
    func read(_ text: String, as format: SourceFormat = .text, path: String = "jd.txt") -> JobDescription {
        Segmenter().segment(PlainTextReader.read(Array(text.utf8), path: path, format: format))
    }

    func texts(_ jd: JobDescription, _ kind: ItemKind) -> [String] {
        jd.items.filter { $0.kind == kind }.map(\.text)
    }
}
