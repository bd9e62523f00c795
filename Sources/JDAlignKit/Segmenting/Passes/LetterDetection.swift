/// Marks a letter to candidates, from "Dear Colleague," to the sign-off and the name and post under it, as `other`.
///
/// A recruitment pack often opens with a letter from the headteacher or the chair of governors. It describes the
/// school and the leader it hopes for ("We are looking for a headteacher who will…"), and none of its sentences is a
/// duty of the post, however much it reads like one. Without a sign-off the letter's end is unknown, and nothing is
/// marked.
struct LetterDetection: SegmentationPass {
    /// How far after the greeting the sign-off is looked for, in lines.
    static let longestLetter = 150
    /// Lines under the sign-off that may give the writer's name and post.
    static let signatureLines = 2

    func run(_ state: inout SegmentationState) {
        var index = state.drafts.startIndex
        while index < state.drafts.endIndex {
            guard state.drafts[index].kind == nil, Self.greets(state.drafts[index].shape()),
                  var end = Self.signOff(after: index, in: state.drafts) else {
                index += 1
                continue
            }
            var signatureTaken = 0
            while signatureTaken < Self.signatureLines, state.drafts.indices.contains(end + 1),
                  Self.mayBeSignature(state.drafts[end + 1], first: signatureTaken == 0) {
                end += 1
                signatureTaken += 1
            }
            for letterIndex in index...end where state.drafts[letterIndex].kind == nil {
                state.drafts[letterIndex].decide(.other, because: "part of a letter to candidates (from \"Dear …\" to the sign-off)")
            }
            state.drafts[index].greetsTheReader = true
            index = end + 1
        }
    }

    /// "Dear Colleague," or "Dear Candidate, Thank you for…" where a converter joined the greeting to the first line.
    static func greets(_ shape: TextShape) -> Bool {
        guard shape.startsCapitalised, salutations.contains(where: { shape.folded.hasPrefix($0) }) else { return false }
        return shape.wordCount <= 6 || shape.words.prefix(6).contains { $0.hasSuffix(",") }
    }

    /// The sign-off ("Yours sincerely", "With best wishes,") closing the letter that opens at `greeting`; nil when none
    /// comes before the job description or person specification starts.
    static func signOff(after greeting: Int, in drafts: [Draft]) -> Int? {
        for index in (greeting + 1)..<min(drafts.endIndex, greeting + longestLetter) where drafts[index].kind == nil {
            let shape = TextShape(drafts[index].text)
            guard shape.wordCount <= 10 else { continue }
            if valedictions.contains(where: { shape.folded.hasPrefix($0) }) { return index }
            // A name over the writer's post ("Daniel Ash" / "Principal") signs the letter off without "Yours".
            if index + 1 < drafts.endIndex, isName(shape), signsAsAPost(drafts[index + 1]) { return index }
            if shape.containsAny(HeadingDetection.personSpecificationTitles) || HeadingDetection.namesTheJobDescription(shape) {
                return nil
            }
        }
        return nil
    }

    /// A short line that may be the writer's name or post; only the first may stand after a blank line, and a title in
    /// capitals starts what follows the letter.
    static func mayBeSignature(_ draft: Draft, first: Bool) -> Bool {
        let shape = TextShape(draft.text)
        return draft.kind == nil && (first || !draft.blankBefore) && (1...6).contains(shape.wordCount)
            && !shape.isAllCaps && !shape.endsWithColon && draft.text.last != "."
    }

    /// "Daniel Achterberg", "Mrs R. Oyelaran-Hughes": two to four capitalised words and no sentence.
    static func isName(_ shape: TextShape) -> Bool {
        (2...4).contains(shape.wordCount) && !shape.endsWithSentencePunctuation && !shape.isAllCaps
            && shape.words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether the line names the post of the letter's writer ("Principal", "Chair of Governors").
    static func signsAsAPost(_ draft: Draft) -> Bool {
        draft.kind == nil && signatories.contains(TextShape(draft.text).folded.trimming(charactersIn: ".,"))
    }

    static let signatories: Set<String> = Set(DocumentVocabulary.builtIn.entries("letterSignatories"))

    static let salutations = DocumentVocabulary.builtIn.entries("salutations")

    static let valedictions = DocumentVocabulary.builtIn.entries("valedictions")
}
