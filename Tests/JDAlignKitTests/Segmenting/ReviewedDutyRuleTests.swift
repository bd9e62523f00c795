import Testing
@testable import JDAlignKit

/// A second review's counter-examples to the rules that find duties behind an opening phrase or label, contact
/// details, the catch-all clause and document names: each must read as a person would read it.
@Suite struct ReviewedDutyRuleTests {
    @Test func openingPhrasesBeforeNounsOrClausesAndContactLinesAreNoDuties() {
        let jd = segmentText("""
            Job Description: Assistant Headteacher (Inclusion)

            Responsible to: Headteacher
            Hours: 37 per week, term time plus five days
            Salary: Leadership Scale L8 to L12

            Purpose of the role

            The Assistant Headteacher will lead inclusion across the school and is a member of the senior leadership team.
            In addition, support staff in the Learning Support Base are line managed by the SENCO, not by this post.
            Within the Trust, support services such as HR, payroll and estates are provided centrally.
            As with all posts, review of this job description will take place each year with the post holder.
            For further information about the post, contact the school office on 01632 960 123.
            Our aim is simple: support every child to flourish.

            Main duties

            Lead the school's provision for pupils with special educational needs and disabilities.
            Maintain the provision map and monitor the impact of interventions each term.
            Work with families and outside agencies to secure the right support for each pupil.
            """)
        #expect(jd.texts(.duty).count == 4)
        #expect(jd.texts(.duty).allSatisfy { !$0.hasPrefix("In addition") && !$0.hasPrefix("Within the Trust") && !$0.hasPrefix("Our aim") })
    }

    @Test func dutiesThatNameAMailboxStayDutiesAndNotesToCandidatesDoNot() {
        #expect(segmentText("""
            Job Description: Admissions and Attendance Officer

            Responsible to: School Business Manager
            Hours: 37 per week, term time only

            Main duties

            Manage the admissions inbox (admissions@oakfield.sch.uk) and reply to parents' enquiries within two working days.
            Keep the attendance register up to date and follow up unexplained absences by 10am each day.
            Publish the weekly attendance figures to staff through attendance@oakfield.sch.uk every Friday.
            Report any safeguarding concern on the day to the Designated Safeguarding Lead (dsl@oakfield.sch.uk).
            Prepare the termly attendance report for governors.
            """).texts(.duty).count == 5)
        #expect(segmentText("""
            Job Description: Head of Mathematics

            Responsible to: Deputy Headteacher

            Main duties
            Lead the mathematics department and line manage its seven teachers.
            Plan and review the mathematics curriculum from Year 7 to Year 13.
            Monitor the quality of teaching and learning in mathematics.

            Notes
            As part of the selection process, prepare a ten-minute presentation on raising attainment in Key Stage 4.
            In your supporting statement, address each of the criteria in the person specification.
            When completing the application form, explain any gaps in your employment history.
            """).texts(.duty).count == 3)
        #expect(segmentText("""
            Job Description: Teacher of Science

            Responsible to: Head of Science

            Main duties
            Teach science to classes across Key Stages 3 and 4.
            Plan and deliver lessons that build on what students already know.
            Set and mark homework in line with the department's policy.

            For more information about the Trust, visit www.riverside-learning.org.uk.
            How to apply: visit the vacancies page of our website and complete the online form.
            In the first instance, contact Mr D Hughes, Head of Science, on 01632 960 789.
            """).texts(.duty).count == 3)
    }

    @Test func theCatchAllClauseAfterWhatAllStaffDoIsBoilerplate() {
        let jd = segmentText("""
            Job Description: Teaching Assistant (Level 3)

            Responsible to: SENCO

            Main duties
            Support pupils with special educational needs in class and in small groups.
            Deliver agreed interventions in reading and mathematics and record their impact.
            Help the class teacher to keep records of pupils' progress.

            General
            All staff are expected to treat colleagues, pupils and visitors with courtesy and to present a positive image of the school at all times. You may also be asked to carry out any other reasonable duties as requested by the Headteacher.

            Everyone working at the school is expected to promote and safeguard the welfare of the children they work with or come into contact with. The post holder will undertake such other duties as the Headteacher may direct.
            """)
        #expect(jd.texts(.duty).count == 3)
        #expect(jd.texts(.boilerplate).count == 2)
    }

    @Test func aDocumentNameBeforeAnInstructionDoesNotJoinTwoDuties() {
        let duties = segmentText("""
            Job Description: Assistant Headteacher (Teaching and Learning)

            Key responsibilities

            Lead the whole-school strategy for teaching and learning, working closely with the
            Deputy Headteacher and subject leaders to raise standards in every key stage
            Coordinate the programme of coaching, mentoring and Continuing Professional Development
            Plan and deliver the induction programme for early career teachers and new staff
            Monitor the quality of teaching through lesson visits, book looks and pupil voice, and
            report the findings to the senior leadership team and governors each term
            Lead the review of the marking and feedback policy and make sure it is applied by all
            Oversee the work of the school's teaching assistants and their annual Performance
            Review the curriculum map with subject leaders each summer term and publish it
            """).texts(.duty)
        #expect(duties.contains("Plan and deliver the induction programme for early career teachers and new staff"))
        #expect(duties.contains { $0.hasPrefix("Review the curriculum map") })
    }

    @Test func keysNamedByHowTheyAssessAndNotesOnApplying() {
        let key = segmentText("""
            Person Specification: Head of English

            Identified by: A = application form, I = interview, R = references

            Qualifications
            Qualified Teacher Status (A)
            A degree in English or a closely related subject (A)

            Experience
            Successful teaching of English to GCSE and A level (A, I)
            Experience of leading a team of teachers (A, I, R)

            Skills
            Excellent communication skills (I)
            Ability to analyse assessment data and act on it (I)
            """)
        #expect(key.item("Identified by: A = application form, I = interview, R = references")?.kind != .personSpec)
        let notes = segmentText("""
            Person Specification: Class Teacher

            Essential
            Qualified Teacher Status
            Experience of teaching in Key Stage 2
            Good knowledge of the National Curriculum for English and mathematics
            Ability to use assessment to plan next steps for learning

            Desirable
            Experience of leading a subject across the school

            Please note that applications should be made on the county application form, as CVs cannot be accepted.
            We will process the personal data supplied on the form in line with our privacy notice.
            Completed applications should be returned to the school office by noon on Friday 14 March.
            """)
        #expect(notes.item("We will process the personal data supplied on the form in line with our privacy notice.")?.kind != .personSpec)
    }
}
