import Testing
@testable import JDAlignKit

/// Where the parts of a recruitment pack end: the reading rules for letters, contents lists and the employer's
/// statements must not take a JD's own duties or criteria with them. Each JD here is written to sit on the wrong
/// side of one of those rules.
@Suite struct PackBoundaryTests {
    @Test(arguments: ["Responsibilities:", "Main duties"])
    func aHeadingNamingTheDutiesLeavesAPartAboutTheSchool(heading: String) {
        // "About the role" names what the post does and opens the duties itself; "About us" does not.
        let jd = segmentText("""
            Deputy Headteacher

            About us
            The school works closely with the parish across both sites.
            \(heading)
            Lead the school's behaviour policy and review it with staff each year.
            Line manage the heads of year and hold them to account for outcomes.
            """)
        #expect(jd.texts(.duty) == ["Lead the school's behaviour policy and review it with staff each year.",
                                    "Line manage the heads of year and hold them to account for outcomes."])
    }

    @Test func aMarkdownSubheadingNamingTheDutiesLeavesThePartItIsUnder() {
        let jd = segmentText("""
            # Deputy Headteacher

            ## About us

            The school works closely with the parish across both sites.

            ### Responsibilities

            - Lead the school's behaviour policy and review it with staff each year.
            - Line manage the heads of year and hold them to account for outcomes.
            """, path: "jd.md", format: .markdown)
        #expect(jd.texts(.duty) == ["Lead the school's behaviour policy and review it with staff each year.",
                                    "Line manage the heads of year and hold them to account for outcomes."])
    }

    @Test func dutiesUnderDataProtectionOrWorkingRelationshipsAreDuties() {
        let jd = segmentText("""
            Deputy Headteacher

            Main duties
            Lead the behaviour policy and review it with staff each year.

            Data protection
            Ensure pupil records are kept securely and shared only where the law allows.

            Working relationships
            Build strong relationships with parents, carers and the local community.

            Our values
            Respect – we listen to one another and to our pupils
            Achieve – small steps are celebrated as real progress
            """)
        #expect(jd.texts(.duty) == ["Lead the behaviour policy and review it with staff each year.",
                                    "Ensure pupil records are kept securely and shared only where the law allows.",
                                    "Build strong relationships with parents, carers and the local community."])
        #expect(jd.item("Achieve – small steps are celebrated as real progress")?.kind == .other)
    }

    @Test func aCategoryNamedLikeAStatementKeepsItsCriteria() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Equal opportunities
            Commitment to equality of opportunity for pupils and staff
            Understanding of the Equality Act and its duties on schools

            Data protection law
            Knowledge of how the school must keep and share the records of pupils and staff.

            Application process
            Knowledge of how children learn to read and the systematic teaching of phonics.
            """)
        for criterion in ["Commitment to equality of opportunity for pupils and staff",
                          "Understanding of the Equality Act and its duties on schools",
                          "Knowledge of how the school must keep and share the records of pupils and staff.",
                          "Knowledge of how children learn to read and the systematic teaching of phonics."] {
            #expect(jd.item(criterion)?.kind == .personSpec, "\(criterion)")
        }
    }

    @Test func theEmployersStatementAfterTheCriteriaEndsThem() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Experience
            Leadership of behaviour across a whole school

            Equal opportunities
            The trust is an equal opportunities employer and we welcome applications from every part of the community.
            """)
        #expect(jd.texts(.personSpec) == ["Leadership of behaviour across a whole school"])
        #expect(jd.item("Equal opportunities")?.kind == .heading)
    }

    /// A pack's part after the criteria whose first lines are facts, not the employer speaking: its title alone,
    /// set apart, ends the person specification.
    @Test func aPacksTermsAndConditionsAfterTheCriteriaEndThem() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Experience
            Leadership of behaviour across a whole school

            Terms and conditions

            Salary on the leadership range, reviewed each September by the pay committee.
            Membership of the Teachers' Pension Scheme.
            """)
        #expect(jd.texts(.personSpec) == ["Leadership of behaviour across a whole school"])
        #expect(jd.item("Terms and conditions")?.kind == .heading)
    }

    /// An advert written as prose names its person specification as what the school is looking for; the safeguarding
    /// notice after it speaks of checks on whoever is appointed, and the form ends with lines for signers.
    @Test func whatTheSchoolIsLookingForIsThePersonSpecification() {
        let jd = segmentText("""
            The role
            You will lead the phase team and plan the curriculum for Reception and Year 1 with them.

            What we are looking for
            Experience of teaching in the early years is essential; experience of leading a team would be an advantage.
            You will need a secure knowledge of the statutory framework for the early years foundation stage.

            Safeguarding
            Our school takes its duty to keep children safe seriously. The person appointed will need an enhanced DBS certificate with a barred list check, and we will ask for two references before interview.

            Headteacher signature: ..................  Date: ..........
            Chair of Governors signature: ..................  Date: ..........
            Print name: ..................
            """)
        #expect(jd.texts(.personSpec) == [
            "Experience of teaching in the early years is essential; experience of leading a team would be an advantage.",
            "You will need a secure knowledge of the statutory framework for the early years foundation stage.",
        ])
        #expect(jd.texts(.duty) == ["You will lead the phase team and plan the curriculum for Reception and Year 1 with them."])
        #expect(jd.texts(.boilerplate).count == 4)
    }

    @Test func criteriaThatMentionShortlistingOrApplicationsAreCriteria() {
        let jd = segmentText("""
            PERSON SPECIFICATION
            Experience
            Experience of shortlisting and interviewing staff as part of safer recruitment.
            Ability to ensure you meet statutory deadlines for reporting to governors.
            Candidates who do not meet every essential criterion will not be shortlisted.
            """)
        #expect(jd.texts(.personSpec) == ["Experience of shortlisting and interviewing staff as part of safer recruitment.",
                                          "Ability to ensure you meet statutory deadlines for reporting to governors."])
        #expect(jd.items.last?.kind == .other)
    }

    @Test func aLetterWithNoSignOffStopsAtTheDuties() {
        let jd = segmentText("""
            Dear Colleague,
            Thank you for your interest in the post of head of year at our school.

            Main duties
            • Lead the pastoral team for the year group.
            • Monitor attendance and act on concerns quickly.

            Line Manager
            Headteacher
            """)
        // "Line Manager" over "Headteacher" is the JD's facts, not a name signing the letter off over a post.
        #expect(jd.texts(.duty) == ["Lead the pastoral team for the year group.", "Monitor attendance and act on concerns quickly."])
        #expect(jd.metadata.responsibleTo == "Headteacher")
    }

    @Test func theSignatureIsNamesAndPostsNotTheTitleAfterIt() {
        let jd = segmentText("""
            Dear Candidate,

            Thank you for your interest in the post. We hope to meet you soon.

            Yours sincerely,

            Helen Marchbank\tGareth Lowther-Penn
            Executive Headteacher\tChair of the Governing Board
            Job Description
            Main duties
            • Lead the curriculum across the federation's two schools.
            """)
        for line in ["Helen Marchbank", "Gareth Lowther-Penn", "Executive Headteacher", "Chair of the Governing Board"] {
            #expect(jd.item(line)?.kind == .other, "\(line)")
        }
        #expect(jd.item("Job Description")?.kind == .heading)
        #expect(jd.texts(.duty) == ["Lead the curriculum across the federation's two schools."])
    }

    @Test func aContentsListWithoutPageNumbersEndsAtTheFirstBlankLine() {
        let jd = segmentText("""
            Contents
            Welcome from the Headteacher
            About us
            Job description

            Key Stage Two
            Teaching
            """)
        #expect(jd.item("About us")?.kind == .other)
        #expect(jd.item("Key Stage Two")?.kind == .heading)
        #expect(jd.item("Teaching")?.kind == .heading)
    }

    @Test func aContentsListWithPageNumbersInTheirOwnCellsAndLeaders() {
        let jd = segmentText("""
            Contents
            Welcome letter from the Chair of Governors ........ 2
            About us\t3
            Person specification\t7
            Lead the curriculum review across all key stages
            """)
        #expect(jd.item("About us")?.kind == .other)
        #expect(jd.item("Person specification")?.kind == .other)
        let pageNumbers = jd.items.filter { $0.text == "3" || $0.text == "7" }
        #expect(pageNumbers.count == 2 && pageNumbers.allSatisfy { $0.kind == .other })
        #expect(jd.item("Lead the curriculum review across all key stages")?.kind != .other)
    }

    @Test func aQuestionInsideAParagraphIsNoTitle() {
        let jd = segmentText("""
            Main duties
            Lead the pastoral team for the year group.
            Why does it matter?
            Monitor attendance and act on concerns quickly.

            Why join us?
            Our staff stay with us for years.
            """)
        #expect(jd.item("Why does it matter?")?.kind != .heading)
        #expect(jd.item("Why join us?")?.kind == .heading)
    }

    @Test func criteriaOpeningWithAPackTitlesWordsStayCriteria() {
        // "Contact", "Interview", "The school" and "Visiting" title parts of a pack, but set apart in a person
        // specification these lines are criteria: the words run on ("Interviewing"), or the line reads as a sentence.
        let criteria = ["Contact with parents and outside agencies about vulnerable pupils",
                        "Interviewing and appointing tutors",
                        "The school's approach to restorative practice",
                        "Visiting classrooms to see pupils' learning in lessons"]
        let jd = segmentText("""
            Person specification

            Experience
            Experience of leading a pastoral team

            \(criteria.joined(separator: "\n\n"))

            Terms and Conditions

            Please send your application form to the school office.
            """)
        #expect(jd.texts(.personSpec) == ["Experience of leading a pastoral team"] + criteria)
        #expect(jd.item("Terms and Conditions")?.kind == .heading)
        #expect(jd.item("Please send your application form to the school office.")?.kind == .other)
    }
}
