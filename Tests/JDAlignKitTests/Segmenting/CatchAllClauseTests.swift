import Testing
@testable import JDAlignKit

/// The catch-all clause as schools word it beyond the fixed phrases ("any other duties"): chosen from round 39's
/// tune JDs and the older tune JDs whose clause was read as a duty, tested on a JD written for it.
@Suite struct CatchAllClauseTests: ReadsLayouts {
    @Test func theClauseInItsManyWordingsIsBoilerplate() {
        let jd = read("""
            Main duties
            - Lead the school's work on attendance and report to governors each term.
            - Take on other tasks the Principal may reasonably ask of you.
            - Undertake other duties, appropriate to the grade, as requested by the CEO.
            - Carry out any further reasonable tasks the Headteacher asks of you, in keeping with the level of the role.
            """)
        #expect(texts(jd, .duty) == ["Lead the school's work on attendance and report to governors each term."])
        #expect(texts(jd, .boilerplate).count == 3)
    }

    @Test func aParagraphOfDutiesEndingOnTheClauseAndOtherWordsOfDutyStayDuties() {
        let jd = read("""
            Main duties
            - Like all senior leaders you will teach a third of a timetable, take your turn on the on-call and duty rotas, attend parents' evenings and line manage two middle leaders, and carry out other duties reasonably asked of you.
            - Organise the lunchtime duty rota and make sure other staff know their duties.
            - Brief staff on their tasks for the day before each trip leaves.
            """)
        #expect(texts(jd, .duty).count == 3)
        #expect(texts(jd, .boilerplate).isEmpty)
    }

    @Test func dutiesAboutOthersTasksAndCriteriaAboutPriorities() {
        let jd = read("""
            Main duties
            Delegate other tasks to teaching assistants as appropriate
            Organise other tasks for support staff as directed by the SENCo
            Carry out the other duties of the DSL set out in KCSIE as required
            Undertake playground duty and other related tasks on the rota given to you
            Person specification
            Able to prioritise other tasks when required to meet deadlines
            """)
        #expect(texts(jd, .duty).count == 4)
        #expect(texts(jd, .personSpec) == ["Able to prioritise other tasks when required to meet deadlines"])
        #expect(texts(jd, .boilerplate).isEmpty)
    }
}
