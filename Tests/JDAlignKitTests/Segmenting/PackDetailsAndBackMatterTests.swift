import Testing
@testable import JDAlignKit

/// Details blocks, keys, outline-numbered criteria and the back matter after them, in JDs written for these tests
/// in the layouts round 22's tune JDs showed: a federation's plain-text pack, an outline-numbered phase leader's JD,
/// a prose pack wrapped by a converter and a school's vacancy page saved whole.
@Suite struct PackDetailsAndBackMatterTests: ReadsLayouts {
    @Test func aQuantityInTheDetailsIsNoOutlineNumber() {
        let jd = read("""
            Post:               Executive Headteacher
            Distance between
            sites:              4.5 miles; a mileage allowance is paid for travel between the schools
            Hours:              32.5 hours per week, term time only
            Ref:                NET-CRA-0312

            Key responsibilities
            2.1 Lead the federation's improvement plan with the governing board.
            """)
        let texts = jd.items.map(\.text)
        #expect(texts.contains("4.5 miles; a mileage allowance is paid for travel between the schools"))
        #expect(texts.contains("32.5 hours per week, term time only"))
        #expect(jd.items.first { $0.text.contains("NET-CRA-0312") }?.kind == .metadata)
        #expect(self.texts(jd, .duty) == ["Lead the federation's improvement plan with the governing board."])
        // "0.5 class-based": a decimal, never an outline number.
        let share = read("Teaching commitment:      0.5 class-based (currently Year 5), reviewed annually\n\nKey responsibilities\n- Lead phonics.")
        #expect(share.items.contains { $0.text == "0.5 class-based (currently Year 5), reviewed annually" })
        #expect(self.texts(share, .duty) == ["Lead phonics."])
    }

    @Test func aChurchSchoolsFaithAndEthosIsACategoryOfCriteria() {
        let jd = read("""
            Person specification
            Faith and ethos
            - Commitment to the Christian vision of a Church of England school
            """)
        #expect(texts(jd, .personSpec) == ["Commitment to the Christian vision of a Church of England school"])
        #expect(texts(jd, .heading).contains("Faith and ethos"))
    }

    @Test func aKeyWithBracketedCodesAndTheClerksAddressAreNotCriteria() {
        let jd = read("""
            Person specification

            (E) = essential   (D) = desirable
            Qualifications
            - Qualified Teacher Status (E)
            - A church school leadership qualification (D)

            Clerk to Governors: Mrs A. Example, c/o Church Lane Primary School, Harnby, HN7 2QE. Tel 01632 960123.
            """)
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status (E)", "A church school leadership qualification (D)"])
        #expect(jd.items.filter { $0.kind == .personSpec }.map(\.criterion?.priority) == [.essential, .desirable])
        #expect(jd.items.first { $0.text.hasPrefix("(E) = essential") }?.kind == .other)
        #expect(jd.items.first { $0.text.hasPrefix("Clerk to Governors") }?.kind == .other)
    }

    /// A details table read one cell per line: each label alone on its line over its value, a list of posts
    /// wrapped over several lines.
    @Test func aLoneLabelOverItsWrappedValueIsADetailNotADuty() {
        let jd = read("""
            Post title
            Deputy Headteacher (Behaviour, Attendance and Personal
            Development)
            Responsible to
            The Headteacher
            Line management of
            Assistant Headteacher (Pastoral); Heads of Year 7 to 11;
            Head of Sixth Form (pastoral matters only); Attendance
            Officer
            Salary
            Leadership Pay Range L19 – L23

            Key responsibilities
            • Lead the academy's work on attendance with the attendance team.
            """)
        #expect(texts(jd, .duty) == ["Lead the academy's work on attendance with the attendance team."])
        #expect(jd.metadata.responsibleTo == "The Headteacher")
        #expect(jd.metadata.responsibleFor?.hasPrefix("Assistant Headteacher (Pastoral); Heads of Year 7 to 11; Head of Sixth Form") == true)
    }

    /// A statement set among numbered criteria pauses them; the next numbered category takes them up again. A
    /// criterion citing guidance by its web address is a criterion.
    @Test func aNumberedStatementAmongNumberedCriteriaPausesThem() {
        let jd = read("""
            Person specification

            1. Qualifications
            (a) Qualified Teacher Status

            2. Safeguarding statement

            The school is committed to safeguarding its pupils and expects all staff to share this commitment.

            3. Knowledge and understanding
            (a) Knowledge of the local safeguarding partnership's thresholds (see www.example-scp.org.uk)
            (b) Understanding of the SEND Code of Practice
            """)
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status",
                                           "Knowledge of the local safeguarding partnership's thresholds (see www.example-scp.org.uk)",
                                           "Understanding of the SEND Code of Practice"])
    }

    @Test func aCriterionsClosingPriorityIsItsPriorityInEveryCommonForm() {
        #expect(CriterionTerms.closingPriority("Understanding of safeguarding in the early years – Essential") == .essential)
        #expect(CriterionTerms.closingPriority("Experience of leading a phase - Desirable") == .desirable)
        #expect(CriterionTerms.closingPriority("Qualified Teacher Status *(E)*") == .essential)
        #expect(CriterionTerms.closingPriority("NPQH [D]") == .desirable)
        #expect(CriterionTerms.closingPriority("Experience of teaching (desirable)") == .desirable)
        // A bracket or a dash that is part of the criterion says nothing of its priority.
        #expect(CriterionTerms.closingPriority("Knowledge of the curriculum (EYFS)") == nil)
        #expect(CriterionTerms.closingPriority("Experience of teaching in Key Stage 2 – Year 6") == nil)
        #expect(CriterionTerms.closingPriority("Essential") == nil)
        #expect(CriterionTerms.closingPriority("Knowledge of the procedures described in paragraph 4(d)") == nil)
        #expect(CriterionTerms.isCodeKey("[E] = essential   [D] = desirable"))
    }

    /// "(v)" set apart from its text by a typed gap, the priority wrapped onto the next line, then a numbered
    /// statement part after the numbered criteria.
    @Test func outlineCriteriaKeepTheirNumberingApartAndANumberedStatementEndsThem() {
        let jd = read("""
            3. Person specification
            3.1 Knowledge and understanding
                (iv)  Understanding of safeguarding in the early years, including KCSIE – Essential
                (v)   Awareness of current research on oracy and vocabulary in the early years
                      – Desirable

            4. Safeguarding statement

            4.1 Keeping children safe comes first at our school, and every member of staff is expected to share this
                commitment.
            4.2 Because this post works with children under the age of eight, a declaration about childcare
                disqualification will be required.
            """)
        #expect(texts(jd, .personSpec) == ["Understanding of safeguarding in the early years, including KCSIE – Essential",
                                           "Awareness of current research on oracy and vocabulary in the early years"])
        #expect(jd.items.filter { $0.kind == .personSpec }.map(\.criterion?.priority) == [.essential, .desirable])
    }

    @Test func aColonWhereAConverterWrappedTheLineRunsOnButAListsLeadInDoesNot() {
        let wrapped = [
            "Our pupils need a leader who turns information into action, as every leader here does:",
            "someone who can analyse progress and attendance data and tell colleagues plainly what",
            "it means, and who writes precise reports that governors and parents can read quickly.",
        ]
        let filler = (1...8).map { "Line \($0) of a paragraph the converter wrapped near the same width as the others here, like" }
        let jd = read((["What we are looking for", ""] + filler + ["all of these lines.", ""] + wrapped + ["", "Key duties", "The post holder will:",
                                                                                                   "lead the pastoral team;", "report to governors."])
            .joined(separator: "\n"))
        #expect(texts(jd, .personSpec).contains(wrapped.joined(separator: " ")))
        #expect(!jd.items.contains { $0.text.hasPrefix("The post holder will: lead") })
    }

    /// A school's vacancy page saved whole: the page's head, doctype, the site's banner with its telephone number,
    /// e-mail address and search link, and named entities in the breadcrumb.
    @Test func aSavedPagesHeadAndBannerAreTheSitesNotTheJDs() {
        let jd = read("""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>Vacancy: Deputy Headteacher | Example Primary School</title>
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <header class="site-header">
              <p class="strapline">Example Primary School – Learning Together</p>
              <ul class="header-contact">
                <li><a href="tel:01632960123">01632 960123</a></li>
                <li><a href="mailto:office@example.sch.uk">office@example.sch.uk</a></li>
                <li><a href="/search">Search</a></li>
              </ul>
            </header>
            <div class="breadcrumb"><a href="/">Home</a> &rsaquo; Vacancies</div>
            <main>
            <h1>Deputy Headteacher</h1>
            <h2>Main duties</h2>
            <ul><li>Lead the school's work on attendance with the family support team.</li></ul>
            </main>
            </body></html>
            """)
        #expect(texts(jd, .duty) == ["Lead the school's work on attendance with the family support team."])
        let all = jd.items.map(\.text)
        for furniture in ["<!DOCTYPE html>", "<meta charset=\"utf-8\">", "01632 960123", "office@example.sch.uk", "Search",
                          "Example Primary School – Learning Together"] {
            #expect(!all.contains(furniture), "\(furniture)")
        }
        #expect(all.contains("Home \u{203A} Vacancies"))
    }

    /// A board's letter signed by its chair without "Yours sincerely", a job board's "Apply now" button, and a duty
    /// opening with "Choose" that introduces its own list.
    @Test func aChairsLetterAButtonAndADutyWithItsOwnList() {
        let jd = read("""
            A welcome from the Chair of Trustees

            Dear candidate,

            Thank you for your interest in becoming our next chief executive. You will know our headteachers well and
            you will be in classrooms every week.

            I look forward to hearing from you.

            Catherine Example
            Chair of the Board of Trustees

            Apply now

            Key responsibilities
            - Choose examination specifications with the Deputy Principal and manage entries, including:
              - tier decisions for every Year 11 student;
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == ["Choose examination specifications with the Deputy Principal and manage entries, including:",
                                     "tier decisions for every Year 11 student;"])
    }

    /// Cases a review session wrote at the edges of the rules above.
    @Test func reviewedEdgesOfTheLabelLetterAndButtonRules() {
        // A caption's name over a post inside a letter does not end it: "Yours sincerely" further on does.
        let letter = read("""
            Dear applicant,

            Thank you for your interest in our school.

            Claire Example
            Acting Headteacher

            You will lead a committed staff team and join a school that is proud of its pupils.

            Yours sincerely,
            Tom Example
            Chair of Governors

            Key responsibilities
            - Lead the curriculum across the school.
            """)
        #expect(texts(letter, .duty) == ["Lead the curriculum across the school."])
        // Short commands in a duties list are duties; only a button's wording makes a call to candidates.
        let duties = read("""
            Main duties
            Complete the census
            Contact exam boards
            Apply now
            """)
        #expect(texts(duties, .duty) == ["Complete the census", "Contact exam boards"])
        // A label's wrapped value does not take the next part's title with it, and a label's words run on into a
        // long sentence in lower case.
        let details = read("""
            Line management of
            Pastoral support assistants; lunchtime supervisors;
            Person specification
            Experience of working with young people
            """)
        #expect(texts(details, .personSpec) == ["Experience of working with young people"])
        let wrapped = read("""
            Main duties
            Responsible for
            the health and safety of the laboratories and the preparation rooms.
            """)
        #expect(wrapped.items.contains { $0.text == "Responsible for the health and safety of the laboratories and the preparation rooms." })
    }

    /// A page whose banner holds the post's title, and a page that marks no content: the header is the JD's.
    @Test func aHeaderHoldingThePostsTitleIsTheJDs() {
        let withTitle = read("""
            <html><body>
            <header class="hero"><h1>Deputy Headteacher</h1><p>Salary: Leadership scale L9 – L13</p></header>
            <main><h2>Main duties</h2><ul><li>Lead the school in the absence of the headteacher.</li></ul></main>
            </body></html>
            """)
        #expect(withTitle.items.first?.text == "Deputy Headteacher")
        #expect(withTitle.metadata.grade == "Leadership scale L9 – L13")
        let unmarked = read("""
            <html><body>
            <header><p>Deputy Headteacher – Riverside Primary</p></header>
            <h2>Main duties</h2><ul><li>Lead the school in the absence of the headteacher.</li></ul>
            </body></html>
            """)
        #expect(unmarked.items.contains { $0.text == "Deputy Headteacher – Riverside Primary" })
    }

    @Test func aPacksTermsAndTimelineAfterProseCriteriaAreNotCriteria() {
        let jd = read("""
            The person

            We are looking for a leader with a strong record of improving teaching, who listens well and who will
            challenge colleagues with fairness and persistence.

            Terms

            Salary: L12 to L16. The post is full time and permanent, starting in September 2025.

            Timeline

            Closing date: Monday 12 May
            Shortlisting: week beginning 12 May
            Interview dates: Tuesday 3 and Wednesday 4 June
            """)
        #expect(texts(jd, .personSpec).count == 1)
        #expect(texts(jd, .heading) == ["The person", "Terms", "Timeline"])
        #expect(jd.items.filter { $0.kind == .metadata }.count == 4)
    }

    @Test func aVacancyPagesDownloadsAndACellsLastLineAreReadAsThePageMeansThem() {
        let jd = read("""
            <html><body><main>
            <h2>Person specification</h2>
            <table>
              <tr><td>Knowledge</td><td>
                Secure knowledge of the English curriculum at KS3 and KS4.<br>
                Understanding of how a student&rsquo;s reading age shapes their access to the curriculum.
              </td></tr>
            </table>
            <ul>
              <li><a href="/pack.pdf">Candidate information pack (PDF, 2.4 MB)</a></li>
              <li><a href="/form.docx">Teaching staff application form (Word, 96 KB)</a></li>
              <li><a href="/policy.pdf">Child Protection and Safeguarding Policy [pdf]</a></li>
            </ul>
            </main></body></html>
            """)
        #expect(texts(jd, .personSpec) == [
            "Secure knowledge of the English curriculum at KS3 and KS4.",
            "Understanding of how a student\u{2019}s reading age shapes their access to the curriculum.",
        ])
        #expect(jd.items.filter { $0.text.contains("(PDF") || $0.text.contains("KB)") || $0.text.hasSuffix("[pdf]") }
            .allSatisfy { $0.kind == .other })
        #expect(FileLinkDetection.linksToAFile("Job description (DOCX)"))
        #expect(!FileLinkDetection.linksToAFile("Confident use of Microsoft Office (Word, Excel)"), "programs without a size")
        #expect(!FileLinkDetection.linksToAFile("Qualified Teacher Status (QTS)"))
    }

    @Test func numberedBackMatterAndASignatureBlocksSignersAreNotCriteria() {
        let jd = read("""
            Section 3: Person specification
            E   A clear commitment to keeping children safe

            Section 4: Terms

            4.1   The postholder is employed by the trust on the terms of the School Teachers' Pay and Conditions
                  Document and the trust's own policies and procedures.

            Postholder
            Name: ...............................................
            Signed: .............................................   Date: ....................

            Line manager (Executive Headteacher)
            Name: ...............................................
            """)
        #expect(texts(jd, .personSpec) == ["A clear commitment to keeping children safe"])
        #expect(jd.item("Postholder")?.kind == .boilerplate)
        #expect(jd.item("Line manager (Executive Headteacher)")?.kind == .boilerplate)
        #expect(HeadingDetection.withoutPartNumber("part iv – how to apply") == "how to apply")
        #expect(HeadingDetection.withoutPartNumber("section leaders and their teams") == "section leaders and their teams")
    }
}
