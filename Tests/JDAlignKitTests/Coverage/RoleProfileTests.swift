import Foundation
import Testing
@testable import JDAlignKit

/// Role profiles: what a post is expected to evidence, recognised from the JD's title, so that a head of year's
/// report does not count governance and finance as gaps.
@Suite struct RoleProfileTests {
    static let library = try! StandardsLibrary.builtIn()
    static let frameworks = StandardsLibrary.defaultFrameworkIDs.compactMap { library.catalogue.framework($0) }

    @Test func everyBundledProfileNamesRealStatementsAndGivesReasons() {
        let all = Self.library.catalogue.frameworks
        #expect(Self.library.roles.count >= 13)
        for profile in Self.library.roles {
            #expect(!profile.titles.isEmpty && !profile.name.isEmpty)
            for entry in profile.outsideRemit + profile.shared {
                #expect(!entry.reason.isEmpty)
                for id in entry.standards {
                    #expect(!RoleAssignment.statements(named: id, in: all).isEmpty, "\(profile.id): \(id) names no statement or area")
                }
            }
        }
    }

    private func role(of title: String) -> String? {
        let jd = Segmenter().segment(PlainTextReader.read(Array("\(title)\n\nKey duties\n- Lead the team\n".utf8), path: "jd.txt", format: .text))
        return RoleRecognition.recognise(jd, among: Self.library.roles, frameworks: Self.frameworks)?.profile.id
    }

    @Test(arguments: [
        ("Head of Year 9", "head-of-year"), ("Progress Leader – Key Stage 3", "head-of-year"), ("Inclusion Manager", "senco"),
        ("Deputy Headteacher - Riverside Primary Academy", "deputy-head"), ("Assistant Headteacher (SENCO)", "assistant-head"),
        ("Head of School", "head-of-school"), ("Head of Science Faculty", "subject-leader"), ("Head of Sixth Form", "phase-leader"),
        ("EYFS Leader", "phase-leader"), ("School Business Manager", "business-manager"), ("Teaching Assistant (Level 3)", "support-staff"),
        ("Class Teacher", "teacher"), ("HEADTEACHER", "headteacher"), ("Executive Principal", "executive-headteacher"),
    ])
    func thePostIsRecognisedFromTheTitle(title: String, role: String) {
        #expect(self.role(of: title) == role, "\(title)")
    }

    @Test func anUnknownPostOrAJDWithNoTitleIsNotGuessed() {
        #expect(role(of: "Chaplain") == nil)
        let untitled = Segmenter().segment(PlainTextReader.read(Array("Key duties\n- Lead the team\n".utf8), path: "head-of-year.txt", format: .text))
        #expect(RoleRecognition.recognise(untitled, among: Self.library.roles, frameworks: Self.frameworks) == nil, "a file name is not a title")
    }

    @Test func statementsOutsideAPostsRemitAreListedNotCountedAsGaps() throws {
        let document = try DocumentReader.read(contentsOf: Fixtures.examples.appendingPathComponent("head-of-year.txt"), path: "head-of-year.txt")
        let recognised = try Analyser(library: Self.library, frameworks: Self.frameworks).analyse(document)
        let asHead = try Analyser(library: Self.library, frameworks: Self.frameworks, role: "headteacher").analyse(document)
        #expect(recognised.role?.profile.id == "head-of-year")
        #expect(asHead.role?.recognisedBy == "chosen with --role headteacher")
        let outside = recognised.coverage.filter { $0.status == .outsideRemit }
        #expect(outside.contains { $0.standard == "hs2020-exec:10.1" && $0.remitNote?.isEmpty == false })
        #expect(recognised.gaps.count < asHead.gaps.count)
        #expect(Set(recognised.gaps).isDisjoint(with: outside.map(\.standard)))
        // A statement outside the remit that a duty does cover is simply covered.
        #expect(recognised.coverage.filter { $0.status == .covered }.count == asHead.coverage.filter { $0.status == .covered }.count)
    }

    @Test func aGovernorsDecisionStillOverridesTheProfile() throws {
        let document = try DocumentReader.read(contentsOf: Fixtures.examples.appendingPathComponent("head-of-year.txt"), path: "head-of-year.txt")
        let analysis = try Analyser(library: Self.library, frameworks: Self.frameworks).analyse(document)
        let outside = try #require(analysis.coverage.first { $0.status == .outsideRemit }?.standard)
        let decision = Decision(action: .notApplicable, standard: outside, reason: "covered by the deputy", decidedBy: "Chair", date: "2026-12-01")
        let applied = DecisionApplier(frameworks: Self.frameworks).apply([decision], to: analysis)
        #expect(applied.coverage.first { $0.standard == outside }?.status == .notApplicable)
        #expect(applied.coverage.filter { $0.status == .outsideRemit }.count == analysis.coverage.filter { $0.status == .outsideRemit }.count - 1)
    }
}
