import Foundation

/// The words of a person specification's grid: priority ("Essential", "Desirable") and assessment stage
/// ("Application", "Interview", "References"), which describe a criterion rather than being one.
enum CriterionTerms {
    /// The priority a cell states on its own: "Essential", "Desirable", "E", "D".
    static func priority(_ text: String) -> CriterionAttributes.Priority? {
        // Every line is asked; a line with more letters than "desirable criteria" cannot be a priority.
        guard !text.hasMoreASCII(than: 18, ignoring: priorityPunctuation) else { return nil }
        switch text.lowercased().trimming(charactersIn: " :.*()") {
        case "essential", "e", "essential criteria": return .essential
        case "desirable", "d", "desirable criteria": return .desirable
        default: return nil
        }
    }

    private static let priorityPunctuation = ASCIIByteSet(" :.*()")

    /// The assessment stages a cell lists ("Application, Interview, Selection Task" → three stages, as written),
    /// or nil when any part of it is not an assessment stage.
    static func assessment(_ text: String) -> [String]? {
        // Stages and codes are letters, spaces and hyphens: any other ASCII character, other than a separator or the
        // punctuation trimmed around a stage, stays inside some part and makes it neither. Nearly every line is a duty
        // or a criterion that fails here.
        guard text.utf8.allSatisfy({ $0 >= 0x80 || isAssessmentByte($0) }) else { return nil }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiAssessment(Array(text.utf8)) }
        // Beyond ASCII only the Kelvin sign (lower case "k") and the Greek question mark (canonically ";") can fold
        // into a stage or separate stages; any other scalar stays in its part and makes it neither.
        guard text.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "\u{212A}" || $0 == "\u{37E}" }) else { return nil }
        let parts = text.split(whereSeparator: { ",/;&+".contains($0) })
            .flatMap { $0.components(separatedBy: " and ") }
            .map { String($0.trimmingSpaces()) }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty, parts.count <= 8 else { return nil }
        let isStage = parts.map { part in
            // A note in brackets after a stage ("Interview (presentation task)") leaves it a stage, and after a code
            // ("I (presentation)") makes it one as plainly.
            let noted = part.hasSuffix(")") && part.includes("(")
            let stage = noted ? String(part.prefix { $0 != "(" }) : part
            return stages.contains(stage.lowercased().trimming(charactersIn: " .()"))
                || (noted && stageCodes.contains(stage.trimmingCharacters(in: .whitespaces)))
        }
        // Codes and words may mix ("I / Task"); a code alone ("A") could be anything.
        let allStagesOrCodes = zip(parts, isStage).allSatisfy { $1 || stageCodes.contains($0) }
        return allStagesOrCodes && (!isStage.contains(false) || parts.count >= 2) ? parts : nil
    }

    /// `assessment` for ASCII text, where characters are bytes: the same parts, found part by part, giving up at the
    /// first part that is neither a stage nor a code.
    private static func asciiAssessment(_ bytes: [UInt8]) -> [String]? {
        var parts: [String] = []
        var allStages = true
        var pieceStart = 0
        for pieceEnd in 0...bytes.count where pieceEnd == bytes.count || isSeparatorByte(bytes[pieceEnd]) {
            for part in piecesBetweenAnds(bytes[pieceStart..<pieceEnd]) {
                // Parts are trimmed of spaces only, as `String.trimmingSpaces()` does.
                guard let first = part.firstIndex(where: { $0 != 0x20 }), let last = part.lastIndex(where: { $0 != 0x20 }) else {
                    continue
                }
                let trimmed = bytes[first...last]
                parts.append(String(decoding: trimmed, as: UTF8.self))
                let partIsStage = isStage(trimmed)
                // A code with a note in brackets ("I (presentation)", "T (in-tray)") is as plainly a stage as a word.
                let partIsNotedCode = !partIsStage && isNotedCode(trimmed)
                allStages = allStages && (partIsStage || partIsNotedCode)
                // Codes and words may mix ("I / Task"); a code alone ("A") could be anything.
                guard partIsStage || partIsNotedCode || stageCodes.contains(parts[parts.count - 1]), parts.count <= 8 else { return nil }
            }
            pieceStart = pieceEnd + 1
        }
        guard !parts.isEmpty else { return nil }
        return allStages || parts.count >= 2 ? parts : nil
    }

    /// The piece cut at each " and ", left to right, as `components(separatedBy: " and ")` cuts ASCII text.
    private static func piecesBetweenAnds(_ piece: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        let and: [UInt8] = Array(" and ".utf8)
        var pieces: [ArraySlice<UInt8>] = []
        var start = piece.startIndex
        var index = piece.startIndex
        while index < piece.endIndex {
            if piece[index...].starts(with: and) {
                pieces.append(piece[start..<index])
                index += and.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(piece[start...])
        return pieces
    }

    /// Whether an ASCII part, lower-cased and trimmed of " .()", is a stage; a note in brackets after a stage
    /// ("Interview (presentation task)") says more about it and leaves it a stage.
    private static func isStage(_ part: ArraySlice<UInt8>) -> Bool {
        if part.last == UInt8(ascii: ")"), let open = part.firstIndex(of: UInt8(ascii: "(")), open > part.startIndex,
           part[..<open].contains(where: { $0 != 0x20 }), isBareStage(part[..<open]) {
            return true
        }
        return isBareStage(part)
    }

    private static func isNotedCode(_ part: ArraySlice<UInt8>) -> Bool {
        guard part.last == UInt8(ascii: ")"), let open = part.firstIndex(of: UInt8(ascii: "(")), open < part.index(before: part.endIndex)
        else { return false }
        let code = part[..<open].filter { $0 != 0x20 }
        return !code.isEmpty && stageCodes.contains(String(decoding: code, as: UTF8.self))
    }

    private static func isBareStage(_ part: ArraySlice<UInt8>) -> Bool {
        guard let first = part.firstIndex(where: { !stagePunctuation.contains($0) }),
              let last = part.lastIndex(where: { !stagePunctuation.contains($0) }) else {
            return stages.contains("")
        }
        let folded = part[first...last].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        return stages.contains(String(decoding: folded, as: UTF8.self))
    }

    private static let stagePunctuation = ASCIIByteSet(" .()")

    private static func isSeparatorByte(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x2F || byte == 0x3B || byte == 0x26 || byte == 0x2B
    }

    private static func isAssessmentByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x20, 0x09, 0x2D, 0x2E, 0x28, 0x29: return true
        default: return isSeparatorByte(byte)
        }
    }

    /// Cells that only head a column of the grid: "Essential/Desirable", "Assessment stage", "How assessed".
    static func isColumnTitle(_ text: String) -> Bool {
        guard !text.hasMoreASCII(than: longestColumnTitle, ignoring: columnTitlePunctuation) else { return false }
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            let folded = text.lowercased().replacingOccurrences(of: " ", with: "").trimming(charactersIn: ":.*")
            return columnTitles.contains(folded)
        }
        // In ASCII text, lower-casing and dropping spaces is a byte-by-byte job.
        let withoutSpaces = text.utf8.compactMap { byte -> UInt8? in
            byte == 0x20 ? nil : (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
        return columnTitles.contains(String(decoding: withoutSpaces, as: UTF8.self).trimming(charactersIn: ":.*"))
    }

    private static let columnTitlePunctuation = ASCIIByteSet(" :.*")
    private static let longestColumnTitle = columnTitles.map(\.unicodeScalars.count).max() ?? 0

    /// Whether a column title heads the criteria themselves ("Criteria", "Requirements", "Area") rather than how they
    /// are assessed.
    static func namesCriteriaColumn(_ title: String) -> Bool {
        criteriaColumnTitles.contains(title.lowercased().trimming(charactersIn: " :.*"))
    }

    private static let criteriaColumnTitles: Set<String> = Set(DocumentVocabulary.builtIn.entries("criteriaColumnTitles"))

    /// Whether the text is a priority, an assessment list or a column title.
    static func isGridTerm(_ text: String) -> Bool {
        priority(text) != nil || assessment(text) != nil || isColumnTitle(text)
    }

    /// Whether the text is a grid's row of column titles laid out with spaces or tabs ("Essential   Desirable
    /// Evidence"), as a converter leaves a table's header row: two or more fields, each a grid term.
    static func isRowOfGridTerms(_ text: String) -> Bool {
        // Asked of every heading candidate: most lines have no gap between fields at all.
        guard text.includes("  ") || text.includes("\t") || text.includes(" / ") else { return false }
        let fields = text.replacingOccurrences(of: "\t", with: "  ").replacingOccurrences(of: " / ", with: "  ").components(separatedBy: "  ")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // "Essential (E) or Desirable (D)", "How identified (A = application, I = interview)": a title explains its
        // codes in brackets.
        return fields.count > 1 && fields.allSatisfy { isGridTerm($0) || isGridTerm(withoutBrackets($0)) }
    }

    private static func withoutBrackets(_ field: String) -> String {
        guard field.includes("(") else { return field }
        var depth = 0
        let kept = field.filter { character in
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1); return false }
            return depth == 0
        }
        return kept.split(separator: " ").joined(separator: " ")
    }

    /// Whether the line only explains a grid's codes: "E = Essential D = Desirable", "A = Application form  I = Interview".
    /// Every "=" follows a code of one to three capitals or a stage written as a word, and the line starts with one
    /// (after brackets or a label such as "Key:"). A dash may stand for "=" ("A – application, I – interview"), and a
    /// code may be given in brackets before its stage ("Assessed by: (A) Application form (I) Interview").
    static func isCodeKey(_ text: String) -> Bool {
        // Asked of every line of a grid: most have no "=", dash or bracket at all.
        if text.includes("=") {
            // "Candidates will be assessed against the criteria below. E = Essential, D = Desirable.": a key after a
            // sentence that introduces it.
            if isEqualsKey(text) { return true }
            guard let stop = text.range(of: ". ", options: .backwards) else { return false }
            return isEqualsKey(String(text[stop.upperBound...]))
        }
        // "Evidenced by: A/I/R", "Where assessed: A/I": a short label naming how criteria are evidenced, over the
        // codes the grid uses; "Key Stage 3 teaching experience: A/I" is a criterion and its codes.
        // A byte search: asked of every line a PDF's grid gives, a search by characters cost 8% of reading a PDF.
        if let colon = text.firstIndex(ofASCII: UInt8(ascii: ":")), isCodeCell(String(text[text.index(after: colon)...])) {
            let label = text[..<colon].lowercased().split(separator: " ").map(String.init)
            if (1...3).contains(label.count), label.last == "by" || keyLabelWords.contains(label.last!) || label == ["key"] { return true }
        }
        guard mayNameCodes(text.utf8) else { return false }
        let range = NSRange(text.startIndex..., in: text)
        var equals = dashedCode.stringByReplacingMatches(in: text, range: range, withTemplate: "$1 = ")
        equals = bracketedCode.stringByReplacingMatches(in: equals, range: NSRange(equals.startIndex..., in: equals), withTemplate: "$1 = ")
        if let colon = equals.utf8.firstIndex(of: UInt8(ascii: ":")), equals[..<colon].split(separator: " ").count <= 3 {
            // "Assessed by: A = …": a label of a few words before the key.
            equals = String(equals[equals.index(after: colon)...])
        }
        return equals.includes("=") && isEqualsKey(equals)
    }

    /// Whether the bytes hold a code in brackets ("(AF)") or a code before a dash ("I – ", "INT - "): the cheap test
    /// before the patterns, since Foundation's searches cost far more than the rest of reading a grid's line.
    private static func mayNameCodes(_ bytes: String.UTF8View) -> Bool {
        bytes.withContiguousStorageIfAvailable(mayNameCodes) ?? Array(bytes).withUnsafeBufferPointer(mayNameCodes)
    }

    private static func mayNameCodes(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        func isCapital(_ index: Int) -> Bool { index < text.count && (0x41...0x5A).contains(text[index]) }
        var index = 0
        while index < text.count {
            guard isCapital(index), index == 0 || !(0x41...0x5A).contains(text[index - 1] & 0xDF) else {
                index += 1
                continue
            }
            var end = index
            while isCapital(end), end - index < 4 { end += 1 }
            let length = end - index
            if (1...3).contains(length) {
                if index > 0, text[index - 1] == UInt8(ascii: "("), end < text.count, text[end] == UInt8(ascii: ")") { return true }
                if end + 2 < text.count, text[end] == 0x20 {
                    // " - ", or an en or em dash (E2 80 93 / E2 80 94) after the space.
                    if text[end + 1] == UInt8(ascii: "-"), text[end + 2] == 0x20 { return true }
                    if end + 3 < text.count, text[end + 1] == 0xE2, text[end + 2] == 0x80, text[end + 3] == 0x93 || text[end + 3] == 0x94 {
                        return true
                    }
                }
            }
            index = end
        }
        return false
    }

    /// "A – application": a code, a dash and its meaning in words ("QTS - E - A" is a grid row, not a key).
    private static let dashedCode = try! NSRegularExpression(pattern: "(?<![\\w])([A-Z]{1,3}) [–—-] (?=[A-Z]?[a-z])")
    /// "(A) Application": a code in brackets before its meaning in words.
    private static let bracketedCode = try! NSRegularExpression(pattern: "\\(([A-Z]{1,3})\\) ?(?=[A-Z]?[a-z])")

    private static func namesAKey(_ label: Substring) -> Bool {
        let words = label.lowercased().split(separator: " ")
        // "Key to evidence", "Assessment codes", "Evidence key": the label opens with such a word or names a key.
        guard words.count <= 8, let first = words.first else { return false }
        return keyLabelWords.contains(String(first)) || words.contains("key") || words.contains("codes")
    }

    static let keyLabelWords: Set<String> = Set(DocumentVocabulary.builtIn.entries("keyLabelWords"))

    private static func isEqualsKey(_ text: String) -> Bool {
        // A key is often given in brackets ("(E = essential, D = desirable)"), or after a label ("Key: E = …", "Key to
        // evidence: A = …").
        var text = Substring(text)
        // Only a label that names a key ("Key to evidence:", "Assessment codes:"): "Professional qualifications: QTS
        // = E, NPQ = D" gives criteria with their priorities.
        if let colon = text.firstIndex(of: ":"), !text[..<colon].includes("="), namesAKey(text[..<colon]) {
            text = text[text.index(after: colon)...]
        }
        let words = String(text).trimming(charactersIn: "() ").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == ";" || $0 == "|" })
            .drop { $0.count > 1 && $0.hasSuffix(":") }
            // "where A = application form, I = interview": codes are capitals, so words in lower case before the
            // first of them lead into the key.
            .drop { $0.first?.isLowercase == true }
        // Seven codes with two-word meanings run past thirty words.
        guard words.count >= 2, words.count <= 40 else { return false }
        var equalsSigns = 0
        for (index, word) in zip(words.indices, words) where word.includes("=") {
            let code: Substring
            if word == "=" {
                guard index > words.startIndex else { return false }
                code = words[index - 1]
            } else {
                // "E=Essential" or "E=".
                code = word.prefix { $0 != "=" }
            }
            // "(E) = essential   [D] = desirable": a code may keep its brackets.
            guard isKeyedCode(withoutBrackets(code)) else { return false }
            equalsSigns += 1
        }
        guard equalsSigns >= 1, let first = words.first else { return false }
        return isKeyedCode(withoutBrackets(first.prefix { $0 != "=" })) && (first.includes("=") || words[words.startIndex + 1].hasPrefix("="))
    }

    private static func withoutBrackets(_ code: Substring) -> Substring {
        var code = code
        if code.first == "(" || code.first == "[" { code = code.dropFirst() }
        if code.last == ")" || code.last == "]" { code = code.dropLast() }
        return code
    }

    /// What a key explains: a code of capitals ("E", "AF") or a stage written as a word ("Task = in-tray exercise").
    private static func isKeyedCode(_ code: Substring) -> Bool {
        ((1...3).contains(code.count) && code.allSatisfy { $0.isUppercase && $0.isLetter })
            || (code.first?.isUppercase == true && stages.contains(code.lowercased()))
    }

    /// A criterion's row flattened onto one line with " / " between its cells ("Safer recruitment training / D /
    /// Application"): the criterion and the grid cells peeled off its end, or the line alone when it ends in no grid
    /// cell. A line that is a grid term as a whole ("Essential / Desirable") stays one cell, and "parents / carers"
    /// inside a duty is no grid cell.
    static func splittingGridCells(_ line: Substring) -> [Substring] {
        guard line.includes(" / "), !isGridTerm(String(line)) else { return [line] }
        var head = line
        var cells: [Substring] = []
        while let separator = head.range(of: " / ", options: .backwards) {
            let cell = head[separator.upperBound...].trimmingSpacesAndTabs()
            if priority(String(cell)) != nil || assessment(String(cell)) != nil || isTick(String(cell)) || isColumnTitle(String(cell)) {
                cells.insert(cell, at: 0)
            } else if cells.isEmpty, isCodeCell(String(cell)), let before = Self.cell(before: separator.lowerBound, in: head),
                      priority(String(before)) != nil {
                // "… / D / A": a lone code is a stage's when a priority cell stands before it.
                cells.insert(cell, at: 0)
            } else if let next = cells.first, assessment(cell + " / " + next) != nil {
                // "I / Task": one assessment cell whose stages are themselves separated by slashes.
                cells[0] = line[cell.startIndex..<next.endIndex]
            } else {
                break
            }
            head = head[..<separator.lowerBound]
        }
        let criterion = head.trimmingSpacesAndTabs()
        return cells.isEmpty || criterion.isEmpty ? [line] : [criterion] + cells
    }

    /// The " / "-separated cell that ends at `end`, trimmed; nil when no separator comes before it.
    private static func cell(before end: Substring.Index, in line: Substring) -> Substring? {
        guard let separator = line[..<end].range(of: " / ", options: .backwards) else { return nil }
        return line[separator.upperBound..<end].trimmingSpacesAndTabs()
    }

    /// Whether the text is only stage codes, however separated ("A A/I", "I"): what a grid's assessment column holds.
    static func isCodeCell(_ text: String) -> Bool {
        // At the separators' bytes (by characters it cost PDF tables more than the rest of asking): they are ASCII,
        // so no character is cut, and a part holding anything beyond ASCII is no code either way.
        let codes = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2F || $0 == 0x2C || $0 == 0x3B })
        return !codes.isEmpty && codes.count <= 8 && codes.allSatisfy { stageCodes.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// Whether a sentence in a person specification says how the criteria will be assessed ("Evidence will be taken
    /// from the application form, a lesson observation, interview and references"): a sentence that names three stages or more and
    /// not the post holder, where a criterion written as prose describes the person.
    static func describesTheAssessment(_ shape: TextShape) -> Bool {
        guard shape.wordCount >= 6, shape.text.last == "." else { return false }
        let words = Set(shape.words.map { $0.lowercased().trimming(charactersIn: ".,;:()\"'‘’") })
        guard words.filter(stages.contains).count >= 3 else { return false }
        return !words.contains { HeadingDetection.postHolderWords.contains($0) || PostTitleFromHeading.roleWords.contains($0) }
    }

    /// Whether a whole sentence in a person specification speaks to candidates about applying ("Candidates who do not
    /// meet the essential criteria will not be shortlisted.", "Please refer to the criteria in your statement.").
    static func isNoteToCandidates(_ shape: TextShape) -> Bool {
        // A longer paragraph that mentions the application describes the person sought, as prose person specifications do.
        guard (6...40).contains(shape.wordCount), shape.text.last == "." || shape.text.last == "!" else { return false }
        if notesToCandidatesOpenings.contains(where: { shape.folded.hasPrefix($0) }) { return true }
        let firstWord = shape.words.first.map { $0.lowercased().trimming(charactersIn: ",:;") } ?? ""
        return !criterionOpenings.contains(firstWord) && shape.containsAny(notesToCandidates)
    }

    private static let notesToCandidatesOpenings = DocumentVocabulary.builtIn.entries("notesToCandidatesOpenings")

    private static let notesToCandidates = PhraseSet(DocumentVocabulary.builtIn.entries("notesToCandidates"))

    static let criterionOpenings: Set<String> = Set(DocumentVocabulary.builtIn.entries("criterionOpenings"))

    /// Whether a line describes the person sought rather than stating a policy: it opens on a criterion's word
    /// within its first three ("A clear commitment to safeguarding…", "Suitability to work with children…") and has
    /// no verb of a statement ("The school is committed…", "Successful applicants will be…").
    static func readsAsACriterion(_ shape: TextShape) -> Bool {
        let words = shape.words.prefix(3).map { $0.lowercased().trimming(charactersIn: ".,;:()") }
        guard words.contains(where: criterionOpenings.contains) else { return false }
        return !shape.words.contains { statementVerbs.contains($0.lowercased()) }
    }

    private static let statementVerbs: Set<String> = Set(DocumentVocabulary.builtIn.entries("statementVerbs"))

    /// Ticks and crosses used in "Essential" and "Desirable" columns.
    static func isTick(_ text: String) -> Bool {
        // Asked of every line of a grid's cells: a line far longer than any tick is none, whatever its case.
        // Lower-casing shrinks text at most threefold (the Kelvin sign's three bytes become "k").
        guard text.utf8.count <= 3 * longestTick else { return false }
        return ticks.contains(text.lowercased())
    }

    private static let ticks: Set<String> = Set(DocumentVocabulary.builtIn.entries("ticks"))
    private static let longestTick = ticks.map(\.utf8.count).max() ?? 0

    static let stages: Set<String> = Set(DocumentVocabulary.builtIn.entries("assessmentStages"))

    static let stageCodes: Set<String> = Set(DocumentVocabulary.builtIn.entries("assessmentStageCodes"))

    static let columnTitles: Set<String> = Set(DocumentVocabulary.builtIn.entries("personSpecificationColumnTitles"))
}
