import Testing
@testable import JDAlignKit

/// A JD sent as the body of an e-mail, signed off after its criteria, and a school's vacancy page whose quick links
/// sit outside its `<nav>`: layouts round 34's tune JDs showed, tested on JDs written for these tests.
@Suite struct EmailSignOffAndSiteMenuTests: ReadsLayouts {
    @Test func aSignOffAfterTheCriteriaAndTheSignatureUnderItAreNotCriteria() {
        let jd = read("""
            Dear colleague,

            Thank you for your interest in the post. The details follow.

            Main duties
            \to Lead the curriculum review across both phases
            \to Chair the standards meetings each half term

            Person specification
            Essential:
            – Qualified Teacher Status
            – Experience of leading a curriculum area across a key stage

            To apply, return the application form to the office by the closing date.

            We look forward to hearing from you.

            Kind regards,

            Priya Lomax
            Headteacher
            Fernside Academy | Part of the Coldwater Schools Trust
            "Every child, every day"
            """)
        #expect(texts(jd, .personSpec) == [
            "Qualified Teacher Status",
            "Experience of leading a curriculum area across a key stage",
        ])
        #expect(texts(jd, .duty) == ["Lead the curriculum review across both phases", "Chair the standards meetings each half term"])
        #expect(jd.item("Kind regards,")?.kind == .other)
        #expect(jd.item("We look forward to hearing from you.")?.kind == .other)
    }

    @Test func aCriterionOpeningWithASignOffsWordIsStillACriterion() {
        let jd = read("""
            Person specification
            - Sincerely committed to the inclusion of pupils with SEND
            - Regards every pupil as capable of success
            - Best wishes of the governors are not a substitute for evidence of impact on attainment
            """)
        #expect(texts(jd, .personSpec).count == 3)
        #expect(LetterDetection.isBareValediction(TextShape("Kind regards,")))
        #expect(LetterDetection.isBareValediction(TextShape("Yours sincerely")))
        #expect(!LetterDetection.isBareValediction(TextShape("Sincerely committed to inclusion")))
    }

    @Test func aWholePagesListOfLinksIsTheSitesMenuButDutiesWithLinksStayDuties() {
        let jd = read("""
            <!DOCTYPE html>
            <html><body>
            <div class="quick-links">
              <ul>
                <li><a href="/term-dates">Term dates</a></li>
                <li><a href="/contact">Contact us</a></li>
                <li><a href="/about">About us</a>
                  <ul><li><a href="/about/governors">Governors</a></li></ul>
                </li>
              </ul>
            </div>
            <main>
              <h1>Head of Year 9</h1>
              <h3>Key responsibilities</h3>
              <ul>
                <li>Follow the <a href="/policies/behaviour">behaviour policy</a> consistently with every tutor group</li>
                <li><a href="/policies/attendance">Attendance</a>: track each pupil's attendance and act when it falls below 95%</li>
                <li>Lead the year team's weekly briefing</li>
              </ul>
            </main>
            </body></html>
            """)
        #expect(texts(jd, .duty) == [
            "Follow the behaviour policy consistently with every tutor group",
            "Attendance: track each pupil's attendance and act when it falls below 95%",
            "Lead the year team's weekly briefing",
        ])
        #expect(!jd.items.contains { ["Term dates", "Contact us", "About us", "Governors"].contains($0.text) })
    }

    @Test func aListOfLinksInAJDThatOnlyCarriesSomeHTMLIsKept() {
        let jd = read("""
            Key responsibilities
            <ul>
            <li><a href="https://example.org/send-code">Apply the SEND Code of Practice in every key stage</a></li>
            </ul>
            """, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == ["Apply the SEND Code of Practice in every key stage"])
    }

    @Test func aPagesLinksAfterTheCriteriaAreNotCriteriaAndALetterOfApplicationIsACode() {
        let jd = read("""
            Person specification
            Criteria | Essential | Desirable | Evidence
            Clear and persuasive writer | ✓ |  | LA/I
            Experience of leading a pastoral team | ✓ |  | AF/R
            Key: AF = application form | LA = letter of application | I = interview | R = reference
            « Back to current vacancies    Share this page
            """)
        #expect(texts(jd, .personSpec) == ["Clear and persuasive writer", "Experience of leading a pastoral team"])
        #expect(DutyDetection.controlsThePage(TextShape("« Back to current vacancies")))
        #expect(DutyDetection.callsOnCandidates(TextShape("Download as PDF")))
        #expect(!DutyDetection.controlsThePage(TextShape("Back the head of year in every parental meeting about behaviour")))
    }
}

