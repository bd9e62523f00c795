extension DutyDetection {
    /// "Apply now", "Download as PDF": four words or fewer opening with an instruction to candidates and holding a
    /// word of a page's buttons.
    static func callsOnCandidates(_ shape: TextShape) -> Bool {
        shape.wordCount <= 4 && candidateInstructionVerbs.contains(shape.leadingVerb)
            && shape.words.dropFirst().contains(where: { callToActionWords.contains($0.lowercased()) })
    }

    /// "Report this job", "Print this page", "« Back to current vacancies": a web page's own controls and links back.
    static func controlsThePage(_ shape: TextShape) -> Bool {
        if shape.wordCount <= 3, pageControlEndings.contains(where: { shape.folded.hasSuffix($0) }) { return true }
        return shape.wordCount <= 6 && navigationOpenings.contains { shape.folded.hasPrefix($0) }
    }

    /// How a page's links back open ("« Back to vacancies"), from documents.json.
    static let navigationOpenings: [String] = DocumentVocabulary.builtIn.entries("navigationOpenings")
}
