import Testing
@testable import JDAlignKit

@Suite struct CSVReportTests {
    /// An RFC 4180 reader, written independently of the writer: quoted fields, doubled quotes, CRLF records.
    private func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    private func table(_ text: String) -> (header: [String], rows: [[String: String]]) {
        let records = parse(String(text.unicodeScalars.dropFirst()))
        let header = records[0]
        return (header, records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }

    @Test func startsWithByteOrderMarkAndUsesCRLF() throws {
        let csv = CSVReport.links(try ReportFixtures.deputyHead(), catalogue: try ReportFixtures.catalogue())
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func linksTableHasOneRowPerItemAndStatement() throws {
        let analysis = try ReportFixtures.deputyHead()
        let (header, rows) = table(CSVReport.links(analysis, catalogue: try ReportFixtures.catalogue()))
        #expect(header == ["Item", "Kind", "Section", "Item text", "Standard", "Statement", "Score", "Strength", "Counts", "Evidence words"])
        #expect(rows.count == analysis.links.values.map(\.count).reduce(0, +))
        #expect(rows.map { $0["Item"] ?? "" } == ["i3", "i3", "i4", "i4", "i5", "i6", "i6", "i7", "i8"])
        let budget = try #require(rows.first { $0["Standard"] == "hs2020-exec:7.2" })
        #expect(budget["Item text"] == ReportFixtures.scriptDuty)
        #expect(budget["Score"] == "0.71" && budget["Strength"] == "linked" && budget["Counts"] == "yes")
        #expect(budget["Statement"]?.hasPrefix("prioritise and allocate financial resources") == true)
        let safeguarding = try #require(rows.first { $0["Standard"] == "hs2020-exec:7.1" })
        #expect(safeguarding["Evidence words"] == "safeguarding; child protection; heading: Key responsibilities")
        #expect(rows.first { $0["Item"] == "i8" }?["Kind"] == "person-spec")
        #expect(rows.first { $0["Item"] == "i8" }?["Counts"] == "no")
    }

    @Test func neutralisesFormulaCells() throws {
        let injected = ReportTable(name: "T", header: ["a", "b", "c", "d", "e", "f", "g"], widths: [], rows: [[
            .text("=cmd|' /C calc'!A0"), .text("+1"), .text("-2+3"), .text("@SUM(A1)"), .text("\tx"), .text("safe = text"), .number(-1),
        ]])
        let fields = parse(String(CSVReport.render(injected).unicodeScalars.dropFirst()))[1]
        #expect(fields == ["'=cmd|' /C calc'!A0", "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "safe = text", "-1"])
        let (_, links) = table(CSVReport.links(try ReportFixtures.deputyHead(), catalogue: try ReportFixtures.catalogue()))
        #expect(links.first { $0["Item"] == "i5" }?["Item text"] == "'" + ReportFixtures.formulaDuty)
    }

    @Test func quotesCommasQuotesAndLineBreaks() {
        let table = ReportTable(name: "T", header: ["x"], widths: [], rows: [[.text("a, \"b\"\nc")], [.text("plain")]])
        let csv = CSVReport.render(table)
        #expect(csv == "\u{FEFF}x\r\n\"a, \"\"b\"\"\nc\"\r\nplain\r\n")
        #expect(parse(String(csv.unicodeScalars.dropFirst())) == [["x"], ["a, \"b\"\nc"], ["plain"]])
    }

    @Test func coverageTableHasOneRowPerStatement() throws {
        let catalogue = try ReportFixtures.catalogue()
        let (header, rows) = table(CSVReport.coverage(try ReportFixtures.deputyHead(), catalogue: catalogue))
        #expect(header == ["Framework", "Area", "Standard", "Statement", "Status", "Strength", "Counting items", "Weak items"])
        #expect(rows.count == catalogue.frameworks.flatMap(\.statements).count)
        let management = try #require(rows.first { $0["Standard"] == "hs2020-exec:7.1" })
        #expect(management["Area"] == "7 Organisational management")
        #expect(management["Status"] == "covered" && management["Strength"] == "1" && management["Counting items"] == "i3")
        #expect(rows.first { $0["Standard"] == "hs2020-exec:10.1" }?["Weak items"] == "i4")
        #expect(rows.first { $0["Standard"] == "hs2020-exec:5.4" }?["Status"] == "not-applicable")
        #expect(rows.first { $0["Standard"] == "nseh2015:D1.4" }?["Status"] == "weak")
    }

    @Test func teamTableHasRoleColumns() throws {
        let matrix = TeamMatrix(analyses: [try ReportFixtures.deputyHead(), try ReportFixtures.businessManager()],
                                catalogue: try ReportFixtures.catalogue())
        let (header, rows) = table(CSVReport.team(matrix))
        #expect(header.contains("School Business Manager: duties") && header.contains("Deputy Headteacher: status"))
        let partnership = try #require(rows.first { $0["Standard"] == "hs2020-exec:9.1" })
        #expect(partnership["School Business Manager: duties"] == "1" && partnership["Deputy Headteacher: duties"] == "0")
        #expect(partnership["Team"] == "Single point of failure" && partnership["Roles covering"] == "1")
    }
}
