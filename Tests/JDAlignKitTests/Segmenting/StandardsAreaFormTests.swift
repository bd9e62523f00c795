import Testing
@testable import JDAlignKit

/// A head's JD written under the areas of the headteachers' standards (round 43's tune JD): each numbered area opens
/// with a one-line intent ("Intent: to …") before its duties, and the person specification is grouped under the same
/// numbered areas, each criterion stating its priority in brackets before its assessment codes.
@Suite struct StandardsAreaFormTests: ReadsLayouts {
    private let jd = """
        JOB DESCRIPTION: HEADTEACHER

        PART A: RESPONSIBILITIES

        1. Culture and ethos
        Intent: to make the school a calm and welcoming community shaped by its values.
        Articulate the school's vision and make sure pupils, staff and families share it.
        Set high expectations of conduct for every member of the school community.

        2. Teaching
        Aim: to secure good teaching in every class, every day.
        Monitor the quality of teaching through lesson visits and book looks.

        PART B: PERSON SPECIFICATION
        E = Essential, D = Desirable. A = application, I = interview, R = references.

        1. Culture and ethos
        A clear personal vision for a primary school (E) A/I
        A sense of humour and personal warmth (D) I/R

        2. Teaching
        Qualified Teacher Status (E) A/C
        Recent experience of consistently good teaching in Key Stage 2 (E) A/R
        """

    @Test func anAreasIntentAfterItsLabelIsADuty() {
        let duties = texts(read(jd), .duty)
        #expect(duties.contains("Intent: to make the school a calm and welcoming community shaped by its values."))
        #expect(duties.contains("Aim: to secure good teaching in every class, every day."))
        #expect(duties.contains("Articulate the school's vision and make sure pupils, staff and families share it."))
    }

    /// "Tenure: to be reviewed…" under a part about the post's terms states them: no duty, as before the intents.
    @Test func aLabelOverToBeStatesTermsNotADuty() {
        let read = read("""
            JOB DESCRIPTION: ASSISTANT HEADTEACHER

            1. Inclusion
            Aim: to make sure every pupil with SEND makes strong progress.
            Lead the SEND team and the work of the teaching assistants.

            2. Terms of the post
            Tenure: to be reviewed after the first year in post.
            Secondment: to be agreed with the employing school.
            """)
        #expect(texts(read, .duty) == [
            "Aim: to make sure every pupil with SEND makes strong progress.",
            "Lead the SEND team and the work of the teaching assistants.",
        ])
    }

    @Test func aNumberedAreaOverCriteriaStatingTheirPriorityTitlesThem() {
        let read = read(jd)
        #expect(texts(read, .personSpec) == [
            "A clear personal vision for a primary school (E) A/I",
            "A sense of humour and personal warmth (D) I/R",
            "Qualified Teacher Status (E) A/C",
            "Recent experience of consistently good teaching in Key Stage 2 (E) A/R",
        ])
        let titles = read.items.filter { $0.text == "Teaching" }
        #expect(titles.count == 2 && titles.allSatisfy { $0.kind == .heading })
    }

    @Test func aLoneUnmarkedNumberedCriterionOverMarkedOnesStaysOne() {
        let read = read("""
            PERSON SPECIFICATION
            E = Essential, D = Desirable.

            1. Degree in a relevant subject
            Qualified Teacher Status (E) A/C
            Evidence of recent professional development (E) A
            """)
        #expect(texts(read, .personSpec).first == "Degree in a relevant subject")
    }

    @Test func aNumberedCriterionAmongNumberedCriteriaStaysOne() {
        let read = read("""
            PERSON SPECIFICATION
            1. Qualified Teacher Status (E)
            2. Experience of leading a team
            3. Knowledge of the EYFS framework (D)
            """)
        #expect(texts(read, .personSpec).count == 3)
    }
}
