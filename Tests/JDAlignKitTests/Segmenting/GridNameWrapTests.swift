import Testing
@testable import JDAlignKit

/// A name in capitals wrapped below a criteria grid's row (round 39's tune review of pdftotext grids).
@Suite struct GridNameWrapTests: ReadsLayouts {
    @Test func aNameWrappedBelowItsRowsMarksCarriesTheCriterionOn() {
        let jd = read("""
            PERSON SPECIFICATION

               Knowledge and understanding
               Up-to-date knowledge of safeguarding, including Keeping       ✓                     I, T
               Children Safe in Education
               How to use assessment information to improve teaching and     ✓                     I, T
               raise standards
            """)
        #expect(texts(jd, .personSpec) == [
            "Up-to-date knowledge of safeguarding, including Keeping Children Safe in Education",
            "How to use assessment information to improve teaching and raise standards",
        ])
    }

    @Test func aCriterionWhoseMarksComeOnItsSecondLineStartsAfresh() {
        let jd = read("""
            PERSON SPECIFICATION

               Up-to-date knowledge of safeguarding, including Keeping       ✓                     I, T
               Children Safe in Education
               Knowledge of
               the Ofsted framework and how it is applied                    ✓                     I
            """)
        #expect(texts(jd, .personSpec).contains { $0.hasPrefix("Knowledge of the Ofsted framework") })
    }

    /// Round 43's tune pdftotext grid: the tick and codes sit on a criterion's third line.
    @Test func aCriterionOfThreeLinesWhoseMarksAreOnItsLastIsOne() {
        let jd = read("""
            PERSON SPECIFICATION

               Experience

               Successful teaching of science across KS3 and
               KS4, including GCSE groups, with a record of
               strong outcomes                                         ✓                     AF/I/R

               Awareness of approaches that help students with
               SEND and disadvantaged students succeed in
               science                                                 ✓                     AF/I

               Coaching or mentoring trainee teachers or ECTs                      ✓         AF/I
            """)
        #expect(texts(jd, .personSpec) == [
            "Successful teaching of science across KS3 and KS4, including GCSE groups, with a record of strong outcomes",
            "Awareness of approaches that help students with SEND and disadvantaged students succeed in science",
            "Coaching or mentoring trainee teachers or ECTs",
        ])
    }

    /// A sidebar beside wrapped duties whose first bullet was lost: its words are no grid row's cells, so the
    /// lines above it are not joined into one and the bullet under it keeps its wrapped lines.
    @Test func wrappedDutiesBesideASidebarAreNoGridRow() {
        let jd = read("""
            STRATEGIC LEADERSHIP

            Agree with governors the long-term direction
                  of the federation, keeping its shared values
                  alive in both schools while respecting the                       OUR VALUES
                  character of each.
                • Write the three-year strategic plan and,                         Curious
                  with the heads of school, each school's                          Kind
                  improvement plan; check progress every term.                     Brave
            """)
        #expect(jd.items.contains {
            $0.text == "Write the three-year strategic plan and, with the heads of school, each school's improvement plan; check progress every term."
        })
    }

    /// A title ending on a capital "A" or "All" over a grid's first row is whole: the article and connectives that
    /// carry a cell's text on are in lower case. Over a details table, even in lower case, it stays apart from the
    /// first label.
    @Test func aTitleOverAGridsFirstRowStaysApart() {
        let jd = read("""
               Brookfield Primary School – Achievement for All
               Job title:            Deputy Headteacher
               Reports to:           Headteacher

               PART A
               Criteria                                    Essential     Desirable     How assessed
               Qualified Teacher Status                       ✓                        Application
               NPQH                                                          ✓         Application
            """)
        #expect(texts(jd, .metadata) == ["Job title:", "Deputy Headteacher", "Reports to:", "Headteacher"])
        #expect(jd.items.contains { $0.text == "PART A" && $0.kind == .heading })
        #expect(texts(jd, .personSpec).first == "Qualified Teacher Status")
        let motto = read("""
               Brookfield Primary School – achievement for all
               Job title:            Deputy Headteacher
               Reports to:           Headteacher
            """)
        #expect(texts(motto, .metadata) == ["Job title:", "Deputy Headteacher", "Reports to:", "Headteacher"])
        let overTheGrid = read("""
               Brookfield Primary School – achievement for all
               Criteria                                    Essential     Desirable     How assessed
               Qualified Teacher Status                       ✓                        Application
               NPQH                                                          ✓         Application
            """)
        #expect(!overTheGrid.items.contains { $0.text.contains("achievement for all Criteria") })
        #expect(texts(overTheGrid, .personSpec) == ["Qualified Teacher Status", "NPQH"])
    }
}

/// Names in capitals cut between two lines of plain text (round 40's tune pdftotext pack and older tune JDs).
@Suite struct WrappedNameTests: ReadsLayouts {
    @Test func aNameCutBetweenLinesRunsOnThoughItsNextWordIsCapitalised() {
        let jd = read("""
            Person specification
            Up-to-date knowledge of the National
            Curriculum, EYFS framework and post-16 qualifications
            A secure understanding of current safeguarding guidance, including Keeping
            Children Safe in Education
            Successful teaching across the primary phase
            """)
        #expect(texts(jd, .personSpec) == [
            "Up-to-date knowledge of the National Curriculum, EYFS framework and post-16 qualifications",
            "A secure understanding of current safeguarding guidance, including Keeping Children Safe in Education",
            "Successful teaching across the primary phase",
        ])
    }

    @Test func aKeyStageCutAfterItsFirstWordRunsOn() {
        let jd = read("""
            PERSON SPECIFICATION
            EXPERIENCE
            • Successful teaching experience in Key
            Stage 4
            • Experience as a form tutor
            """)
        #expect(texts(jd, .personSpec) == ["Successful teaching experience in Key Stage 4", "Experience as a form tutor"])
    }

    @Test func anInstructionAfterAWordOfANameStartsAfresh() {
        let jd = read("""
            Key responsibilities
            Work closely with the Designated Safeguarding
            Lead the termly review of the safeguarding audit.
            """)
        #expect(texts(jd, .duty) == ["Work closely with the Designated Safeguarding", "Lead the termly review of the safeguarding audit."])
    }

    @Test func headingsAndLabelsAboveALineAreNoCutNames() {
        let jd = read("""
            Job title: Class Teacher
            Status: Permanent, full time

            Main duties
            Safeguarding
            Lead termly safeguarding training for all staff
            Wellbeing and Mental Health
            Lead the wellbeing team
            """)
        #expect(texts(jd, .metadata).contains { $0.hasPrefix("Status") })
        #expect(texts(jd, .duty) == ["Lead termly safeguarding training for all staff", "Lead the wellbeing team"])
    }
}
