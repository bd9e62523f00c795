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
}
