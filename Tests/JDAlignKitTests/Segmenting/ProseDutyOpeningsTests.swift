import Testing
@testable import JDAlignKit

/// Paragraphs of a prose JD whose duties follow an opening that is not itself an instruction (round 43's review of
/// the tune split's prose packs): a run-in title, or a sentence about a priority that hands it to the post holder.
@Suite struct ProseDutyOpeningsTests: ReadsLayouts {
    private let pack = """
        The role

        Identifying needs and planning provision. Oversee the early identification of children who may have special educational needs, and keep the register accurate and up to date.

        Attendance is a priority across the trust, and you will lead our strategy for improving it. You will set targets with heads of year and run attendance panels with families.

        Hollins Vale is a small village school with a big heart. Our pupils come from the village and the farms around it.

        How to apply. Contact the school office for an application pack.
        """

    @Test func aRunInTitleBeforeAnInstructionOpensADuty() {
        #expect(texts(read(pack), .duty).contains { $0.hasPrefix("Identifying needs and planning provision.") })
    }

    @Test func aPriorityHandedToThePostHolderIsADutyNotAboutTheSchool() {
        #expect(texts(read(pack), .duty).contains { $0.hasPrefix("Attendance is a priority across the trust") })
    }

    @Test func aSchoolDescribedAsWhereYouWillBeAndANounWithItsOwnVerbAreNoDuties() {
        let duties = texts(read("""
            The role

            Hollins Vale is a small village school where you will be part of a friendly and hard-working team.

            Inclusion. Support staff are deployed in every class and meet the SENCo each week.
            """), .duty)
        #expect(duties.isEmpty, "\(duties)")
    }

    @Test func theSchoolDescribedAndHowToApplyAreNoDuties() {
        let duties = texts(read(pack), .duty)
        #expect(!duties.contains { $0.hasPrefix("Hollins Vale is a small village school") })
        #expect(!duties.contains { $0.hasPrefix("How to apply.") })
    }

    @Test func anAimOfTheSchoolFollowedByYouWillAndADutyVerbOpensADuty() {
        let jd = read("""
            The role

            Raising standards is a shared task across the academy. You will lead the termly review of each subject with its leader and check that it is taught as planned.

            Fenwick Vale is a friendly two-form entry school. You will join a team of twelve teachers and eight teaching assistants.
            """)
        let duties = texts(jd, .duty)
        #expect(duties.contains { $0.hasPrefix("Raising standards is a shared task") }, "\(duties)")
        #expect(!duties.contains { $0.hasPrefix("Fenwick Vale is a friendly") }, "joining a team is no duty")
    }

    @Test func annualReviewsInADutySentenceAreNoReviewOfTheJobDescription() {
        let jd = read("""
            The role

            The statutory work sits with the post holder. You will prepare requests for EHC needs assessments and chair the annual reviews of pupils' plans.

            This job description will be reviewed annually and may be amended after consultation with the post holder.
            """)
        #expect(texts(jd, .duty).contains { $0.hasPrefix("The statutory work sits with the post holder.") })
        #expect(texts(jd, .boilerplate).contains { $0.hasPrefix("This job description will be reviewed annually") })
    }
}
