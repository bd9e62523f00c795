import Testing
@testable import JDAlignKit

/// A review's counter-examples to round 34's rules for back matter, e-mail sign-offs and site menus: each input sat
/// on the wrong side of a rule as first written, and must read as a person would read it.
@Suite struct ReviewedBackMatterRuleTests: ReadsLayouts {
    @Test func anchorsWithoutAnAddressAndLinkedSentencesKeepTheirListItems() {
        let jd = read("""
            <!DOCTYPE html>
            <html><body>
            <p><a name="duties">Main duties</a></p>
            <a id="top" />
            <ul>
            <li>Lead the science department and line manage its teachers.</li>
            <li><a href="https://example.org/kcsie">Keep pupils safe in line with KCSIE and the trust's policy</a></li>
            </ul>
            <h2><a name="person">Person specification</h2>
            <ul>
            <li>A degree in a science subject</li>
            </ul>
            </body></html>
            """)
        #expect(texts(jd, .duty) == [
            "Lead the science department and line manage its teachers.",
            "Keep pupils safe in line with KCSIE and the trust's policy",
        ])
        #expect(texts(jd, .personSpec) == ["A degree in a science subject"])
    }

    @Test func aMenuWrittenOverSeveralLinesIsStillTheSitesMenu() {
        let jd = read("""
            <!DOCTYPE html>
            <html><body>
            <ul class="menu">
              <li>
                <a href="/lettings">Lettings</a>
              </li>
              <li>
                <a href="/ofsted">Ofsted report</a>
              </li>
            </ul>
            <main>
            <h3>Responsibilities</h3>
            <ul>
              <li>Plan the year group's assemblies and lead
                <a href="/pshe">the PSHE programme</a></li>
            </ul>
            </main>
            </body></html>
            """)
        #expect(!jd.items.contains { $0.text == "Lettings" || $0.text == "Ofsted report" })
        #expect(texts(jd, .duty) == ["Plan the year group's assemblies and lead the PSHE programme"])
    }

    @Test func theJDAfterAnEmailsSignatureKeepsItsDetailsAndHeadings() {
        let jd = read("""
            Thank you for your interest in the post of Learning Support Assistant at Hollins Park Primary School.
            I look forward to receiving your application.
            Kind regards,
            Mrs Helen Proctor
            School Business Manager
            Hollins Park Primary School

            Job Title: Learning Support Assistant (Level 2)
            Grade: NJC Scale 4
            Responsible to: SENCo and class teacher

            Purpose of the job
            To support pupils with special educational needs in class and in small groups.
            """)
        #expect(jd.metadata.grade == "NJC Scale 4")
        #expect(jd.item("Kind regards,")?.kind == .other, "the sign-off is a line of its own, not joined to the name")
        #expect(jd.item("Mrs Helen Proctor")?.kind == .other)
        #expect(jd.item("Purpose of the job")?.kind == .heading)
        #expect(texts(jd, .duty) == ["To support pupils with special educational needs in class and in small groups."])
    }

    @Test func shortCriteriaAndCategoriesStayInThePersonSpecification() {
        let jd = read("""
            Person specification

            We want a leader who has taught well in more than one key stage, who knows how children learn to read and who has led colleagues through a change that made a measurable difference to pupils.

            Qualified Teacher Status

            You will have a record of working with families and outside agencies to support pupils whose circumstances make learning hard, and of keeping careful records when concerns arise.

            Safeguarding and our values
            - Support for the Christian ethos and values of the school
            - Willingness to lead an act of collective worship
            """)
        #expect(texts(jd, .personSpec).contains("Qualified Teacher Status"))
        #expect(texts(jd, .personSpec).contains("Willingness to lead an act of collective worship"))
        #expect(texts(jd, .personSpec).contains("Support for the Christian ethos and values of the school"))
    }

    @Test func dutiesAboutTheTrustsRegistrationAndCriteriaThatApplySomethingStay() {
        let jd = read("""
            Key responsibilities
            - Make statutory filings with Companies House, including any change to the registered office or to the directors.
            - Keep the trust's company number and trustee details up to date on Get Information About Schools.
            Person specification
            - To apply, adapt and evaluate the school's policies in a governance context
            """)
        #expect(texts(jd, .duty).count == 2)
        #expect(texts(jd, .personSpec) == ["To apply, adapt and evaluate the school's policies in a governance context"])
    }

    @Test func anAssessmentColumnSayingInterviewsOrSelectionDayKeepsTheCriteriaBelow() {
        let jd = read("""
            Person specification
            Criteria\tEssential/Desirable\tHow assessed
            Ability to teach mathematics to A level\tD\tInterviews
            Secure subject knowledge\tE\tSelection day
            Excellent behaviour management\tE\tInterview day
            """)
        #expect(texts(jd, .personSpec) == [
            "Ability to teach mathematics to A level", "Secure subject knowledge", "Excellent behaviour management",
        ])
    }

    // A second review (round 36's rules and those before them).

    @Test func lettersAndNumbersBesideItemsAreContentOutsideALetteredPart() {
        let jd = read("""
            Main duties
            Y6\tPrepare pupils for the end of key stage assessments in May
            Person specification
            A1\tQualified Teacher Status\tE\tAF
            A2\tdegree in mathematics or a related subject\tE\tAF
            B2\tsuccessful experience of leading intervention groups\tD\tI
            """)
        #expect(texts(jd, .personSpec) == [
            "Qualified Teacher Status", "degree in mathematics or a related subject", "successful experience of leading intervention groups",
        ])
        #expect(jd.item("Y6") != nil, "a year group beside a duty is kept")
    }

    @Test func criteriaThatOpenLikeAPagesButtonsOrADateStayCriteria() {
        let jd = read("""
            Person specification
            Criteria\tEssential/Desirable\tAssessed
            Email and online communication\tE\tAF/I
            Complete online safeguarding training\tE\tAF
            Back to work interview experience\tD\tI
            Monday to Friday availability during term time\tE\tAF
            """)
        #expect(texts(jd, .personSpec) == [
            "Email and online communication", "Complete online safeguarding training", "Back to work interview experience",
            "Monday to Friday availability during term time",
        ])
    }

    @Test func aNoteThatTellsCandidatesWhatToEnsureIsNoDuty() {
        let jd = read("""
            Further notes
            When applying, ensure that your referees are aware they will be contacted before interview.
            With this in mind, ensure your personal statement is no longer than two sides of A4.
            """)
        #expect(texts(jd, .duty).isEmpty)
    }

    @Test func aButtonOrABoldTitleOnTheNextLineOfAPageIsNotJoinedToTheLineAbove() {
        let jd = read("""
            <!DOCTYPE html>
            <html><body><main>
            <p><strong>Salary:</strong> MPS/UPS
            <a class="btn" href="/apply">Apply now</a></p>
            <p>Please read the person specification below carefully
            <strong>Person specification</strong><br>
            Qualified Teacher Status</p>
            </main></body></html>
            """)
        #expect(jd.metadata.grade == "MPS/UPS")
    }

    @Test func aSignOffsSignatureEndsBeforeTheJDThatFollowsIt() {
        let jd = read("""
            Thank you for your interest in the post of Deputy Headteacher.
            Kind regards,
            Sarah Jones
            Headteacher

            Job Description
            Deputy Headteacher
            Main Duties
            - Lead the school's behaviour and attendance strategy.

            Kind regards,
            The Office Team

            Person Specification
            - Excellent written English
            """)
        #expect(jd.item("Job Description")?.kind == .heading)
        #expect(jd.item("Person Specification")?.kind == .heading)
        #expect(texts(jd, .personSpec) == ["Excellent written English"])
    }
}

