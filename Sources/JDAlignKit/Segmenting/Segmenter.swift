/// Turns the blocks of a JD into a `JobDescription`: metadata, headings and classified items.
///
/// The work is done by small passes listed in `SegmentationPasses.all`; this type builds the drafts,
/// runs the passes and numbers the result.
public struct Segmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// Segments `document`. Every non-empty line or cell becomes one item, except wrapped lines (joined into the item
    /// they continue) and person-specification attribute cells such as "Essential" or "Interview" (kept as the
    /// `criterion` of their item).
    public func segment(_ document: SourceDocument) -> JobDescription {
        var state = SegmentationState(drafts: DraftBuilder.drafts(from: document.blocks), format: document.format)
        for pass in SegmentationPasses.all {
            pass.run(&state)
        }
        if state.metadata.postTitle == nil {
            state.metadata.postTitle = PostTitleFromHeading.title(in: state.drafts)
        }
        if state.metadata.organisation == nil {
            state.metadata.organisation = PostTitleFromHeading.school(in: state.drafts)
        }
        var items: [Item] = []
        var sections: [Section] = []
        var currentSection = ""
        for draft in state.drafts {
            let id = "i\(items.count + 1)"
            let kind = draft.kind ?? .other
            items.append(Item(id: id, kind: kind, text: draft.text, section: currentSection, line: draft.line,
                              criterion: kind == .personSpec ? draft.criterion : nil,
                              reason: draft.reason ?? "no rule recognised it"))
            if kind == .heading {
                sections.append(Section(heading: draft.text, level: draft.headingDepth, itemID: id))
                currentSection = draft.text
            }
        }
        let title = state.metadata.postTitle ?? Self.fileStem(document.path)
        return JobDescription(path: document.path, title: title, metadata: state.metadata, sections: sections, items: items)
    }

    /// The file name without folders and extension: "jds/Head of Year.txt" → "Head of Year".
    static func fileStem(_ path: String) -> String {
        let name = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
