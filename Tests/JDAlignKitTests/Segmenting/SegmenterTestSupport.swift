@testable import JDAlignKit

/// Segments plain text the way a .txt file would be.
func segmentText(_ text: String, path: String = "jd.txt", format: SourceFormat = .text) -> JobDescription {
    Segmenter().segment(PlainTextReader.read(Array(text.utf8), path: path, format: format))
}

extension JobDescription {
    /// The items of one kind, as text.
    func texts(_ kind: ItemKind) -> [String] {
        items.filter { $0.kind == kind }.map(\.text)
    }

    /// The item with this text, if any.
    func item(_ text: String) -> Item? {
        items.first { $0.text == text }
    }
}
