import Foundation
import Testing

@testable import FollowUpKit

@Suite("check: every rule trips on a note that breaks it, and not on one that keeps it")
struct LintRuleTests {
    /// A model note: every rule passes.
    static let model = """
        ---
        person: Ana Ruiz
        date: 2026-11-14
        duration: 40
        contact: {phone: "555-0100", prefers: text}
        ---
        Asked her to come to the tenant meeting Dec 3 at 7pm. She said yes.

        ## Commitments
        - [ ] Come to the tenant meeting Dec 3 at 7pm

        ## Promises
        - [ ] Send her the survey by Friday

        """

    static func findings(_ text: String, today: CalendarDay = CalendarDay(year: 2026, month: 11, day: 15)!) throws -> [Diagnostic] {
        let note = try NoteReader.read(text: text, path: "ana.md").get()
        return Linter(today: today).check(note, source: text)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var rule: LintRule
        var from: String
        var to: String
        var line: Int
        var column: Int
        var testDescription: String { rule.rawValue }
    }

    static let cases: [Case] = [
        Case(rule: .noAsk, from: "Asked her to come to the tenant meeting Dec 3 at 7pm. She said yes.", to: "We talked about the building.", line: 1, column: 1),
        Case(rule: .askWithoutDate, from: "come to the tenant meeting Dec 3 at 7pm. She said yes.", to: "come to the tenant meeting. She said yes.", line: 7, column: 14),
        Case(rule: .askWithoutDate, from: "tenant meeting Dec 3 at 7pm. She", to: "tenant meeting Dec 3. She", line: 7, column: 14),
        Case(rule: .yesWithoutCommitment, from: "- [ ] Come to the tenant meeting Dec 3 at 7pm\n", to: "", line: 7, column: 14),
        Case(rule: .commitmentWithoutDate, from: "Send her the survey by Friday", to: "Send her the survey", line: 13, column: 7),
        Case(rule: .unresolvedDate, from: "Send her the survey by Friday", to: "Send her the survey soon", line: 13, column: 27),
        Case(rule: .unresolvedDate, from: "She said yes.", to: "She said yes, maybe Tursday.", line: 7, column: 75),
        Case(rule: .longMeeting, from: "duration: 40", to: "duration: 75", line: 4, column: 1),
        Case(rule: .noContact, from: "contact: {phone: \"555-0100\", prefers: text}", to: "contact: {prefers: text}", line: 5, column: 1),
        Case(rule: .unknownKey, from: "duration: 40", to: "duration: 40\norganiser: Sam", line: 5, column: 1),
    ]

    @Test("The model note passes every rule")
    func modelPasses() throws {
        #expect(try Self.findings(Self.model).isEmpty)
    }

    @Test(arguments: cases)
    func trips(_ example: Case) throws {
        let text = Self.model.replacingOccurrences(of: example.from, with: example.to)
        #expect(text != Self.model)
        let findings = try Self.findings(text)
        let finding = try #require(findings.first { $0.rule == example.rule.rawValue }, "\(findings)")
        #expect(finding.location == SourceLocation(line: example.line, column: example.column), "\(finding)")
        #expect(finding.severity == .warning)
        #expect(finding.description.hasSuffix("[\(example.rule.rawValue)]"))
    }

    @Test("A misspelled key gets a suggestion")
    func didYouMean() throws {
        let findings = try Self.findings(Self.model.replacingOccurrences(of: "duration: 40", with: "duration: 40\norganiser: Sam"))
        #expect(findings.first?.message == "unknown front-matter key 'organiser'; did you mean 'organizer'?")
    }

    @Test("A thank-you still unticked two days after the 1:1, found in the generated checklist")
    func thanksUnchecked() throws {
        let folder = try TemporaryFolder()
        try folder.write("ana.md", Self.model)
        try folder.makeFolder("FollowUps")
        try folder.write("FollowUps/ana.followup.md", "# Follow-up\n\n- [ ] Thank Ana by text — Sunday, November 15 <!-- fu:thank-4bd522a3 --> 📅 2026-11-15\n")
        let late = Linter(today: CalendarDay(year: 2026, month: 11, day: 17)!).check([folder.path + "/ana.md"])
        let finding = try #require(late.first { $0.rule == "thanks-unchecked" })
        #expect(finding.path.hasSuffix("FollowUps/ana.followup.md"))
        #expect(finding.location.line == 3)
        #expect(Linter(today: CalendarDay(year: 2026, month: 11, day: 15)!).check([folder.path + "/ana.md"]).isEmpty)
        try folder.write("FollowUps/ana.followup.md", "- [x] Thank Ana by text — Sunday, November 15 <!-- fu:thank-4bd522a3 --> 📅 2026-11-15\n")
        #expect(Linter(today: CalendarDay(year: 2026, month: 11, day: 17)!).check([folder.path + "/ana.md"]).isEmpty)
    }

    @Test("--strict turns warnings into errors; disabled rules are silent")
    func strictAndDisabled() throws {
        let text = Self.model.replacingOccurrences(of: "duration: 40", with: "duration: 90")
        let note = try NoteReader.read(text: text, path: "ana.md").get()
        let today = CalendarDay(year: 2026, month: 11, day: 15)!
        #expect(Linter(today: today, strict: true).check(note, source: text).map(\.severity) == [.error])
        #expect(Linter(today: today, disabled: ["long-meeting"]).check(note, source: text).isEmpty)
    }
}

@Suite("followup.yml")
struct ConfigurationTests {
    @Test("Every key is read; paths resolve against the file's folder")
    func keys() throws {
        let folder = try TemporaryFolder()
        try folder.write("followup.yml", "organizer: Sam Chen\noutput: FollowUps\ntemplates: tpl\ncheck-in-days: 21\ncheck:\n  disable: [long-meeting, no-contact]\n")
        let configuration = try Configuration.load(folder.path + "/followup.yml").get()
        #expect(configuration.organizer == "Sam Chen")
        #expect(configuration.resolve(configuration.output) == folder.path + "/FollowUps")
        #expect(configuration.checkInDays == 21)
        #expect(configuration.disabledRules == ["long-meeting", "no-contact"])
    }

    @Test("An unknown or mistyped key is an error at its line, with a suggestion", arguments: [
        ("organizer: Sam\norganiser: Sam\n", 2, "unknown key 'organiser'; did you mean 'organizer'?"),
        ("check:\n  disable: [long-meting]\n", 2, "unknown rule 'long-meting'; did you mean 'long-meeting'?"),
        ("check-in-days: soon\n", 1, "whole number"),
    ])
    func unknownKey(_ text: String, _ line: Int, _ message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("followup.yml", text)
        guard case .failure(let diagnostic) = Configuration.load(folder.path + "/followup.yml") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
    }

    @Test("Found by walking up from a subfolder, stopping at the repository root")
    func walksUp() throws {
        let folder = try TemporaryFolder()
        try folder.write("followup.yml", "organizer: Sam Chen\n")
        try folder.makeFolder("notes/2026")
        #expect(try Configuration.find(from: folder.path + "/notes/2026").get().organizer == "Sam Chen")
        try folder.makeFolder("notes/.git")
        #expect(try Configuration.find(from: folder.path + "/notes/2026").get().organizer == nil)
    }
}
