import Testing
@testable import JDAlignKit

/// A job board's listing pasted as HTML, a council template's introduction and the key over its criteria, in JDs
/// written for these tests in the layouts round 31's tune JDs showed.
@Suite struct VacancyPageAndKeyTests: ReadsLayouts {
    @Test func aListingsFactsNoticeControlsAndSimilarJobsAreNotDuties() {
        let jd = read("""
            <div class="cookie-banner"><p>We use cookies to make this site work. You can accept all cookies or choose which ones we set.</p></div>
            <div class="listing">
              <h1>SENDCo</h1>
              <ul class="facts">
                <li><strong>Interviews:</strong> w/c 9 March 2026</li>
                <li><strong>Suitable for ECTs:</strong> No</li>
              </ul>
              <h2>Key responsibilities</h2>
              <ul>
                <li>Keep the SEN register and provision map up to date.</li>
                <li>Report: summarise pupils' progress for governors by 1 May each year.</li>
              </ul>
              <p class="report"><a href="/jobs/5512/report">Report this job</a></p>
            </div>
            <div class="similar">
              <h3>Similar jobs</h3>
              <ul>
                <li><a href="/jobs/5530">Inclusion Lead – Marshfield Juniors</a> <span>MPS + SEN 1</span></li>
              </ul>
              <a class="more" href="/jobs?q=sendco">See all SENDCo jobs</a>
            </div>
            """)
        #expect(texts(jd, .duty) == [
            "Keep the SEN register and provision map up to date.",
            "Report: summarise pupils' progress for governors by 1 May each year.",
        ])
        #expect(!jd.items.contains { $0.text.contains("<a ") }, "a link alone on its line is markup, not text")
        #expect(jd.item("Report this job")?.kind == .other)
        #expect(jd.item("Interviews: w/c 9 March 2026")?.kind != .duty)
    }

    /// A vacancy page saved as text keeps its controls, one of them labelling the links after it.
    @Test func aPagesControlsAndTheLinksTheyLabelAreNotDuties() {
        let jd = read("""
            Head of Year 9
            Posted: 3 March 2026

            Share this vacancy:  Facebook  |  LinkedIn  |  Email

            Key responsibilities
            - Lead the Year 9 tutor team and meet its tutors each week.
            - Share pupils' attendance and progress with their families each half term.

            Apply for this job
            """)
        #expect(texts(jd, .duty) == [
            "Lead the Year 9 tutor team and meet its tutors each week.",
            "Share pupils' attendance and progress with their families each half term.",
        ])
        #expect(jd.items.contains { $0.text.hasPrefix("Share this vacancy") && $0.kind == .other })
        #expect(jd.item("Apply for this job")?.kind == .other)
        #expect(DutyDetection.controlsThePage(TextShape("Share this vacancy: Facebook | LinkedIn | Email")))
        #expect(!DutyDetection.controlsThePage(TextShape("About this role: you will lead the school's work with families")))
    }

    @Test func anAdvertsOpeningThatSaysWhomTheSchoolSeeksIsNoDuty() {
        let jd = read("""
            Head of Geography

            We are looking for a geographer who loves fieldwork and wants to lead a department of six.
            The governors of Brackley Vale Academy are seeking a leader with ambition for every student.

            Key responsibilities
            Lead the geography curriculum from Year 7 to Year 13.

            Person specification
            We are looking for someone with a degree in geography and QTS.
            """)
        #expect(jd.item("We are looking for a geographer who loves fieldwork and wants to lead a department of six.")?.kind == .other)
        #expect(jd.item("The governors of Brackley Vale Academy are seeking a leader with ambition for every student.")?.kind == .other)
        #expect(jd.item("Lead the geography curriculum from Year 7 to Year 13.")?.kind == .duty)
        #expect(jd.item("We are looking for someone with a degree in geography and QTS.")?.kind == .personSpec,
                "in the person specification it describes the person sought")
        #expect(!DutyDetection.saysWhomTheSchoolSeeks(TextShape("Pupils we are looking for support from are listed on the register.")))
    }

    @Test func anIntroductionsItemsThatDescribeTheSchoolAreNotDuties() {
        let jd = read("""
            1. Introduction
            a) The Wendle Valley Federation was formed in 2018 and joins two village primary schools under one board.
            b) The post holder will carry out the duties of a headteacher set out in the STPCD.
            c) Make sure the school is represented at every child protection conference.
            """)
        #expect(texts(jd, .duty) == [
            "The post holder will carry out the duties of a headteacher set out in the STPCD.",
            "Make sure the school is represented at every child protection conference.",
        ])
        #expect(DutyDetection.isAboutTheOrganisation(TextShape("Our academy is a smaller than average secondary school.")))
        #expect(!DutyDetection.isAboutTheOrganisation(TextShape("The school development plan is a document the post holder writes.")),
                "the subject is the plan, not the school")
    }

    @Test func aKeyToTheEvidenceCodesAndANoteOnThemAreNotCriteria() {
        let jd = read("""
            PERSON SPECIFICATION
            Evidenced by: A/I/R   where A = application form, I = interview, R = references
            The evidence source for each criterion is shown in square brackets.
            1. Qualified Teacher Status [A] (E)
            2. Experience of leading a team of teachers [A/I] (E)
            """)
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status [A] (E)", "Experience of leading a team of teachers [A/I] (E)"])
        #expect(CriterionTerms.isCodeKey("Evidenced by: A/I/R"))
        #expect(CriterionTerms.isCodeKey("where A = application form, I = interview, R = references"))
        #expect(!CriterionTerms.isCodeKey("Professional qualifications: QTS = E, NPQ = D"), "a label of criteria, not of a key")
    }
}

/// A piece of a vacancy page pasted without its `<html>` and `<body>`, as a content system's source view shows it, with
/// its list items and cells wrapped by the editor. Written for these tests after the tune split's HTML fragments
/// were re-wrapped by `Scripts/corpus/perturb` and each wrapped item was read as two.
@Suite struct WrappedHTMLFragmentTests: ReadsLayouts {
    @Test func aListItemOrCellWrappedBeforeItsEndTagIsOneItem() {
        let jd = read("""
            <h3>General duties</h3>
            <ul>
              <li>Take part in the on-call rota and lead the school in the absence of the
            Headteacher and the Deputy when asked.</li>
              <li>Keep the single central record
              up to date, with the
              School Business Manager.</li>
            </ul>
            <h3>Person specification</h3>
            <table>
            <tr><td>Experience of leading
            Improvement across a phase</td><td>E</td></tr>
            </table>
            """)
        #expect(texts(jd, .duty) == [
            "Take part in the on-call rota and lead the school in the absence of the Headteacher and the Deputy when asked.",
            "Keep the single central record up to date, with the School Business Manager.",
        ])
        #expect(texts(jd, .personSpec) == ["Experience of leading Improvement across a phase"])
    }

    /// Found by wrapping the tune split's saved pages at 80 characters, as an editor's pretty-printer does: their
    /// duties found fell from 98.8% to 85.5%, each duty of a `<br>`-separated cell cut at its source line.
    @Test func aPagesCellWrappedBetweenItsBreaksIsOneDutyPerBreak() {
        let jd = read("""
            <!DOCTYPE html>
            <html><body>
            <p>
              Hollin Bank is an 11-18 school of 1,200 students
              on the edge of the town.
            </p>
            <table>
              <tr><td>Progress</td>
                <td>
                  Plan intervention for students who fall behind, for example supervised
                  study or academic mentoring.<br>
                  Chair progress review meetings with heads of year after each assessment point.<br>
                  Monitor the quality of teaching in Key Stage 5 through learning walks and
                  feed back findings to curriculum leaders.
                </td>
              </tr>
            </table>
            </body></html>
            """)
        #expect(texts(jd, .duty) == [
            "Plan intervention for students who fall behind, for example supervised study or academic mentoring.",
            "Chair progress review meetings with heads of year after each assessment point.",
            "Monitor the quality of teaching in Key Stage 5 through learning walks and feed back findings to curriculum leaders.",
        ])
        #expect(jd.item("Hollin Bank is an 11-18 school of 1,200 students on the edge of the town.") != nil)
    }

    @Test func anItemNeverClosedOrHoldingAListEndsAtItsLine() {
        let jd = read("""
            <ul>
            <li>Lead the pastoral team
            <li>Chair the weekly inclusion meeting</li>
            <li>Oversee the tutor programme
            <ul><li>Plan the assemblies</li></ul>
            </li>
            </ul>
            """)
        #expect(texts(jd, .duty) == [
            "Lead the pastoral team", "Chair the weekly inclusion meeting", "Oversee the tutor programme", "Plan the assemblies",
        ])
    }
}

/// Word's "Save as Web Page, Filtered": lines wrapped at about eighty characters inside tags and paragraphs, bullets
/// as Symbol-font spans, a person specification as a MsoTableGrid whose cells hold a paragraph per criterion. Written
/// for these tests in the layout round 32's tune JD showed.
@Suite struct WordFilteredHTMLTests: ReadsLayouts {
    private static let page = """
        <html>
        <head>
        <meta name=Generator content="Microsoft Word 15 (filtered)">
        </head>
        <body lang=EN-GB>
        <div class=WordSection1>
        <p class=MsoNormal align=center style='text-align:center'><b><span
        style='font-size:14.0pt;line-height:107%'>Deputy Headteacher</span></b></p>
        <p class=MsoNormal><b><span style='font-size:12.0pt;line-height:107%;color:#1F3864'>Key
        responsibilities</span></b></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt'><span
        style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
        </span></span>Lead the curriculum across the school and check that it is
        ambitious for every pupil, including those with SEND.</p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt'><span
        style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
        </span></span>Manage statutory assessment in Year 2 and Year 6.</p>
        <p class=MsoNormal align=center style='text-align:center'><b><u><span
        style='font-size:14.0pt;line-height:107%'>PERSON
        SPECIFICATION</span></u></b></p>
        <p class=MsoNormal><span style='font-size:10.0pt'>Candidates should show in their letter how they meet each <b>essential</b>
        criterion. Desirable criteria may be used to decide between candidates.</span></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
         <tr>
          <td width=132 valign=top style='width:99.2pt;border:solid windowtext
          1.0pt'><p class=MsoNormal><span style='font-size:10.0pt'><b>Criteria</b></span></p></td>
          <td width=321 valign=top><p class=MsoNormal><span style='font-size:10.0pt'><b>Essential</b></span></p></td>
          <td width=208 valign=top><p class=MsoNormal><span style='font-size:10.0pt'><b>Desirable</b></span></p></td>
         </tr>
         <tr>
          <td width=132 valign=top style='width:99.2pt;border:solid windowtext
          1.0pt;border-top:none'>
          <p class=MsoNormal style='margin-bottom:3.0pt;line-height:normal'><span
          style='font-size:10.0pt'><b>Experience</b></span></p>
          </td>
          <td width=321 valign=top style='width:240.95pt'>
          <p class=MsoNormal style='margin-bottom:3.0pt;line-height:normal'><span
          style='font-size:10.0pt'>Leading a core subject with evidence of
          improved outcomes</span></p>
          <p class=MsoNormal style='margin-bottom:3.0pt;line-height:normal'><span
          style='font-size:10.0pt'>Planning and leading training for colleagues</span></p>
          </td>
          <td width=208 valign=top>
          <p class=MsoNormal style='margin-bottom:3.0pt;line-height:normal'><span
          style='font-size:10.0pt'>Experience as a deputy headteacher</span></p>
          </td>
         </tr>
        </table>
        </div>
        </body>
        </html>
        """

    @Test func tagsAndParagraphsWrappedOverLinesAreReadWhole() {
        let jd = read(Self.page)
        #expect(texts(jd, .duty) == [
            "Lead the curriculum across the school and check that it is ambitious for every pupil, including those with SEND.",
            "Manage statutory assessment in Year 2 and Year 6.",
        ])
        #expect(texts(jd, .personSpec) == [
            "Leading a core subject with evidence of improved outcomes", "Planning and leading training for colleagues",
            "Experience as a deputy headteacher",
        ])
        #expect(!jd.items.contains { $0.text.contains("style=") }, "no half of a tag is read as text")
    }

    @Test func aLineIsJoinedOnlyInsideATagOrAPagesParagraph() {
        let lines = HTMLLineJoining.lines(of: "<p class=MsoNormal\nstyle='x'>Text</p>\nmarks < 40\nnext line", wrapsFreely: false)
        #expect(lines.map(\.text) == ["<p class=MsoNormal style='x'>Text</p>", "marks < 40", "next line"])
        #expect(lines.map(\.number) == [1, 3, 4])
        #expect(!HTMLLineJoining.endsInsideATag("pupils with a score <a grade 4"), "not a tag: no attributes")
        let fragment = "<b>Duties</b>\nLead the team\nManage the budget"
        #expect(!HTMLFragmentReader.pageTraits(of: fragment).wrapsFreely)
        #expect(HTMLLineJoining.lines(of: fragment, wrapsFreely: false).count == 3, "only a whole web page's lines run on in text")
        #expect(!HTMLFragmentReader.pageTraits(of: "<html><body><pre>Lead\nManage</pre>").wrapsFreely, "a page that keeps its breaks")
    }
}

/// pandoc's Markdown from a Word file: heading attributes, and grid tables whose rows run over several lines and
/// whose cells hold wrapped bullets. Written for these tests from pandoc's documented format.
@Suite struct PandocGridTableTests: ReadsLayouts {
    private static let markdown = """
        # Head of Geography {#head-of-geography}

        ## Key responsibilities {#key-responsibilities}

        +--------------------+-------------------------------------------------+
        | **Area**           | **Responsibilities**                            |
        +====================+=================================================+
        | **Curriculum**     | -   Lead the geography curriculum from Year 7   |
        |                    |     to Year 13, making sure it is ambitious     |
        |                    |     and well sequenced.                         |
        |                    |                                                 |
        |                    | -   Plan the fieldwork programme with the       |
        |                    |     trips coordinator.                          |
        +--------------------+-------------------------------------------------+
        | **People**         | -   Line manage the teachers of geography.      |
        +--------------------+-------------------------------------------------+

        ## Person specification {#person-specification}

        +----------------+-------------------------------+-----------------------+
        | **Area**       | **Essential**                 | **Desirable**         |
        +================+===============================+=======================+
        | Qualifications | -   Qualified Teacher Status  | -   A master's degree |
        |                |                               |     in education      |
        |                | -   A degree in geography     |                       |
        +----------------+-------------------------------+-----------------------+

        Closing date: 3 March 2026
        """

    @Test func aGridTablesRowsAndWrappedBulletsAreCellsAndItems() {
        let jd = read(Self.markdown, as: .markdown, path: "jd.md")
        #expect(texts(jd, .duty) == [
            "Lead the geography curriculum from Year 7 to Year 13, making sure it is ambitious and well sequenced.",
            "Plan the fieldwork programme with the trips coordinator.", "Line manage the teachers of geography.",
        ])
        #expect(texts(jd, .personSpec) == ["Qualified Teacher Status", "A degree in geography", "A master's degree in education"])
        #expect(jd.item("Person specification")?.kind == .heading, "the heading's {#id} is left off")
        #expect(!jd.items.contains { $0.text.hasPrefix("+--") || $0.text.hasPrefix("|") })
    }

    @Test func aBorderAloneOrALineAfterTheTableIsReadAsUsual() {
        #expect(GridTableReader.isBorder("+------+-----+"))
        #expect(GridTableReader.isBorder("+======+"))
        #expect(!GridTableReader.isBorder("+ Lead the team +"))
        let jd = read("+-----------+\n| Duties    |\n+-----------+\nLead the team.\n")
        #expect(texts(jd, .duty) == ["Lead the team."])
        // On a saved page the line after the table is the page's text, character references and all.
        let page = read("<html><body><pre>\n+-----------+\n| Duties    |\n+-----------+\nLead the team&rsquo;s planning.\n</pre></body></html>\n")
        #expect(texts(page, .duty) == ["Lead the team\u{2019}s planning."])
    }
}
