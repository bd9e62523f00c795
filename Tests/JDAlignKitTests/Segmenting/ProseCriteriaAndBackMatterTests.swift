import Testing
@testable import JDAlignKit

/// Person specifications written as paragraphs under short titles, and the back matter a pack puts after its criteria
/// (addresses, the trust's registration, a key dates block): rules chosen from the tune split's prose and pdf-text
/// packs (round 34), tested on JDs written for them.
@Suite struct ProseCriteriaAndBackMatterTests: ReadsLayouts {
    @Test func shortTitlesBetweenParagraphsOfAProsePersonSpecificationAreHeadings() {
        let jd = read("""
            The person we are looking for

            We do not expect a finished article. We want someone with the judgement and the energy to lead a school that is changing quickly, who listens before deciding and who keeps learning while doing the job.

            Your leadership

            You will set out where the school is heading in words a Year 7 pupil and a governor would both understand. You will have led improvement across a whole school and can show its effect on pupils' attendance, behaviour or results.

            Your experience

            You will have taught successfully and held a senior post in a secondary school, with responsibility for a significant part of its work. Experience of working with a trust or a local authority on school improvement would be welcome.

            Safer recruitment

            Hollybank Learning Trust is committed to safeguarding and promoting the welfare of children and expects all staff and volunteers to share this commitment. The post is subject to an enhanced DBS check and satisfactory references.
            """)
        #expect(texts(jd, .heading).contains("Your leadership"))
        #expect(texts(jd, .heading).contains("Your experience"))
        #expect(texts(jd, .heading).contains("Safer recruitment"))
        #expect(texts(jd, .personSpec).count == 3)
        #expect(texts(jd, .personSpec).allSatisfy { $0.split(separator: " ").count >= 30 })
    }

    @Test func aShortCriterionAmongShortCriteriaOrInAListStaysACriterion() {
        let jd = read("""
            Person specification

            Qualified Teacher Status

            Resilience

            Experience of leading a team of teachers in a primary school.

            Essential
            - A record of raising standards in reading across a key stage, shown by the progress of pupils who found reading hard and by the results of the phonics screening check over several years.
            - Good humour
            - A clear understanding of the statutory framework for the early years foundation stage and of how children learn through play, with examples of leading practice in it.
            """)
        #expect(texts(jd, .personSpec).contains("Resilience"))
        #expect(texts(jd, .personSpec).contains("Good humour"))
        #expect(texts(jd, .personSpec).contains("Qualified Teacher Status"))
    }

    @Test func aTitleJoiningACategoryToHowToApplyEndsTheCriteria() {
        let jd = read("""
            PERSON SPECIFICATION
            Skills and knowledge
            Secure knowledge of the national curriculum in English and mathematics
            Safeguarding
            Up-to-date training as a designated safeguarding lead
            SAFEGUARDING AND HOW TO APPLY
            To apply, complete the trust's application form and a letter of no more than two pages.
            Handwritten forms will not be accepted.
            """)
        #expect(texts(jd, .personSpec) == [
            "Secure knowledge of the national curriculum in English and mathematics",
            "Up-to-date training as a designated safeguarding lead",
        ])
        #expect(HeadingDetection.joinsAPackTitle(TextShape("Safeguarding and how to apply")))
        #expect(!HeadingDetection.joinsAPackTitle(TextShape("Skills and knowledge")))
        #expect(!HeadingDetection.joinsAPackTitle(TextShape("Safeguarding and child protection")))
    }

    @Test func anAddressAndTheTrustsRegistrationAfterTheCriteriaAreNoCriteria() {
        let jd = read("""
            Person specification
            - Experience of teaching across KS1 and KS2
            - Knowledge of the SEND Code of Practice 0-25
            Marrow Vale Learning Trust, Unit 7 Canal Wharf, Eddington ED4 9RB
            Marrow Vale Learning Trust is an exempt charity and a company limited by guarantee, registered in England, no. 07713542.
            """)
        #expect(texts(jd, .personSpec) == [
            "Experience of teaching across KS1 and KS2",
            "Knowledge of the SEND Code of Practice 0-25",
        ])
        #expect(jd.items.filter { $0.text.hasPrefix("Marrow Vale Learning Trust is an exempt charity") }.map(\.kind) == [.boilerplate])
    }

    @Test func aLineEndingWithAPostcodeIsAnAddressButCodesAndSentencesNamingOneAreNot() {
        for address in ["Canal Wharf, Eddington ED4 9RB", "1 Church Street, Westminster, London SW1A 1AA.", "Hollins Lane, Eddington (ED4 9RB)"] {
            #expect(DutyDetection.holdsAPostcode(address), "\(address)")
        }
        for text in ["Teach KS2 3 days a week", "Lead Y6 SATs preparation", "Use the CPOMS system", "Manage the 3G pitch bookings",
                     "Achieve NPQH by 2027", "Teach GCSE PE 9-1", "Live within 5 miles of ED4 9RB to answer alarm call-outs.",
                     "Willing to work on both sites, Dale Road ED2 3NB and Hill Street ED1 1QQ."] {
            #expect(!DutyDetection.holdsAPostcode(text), "\(text)")
        }
    }

    @Test func interviewDatesAfterTheCriteriaAreDetailsNotCriteria() {
        let jd = read("""
            Person specification
            - Able to analyse attendance data and act on it
            Closing date:
            Monday 2 March, noon
            Interviews:
            Thursday 12 and Friday 13 March (including a pupil panel)
            """)
        #expect(texts(jd, .personSpec) == ["Able to analyse attendance data and act on it"])
    }

    @Test func whoPreparedOrApprovedTheDocumentIsDocumentControl() {
        let jd = read("""
            Person specification
            - Experience of leading a subject across a key stage
            - Approved by the governing body as a school's safeguarding lead
            Prepared by: T. Okafor, Deputy Headteacher
            Approved by: Standards Committee
            """)
        #expect(texts(jd, .personSpec) == [
            "Experience of leading a subject across a key stage",
            "Approved by the governing body as a school's safeguarding lead",
        ])
    }
}
