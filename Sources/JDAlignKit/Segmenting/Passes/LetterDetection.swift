/// Marks a letter to candidates, from "Dear Colleague," to the sign-off and the name and post under it, as `other`.
///
/// A recruitment pack often opens with a letter from the headteacher or the chair of governors. It describes the
/// school and the leader it hopes for ("We are looking for a headteacher who will…"), and none of its sentences is a
/// duty of the post, however much it reads like one. Without a sign-off the letter's end is unknown, and nothing is
/// marked.
struct LetterDetection: SegmentationPass {
    /// How far after the greeting the sign-off is looked for, in lines.
    static let longestLetter = 150

    func run(_ state: inout SegmentationState) {
        var index = state.drafts.startIndex
        while index < state.drafts.endIndex {
            guard state.drafts[index].kind == nil, Self.greets(state.drafts[index].shape()),
                  var end = Self.signOff(after: index, in: state.drafts) else {
                index += 1
                continue
            }
            end = Self.signatureEnd(after: end, in: state.drafts)
            for letterIndex in index...end where state.drafts[letterIndex].kind == nil {
                state.drafts[letterIndex].decide(.other, because: "part of a letter to candidates (from \"Dear …\" to the sign-off)")
            }
            state.drafts[index].greetsTheReader = true
            index = end + 1
        }
        Self.markSignOffsWithoutAGreeting(in: &state.drafts)
    }

    /// "Kind regards," after the criteria of a JD sent as the body of an e-mail: the greeting is too far back for the
    /// letter to be marked whole, but the sign-off, the writer's closing words above it ("I look forward to hearing
    /// from you.") and the signature under it are the letter's, never duties or criteria.
    static func markSignOffsWithoutAGreeting(in drafts: inout [Draft]) {
        // A valediction is four words at most ("With warmest wishes,"): longer lines are passed over by their bytes,
        // without working out their shape.
        for index in drafts.indices where drafts[index].kind == nil && drafts[index].text.utf8.count <= 40 && isBareValediction(drafts[index].shape()) {
            drafts[index].decide(.other, because: "signs off a letter or e-mail to candidates")
            if index > 0, drafts[index - 1].kind == nil, speaksAsTheWriter(drafts[index - 1].shape()) {
                drafts[index - 1].decide(.other, because: "the writer's closing words above a sign-off")
            }
            var end = index + 1
            while end < drafts.endIndex, end - index <= longestEmailSignature {
                if drafts[end].kind == nil {
                    // The signature is the lines under the sign-off; after a gap only a name or contact details carry
                    // it on ("-- " then the full signature), so a JD that follows it is left whole.
                    let afterAGap = end > index + 1 && drafts[end].blankBefore
                    guard afterAGap ? namesTheWriterOrAnAddress(drafts[end], withLetters: true) : isEmailSignatureLine(drafts[end])
                    else { break }
                    drafts[end].decide(.other, because: "the signature under a sign-off")
                }
                end += 1
            }
        }
    }

    /// A line that is a sign-off and nothing more ("Kind regards,", "Yours sincerely"): "Sincerely committed to…" opens
    /// a criterion.
    static func isBareValediction(_ shape: TextShape) -> Bool {
        shape.wordCount <= 4 && valedictions.contains(shape.folded.trimming(charactersIn: " ,.!"))
    }

    /// A short sentence in the first person ("I look forward to hearing from you."): the writer's, as duties and
    /// criteria never speak so.
    static func speaksAsTheWriter(_ shape: TextShape) -> Bool {
        guard (2...15).contains(shape.wordCount), let first = shape.words.first else { return false }
        return writerPronouns.contains(first.lowercased())
    }

    /// Longest signature of an e-mail, in lines: a name, post, school, trust, address, telephone, web address and motto.
    static let longestEmailSignature = 12

    /// A line of an e-mail's signature: the writer's name (with letters after it), post, school or trust, contact
    /// details or a motto in quotation marks. A detail's label ("Salary:") or anything else ends the signature.
    static func isEmailSignatureLine(_ draft: Draft) -> Bool {
        guard draft.headingLevel == nil, draft.marker == .none, draft.listLevel == nil else { return false }
        let shape = TextShape(draft.text)
        guard shape.wordCount <= 10, !draft.text.contains(":") || DutyDetection.givesContactDetails(draft.text),
              !shape.containsAny(HeadingDetection.personSpecificationTitles), !HeadingDetection.namesTheJobDescription(shape),
              !shape.containsAny(HeadingDetection.namesTheDuties) else { return false }
        if namesTheWriterOrAnAddress(draft) || signsAsAPost(draft) { return true }
        if let first = draft.text.first, "\"\u{201C}'\u{2018}".contains(first), let last = draft.text.last, "\"\u{201D}'\u{2019}".contains(last) {
            return true
        }
        return shape.wordCount <= 8 && !shape.endsWithSentencePunctuation
            && shape.words.contains { MetadataLabels.organisationNouns.contains($0.lowercased().trimming(charactersIn: ".,;:()")) }
    }

    /// A name, with the letters of degrees and qualifications after it ("Rachel Otterbury BA (Hons) NPQH"), or an
    /// address, telephone number or web address. After a gap in the signature the letters are asked for: "Job
    /// Description" or "Key Responsibilities" is two capitalised words too.
    static func namesTheWriterOrAnAddress(_ draft: Draft, withLetters: Bool = false) -> Bool {
        guard draft.headingLevel == nil, draft.marker == .none else { return false }
        if DutyDetection.givesContactDetails(draft.text) { return true }
        let words = TextShape(draft.text).words
        let name = words.prefix { $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) }
        let letters = words.dropFirst(name.count)
        return (2...4).contains(name.count) && letters.count <= 4 && (!withLetters || !letters.isEmpty)
            && letters.allSatisfy { word in word == "(Hons)" || word.allSatisfy { $0.isUppercase || "(),".contains($0) } }
    }

    /// "Dear Colleague," or "Dear Candidate, Thank you for…" where a converter joined the greeting to the first line.
    static func greets(_ shape: TextShape) -> Bool {
        guard shape.startsCapitalised, salutations.contains(where: { shape.folded.hasPrefix($0) }) else { return false }
        return shape.wordCount <= 6 || shape.words.prefix(6).contains { $0.hasSuffix(",") }
    }

    /// The sign-off ("Yours sincerely", "With best wishes,") closing the letter that opens at `greeting`; nil when none
    /// comes before something a letter does not hold: a heading the document marks, a list of duties, or a title of
    /// the job description, its duties or the person specification.
    static func signOff(after greeting: Int, in drafts: [Draft]) -> Int? {
        // A name over a post may be a photograph's caption inside the letter ("Claire Rowntree" / "Acting
        // Headteacher"): a "Yours sincerely" further on is the sign-off, and the name only when none follows.
        var nameOverPost: Int?
        for index in (greeting + 1)..<min(drafts.endIndex, greeting + longestLetter) where drafts[index].kind == nil {
            let draft = drafts[index]
            let shape = TextShape(draft.text)
            if draft.headingLevel != nil || (draft.marker != .none && shape.opensWithADutyVerb) { return nameOverPost }
            guard shape.wordCount <= 10 else { continue }
            if valedictions.contains(where: { shape.folded.hasPrefix($0) }) { return index }
            // A name over the writer's post ("Daniel Ash" / "Principal") signs the letter off without "Yours"; a label
            // over a value ("Line Manager" / "Headteacher") is the JD's facts.
            if nameOverPost == nil, index + 1 < drafts.endIndex, isName(shape), MetadataLabels.field(forLabel: draft.text) == nil,
               signsAsAPost(drafts[index + 1]) {
                nameOverPost = index
            }
            if shape.containsAny(HeadingDetection.personSpecificationTitles) || HeadingDetection.namesTheJobDescription(shape)
                || (shape.wordCount <= 6 && shape.containsAny(HeadingDetection.namesTheDuties)) {
                return nameOverPost
            }
        }
        return nameOverPost
    }

    /// The last line of the signature under the sign-off at `signOff`: the writers' names and posts under "Yours
    /// sincerely" (two writers sign side by side in a table), or the post under a name that signed the letter off.
    static func signatureEnd(after signOff: Int, in drafts: [Draft]) -> Int {
        let signOffShape = TextShape(drafts[signOff].text)
        if !valedictions.contains(where: { signOffShape.folded.hasPrefix($0) }) { return signOff + 1 }
        var end = signOff
        while end - signOff < longestSignature, drafts.indices.contains(end + 1), end == signOff || !drafts[end + 1].blankBefore,
              isSignatureLine(drafts[end + 1]) {
            end += 1
        }
        return end
    }

    /// Longest signature, in lines: two names and two posts.
    static let longestSignature = 4

    /// A writer's name or post under the sign-off, never the title of what follows the letter.
    static func isSignatureLine(_ draft: Draft) -> Bool {
        guard draft.kind == nil, draft.headingLevel == nil else { return false }
        let shape = TextShape(draft.text)
        return signsAsAPost(draft) || (isName(shape) && MetadataLabels.field(forLabel: draft.text) == nil
            && !shape.containsAny(HeadingDetection.personSpecificationTitles) && !HeadingDetection.namesTheJobDescription(shape)
            && !shape.containsAny(HeadingDetection.namesTheDuties)
            && !HeadingDetection.isNotDutiesTitle(shape))
    }

    /// "Daniel Achterberg", "Mrs R. Oyelaran-Hughes": two to four capitalised words and no sentence.
    static func isName(_ shape: TextShape) -> Bool {
        (2...4).contains(shape.wordCount) && !shape.endsWithSentencePunctuation && !shape.isAllCaps
            && shape.words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether the line names the post of the letter's writer ("Principal", "Chair of Governors", "Headteacher,
    /// Larkspur Academy").
    static func signsAsAPost(_ draft: Draft) -> Bool {
        guard draft.kind == nil, draft.headingLevel == nil else { return false }
        let folded = TextShape(draft.text).folded.trimming(charactersIn: ".,")
        if signatories.contains(folded) { return true }
        guard let comma = folded.firstIndex(of: ","), folded.split(separator: " ").count <= 8 else { return false }
        return signatories.contains(String(folded[..<comma]))
    }

    static let signatories: Set<String> = Set(DocumentVocabulary.builtIn.entries("letterSignatories"))

    static let salutations = DocumentVocabulary.builtIn.entries("salutations")

    static let valedictions = DocumentVocabulary.builtIn.entries("valedictions")

    static let writerPronouns: Set<String> = Set(DocumentVocabulary.builtIn.entries("writerPronouns"))
}
