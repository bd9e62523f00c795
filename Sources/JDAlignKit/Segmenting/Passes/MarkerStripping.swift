/// Removes bullets and numbering from the start of each draft and records them as its `marker`.
///
/// Handles the glyphs Word and PDF converters leave ("·", "•", "▪", "◦", "➢", "✓", and "§", "Ø", "ü", "o" from
/// Wingdings bullets read without their font), dashes and asterisks, and numbering such as "1.", "2.1", "a)", "(iv)", "A.".
struct MarkerStripping: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        var drafts: [Draft] = []
        drafts.reserveCapacity(state.drafts.count)
        var loneMarker: (line: Draft, marker: ListMarker)?
        for var draft in state.drafts {
            if draft.cell == nil, let marker = Self.markerStandingAlone(draft.text) {
                // A converter may leave a bullet or a number ("•", "12.", "b)") on a line of its own, with its text
                // on the next line.
                if let earlier = loneMarker { drafts.append(earlier.line) }
                loneMarker = (draft, marker)
                continue
            }
            let (marker, rest) = Self.strip(Substring(draft.text))
            if marker != .none {
                draft.marker = marker
                if marker == .number { draft.recordNumbering(draft.text.prefix { $0 != " " && $0 != "\t" }) }
                draft.text = String(rest)
            } else if draft.listLevel != nil {
                draft.marker = .bullet
            }
            if let (line, marker) = loneMarker {
                loneMarker = nil
                if draft.marker == .none, draft.cell == nil, !draft.startsCell {
                    draft.marker = marker
                    if marker == .number { draft.recordNumbering(Substring(line.text)) }
                    draft.blankBefore = line.blankBefore
                } else {
                    drafts.append(line)
                }
            }
            drafts.append(draft)
        }
        if let (line, _) = loneMarker { drafts.append(line) }
        state.drafts = drafts
    }

    /// The marker a line holds when it holds nothing else: a bullet glyph, or numbering ("12.", "(iv)", "b)").
    static func markerStandingAlone(_ text: String) -> ListMarker? {
        if text.count == 1, let glyph = text.first, glyphBullets.contains(glyph) { return .bullet }
        guard text.count <= 6, !text.includes(" "), text.first?.isLetter == true || text.first?.isNumber == true
            || text.first == "(" else { return nil }
        guard let (marker, rest) = numbering(Substring(text + " X")), rest == "X" else { return nil }
        return marker
    }

    /// Glyphs that are bullets even when the text follows without a space.
    static let glyphBullets: Set<Character> = [
        "·", "•", "▪", "▫", "◦", "➢", "➤", "►", "▶", "▸", "‣", "⁃", "∙", "⋅", "⦁", "●", "○", "■", "□", "◆", "◇", "❖",
        "✓", "✔", "✗", "✘", "❑", "❒", "→", "⇒", "➔", "➜", "☐", "☑", "♦",
    ]

    /// Characters that are bullets only when a space follows them, since they also start ordinary words or numbers
    /// (from documents.json, where Wingdings' bullets as a converter without the font reads them are listed too).
    static let spacedBullets: Set<Character> = Set(DocumentVocabulary.builtIn.entries("spacedBullets").compactMap(\.first))

    /// The marker and the text after it; `.none` and the text unchanged when there is no marker.
    static func strip(_ text: Substring) -> (ListMarker, Substring) {
        guard let first = text.first else { return (.none, text) }
        if glyphBullets.contains(first) {
            let rest = text.dropFirst().trimmingSpacesAndTabs()
            return rest.isEmpty ? (.none, text) : (.bullet, rest)
        }
        // "l" and "n" are Wingdings' bullets read without the font, and letters of a lettered list too ("n) Lead…").
        if spacedBullets.contains(first), text.dropFirst().first == " " || text.dropFirst().first == "\t" {
            let trimmed = text.dropFirst().trimmingSpacesAndTabs()
            return trimmed.isEmpty ? (.none, text) : (.bullet, trimmed)
        }
        return numbering(text) ?? (.none, text)
    }

    /// "1.", "1)", "(1)", "2.1", "2.1.", "a)", "(a)", "A.", "iv.", "(iv)" followed by white space and some text, or a
    /// criterion code ("A1") followed by a wide gap.
    static func numbering(_ text: Substring) -> (ListMarker, Substring)? {
        var rest = text
        let opened = rest.first == "("
        if opened { rest = rest.dropFirst() }
        let token = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") }
        guard !token.isEmpty, token.count <= 12 else { return nil }
        var body = token
        rest = rest.dropFirst(token.count)
        var terminated = false
        if body.last == "." {
            body = body.dropLast()
            terminated = true
        }
        if rest.first == ")" {
            guard !terminated else { return nil }
            rest = rest.dropFirst()
            terminated = true
        } else if opened {
            return nil
        }
        // "A1  Qualified teacher status": a person specification's criterion code, set apart by a wide gap (a single
        // space could be a grade or a year group in a sentence: "Y6 pupils").
        if !terminated, !opened, Self.isCriterionCode(body), rest.hasPrefix("  ") || rest.first == "\t" {
            let remainder = rest.trimmingSpacesAndTabs()
            return remainder.isEmpty ? nil : (.number, remainder)
        }
        // "12   Writing SEN support plans": a bare number set apart by a wide gap numbers a grid's criterion.
        if !terminated, !opened, body.count <= 3, body.allSatisfy(\.isNumber), rest.hasPrefix("  ") || rest.first == "\t" {
            let remainder = rest.trimmingSpacesAndTabs()
            return remainder.isEmpty ? nil : (.number, remainder)
        }
        // "C1.1 Lead the tutor team…": a council form's clause numbered under its lettered section. The dotted part
        // makes it an outline number even after one space, where "Y6 pupils" is a year group. A clause or a heading
        // opens with a capital: "B1.2 of the Handbook", "A1.1 is the SEN base" or "A1.5 hours" name or count things.
        // A field tested alone for numbering ("C1.1" on its own line or before a wide gap) is followed by a capital.
        if !opened, Self.isLetteredOutlineNumber(body), rest.first == " " || rest.first == "\t" {
            let remainder = rest.trimmingSpacesAndTabs()
            guard remainder.first?.isUppercase == true else { return nil }
            return (.number, remainder)
        }
        guard let kind = numberingKind(body, terminated: terminated) else { return nil }
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let remainder = rest.trimmingSpacesAndTabs()
        // "4.5 miles; a mileage allowance…", "32.5 hours per week": a quantity and its unit, not an outline number.
        let firstWord = remainder.prefix { $0.isLetter || $0 == "%" }
        if !terminated, !firstWord.isEmpty, quantityUnits.contains(firstWord.lowercased()) { return nil }
        // "(E) = essential": a code being defined, not a lettered item.
        if remainder.first == "=" { return nil }
        return remainder.isEmpty ? nil : (kind, remainder)
    }

    private static let quantityUnits: Set<String> = Set(DocumentVocabulary.builtIn.entries("quantityUnits"))

    /// A capital and one or two digits: "A1", "E12".
    private static func isCriterionCode(_ body: Substring) -> Bool {
        guard let letter = body.first, letter.isUppercase, (2...3).contains(body.count) else { return false }
        return body.dropFirst().allSatisfy(\.isNumber)
    }

    /// A capital, a number and at least one dotted number: "C1.1", "B2.3.1". "V2.1" is a document's version.
    private static func isLetteredOutlineNumber(_ body: Substring) -> Bool {
        guard let letter = body.first, letter.isASCII, letter.isUppercase, letter != "V" else { return false }
        let groups = body.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        return groups.count >= 2 && groups.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }

    /// The number of levels in numbering such as "2.", "2.1" or "(3)".
    static func numberingDepth(_ numbering: Substring) -> Int {
        numbering.split(separator: ".").filter { $0.contains(where: \.isNumber) }.count
    }

    /// The first number of arabic numbering ("4" of "4.2", "12" of "(12)").
    static func topNumber(_ numbering: Substring) -> Int? {
        numbering.split(separator: ".").first.flatMap { Int($0.filter(\.isNumber)) }
    }

    private static func numberingKind(_ body: Substring, terminated: Bool) -> ListMarker? {
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
        // "0.5 class-based": a decimal, never an outline number, which starts from 1.
        if groups.count > 1, groups[0] == "0" { return nil }
        if groups.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy(\.isNumber) }) {
            // "2.1 Title" needs no terminator, but a lone "5 years" is a number, not numbering.
            return terminated || groups.count > 1 ? .number : nil
        }
        guard terminated, groups.count == 1 else { return nil }
        if body.count == 1, body.first?.isLetter == true { return .letter }
        let romanLower = body.allSatisfy { "ivxlc".contains($0) }
        let romanUpper = body.allSatisfy { "IVXLC".contains($0) }
        return (romanLower || romanUpper) && body.count <= 5 ? .letter : nil
    }
}

extension Draft {
    /// Records the depth and first number of the numbering the draft began with.
    fileprivate mutating func recordNumbering(_ numbering: Substring) {
        numberingDepth = MarkerStripping.numberingDepth(numbering)
        topNumber = MarkerStripping.topNumber(numbering)
    }
}
