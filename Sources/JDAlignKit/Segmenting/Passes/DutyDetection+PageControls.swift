extension DutyDetection {
    /// "Apply now", "Download as PDF": four words or fewer opening with an instruction to candidates and holding a
    /// word of a page's buttons.
    static func callsOnCandidates(_ shape: TextShape) -> Bool {
        shape.wordCount <= 4 && candidateInstructionVerbs.contains(shape.leadingVerb)
            && shape.words.dropFirst().contains(where: { callToActionWords.contains($0.lowercased()) })
    }

    /// "Report this job", "Print this page", "« Back to current vacancies": a web page's own controls and links
    /// back. A control may label a few links after it ("Share this vacancy: Facebook | Email"), where "About this
    /// role: you will lead…" is a label over text. Three words at most: "Line manage this post" is a duty.
    static func controlsThePage(_ shape: TextShape) -> Bool {
        let parts = shape.folded.split(separator: ":", maxSplits: 1)
        let control = parts.first?.trimmingSpacesAndTabs() ?? ""
        // Words only: "Facebook | LinkedIn | Email" is three links.
        let labelsFewLinks = parts.count == 1 || parts[1].split(separator: " ").filter { $0.contains(where: \.isLetter) }.count <= 4
        if labelsFewLinks, control.split(separator: " ").count <= 3, pageControlEndings.contains(where: { control.hasSuffix($0) }) {
            return true
        }
        return shape.wordCount <= 6 && navigationOpenings.contains { shape.folded.hasPrefix($0) }
    }

    /// How a page's links back open ("« Back to vacancies"), from documents.json.
    static let navigationOpenings: [String] = DocumentVocabulary.builtIn.entries("navigationOpenings")
}
