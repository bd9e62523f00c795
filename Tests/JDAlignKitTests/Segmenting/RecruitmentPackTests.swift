import Testing
@testable import JDAlignKit

/// A JD as it reaches governors inside a recruitment pack: a list of contents, a letter to candidates, the school's
/// introduction and, after the person specification, how to apply and the employer's statements. Each layout comes
/// from the corpus's fifth-round tune JDs, written here as a small pack of its own.
@Suite struct RecruitmentPackTests {
    static let pack = """
        LARKSPUR ACADEMY
        Deputy Headteacher – Candidate Pack

        Contents
        A letter from the Headteacher
        Job description
        Person specification
        How to apply

        A LETTER FROM THE HEADTEACHER

        Dear Colleague,

        Thank you for your interest in joining Larkspur. We are looking for a deputy who will lead behaviour with warmth.

        Our pupils are proud of their school and our staff look after one another.

        With best wishes,

        Mrs Ada Quill
        Headteacher

        JOB DESCRIPTION

        Main duties
        • Lead the behaviour policy and review it each year with staff.
        • Line manage the heads of year and hold them to account.

        PERSON SPECIFICATION

        Candidates who do not meet every essential criterion will not be shortlisted.

        Experience
        Successful leadership of behaviour across a school
        Experience of line managing middle leaders

        How to apply
        Please send the trust's application form and a letter of no more than two pages to the address below.

        Equal opportunities
        Larkspur Academy welcomes applications from every part of the community and from people of all backgrounds.
        """

    @Test func contentsEntriesOpenNoPartOfThePack() {
        let jd = segmentText(Self.pack)
        for entry in ["A letter from the Headteacher", "Job description", "How to apply"] {
            #expect(jd.items.first { $0.text == entry }?.kind == .other, "\(entry)")
        }
        #expect(jd.items.filter { $0.text == "Person specification" }.map(\.kind) == [.other])
    }

    /// The parts' own titles repeat the list's entries, set out as the list was (numbered) or in capitals inside
    /// the person specification, where a short line in capitals would otherwise be read as a criterion.
    @Test func linesRepeatingAContentsEntryTitleTheirParts() {
        let jd = segmentText("""
            HOLLINS BROOK PRIMARY SCHOOL
            Deputy Headteacher

            Contents
            1. A letter from our governors
            2. The role
            3. The person we are looking for
            4. Key dates
            5. Visiting us and how to apply

            1. A letter from our governors

            Dear applicant,

            We are delighted that you are thinking of joining Hollins Brook.

            2. The role

            - Lead the teaching of early reading across the school.
            - Report to governors on the progress of disadvantaged pupils.

            3. The person we are looking for

            - Qualified Teacher Status
            - Successful experience of leading a phase or subject

            KEY DATES

            Shortlisting will take place in the week after the closing date.

            5. Visiting us and how to apply

            Visits are welcome on any weekday afternoon.
            """)
        for title in ["A letter from our governors", "KEY DATES", "Visiting us and how to apply"] {
            let later = jd.items.last { $0.text == title }
            #expect(later?.kind == .heading, "\(title)")
            #expect(later?.reason.contains("list of contents") == true, "\(title)")
        }
        #expect(jd.texts(.duty) == ["Lead the teaching of early reading across the school.",
                                  "Report to governors on the progress of disadvantaged pupils."])
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status", "Successful experience of leading a phase or subject"])
    }

    /// Only a part's title repeats its entry: a bullet with the same words is a duty, and a title joined to the line
    /// below is a paragraph.
    @Test func aDutyOrParagraphWithAnEntrysWordsStaysWhatItIs() {
        let jd = segmentText("""
            Contents
            Our school
            Safeguarding
            How to apply

            Our school
            is a happy place where pupils and staff look after one another.

            Key responsibilities
            - Safeguarding
            - Lead the attendance team and report to governors each term.
            """)
        #expect(jd.texts(.duty).contains("Safeguarding"))
        #expect(!jd.texts(.heading).contains { $0.hasPrefix("Our school is") })
    }

    @Test func theLetterToCandidatesHoldsNoDutiesOrCriteria() {
        let jd = segmentText(Self.pack)
        let letter = jd.items.filter { ["Dear Colleague,", "Mrs Ada Quill", "Headteacher"].contains($0.text) || $0.text.hasPrefix("Thank you")
            || $0.text.hasPrefix("Our pupils") || $0.text.hasPrefix("With best wishes") }
        #expect(letter.count == 6)
        #expect(letter.allSatisfy { $0.kind == .other })
        #expect(jd.texts(.duty) == ["Lead the behaviour policy and review it each year with staff.",
                                    "Line manage the heads of year and hold them to account."])
    }

    @Test func howToApplyAndTheEmployersStatementsEndThePersonSpecification() {
        let jd = segmentText(Self.pack)
        #expect(jd.texts(.personSpec) == ["Successful leadership of behaviour across a school", "Experience of line managing middle leaders"])
        #expect(jd.items.last { $0.text == "How to apply" }?.kind == .heading)
        #expect(jd.item("Equal opportunities")?.kind == .heading)
        #expect(jd.items.first { $0.text.hasPrefix("Candidates who") }?.kind == .other)
    }

    @Test func anUnmarkedCriterionNamingDataProtectionStaysACriterion() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Knowledge
            Data protection law as it applies to pupil records
            Equal opportunities legislation
            Safeguarding guidance for schools
            """)
        #expect(jd.texts(.personSpec) == ["Data protection law as it applies to pupil records", "Equal opportunities legislation",
                                          "Safeguarding guidance for schools"])
    }

    @Test func aLetterWithoutASignOffMarksNothing() {
        let jd = segmentText("""
            Dear Colleague,
            Job description
            • Lead the school's work on attendance with families.
            """)
        #expect(jd.texts(.duty) == ["Lead the school's work on attendance with families."])
        #expect(jd.item("Dear Colleague,")?.kind != .duty)
    }

    @Test func aPageBreakLeavesItsFooterOutOfTheDutyItInterrupts() {
        let lines = (1...12).map { "• Work with the trust's finance team to monitor spending against the budget line number \($0) each month" }
        let jd = segmentText("""
            Main duties
            \(lines.joined(separator: "\n"))
            • Make effective use of pupil premium funding and evaluate its impact on the outcomes of disadvantaged
            Page 2 of 5
            \u{0C}Larkspur Academy – Deputy Headteacher
            pupils across the school
            • Lead the attendance team.
            Page 3 of 5
            \u{0C}Larkspur Academy – Deputy Headteacher
            """)
        #expect(jd.texts(.duty).contains(
            "Make effective use of pupil premium funding and evaluate its impact on the outcomes of disadvantaged pupils across the school"))
        #expect(jd.items.filter { $0.text.hasPrefix("Page ") }.allSatisfy { $0.kind == .other })
    }

    @Test func aCriterionWrappedBelowItsTickAfterAConnectiveIsOneCriterion() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Criteria                                         Essential     Desirable
            A clear understanding of the purpose of a Church of    ✓
            England school and of collective worship
            Qualified Teacher Status                               ✓
            """)
        #expect(jd.texts(.personSpec) == ["A clear understanding of the purpose of a Church of England school and of collective worship",
                                          "Qualified Teacher Status"])
    }

    @Test func aKeyWrappedBetweenACodeAndItsMeaningIsOneKey() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Key: E = Essential  D = Desirable  AF = application form and letter  I = interview  T = task  O = observation  R
            = references
            Criteria\tE/D\tHow assessed
            Qualified Teacher Status\tE\tAF
            """)
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status"])
        #expect(jd.items.first { $0.text.hasPrefix("Key:") }?.kind == .other)
    }

    @Test func inMarkdownASubheadingOfAboutUsStaysAboutTheSchool() {
        let jd = segmentText("""
            # Larkspur Academy
            ## About us
            Larkspur is an 11–16 school on the edge of the town.
            ### Larkspur in numbers
            - 840 students in five forms of entry
            - 28% eligible for pupil premium
            ### Key working relationships
            - Assistant Headteacher (Pastoral) – line manager
            ## Main duties
            ### Behaviour
            - Lead the year team's work on behaviour and attendance.
            ## Pre-employment checks
            - proof of identity and the right to work in the UK
            - an enhanced DBS certificate
            """, path: "pack.md", format: .markdown)
        #expect(jd.texts(.duty) == ["Lead the year team's work on behaviour and attendance."])
    }

    @Test func aDocumentControlTableHoldsNoCriteria() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Experience
            Leading a curriculum area across a school

            DOCUMENT CONTROL
            Document title      | Assistant Headteacher - JD and Person Spec
            Version             | 2.1
            Approved by         | Headteacher
            """)
        #expect(jd.texts(.personSpec) == ["Leading a curriculum area across a school"])
    }

    @Test func contentsWithDotLeadersAndQuestionsAreOneList() {
        let jd = segmentText("""
            CONTENTS
            Welcome from the Principal ........................ 2
            Why join us? ...................................... 3
            Job Description ................................... 4
            Person Specification .............................. 6
            How to Apply ...................................... 8

            WELCOME FROM THE PRINCIPAL
            Dear Applicant,
            Thank you for your interest in the post.
            Yours sincerely,
            Mrs P. Ashe
            """)
        #expect(jd.items.filter { $0.text.contains("....") }.allSatisfy { $0.kind == .other })
        #expect(jd.texts(.personSpec).isEmpty)
    }

    @Test func aListIntroducedInsideAboutUsIsNotDutiesButRecruitingStudentsIs() {
        let jd = segmentText("""
            ABOUT US
            Some recent highlights:
            - attendance up by three points over two years
            - a new student support base opened this year

            RECRUITMENT, ADMISSIONS AND TRANSITION
            - Plan and run the sixth form open evening and taster days.
            Safeguarding\tServe as a deputy designated safeguarding lead, taking referrals when needed.
            """)
        #expect(jd.texts(.duty) == ["Plan and run the sixth form open evening and taster days.",
                                    "Serve as a deputy designated safeguarding lead, taking referrals when needed."])
    }

    @Test func aLetterSignedWithANameAndPostEndsThereAndItsTitleIsAHeading() {
        let jd = segmentText("""
            Welcome from the Principal
            Dear Colleague,
            We now want a head of mathematics who will take the department from good to excellent.
            Daniel Ash
            Principal
            WHY JOIN US?
            - Protected time for leaders and a trust-wide training programme
            Main duties
            - Lead the mathematics curriculum from Year 7 to Year 11.
            """)
        #expect(jd.item("Welcome from the Principal")?.kind == .heading)
        #expect(jd.item("WHY JOIN US?")?.kind == .heading)
        #expect(jd.texts(.duty) == ["Lead the mathematics curriculum from Year 7 to Year 11."])
    }

    @Test func aGridGivenOneCellPerLineKeepsTitlesAndCodesOutOfItsCriteria() {
        let jd = segmentText("""
            Person Specification
            Criteria
            Essential/
            Desirable
            Assessed by
            Qualifications
            Qualified Teacher Status
            E
            A
            Experience of leading a team or a key stage
            D
            I
            """)
        #expect(jd.texts(.personSpec) == ["Qualified Teacher Status", "Experience of leading a team or a key stage"])
        #expect(jd.item("Experience of leading a team or a key stage")?.criterion?.assessment == ["I"])
    }

    /// A pack in prose: "The role" and "The person" as paragraphs, some hard-wrapped at a converter's width and some
    /// written on one long line, a paragraph of duties that ends on the "other reasonable duties" clause.
    @Test func aProsePackWithTheRoleAndThePerson() {
        let wrappedParagraphs = [
            "The Director of Sixth Form leads the academic progress and welfare of every student in Years 12 and 13, "
                + "writes the sixth form improvement plan each year and reports on it to the governors' Standards Committee.",
            "Guidance and progression form a large part of the work. You will lead the UCAS process from the first "
                + "higher education evening to the last reference sent in January, and you will make sure students aiming "
                + "for apprenticeships or employment are given the same quality of advice.",
            "Beyond the classroom, you will lead the enrichment programme, including the Extended Project Qualification "
                + "and the Year 12 residential; you will oversee the student council and the head student team.",
            "As a member of the extended leadership team you will take part in the leadership duty rota and attend "
                + "leadership meetings each week. You will carry out the professional duties of a teacher, together with "
                + "any other reasonable duties the Headteacher may ask of you.",
        ].map { Self.wrapped($0, at: 85) }
        let oneLine = "You will manage the sixth form team of two heads of year and ten tutors, running the weekly team "
            + "meeting, planning the tutor programme with them and appraising the heads of year. You will also oversee "
            + "attendance in the sixth form and follow up absence with families."
        let jd = segmentText("""
            THE ROLE

            \(wrappedParagraphs[0])

            \(oneLine)

            \(wrappedParagraphs[1...].joined(separator: "\n\n"))

            THE PERSON

            Qualifications. You must hold Qualified Teacher Status and a degree.

            Experience. It is essential that you have taught at A level.

            HOW TO APPLY

            Please send your application form to the school office by the closing date.
            """)
        let duties = jd.texts(.duty)
        #expect(duties.count == 5)
        #expect(duties.contains { $0.hasPrefix("Beyond the classroom") && $0.hasSuffix("the head student team.") })
        #expect(duties.contains { $0.hasPrefix("As a member of the extended leadership team") })
        #expect(jd.texts(.personSpec).map { $0.prefix(14) } == ["Qualifications", "Experience. It"])
    }

    /// The text broken into lines of at most `width` characters at spaces, as a converter wraps it.
    static func wrapped(_ text: String, at width: Int) -> String {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return (lines + [line]).joined(separator: "\n")
    }
}
