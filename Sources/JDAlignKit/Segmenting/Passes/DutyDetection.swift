/// Decides what every line still undecided is: a duty, or `other` (lead-ins, introductions, prose about the school).
///
/// Outside the person specification and outside parts about the school or applying, list items are duties,
/// and so is prose that starts with a duty verb ("Create a culture…", "To lead…"), that states what the post holder
/// must or is expected to do, or that carries on a list in lower case ("and undertake any professional duties…").
/// A line ending with a colon introduces a list and is `other`.
struct DutyDetection: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        var previous: Draft?
        var inLabelledRows = false
        for index in state.drafts.indices {
            let draft = state.drafts[index]
            if draft.followsLabelCell {
                inLabelledRows = true
            } else if draft.blankBefore || (draft.kind == .heading && !draft.isLabelCell) {
                inLabelledRows = false
            }
            if draft.kind == nil {
                let shape = state.drafts[index].shape()
                let (kind, reason) = Self.kind(of: draft, shape: shape, after: previous, inLabelledRows: inLabelledRows)
                state.drafts[index].decide(kind, because: reason)
            }
            previous = state.drafts[index]
        }
    }

    static func kind(of draft: Draft, shape: TextShape, after previous: Draft?, inLabelledRows: Bool = false) -> (ItemKind, String) {
        switch draft.zone {
        case .personSpecification: return (.personSpec, "a line in the person specification")
        case .notDuties: return (.other, "in a part about the school, benefits or applying")
        case .general: break
        }
        let previousKind = previous?.kind
        if shape.endsWithColon {
            return HeadingDetection.opensADuty(shape) || Self.dutyVerbAfterOpeningPhrase(shape) != nil
                ? (.duty, "a duty that introduces the items under it")
                : (.other, "ends with a colon: it introduces what follows")
        }
        if draft.marker != .none {
            // "a) The Sedge Valley Federation was formed in 2019…": an introduction's items may set out the school.
            if Self.isAboutTheOrganisation(shape) { return (.other, "a list item that describes the school (\"The federation was formed…\")") }
            if Self.isADatedDetail(shape) { return (.other, "a detail of the vacancy: a label and its date (\"Interviews: w/c 4 May\")") }
            return (.duty, "a list item outside the person specification")
        }
        if shape.startsLowercase, previousKind == .duty { return (.duty, "carries on the duty list in lower case") }
        // One duty per line: a whole sentence right after a finished duty is the next one, though a converter lost its
        // bullet or the table gave it no label of its own. A list that never had bullets shows it by its lines all
        // being instructions: after a duty that opened with a verb, a sentence that does not open on a subject. Not in a
        // table's cells: a PDF of the same Word table shows a cell's paragraphs apart, and must read as the Word file does.
        if let previous, previousKind == .duty, !draft.blankBefore, draft.cell == nil, shape.wordCount >= 5,
           shape.startsCapitalised, shape.endsWithSentencePunctuation, TextShape(previous.text).endsWithSentencePunctuation,
           !Self.isANoteOnTheDuty(shape), previous.marker != .none || (TextShape(previous.text).opensWithADutyVerb && !Self.opensOnASubject(shape)) {
            return (.duty, "a sentence in a list of duties whose bullet was lost")
        }
        // A flattened two-column table gives its label once: the rows under it are entries of the same text column,
        // whether written as sentences or as phrases ("Oversight of the budget…").
        if let previous, previousKind == .duty, !draft.blankBefore, draft.cell == nil, shape.wordCount >= 4,
           shape.startsCapitalised, inLabelledRows || Self.isAnotherRowOfTheColumn(draft, after: previous) {
            return (.duty, "another row of a two-column table's text column, under the same label")
        }
        // "To arrange a visit, contact Mrs … at office@…": a line giving an email address, a telephone number or a web
        // address is contact details, unless it opens with an instruction to the post holder ("Manage the
        // admissions inbox (admissions@…)").
        if Self.givesContactDetails(shape.text),
           !DutyVerbs.all.contains(shape.leadingVerb) || candidateInstructionVerbs.contains(shape.leadingVerb)
            || Self.tellsCandidatesWhatToDo(shape) {
            return (.other, "gives an email, postal or web address or a telephone number: contact details, not a duty")
        }
        if Self.namesAPerson(shape) { return (.other, "names a person (a courtesy title and a name), not a duty") }
        // "Apply now", "Download the pack": a page's button or link tells candidates what to do; "Complete the census"
        // in a duties table is the post's.
        if draft.cell == nil, !draft.startsCell, Self.callsOnCandidates(shape) {
            return (.other, "a call to candidates (a page's button or link), not a duty")
        }
        if draft.cell == nil, Self.controlsThePage(shape) {
            return (.other, "a control of the page (\"Report this job\"), not a duty")
        }
        // "The ideal candidate will be a qualified teacher…" in an advert with no titled person specification.
        // "The ideal candidate will lead our pastoral team…" gives a duty all the same.
        if shape.wordCount >= 5, candidateDescriptionOpenings.contains(where: { shape.folded.hasPrefix($0) }),
           !shape.containsAnyUnnegated(obligationPhrases) {
            return (.personSpec, "describes the person sought (\"The ideal candidate…\")")
        }
        // "We are looking for a Deputy Headteacher who…", "The governors of … are seeking…": an advert's opening
        // says whom the school seeks, in a paragraph of its own.
        if draft.cell == nil, Self.saysWhomTheSchoolSeeks(shape) {
            return (.other, "says whom the school is looking for (an advert's opening), not a duty")
        }
        if shape.opensWithInfinitive { return (.duty, "opens with \"To\" and a verb") }
        // "Share" beside "Save" on a job board's page is a button: a duty names what is to be done, not a verb alone.
        if DutyVerbs.all.contains(shape.leadingVerb), shape.wordCount >= 2 {
            return (.duty, "opens with a duty verb (\"\(shape.leadingVerb)\")")
        }
        if let verb = Self.dutyVerbAfterOpeningPhrase(shape) {
            return (.duty, "opens with a duty verb (\"\(verb)\") after a phrase setting it in context")
        }
        if let verb = Self.dutyVerbAfterRunInTitle(shape) {
            return (.duty, "a run-in title, then a sentence opening with a duty verb (\"\(verb)\")")
        }
        if Self.describesTheSchool(shape) { return (.other, "prose that opens by describing the school (\"Oakfield is a …\")") }
        // "We use cookies to make this website work…": the site's notice, saved with the page; a duty that teaches
        // or manages cookies opens with its verb, above.
        if draft.cell == nil, shape.containsAny(websiteNotices) { return (.other, "the website's notice (cookies), not a duty") }
        // "Cover staff are not expected to plan lessons" says what the post holder does not do.
        if shape.containsAnyUnnegated(obligationPhrases) { return (.duty, "says what the post holder is to do") }
        if shape.wordCount >= 8, Self.namesThePostHolderDoing(shape) {
            return (.duty, "prose in which the post holder does something (\"The Bursar prepares…\", \"They lead…\")")
        }
        return (.other, "prose that states no duty")
    }

    /// The duty verb after a short opening phrase and its comma: "With the Headteacher and subject leaders, keep the
    /// curriculum…", "As a member of the senior leadership team, help to shape…", or after an area's name and a
    /// colon ("Partnership and federation: lead…"). Nil when the word there is no instruction: a noun ("support
    /// staff … are", "review of"), a clause with its own verb, or what candidates are told to do ("visit",
    /// "prepare"), or when the label is a pack's title ("How to apply:").
    static func dutyVerbAfterOpeningPhrase(_ shape: TextShape) -> String? {
        let words = shape.words
        let verbIndex: Int
        if let colon = words.prefix(6).firstIndex(where: { $0.hasSuffix(":") }) {
            let label = TextShape(words[...colon].joined(separator: " ").trimming(charactersIn: ":"))
            guard !DutyVerbs.all.contains(shape.leadingVerb), !HeadingDetection.isNotDutiesTitle(label),
                  !label.words.contains(where: { clauseVerbs.contains($0.lowercased()) }) else { return nil }
            // "Intent: to make every class…", "Aim: to secure…": a label over an infinitive states the part's purpose.
            // "Tenure: to be reviewed after a year" states the post's terms, not something the post holder does.
            let infinitive = words.indices.contains(colon + 2) && words[colon + 1].lowercased() == "to"
            guard !infinitive || words[colon + 2].lowercased() != "be" else { return nil }
            verbIndex = infinitive ? colon + 2 : colon + 1
        } else if let comma = words.prefix(9).firstIndex(where: { $0.hasSuffix(",") }), comma >= 1,
                  openingPrepositions.contains(words[0].lowercased()) {
            verbIndex = comma + 1
        } else {
            return nil
        }
        guard verbIndex + 1 < words.count else { return nil }
        let verb = words[verbIndex].lowercased().trimming(charactersIn: ",;:")
        let next = words[verbIndex + 1].lowercased()
        let rest = words[(verbIndex + 1)...].prefix(10).map { $0.lowercased() }
        guard DutyVerbs.all.contains(verb), !candidateInstructionVerbs.contains(verb), next != "of" else { return nil }
        guard rest.contains(where: clauseVerbs.contains) else { return verb }
        // "With the Careers Leader, make sure every student has…": the verb's object is a clause with a verb of its own.
        // "When applying, ensure that your referees…" tells candidates what to do: the clause speaks to the reader.
        let instruction = words[verbIndex...].joined(separator: " ").lowercased()
        let takesAClause = verbsTakingAClause.contains { instruction.hasPrefix($0 + " ") } && !rest.contains(where: readerPronouns.contains)
        return takesAClause ? verb : nil
    }

    /// Whether, after a comma, the line tells candidates what to do ("To arrange a visit, contact…").
    static func tellsCandidatesWhatToDo(_ shape: TextShape) -> Bool {
        zip(shape.words, shape.words.dropFirst()).contains { word, next in
            word.hasSuffix(",") && candidateInstructionVerbs.contains(next.lowercased())
        }
    }

    /// "Mr", "Mrs", "Dr": a person's name follows.
    static let courtesyTitles: Set<String> = Set(DocumentVocabulary.builtIn.entries("courtesyTitles"))

    /// How a job board's buttons and links end ("… this job", "… this page").
    static let pageControlEndings: [String] = DocumentVocabulary.builtIn.entries("pageControlEndings")

    /// Verbs a pack uses to tell candidates what to do ("visit the website", "prepare a presentation").
    static let candidateInstructionVerbs: Set<String> = Set(DocumentVocabulary.builtIn.entries("candidateInstructionVerbs"))

    /// Verbs of a clause with a subject of its own ("support staff … are line managed", "our aim is").
    static let clauseVerbs: Set<String> = Set(DocumentVocabulary.builtIn.entries("clauseVerbs"))

    /// Words of a page's buttons and links ("now", "here", "pack"): after a candidate's instruction they make a call
    /// to action.
    static let callToActionWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("callToActionWords"))

    /// Words that open a phrase setting a duty in context: "With…", "As…", "Working with…", "In…".
    static let openingPrepositions: Set<String> = Set(DocumentVocabulary.builtIn.entries("dutyContextOpenings"))

    /// Words that speak to the reader ("you", "your"), from documents.json.
    static let readerPronouns: Set<String> = Set(DocumentVocabulary.builtIn.entries("readerPronouns"))

    /// Duty verbs whose object is a clause ("ensure", "make sure"), from documents.json.
    static let verbsTakingAClause: [String] = DocumentVocabulary.builtIn.entries("verbsTakingAClause")

    /// Whether the text gives contact details: an email address, a web address or a telephone number.
    static func givesContactDetails(_ text: String) -> Bool {
        if holdsAnEmailAddress(text) || text.includes("www.") || text.includes("http") || holdsAPostcode(text) { return true }
        // "01632 960 789": a run of digits and spaces that starts with 0 and holds ten digits or more. Most lines hold
        // fewer than ten digits in all, and one pass over their bytes settles it.
        guard text.utf8.lazy.filter({ (0x30...0x39).contains($0) }).count >= 10 else { return false }
        let runs = text.split { !$0.isNumber && $0 != " " }
        return runs.contains { run in
            let digits = run.filter(\.isNumber)
            return digits.first == "0" && digits.count >= 10
        }
    }

    /// Whether the text is an address: it ends with a British postcode ("…, Marsham Cross MC3 7QT"). A sentence
    /// naming a postcode on the way ("Live within 5 miles of DE22 3NB to…", "…sites, Dale Road DE22 3NB and Hill
    /// Street DE1 1QQ.") is a duty or criterion, and ends with a full stop unless it lists an address's parts.
    static func holdsAPostcode(_ text: String) -> Bool {
        // Asked of every line: only the last two words are looked at, found from the end.
        let body = text.trimmingSpacesKeepingTabs()
        guard let lastSpace = body.utf8.lastIndex(of: 0x20) else { return false }
        let inward = body[body.index(after: lastSpace)...]
        let before = body[..<lastSpace].trimmingSpacesKeepingTabs()
        let outward = before.utf8.lastIndex(of: 0x20).map { before[before.index(after: $0)...] } ?? before
        guard isOutwardCode(outward.drop { $0 == "(" }), isInwardCode(String(inward).trimming(charactersIn: ",.;)")) else { return false }
        return text.last != "." || text.filter { $0 == "," }.count >= 2
    }

    /// "MC3", "B15", "SW1A": one or two capitals, a digit, then at most a digit or capital.
    private static func isOutwardCode(_ word: Substring) -> Bool {
        let letters = word.prefix { $0.isASCII && $0.isUppercase }
        let rest = word.dropFirst(letters.count)
        guard (1...2).contains(letters.count), let digit = rest.first, digit.isASCII, digit.isNumber, rest.count <= 2 else { return false }
        return rest.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
    }

    /// "7QT": a digit and two capitals.
    private static func isInwardCode(_ word: String) -> Bool {
        let scalars = Array(word)
        return scalars.count == 3 && scalars[0].isASCII && scalars[0].isNumber
            && scalars.dropFirst().allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Whether a short line names a person rather than states a duty or criterion: "Mrs Joanna Pettifer,
    /// Headteacher", or a label and a name ("Chair of Governors: Mr Anand Selvaraj").
    static func namesAPerson(_ shape: TextShape) -> Bool {
        let words = shape.words
        guard (2...9).contains(words.count) else { return false }
        let start: Int
        if let colon = words.prefix(5).firstIndex(where: { $0.hasSuffix(":") }) { start = colon + 1 } else { start = 0 }
        guard start + 1 < words.count, courtesyTitles.contains(words[start].lowercased().trimming(charactersIn: ".")),
              words[start].contains(where: \.isLowercase), words[start + 1].first?.isUppercase == true else { return false }
        // "MS Excel, including pivot tables" is software: a name is labelled ("Chair: Mr …") or followed by the post
        // ("…, Headteacher").
        if start > 0 { return true }
        let name = words[(start + 1)...].prefix(3)
        guard let end = name.firstIndex(where: { $0.hasSuffix(",") }), name[...end].allSatisfy({ $0.first?.isUppercase == true })
        else { return false }
        return words[(end + 1)...].contains { PostTitleFromHeading.roleWords.contains($0.lowercased().trimming(charactersIn: ",.;()")) }
    }

    /// Whether the text holds an email address: a word with "@" and a dot after it.
    static func holdsAnEmailAddress(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return false }
        return text.split(separator: " ").contains { word in
            guard let at = word.firstIndex(of: "@"), at > word.startIndex else { return false }
            var domain = word[word.index(after: at)...]
            while let last = domain.last, ".,;:)".contains(last) { domain = domain.dropLast() }
            return domain.contains(".")
        }
    }

    /// Whether a line whose first cell is empty ("\tDeputising for the Headteacher") follows a row whose text cell is
    /// a duty: it is the next entry of that column. Plain text marks the empty cell with a leading tab.
    static func isAnotherRowOfTheColumn(_ draft: Draft, after previous: Draft) -> Bool {
        draft.startsCell && previous.startsCell && previous.line != draft.line && previous.cell == nil
    }

    /// Whether a sentence has the post holder as the subject of a present-tense verb: "The Bursar prepares the
    /// budget", "As Clerk, the Bursar advises", "They lead phonics". Prose JDs state duties this way, with no list.
    static func namesThePostHolderDoing(_ shape: TextShape) -> Bool {
        let words = shape.words.map { $0.lowercased().trimming(charactersIn: ".,;:()\"'‘’") }
        for index in words.indices.dropLast() {
            let word = words[index], next = words[index + 1]
            let startsSentence = index == 0 || shape.words[index - 1].last.map { ".:;".contains($0) } == true
            if startsSentence, ["they", "you"].contains(word), next.count > 2 { return true }
            guard PostTitleFromHeading.roleWords.contains(word) || postHolderNouns.contains(word) else { continue }
            let determined = words[max(0, index - 4)..<index].contains { ["the", "our", "your"].contains($0) }
            // A title written in lower case opening a sentence ("The head of centre will…"): a modal a few words on,
            // with nothing but the title's words between.
            let opensTheSentence = index >= 1 && ["the", "our"].contains(words[index - 1])
                && (index == 1 || shape.words[index - 2].last.map { ".:;".contains($0) } == true)
            if opensTheSentence, let modal = words[(index + 1)...].prefix(4).firstIndex(where: { ["will", "must", "should"].contains($0) }),
               shape.words[index..<modal].allSatisfy({ word in !word.contains(where: { ".,;:".contains($0) }) }) {
                return true
            }
            // The verb follows the whole title: "The Head of House leads", "The Assistant Headteacher for Welfare is".
            // A bracket after the title belongs to it: "The Deputy Headteacher (Teaching and Learning) shares…".
            var after = index + 1
            var inBracket = false
            while after < words.count - 1,
                  inBracket || shape.words[after].first == "(" || shape.words[after].first?.isUppercase == true
                    || ["of", "for", "and"].contains(words[after]) {
                // "Our current Deputy Headteacher (Mrs R Okafor) retires…" is about a person, not the post.
                if shape.words[after].first == "(" {
                    if courtesyTitles.contains(words[after]) { return false }
                    inBracket = true
                }
                if shape.words[after].last == ")" { inBracket = false }
                after += 1
            }
            let verb = words[after == index + 1 ? index + 1 : after]
            let presentVerb = (verb.hasSuffix("s") && !verb.hasSuffix("ss") && verb.count > 3) || ["will", "must", "should", "has", "is"].contains(verb)
            if determined, presentVerb { return true }
        }
        return false
    }

    /// Whether a sentence's subject is the school or trust itself and its verb says what it is or was ("The Sedge
    /// Valley Federation was formed in 2019…", "Our academy is a…", "Hollins Vale Primary School is a…"): the
    /// subject's last word names an organisation, so "The school development plan is…" and "The school's budget
    /// is…" are not about the school as a whole. A sentence that goes on to an instruction ("The school is a member
    /// of the hub; represent it…") is a duty with its reason.
    static func isAboutTheOrganisation(_ shape: TextShape) -> Bool {
        guard !shape.text.contains(where: { $0 == ";" || $0 == ":" }), !shape.folded.includes(", so ") else { return false }
        let words = shape.words.prefix(9).map { $0.lowercased().trimming(charactersIn: ",;:()\"'‘’") }
        guard let verb = words.firstIndex(where: { ["is", "are", "was", "were"].contains($0) }), verb >= 1, verb + 1 < words.count
        else { return false }
        let next = words[verb + 1]
        let saysWhatItIs = ["a", "an", "one", "the"].contains(next) || (next.hasSuffix("ed") && next.count > 4)
        // "We are a federation of two infant schools."
        if verb == 1, words[0] == "we" {
            return ["a", "an"].contains(next) && words[(verb + 2)...].prefix(3).contains(where: MetadataLabels.organisationNouns.contains)
        }
        guard verb >= 2, MetadataLabels.organisationNouns.contains(words[verb - 1]),
              sentenceSubjects.contains(words[0]) || shape.words[0].first?.isUppercase == true else { return false }
        // The subject is a name ("The Sedge Valley Federation") or a determiner and the noun ("Our academy"), not a
        // clause with a verb of its own ("The post holder makes sure the school is…").
        let subject = shape.words[1..<verb]
        guard subject.allSatisfy({ $0.first?.isUppercase == true || MetadataLabels.organisationNouns.contains($0.lowercased()) }) else { return false }
        return saysWhatItIs
    }

    /// Whether a list item is a label and a date ("Interviews: w/c 4 May 2026", "Visits: Tuesday 3 March"): a detail
    /// of the vacancy in an advert's list of facts. The value is a date and little else, so "Timetable: the 2026-27
    /// timetable, published by June" and "Open evening: 2 October, leading tours…" are the post's duties.
    static func isADatedDetail(_ shape: TextShape) -> Bool {
        guard let colon = shape.text.firstIndex(of: ":") else { return false }
        let label = shape.text[..<colon], value = shape.text[shape.text.index(after: colon)...]
        let valueWords = value.split(separator: " ").map { $0.lowercased().trimming(charactersIn: ",.()") }
        guard label.split(separator: " ").count <= 3, (1...6).contains(valueWords.count), value.contains(where: \.isNumber),
              !value.contains(",") || valueWords.count <= 4 else { return false }
        // Opens on the date: "w/c 4 May", "week beginning 2 June", "Tuesday 3 March", "4 May 2026", "May 2026".
        let first = valueWords[0], second = valueWords.count > 1 ? valueWords[1] : ""
        if ["w/c", "wc", "week"].contains(first) || ReviewDateParser.namesADay(Substring(first)) && first != "may" { return true }
        if first == "may" { return second.first?.isNumber == true }
        return first.first?.isNumber == true && ReviewDateParser.namesADay(Substring(second))
    }

    /// Whether a sentence opens by saying whom the school seeks: its subject is the school's voice ("We", "The
    /// governors of …", "The trust") and its verb one of `seekingVerbs` ("are looking for", "are seeking").
    static func saysWhomTheSchoolSeeks(_ shape: TextShape) -> Bool {
        let opening = String(shape.folded.prefix(90))
        guard let verb = seekingVerbs.lazy.compactMap({ opening.range(of: $0) }).first else { return false }
        let subject = String(opening[..<verb.lowerBound]).trimming(charactersIn: " ")
        return seekingSubjects.contains { subject == $0 || subject.hasPrefix($0 + " of ") }
    }

    /// Verbs by which an advert says whom it seeks (documents.json).
    static let seekingVerbs: [String] = DocumentVocabulary.builtIn.entries("seekingVerbs")

    /// The school's voice as the subject of such a sentence ("we", "the governors").
    static let seekingSubjects: [String] = DocumentVocabulary.builtIn.entries("seekingSubjects")

    /// Phrases of a website's own notices ("We use cookies…"), saved with a vacancy page.
    static let websiteNotices = PhraseSet(DocumentVocabulary.builtIn.entries("websiteNotices"))

    /// Whether a sentence opens on a determiner or pronoun ("The school…", "Our pupils…"): it is about something,
    /// not an instruction.
    static func opensOnASubject(_ shape: TextShape) -> Bool {
        guard let first = shape.words.first else { return false }
        return sentenceSubjects.contains(first.lowercased())
    }

    static let sentenceSubjects: Set<String> = Set(DocumentVocabulary.builtIn.entries("sentenceSubjects"))

    /// Nouns that stand for the post holder besides post titles.
    static let postHolderNouns: Set<String> = Set(DocumentVocabulary.builtIn.entries("postHolderNouns"))

    /// Openings of a sentence describing the person sought.
    static let candidateDescriptionOpenings: [String] = DocumentVocabulary.builtIn.entries("candidateDescriptionOpenings")

    /// Phrases by which prose states what the post holder is to do.
    static let obligationPhrases: PhraseSet = PhraseSet(DocumentVocabulary.builtIn.entries("obligationPhrases"))
}

/// Verbs a duty typically starts with, in the imperative ("Ensure…") or after "To" ("To lead…").
enum DutyVerbs {
    static let all: Set<String> = Set(DocumentVocabulary.builtIn.entries("dutyVerbs"))
}

extension TextShape {
    /// Whether the line opens as a duty does: "To" and a verb, or a duty verb ("Ensure…").
    var opensWithADutyVerb: Bool {
        opensWithInfinitive || DutyVerbs.all.contains(leadingVerb)
    }
}
