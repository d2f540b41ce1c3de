import Foundation
import Testing

@testable import FollowUpKit

@Suite("Notebook views: due, people, report, calendar, CSV")
struct NotebookViewTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 21)!

    static func note(_ path: String, _ text: String) throws -> Note {
        try NoteReader.read(text: text, path: path).get()
    }

    static let maria = """
        ---
        person: Maria Lopez
        date: 2026-11-14
        organizer: Sam Chen
        contact: {phone: "555-0100", prefers: text}
        issues: [housing, repairs]
        ---
        Asked her to come to the tenant meeting Dec 3 at 7pm. She said yes.
        I'll send her the survey by Tuesday.
        She agreed to collect signatures by Nov 18.
        She suggested I talk to her neighbor Jose Ramirez.
        She speaks Spanish and has a van.

        """

    @Test("due: overdue and the next days, grouped by day; a ticked checklist box is done")
    func due() throws {
        let folder = try TemporaryFolder()
        try folder.write("maria.md", Self.maria)
        let notes = Notebook.load([folder.path]).notes
        let plain = DueList(items: OpenItems.collect(notes), today: Self.today, withinDays: 7)
        #expect(plain.items.map(\.text) == ["You: send her the survey", "Maria: collect signatures"])
        #expect(plain.items.map(\.due.description) == ["2026-11-17", "2026-11-18"])
        #expect(plain.text.contains("Wednesday, November 18 (overdue)"))
        #expect(!plain.text.contains("tenant meeting"), "Dec 3 is beyond seven days")
        #expect(DueList(items: OpenItems.collect(notes), today: Self.today, withinDays: 14).items.count == 3)

        // With a generated checklist, your promises come from it, and its ticks count.
        let (templates, _) = TemplateSet.load(overrides: nil)
        _ = Generator(templates: templates, options: .init(outFolder: nil, settings: FollowUpSettings(today: Self.today))).run(notes)
        var items = OpenItems.collect(notes)
        #expect(items.contains { $0.source == .checklist && $0.text.hasPrefix("Keep your promise: Send her the survey") })
        #expect(!items.contains { $0.source == .note && $0.kind == "organizer" })
        let checklist = folder.path + "/FollowUps/maria.followup.md"
        let text = try String(contentsOfFile: checklist, encoding: .utf8)
        try text.replacingOccurrences(of: "- [ ] Keep your promise", with: "- [x] Keep your promise").write(toFile: checklist, atomically: true, encoding: .utf8)
        items = OpenItems.collect(notes)
        #expect(!items.contains { $0.text.hasPrefix("Keep your promise") })
        let json = DueList(items: items, today: Self.today, withinDays: 7).json.serialized()
        #expect(json.contains("\"overdue\":true"))
    }

    @Test("people: joined by folded name or id; counts, stage, next check-in, losing touch")
    func people() throws {
        let notes = [
            try Self.note("a.md", Self.maria),
            try Self.note("b.md", "---\nperson: maría  LÓPEZ\ndate: 2026-09-01\n---\n- [x] Bring a neighbor Sep 10\n"),
            try Self.note("c.md", "---\nperson: Maria Lopez\nid: maria-4d\ndate: 2026-10-01\nstage: leader\n---\n"),
            try Self.note("d.md", "---\nperson: Jo\ndate: 2026-09-15\n---\nWe talked.\n"),
        ]
        let list = PeopleList(notes: notes, today: Self.today, cadenceDays: 30)
        #expect(list.people.count == 3)
        let maria = try #require(list.people.first { $0.id == nil && $0.name == "Maria Lopez" })
        #expect(maria.meetings == 2)
        #expect(maria.firstContact.description == "2026-09-01")
        #expect(maria.lastContact.description == "2026-11-14")
        #expect(maria.kept == 1)
        #expect(maria.missed == 1)
        #expect(maria.openCommitments == 1)
        #expect(maria.stage == "volunteer" && maria.stageInferred)
        #expect(maria.nextCheckIn.description == "2026-12-14")
        let other = try #require(list.people.first { $0.id == "maria-4d" })
        #expect(other.stage == "leader" && !other.stageInferred)
        #expect(list.losingTouch.map(\.name) == ["Jo", "Maria Lopez"])
        #expect(list.text.contains("volunteer (inferred)"))
        #expect(list.text.contains("Losing touch: 2 past their check-in"))
    }

    @Test("report: counts without names unless asked for")
    func report() throws {
        let notes = [
            try Self.note("a.md", Self.maria),
            try Self.note("b.md", "---\nperson: Jo Park\ndate: 2026-11-16\norganizer: Sam Chen\nissues: [housing]\n---\nAsked him to host a house meeting Dec 5. He said no.\nHe suggested I talk to Maria Lopez.\n"),
        ]
        let anonymous = GroupReport(notes: notes, names: false).text
        #expect(anonymous.contains("2 one-on-ones"))
        #expect(anonymous.contains("- Sam Chen: 2"))
        #expect(anonymous.contains("2 asks made: 1 yes, 1 no, 0 maybe, 0 no answer yet (50% yes)"))
        #expect(anonymous.contains("1. housing: 2 people"))
        #expect(anonymous.contains("- languages: 1 person"))
        #expect(anonymous.contains("1 people suggested by those we met have no 1:1 yet"), "Maria was met; Jose was not")
        for name in ["Maria", "Jo Park", "Jose", "Spanish"] { #expect(!anonymous.contains(name), "\(name)") }
        let named = GroupReport(notes: notes, names: true).text
        #expect(named.contains("Jose Ramirez, suggested by Maria Lopez"))
        #expect(named.contains("Maria Lopez: speaks Spanish"))
    }

    @Test("calendar: folding at 75 octets never splits a character; text is escaped; UIDs are stable")
    func calendar() throws {
        let long = "Reunión con los vecinos del edificio, para hablar de la renta; llevar volantes ✊✊✊ y café"
        let folded = CalendarWriter.fold("SUMMARY:" + long)
        for line in folded.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + long)
        #expect(CalendarWriter.escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
        let notes = [try Self.note("maria.md", Self.maria)]
        let first = CalendarWriter.calendar(notes: notes, items: OpenItems.collect(notes))
        #expect(first == CalendarWriter.calendar(notes: notes, items: OpenItems.collect(notes)))
        #expect(first.contains("BEGIN:VEVENT") && first.contains("DTSTART:20261203T190000") && first.contains("DURATION:PT1H"))
        #expect(first.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!first.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("CSV: a header, RFC 4180 quoting, formulas neutralised, --redact drops contact and free text")
    func csv() throws {
        let hostile = "---\nperson: \"=HYPERLINK(\\\"http://x\\\")\"\ndate: 2026-11-14\nlocation: \"Cafe \\\"Luna\\\", 2nd floor\"\n---\n"
        let notes = [try Self.note("a.md", Self.maria), try Self.note("b.md", hostile)]
        let full = CSVExport.csv(notes: notes, items: OpenItems.collect(notes), today: Self.today, redact: false)
        let lines = full.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("path,person,date,"))
        #expect(lines[1].contains("555-0100"))
        #expect(lines[2].contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(lines[2].contains("\"Cafe \"\"Luna\"\", 2nd floor\""))
        #expect(lines[1].hasSuffix(",2026-12-03"), "next due on or after today: the tenant meeting")
        let redacted = CSVExport.csv(notes: notes, items: OpenItems.collect(notes), today: Self.today, redact: true)
        #expect(!redacted.contains("555-0100") && !redacted.contains("Luna") && !redacted.contains("survey"))
        #expect(!redacted.components(separatedBy: "\r\n")[0].contains("email"))
    }
}
