/// Marks the standard wording that surrounds the duties without being one: amendment and review clauses,
/// "not an exhaustive list" notes, "other duties as required", conditions of employment, safeguarding and
/// equal-opportunities commitments, recruitment checks, and signature and date lines.
struct BoilerplateDetection: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        for index in state.drafts.indices where state.drafts[index].kind == nil {
            if Self.isBoilerplate(state.drafts[index].shape()) {
                state.drafts[index].decide(.boilerplate, because: "standard wording: a clause, signature line or note about the document")
            } else if state.drafts.indices.contains(index + 1), Self.namesWhoSigns(state.drafts[index], above: state.drafts[index + 1]) {
                state.drafts[index].decide(.boilerplate, because: "names who signs the lines to fill in below it")
            }
        }
    }

    /// "Postholder" or "Line manager (Executive Headteacher)" right over "Name: ……": the signer of a signature
    /// block. A criterion or a grid's cell before a signature line set apart from it is no signer.
    static func namesWhoSigns(_ draft: Draft, above next: Draft) -> Bool {
        // Asked of every line: the blank to fill in under it settles most of them before any words are read.
        guard leavesABlank(next.text), next.marker == .none,
              !next.blankBefore, draft.cell == nil, !draft.startsCell, !next.startsCell else { return false }
        let shape = TextShape(draft.text)
        guard shape.wordCount <= 6, !shape.endsWithSentencePunctuation, !shape.endsWithColon, CriterionTerms.priority(draft.text) == nil
        else { return false }
        return isSignatureLine(TextShape(next.text))
    }

    static func isBoilerplate(_ shape: TextShape) -> Bool {
        if isSignatureLine(shape) { return true }
        // Headings such as "Safeguarding" or "Review and amendment" name the topic; clauses are sentences.
        guard shape.wordCount >= 4 else { return false }
        // The clause in its own words is a short sentence; a paragraph of duties may end on it, and is not one.
        if shape.wordCount < 25, Self.asksForOtherDuties(shape) { return true }
        // "…together with any other reasonable duties" closing a paragraph whose first sentence gives the post holder
        // duties ends those duties. On its own, opening the paragraph, after a sentence about the post, the document
        // or duties in general ("The following list is typical of the duties…", "You will carry out your duties
        // in line with…"), or beside a note that the list is not exhaustive, it is the clause.
        if shape.containsAny(clausePhrases) {
            let endsAParagraphOfDuties = shape.wordCount >= 25 && shape.containsAny(catchAllDuties)
                && !shape.containsAny(documentClausePhrases) && !shape.firstSentenceContainsAny(clausePhrases)
                && shape.firstSentenceContainsAny(postHolderObligations) && !shape.firstSentenceContainsAny(documentReferences)
                && !shape.firstSentenceContainsAny(dutiesInGeneral)
            return !endsAParagraphOfDuties
        }
        // "Coordinate the annual reviews of EHC plans" is a duty: review clauses are about the document itself, in the
        // same sentence ("Much of the role…. You will … attend EHCP annual reviews" is a paragraph of duties). The
        // phrase is looked for in the whole line first: splitting every line into sentences is the dearer test.
        if shape.containsAny(amendmentPhrases), shape.someSentenceContainsBoth(amendmentPhrases, documentReferences) { return true }
        // "Fulfil the requirements … relating to the Conditions of Employment" is a duty that mentions them; a statement
        // is a sentence or a long notice, where "Committed to equality and inclusion" is a short criterion. A paragraph
        // of what the post holder must do that ends on such a sentence is still duties, unless the notice opens it.
        if !DutyVerbs.all.contains(shape.leadingVerb), shape.endsWithSentencePunctuation || shape.wordCount >= 12,
           shape.containsAny(statementPhrases), !CriterionTerms.readsAsACriterion(shape),
           !shape.containsAnyUnnegated(DutyDetection.obligationPhrases) || shape.firstSentenceContainsAny(statementPhrases)
            || shape.containsAny(recruitmentConditions) {
            return true
        }
        if shape.folded.hasPrefix("this job description") || shape.folded.hasPrefix("the job description")
            || shape.folded.hasPrefix("please note") {
            return true
        }
        // A preamble that points at the duties ("…the professional duties set out below.") rather than stating one.
        return !shape.endsWithColon && shape.containsAny(pointersToDuties)
    }

    /// "Signed", "Date:", "Name", "Postholder's signature:", "Print name".
    static func isSignatureLine(_ shape: TextShape) -> Bool {
        // "Signed (post holder): ..........  Date: ......": a signature label with a blank to fill in, or a signer's
        // post before it ("Chair of Governors signature: ......", "Signed on behalf of the Governing Board: ......").
        if shape.wordCount <= 14, leavesABlank(shape.text) {
            let first = shape.words.first?.lowercased().trimming(charactersIn: ":(.") ?? ""
            // "Print name: ......" or "Print name ......": the label may be two words, up to its colon or blank.
            let label = String(shape.folded.prefix { $0 != ":" && $0 != "." && $0 != "_" && $0 != "…" }.trimmingSpacesAndTabs())
            if signatureLabels.contains(first) || signatureLabels.contains(label) || shape.containsAny(signaturePhrases) { return true }
        }
        guard shape.wordCount <= 5 else { return false }
        // Forms leave a line to write on: "Date: ____________" is the label "date".
        let bare = shape.folded.trimming(charactersIn: " :._")
        if signatureLabels.contains(bare) {
            // "HEADTEACHER" alone at the top names the post; only "Headteacher:" is a line to sign on.
            return shape.endsWithColon || (shape.wordCount <= 2 && !postTitleLabels.contains(bare))
        }
        return shape.containsAny(signaturePhrases)
    }

    /// Whether the line leaves a blank to write on: a run of dots, an ellipsis run or underscores.
    static func leavesABlank(_ text: String) -> Bool {
        text.includes("....") || text.includes("……") || text.includes("____")
    }

    static let signatureLabels: Set<String> = Set(DocumentVocabulary.builtIn.entries("signatureLabels"))

    /// Signature labels that are also posts.
    static let postTitleLabels: Set<String> = Set(DocumentVocabulary.builtIn.entries("postTitleLabels"))

    static let signaturePhrases: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("signaturePhrases"))

    static let pointersToDuties: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("pointersToDuties"))

    /// Review and amendment wording, which is boilerplate when it is about the job description or the post.
    static let amendmentPhrases: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("amendmentPhrases"))

    static let documentReferences: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("documentReferences"))

    static let clausePhrases: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("boilerplateClausePhrases"))

    /// The catch-all duties clause ("any other reasonable duties"), which may close a paragraph of duties.
    static let catchAllDuties: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("catchAllDutiesPhrases"))

    /// Clause wording about the list or the document ("not exhaustive", "commensurate with"): never part of a duty.
    static let documentClausePhrases: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("boilerplateClausePhrases").filter { phrase in
        !DocumentVocabulary.builtIn.entries("catchAllDutiesPhrases").contains(phrase)
    })

    /// The post holder as the subject of what the sentence obliges ("you will", "the postholder will"): "All staff are
    /// expected to…" is about everyone.
    static let postHolderObligations: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("postHolderObligationPhrases"))

    /// "Your duties", "the duties": a sentence about duties in general, not one of them.
    static let dutiesInGeneral: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("dutiesInGeneralWords"))

    /// Conditions of appointment, which make a paragraph the employer's statement whatever else it says staff do.
    static let recruitmentConditions: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("recruitmentConditionPhrases"))

    /// Statements about employment that are boilerplate unless the line is itself an instruction.
    static let statementPhrases: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("boilerplateStatementPhrases"))
}
