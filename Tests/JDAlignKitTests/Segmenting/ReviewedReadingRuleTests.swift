import Testing
@testable import JDAlignKit

/// A review's counter-examples to reading rules added for real layouts: each JD sits on the wrong side of one rule
/// as first written, and must read as a person would read it.
@Suite struct ReviewedReadingRuleTests {
    @Test func aDutyEndingOnATitleIsFollowedByTheNextDutyThoughItOpensWithPlanOrReview() {
        let jd = segmentText("""
            Job Description: Assistant Headteacher (Inclusion)

            Responsible to: Headteacher
            Salary: Leadership Scale L8 - L12

            Purpose of the post

            The Assistant Headteacher for Inclusion will lead the school's work for pupils
            with special educational needs and disabilities, and for pupils who are
            disadvantaged, so that every pupil makes strong progress from their starting
            point and is ready for the next stage of their education.

            Key responsibilities

            Lead the SEND team of teaching assistants and the inclusion mentor, and report
            on the impact of their work each term to the Headteacher and the Governing Body
            Review the provision map each half term with the class teachers and the SENCO
            Plan, deliver and evaluate training for all staff on adaptive teaching so that
            staff meet the needs of pupils with SEND in every lesson across the school day
            Monitor, evaluate and review the quality of support for pupils with an EHCP
            and make sure that their annual reviews are held on time and fully recorded
            Keep accurate records of the interventions provided for disadvantaged pupils
            and analyse their impact on attendance and attainment for the Pupil Premium
            Report to governors each term on attendance, exclusions and the progress of
            pupils with SEND, comparing the school's outcomes with those found nationally
            """)
        let duties = jd.texts(.duty).dropFirst()
        #expect(duties.count == 6)
        #expect(duties.first?.hasSuffix("to the Headteacher and the Governing Body") == true)
        #expect(duties.dropFirst().first == "Review the provision map each half term with the class teachers and the SENCO")
    }

    @Test func aMissingBracketJoinsNothingAndAWordSentencesEndOnEndsTheLine() {
        let criteria = segmentText("""
            Person Specification: Class Teacher (Year 4)

            Essential
            Qualified Teacher Status
            Experience of teaching in Key Stage 2 (including at least one year in Year 3 or 4
            Good knowledge of the National Curriculum for English and mathematics
            Ability to use assessment to plan next steps for learning

            Desirable
            Experience of leading a subject (e.g. science or computing
            Knowledge of phonics schemes such as Little Wandle
            First aid certificate
            """).texts(.personSpec)
        #expect(criteria.count == 7)
        #expect(criteria.contains("Knowledge of phonics schemes such as Little Wandle"))
        let duties = segmentText("""
            Job Description: Early Years Lead

            Key responsibilities
            Lead the Nursery and Reception team
            Plan a curriculum that meets the needs of children aged five and under
            Make sure the EYFS statutory framework is met in full
            Keep learning journals up to date for every child
            """).texts(.duty)
        #expect(duties.count == 4)
    }

    @Test func generalConditionsEndingOnTheCatchAllClauseAreBoilerplate() {
        let jd = segmentText("""
            Job Description: Head of Science

            Main duties
            Lead the science department and line manage its teachers and technicians
            Plan and review the science curriculum from Year 7 to Year 13
            Monitor the quality of teaching and learning in science

            General conditions
            You will be expected to carry out your duties in line with the School Teachers' Pay and Conditions Document and the policies of the Trust, as amended from time to time. This list is not exhaustive, and you may be required to undertake other reasonable duties commensurate with the grade at the request of the Headteacher.
            """)
        #expect(jd.texts(.duty).count == 3)
        #expect(jd.texts(.boilerplate).first?.hasPrefix("You will be expected to carry out your duties") == true)
    }

    @Test func packTitlesInSentenceCaseOrWithAnApostropheEndTheCriteria() {
        #expect(segmentText("""
            Person Specification: Head of Geography

            Qualifications
            Qualified Teacher Status
            A degree in geography or a closely related subject

            Experience
            Successful teaching of geography to GCSE and A level
            Experience of leading fieldwork with students

            Skills
            Ability to lead and motivate a small team of teachers
            Excellent organisation and communication skills

            How to apply for this post
            Complete the Trust application form and send it to our HR team by noon on Friday 14 March
            Explain in your statement how you meet each of the criteria above
            Shortlisted candidates will be contacted by telephone

            Visiting the school before you apply
            Arrange a tour with the headteacher's PA by calling the school office
            """).texts(.personSpec).count == 6)
        #expect(segmentText("""
            Person Specification: Deputy Headteacher

            Experience
            Successful experience as an assistant headteacher or senior leader
            Experience of leading whole-school improvement

            Skills
            Ability to analyse data and act on it
            Excellent communication with parents and governors

            Our School's Vision and Values
            We are a caring Church of England school where every child is known and loved.
            Respect for everyone in our community
            Courage to try new things and learn from mistakes
            Kindness in everything we do
            """).texts(.personSpec).count == 4)
    }

    @Test func criteriaWithTheirPrioritiesAfterALabelAreNoKey() {
        let jd = segmentText("""
            Person Specification: Headteacher

            Essential and desirable criteria are shown as E and D.

            Professional qualifications: QTS = E, NPQ = D
            Leadership qualifications: NPQ = E, MBA = D
            Safeguarding training: DSL = E
            Experience of leading a school improvement priority across a whole school
            Knowledge of the current Ofsted framework
            """)
        #expect(jd.item("Professional qualifications: QTS = E, NPQ = D")?.kind == .personSpec)
    }

    @Test func htmlAttributesWithoutValuesAndAClosedSideBox() {
        let criteria = segmentText("""
            # Person specification: Head of Music

            <table border>
            <tr><th>Criteria</th><th>Essential/Desirable</th><th>How assessed</th></tr>
            <tr><td>Qualified Teacher Status</td><td nowrap>Essential</td><td>Application</td></tr>
            <tr><td>Experience of teaching music at GCSE</td><td nowrap>Essential</td><td>Application, interview</td></tr>
            <tr><td>Ability to lead extra-curricular ensembles</td><td nowrap>Desirable</td><td>Interview</td></tr>
            </table>
            """, path: "jd.md", format: .markdown).texts(.personSpec)
        #expect(criteria == ["Qualified Teacher Status", "Experience of teaching music at GCSE", "Ability to lead extra-curricular ensembles"])
        let duties = segmentText("""
            <div class="vacancy-detail">
            <h1>Teacher of English</h1>
            <p>Responsible to: Head of English</p>

            <h2>Key responsibilities</h2>
            <ul>
            <li>Teach English to classes across Key Stages 3 and 4</li>
            <li>Plan and deliver well-sequenced lessons that build reading fluency</li>
            </ul>

            <aside class="sidebar">
            <h3>Working at Hillside</h3>

            <ul>
            <li>Develop your career through our trust-wide leadership programme</li>
            <li>Access free counselling through our employee assistance programme</li>
            <li>Join a supportive team that shares resources and planning</li>
            </ul>

            <h3>Other vacancies</h3>

            <ul>
            <li>Lead the Year 11 pastoral team as Head of Year (TLR 2b)</li>
            <li>Support pupils with SEND as a Teaching Assistant (Level 3)</li>
            </ul>
            </aside>

            <h2>Person specification</h2>
            <ul>
            <li>Qualified Teacher Status</li>
            </ul>
            </div>
            """).texts(.duty)
        #expect(duties == ["Teach English to classes across Key Stages 3 and 4",
                           "Plan and deliver well-sequenced lessons that build reading fluency"])
    }

    @Test func anAdvertsAboutYouThenTheRoleGivesDuties() {
        let jd = segmentText("""
            Teacher of Mathematics - Recruitment Advert

            About you
            We are looking for a well-qualified teacher who loves mathematics and wants to share that with young people.

            The role
            Teach mathematics to classes across Years 7 to 11
            Plan lessons that build on what students already know
            Set and mark homework in line with the department's policy
            Track the progress of students in your classes and act on it

            About us
            Hillside Academy is an 11-16 school of 900 students in the heart of the town.
            """)
        #expect(jd.texts(.duty).contains("Teach mathematics to classes across Years 7 to 11"))
        #expect(jd.item("The role")?.kind == .heading)
    }

    @Test func criteriaOfLikeLengthBesideOneLineParagraphsAreNotWrappedText() {
        let jd = segmentText("""
            Deputy Headteacher - Recruitment Pack

            About the role
            Oakfield Primary is a two-form entry school serving a diverse community on the edge of the city. We are looking for a deputy headteacher who will work alongside the headteacher to keep raising standards and to lead our curriculum through its next stage of development.
            The deputy headteacher is a member of the senior leadership team and will deputise for the headteacher in their absence. The post carries a teaching commitment of two days a week in Year 6 and responsibility for the school's assessment systems.

            Person specification
            Qualified Teacher Status and evidence of recent professional development
            Successful experience of leading a core subject across a primary school
            Experience of teaching in at least two key stages, including Year 6
            Knowledge of effective assessment practice and its use in raising standards
            A clear understanding of what makes outstanding teaching in the primary phase
            Ability to analyse data and use it to plan and evaluate school improvement
            Experience of coaching and developing colleagues to improve their teaching
            Excellent communication skills with pupils, parents, staff and governors
            Commitment to safeguarding and promoting the welfare of all children
            Resilience, optimism and a good sense of humour under pressure
            """)
        #expect(jd.texts(.personSpec).count >= 10)
    }
}
