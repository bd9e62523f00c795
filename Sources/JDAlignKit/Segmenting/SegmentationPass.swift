/// What the passes work on: the drafts in document order and what has been learnt about the post.
struct SegmentationState {
    /// The lines and cells of the JD, being classified.
    var drafts: [Draft]
    /// The metadata found so far.
    var metadata = JobMetadata()
    /// The format the JD was read from: a PDF's paragraphs were rebuilt from where its lines fall, so their breaks
    /// are not line wraps for the passes to undo.
    var format: SourceFormat = .text
}

/// One step of segmentation, answering one question about the drafts (in the spirit of one lint rule per file).
///
/// A pass only decides drafts that no earlier pass has decided (`kind == nil`), unless its job is to reshape
/// the drafts (strip markers, join wrapped lines, absorb attribute cells).
protocol SegmentationPass: Sendable {
    /// Runs the pass over the whole state.
    func run(_ state: inout SegmentationState)
}

/// The passes in the order they run; the order is part of the rules (metadata before headings, so "Responsible to:"
/// is a label rather than a heading; boilerplate before duties, so "other duties as required" is not a duty).
enum SegmentationPasses {
    static let all: [any SegmentationPass] = [
        LabelCellSplitting(),
        MarkerStripping(),
        PageFurnitureDetection(),
        // Before the joining: a converter's contents lines fill its width and would run into one another.
        ContentsListDetection(),
        WrappedLineJoining(),
        FileLinkDetection(),
        LetterDetection(),
        MetadataExtraction(),
        BoilerplateDetection(),
        HeadingDetection(),
        PersonSpecificationDetection(),
        DutyDetection(),
    ]
}
