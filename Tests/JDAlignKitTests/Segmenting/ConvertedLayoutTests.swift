import Foundation
import Testing
@testable import JDAlignKit

/// The layouts converters, exporters and hurried editors leave, each written here as a small JD of its own: wrapped
/// lines, lost bullets, page furniture, side panels, grids read a cell at a time, exported Markdown and saved HTML.
/// `Scripts/corpus/perturb` measures the same rules on the tune split's JDs re-laid out this way.
@Suite struct ConvertedLayoutTests: ReadsLayouts {
    /// Breaks each paragraph at the last space before `width`, as a converter does, the rest carried unindented.
    private func hardWrapped(_ paragraphs: [String], at width: Int) -> [String] {
        paragraphs.flatMap { paragraph -> [String] in
            var lines: [String] = [], rest = Substring(paragraph)
            while rest.count > width, let cut = rest.prefix(width).lastIndex(of: " ") {
                lines.append(String(rest[..<cut]))
                rest = rest[rest.index(after: cut)...]
            }
            return lines + [String(rest)]
        }
    }

    @Test func aFooterAboveThePageNumberAndAHeaderSplitByAGapKeepThePersonSpecification() {
        let jd = read("""
            Duties
            - Lead the SEND team and keep the register of needs.

            Person specification
            Essential
            - Qualified Teacher Status
            - Experience of writing support plans
            Elmhurst Primary School – SENDCo Job Description
            Page 1 of 2
            ELMHURST PRIMARY SCHOOL    Job description
            - Knowledge of the SEND Code of Practice
            - Experience of training support staff
            Elmhurst Primary School – SENDCo Job Description
            Page 2 of 2
            ELMHURST PRIMARY SCHOOL    Job description
            """)
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "Experience of writing support plans",
                                           "Knowledge of the SEND Code of Practice", "Experience of training support staff"])
        #expect(texts(jd, .other).filter { $0 == "Elmhurst Primary School – SENDCo Job Description" }.count == 2)
        #expect(!jd.items.contains { $0.kind == .heading && $0.text == "Job description" }, "the header's second half is not a title")
    }

    @Test func aListThatNeverHadBulletsIsOneDutyPerSentence() {
        let jd = read("""
            Main duties
            Keep an accurate register of pupils with SEND, reviewed each term.
            Request statutory assessment from the local authority when a pupil's needs call for it.
            Widen the range of interventions the school can offer.
            Undergo refresher training in the SEND Code of Practice every year.
            """)
        #expect(texts(jd, .duty).count == 4)
    }
    @Test func aWrappedItemGoesOnPastAVerbWhereItemsEndWithAStop() {
        let duties = (1...6).map { "Lead the review of area number \($0) of the curriculum with subject leaders and report to governors." }
        let cut = "Contribute to the academy's vision and to the writing and evaluation of the School Development"
        let lines = ["Main duties"] + hardWrapped(duties, at: 84) + [cut, "Plan as a full member of the senior leadership team."]
        let jd = read(lines.joined(separator: "\n"))
        #expect(texts(jd, .duty).count == 7)
        #expect(texts(jd, .duty).last == cut + " Plan as a full member of the senior leadership team.")
    }

    @Test func aFullStopAtTheWidthEndsASentenceNotAParagraphWhereParagraphsAreSetApart() {
        let paragraph = "The Bursar is a member of the Senior Leadership Team and Clerk to the Governors."
            + " Reporting to the Head on operational matters, the Bursar prepares the annual budget and the long-term plan."
        let others = (1...5).map { "The Bursar also oversees contract number \($0), working with suppliers, and reports on it to the finance committee each term." }
        let wrapped = (others + [paragraph]).map { hardWrapped([$0], at: 84).joined(separator: "\n") }
        let jd = read((["Main duties", ""] + [wrapped.joined(separator: "\n\n")]).joined(separator: "\n"))
        #expect(hardWrapped([paragraph], at: 84).first?.hasSuffix("Governors.") == true, "the case under test: a stop at the width")
        #expect(jd.items.contains { $0.text == paragraph })
        #expect(jd.items.filter { $0.text.hasPrefix("The Bursar also oversees") }.count == 5)
    }

    @Test func aCriterionWrappedOntoARowOfItsOwnInAPipeTable() {
        let jd = read("""
            ## Person specification

            | Criteria | Essential | Desirable | Assessed by |
            |---|---|---|---|
            | Good or better classroom teaching | ✓ | | I / R |
            | Clear, calm communication with students, staff and parents, including in difficult | ✓ | | I / T |
            | conversations | | | |
            | Good organisation and the ability to prioritise | ✓ | | T / R |
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .personSpec) == ["Good or better classroom teaching",
                                           "Clear, calm communication with students, staff and parents, including in difficult conversations",
                                           "Good organisation and the ability to prioritise"])
    }

    @Test func aCriterionWrappedBetweenItAndItsCodesInAGridReadOneCellPerLine() {
        let jd = read("""
            Person specification
            Criteria
            E/D
            How assessed
            Knowledge
            Understanding of SEND and of strategies for disadvantaged learners
            E
            I
            Understanding of safeguarding and of your own duties under Keeping
            Children Safe in Education
            E
            I
            Experience
            Successful teaching experience in at least two primary key stages
            E
            A
            """)
        #expect(texts(jd, .personSpec) == ["Understanding of SEND and of strategies for disadvantaged learners",
                                           "Understanding of safeguarding and of your own duties under Keeping Children Safe in Education",
                                           "Successful teaching experience in at least two primary key stages"])
    }

    @Test func aLineIndentedToAnItemsTextCarriesItOnWhateverItsFirstLetter() {
        let jd = read("""
            Main duties
                  l   Make sure the school complies with the council's
                      Scheme for Financing Schools and its financial regulations.
                  l   Keep the school fund in good order
                      (including its annual audit).
                  l   Lead the support staff teams.
            """)
        #expect(texts(jd, .duty) == ["Make sure the school complies with the council's Scheme for Financing Schools and its financial regulations.",
                                     "Keep the school fund in good order (including its annual audit).",
                                     "Lead the support staff teams."])
    }

    @Test func labelsSetBesideAListInADesignedPDFAreLiftedOutOfItsLines() {
        let jd = read("""
            Main duties

            Premises and          l   Manage the school site so that it is safe, secure,
            facilities                clean and well maintained, through the Site Manager.
                                  l   Keep the planned maintenance schedule up to date.

                                  l   Manage contracts, payroll input and staff records.
                                  l   Advise the Headteacher on HR policy, employment law
            Human resources           and staffing structures; support absence procedures.
                                  l   Lead appraisal for the staff the manager line manages.
            """)
        #expect(texts(jd, .duty) == ["Manage the school site so that it is safe, secure, clean and well maintained, through the Site Manager.",
                                     "Keep the planned maintenance schedule up to date.",
                                     "Manage contracts, payroll input and staff records.",
                                     "Advise the Headteacher on HR policy, employment law and staffing structures; support absence procedures.",
                                     "Lead appraisal for the staff the manager line manages."])
        #expect(texts(jd, .heading).contains("Premises and facilities"))
        #expect(texts(jd, .heading).contains("Human resources"))
    }

    @Test func anAdvertsParagraphsStateDutiesOfTheSuccessfulCandidateAndWrapTheirOwnLists() {
        let others = (1...5).map { "The successful candidate will lead area number \($0) of the school's work with the staff who teach it and report on it each term." }
        let inline = "The successful candidate will share the strategic leadership of the school. In practice this means (a) helping to"
            + " write the annual whole-school development plan; and (b) reporting on progress against its priorities to the Governing Board."
        let wrapped = (others + [inline]).map { hardWrapped([$0], at: 84).joined(separator: "\n") }
        let jd = read((["The role", ""] + [wrapped.joined(separator: "\n\n")]).joined(separator: "\n"))
        #expect(hardWrapped([inline], at: 84).contains { $0.hasSuffix(";") }, "the case under test: a semicolon at the width")
        #expect(texts(jd, .duty).count == 6)
        #expect(texts(jd, .duty).last == inline)
    }

    @Test func markdownExportedFromAWordProcessorReadsThroughItsEscapesAndBoldHeadings() {
        let jd = read(#"""
            **Job Description: SENCo**

            **Key responsibilities**

            1\. Lead the SEND team and keep the register of needs\.
            2\. Plan provision with class teachers

            \- Work with parents and carers

            **Essential**

            * Qualified Teacher Status
            * The National Award for SEN Co\-ordination
            """#, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == ["Lead the SEND team and keep the register of needs.", "Plan provision with class teachers",
                                     "Work with parents and carers"])
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "The National Award for SEN Co-ordination"])
        #expect(texts(jd, .heading).contains("Key responsibilities"))
    }

    @Test func documentControlAfterTheCriteriaIsNotACriterion() {
        let jd = read("""
            Person specification
            Essential
            - Qualified Teacher Status
            - Experience of leading a team in version control of schemes of work

            Version 2.1
            Date: November 2026
            Ref: OAK/HR/JD/DHT-2026
            OAK/HR/JD/AP-SF
            """)
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "Experience of leading a team in version control of schemes of work"])
        #expect(texts(jd, .metadata).contains("Version 2.1"))
        #expect(texts(jd, .metadata).contains("Ref: OAK/HR/JD/DHT-2026"))
    }

    @Test func aJobBoardPageSavedWithItsHTMLReadsThroughItsCharacterReferences() {
        let jd = read("""
            <h2>Key responsibilities</h2>
            <table>
            <tr><td>Safeguarding</td><td>&bull; Act as the senior lead for safeguarding.<br>&bull; Report to the school&rsquo;s governors each term.</td></tr>
            </table>
            <h2>Person specification</h2>
            <table>
            <tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>
            <tr><td>NPQH (A)</td><td></td><td>&#10003;</td></tr>
            <tr><td>Experience of senior leadership &ndash; at least two years (A/I)</td><td>&#x2713;</td><td></td></tr>
            </table>
            """)
        #expect(texts(jd, .duty) == ["Act as the senior lead for safeguarding.", "Report to the school\u{2019}s governors each term."])
        #expect(texts(jd, .personSpec) == ["NPQH (A)", "Experience of senior leadership \u{2013} at least two years (A/I)"])
        #expect(jd.items.first { $0.text == "NPQH (A)" }?.criterion?.priority == .desirable)
        #expect(HTMLFragmentReader.decodingEntities("&unknown; &#0; &amp") == "&unknown; &#0; &amp", "what is not a reference stays")
    }

    /// A council's vacancy page saved whole: the site's navigation, side box and footer are the site's, not the JD's,
    /// and a closing tag alone on its line is markup; the part about visiting ends the criteria.
    @Test func aPortalPageKeepsItsNavigationAndFooterOutOfTheJD() {
        let jd = read("""
            <html><head><title>Headteacher | Jobs | Westmoor Council</title><script>if (width < 600) { narrow(); }</script>
            <body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li></ul></nav>
            <main>
            <h2>Main duties</h2>
            <ul><li>Lead the school&rsquo;s improvement plan with governors.</li></ul>
            <h2>Person specification</h2>
            <ul><li>Successful headship or deputy headship</li></ul>
            <h2>Visiting the school</h2>
            <p>We warmly welcome visits; please call the school office to arrange one.</p>
            <aside><h2>Similar jobs</h2><ul><li><a href="/jobs/2">Deputy Headteacher &ndash; Ravens Primary</a></li></ul></aside>
            </main>
            <footer class="site-footer">
            <ul><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
            </footer>
            </body></html>
            """)
        #expect(texts(jd, .duty) == ["Lead the school\u{2019}s improvement plan with governors."])
        #expect(texts(jd, .personSpec) == ["Successful headship or deputy headship"])
        let all = jd.items.map(\.text)
        for furniture in ["Home", "Cookies", "Contact us", "Similar jobs", "</main>", "<footer class=\"site-footer\">"] {
            #expect(!all.contains(furniture), "\(furniture)")
        }
    }

    @Test func aContentsEntryNamedLikeTheRunningHeaderStaysAContentsEntry() {
        let lines = ["ELMHURST ACADEMY", "Deputy Headteacher", "", "Contents", "1.  About the school", "2.  Job description",
                     "3.  Person specification", "", "Job description", "- Lead the curriculum across the school.",
                     "- Report to governors on standards each term.", "", "Page 1 of 2", "ELMHURST ACADEMY    Job description", "",
                     "Person specification", "- Qualified Teacher Status", "", "Page 2 of 2", "ELMHURST ACADEMY    Job description"]
        let jd = read(lines.joined(separator: "\n"))
        #expect(texts(jd, .duty) == ["Lead the curriculum across the school.", "Report to governors on standards each term."])
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status"])
        #expect(jd.items.first { $0.text == "Job description" && $0.line == 6 }?.reason.contains("contents") == true)
    }

    @Test func aSafeguardingCriterionIsACriterionAndTheSchoolsStatementIsBoilerplate() {
        let jd = read("""
            Person specification
            - Qualified Teacher Status
            - A clear commitment to safeguarding and promoting the welfare of children and young people
            - Suitability to work with children, confirmed by an enhanced DBS check and satisfactory references

            Safeguarding
            Elmhurst Academy is committed to safeguarding and promoting the welfare of children and young people.
            """)
        #expect(texts(jd, .personSpec).count == 3)
        #expect(texts(jd, .boilerplate).first?.hasPrefix("Elmhurst Academy is committed") == true)
    }

    @Test func aParagraphsLastLineAbovePageNumbersIsNotAFooterThoughItRecurs() {
        let jd = read("""
            Job purpose
            To lead safeguarding at the academy, in line with the procedures of the Westmoor Safeguarding Children
            Partnership.

            Page 1 of 2
            To lead the training of all staff in child protection, as set out by the Westmoor Safeguarding Children
            Partnership.

            Page 2 of 2
            """)
        #expect(texts(jd, .duty).count == 2)
        #expect(!jd.items.contains { $0.text == "Partnership." && $0.reason.contains("page header") },
                "a footer does not end a sentence")
    }

    @Test func theReviewsCounterExamplesReadAsTheyShould() {
        // Codes and slashed qualifications are not document control.
        let grid = read("""
            Person specification
            - QTS/QTLS
            - NPQH/NPQSL
            Knowledge of the SEND Code of Practice
            E
            A/I
            Review date September 2027
            """)
        #expect(texts(grid, .personSpec).prefix(3) == ["QTS/QTLS", "NPQH/NPQSL", "Knowledge of the SEND Code of Practice"])
        #expect(grid.items.first { $0.text.hasPrefix("Knowledge of the SEND") }?.criterion?.assessment.isEmpty == false)
        #expect(texts(grid, .metadata).contains("Review date September 2027"))
        // Rows of details laid out with spaces are not a list with one label beside it: their labels are not run
        // together into one.
        let details = read("""
            Job title           Assistant Headteacher
            Responsible to      Headteacher
            Key tasks           • Lead the behaviour team.
            """)
        #expect(!details.items.contains { $0.text.hasPrefix("Job title Responsible to") })
        // Unbulleted duties that each fill the width and end with a stop stay apart, as do "to …;" entries.
        let duties = (1...4).map { "Lead the review of area number \($0) of the curriculum with subject leaders, reporting to governors." }
        let prose = (1...5).map { "The school has a long history of work number \($0) with its community, which it values and builds on." }
        let mixed = read((["About the school", ""] + prose.flatMap { hardWrapped([$0], at: 84) + [""] }
            + ["Main duties"] + duties).joined(separator: "\n"))
        #expect(texts(mixed, .duty).count == 4)
        let entries = (1...4).map { "to plan and lead area number \($0) of the curriculum with subject leaders across the school;" }
        #expect(texts(read((["The post holder will:"] + entries).joined(separator: "\n")), .duty).count == 4)
    }

    /// HTML a writer typed into a Markdown JD is not a web page: an `<aside>` left open ends with its block, as
    /// Markdown's HTML blocks do, a self-closed `<nav/>` holds nothing, and angle brackets round words are a
    /// placeholder, not a tag.
    @Test func htmlTypedIntoAMarkdownJDHidesNothingAfterIt() {
        let jd = read("""
            # Head of Science

            Responsible to: <Head of Department>
            <aside>Closing date: Friday 12 June
            <nav/>

            ## Main duties
            - Lead the science curriculum, following the [trust's model](https://example.org/Model_(2024)) closely.

            ## Person specification
            <table><tr><td>Qualified teacher status</td><td>E</td></tr></table>
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == ["Lead the science curriculum, following the trust's model closely."])
        #expect(texts(jd, .personSpec) == ["Qualified teacher status"])
        #expect(jd.items.contains { $0.text.contains("<Head of Department>") })
    }
}
