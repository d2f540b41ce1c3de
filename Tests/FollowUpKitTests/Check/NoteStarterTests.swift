import Foundation
import Testing

@testable import FollowUpKit

@Suite("followup new")
struct NoteStarterTests {
    @Test("Slugs are safe for any name", arguments: [
        ("Ana Pérez", "ana-perez"), ("José  María O'Neil", "jose-maria-o-neil"), ("../../etc/passwd", "etc-passwd"),
        ("🌱🌱", "note"), ("Nguyễn Thị Minh", "nguyen-thi-minh"), ("  ", "note"),
    ])
    func slug(_ name: String, _ expected: String) {
        #expect(NoteStarter.slug(name) == expected)
    }

    @Test("The note has its front matter filled in, reads back, and a second note that day gets a new name")
    func createsWithoutOverwriting() throws {
        let folder = try TemporaryFolder()
        let (templates, _) = TemplateSet.load(overrides: nil)
        let day = CalendarDay(year: 2026, month: 11, day: 21)!
        let first = try NoteStarter.create(person: "Ana Pérez", date: day, organizer: "Sam Chen", folder: folder.path, templates: templates)
        #expect(first == folder.path + "/2026-11-21-ana-perez.md")
        try Data("my own words\n".utf8).write(to: URL(fileURLWithPath: first))
        let second = try NoteStarter.create(person: "Ana Pérez", date: day, organizer: "Sam Chen", folder: folder.path, templates: templates)
        #expect(second == folder.path + "/2026-11-21-ana-perez-2.md")
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "my own words\n")
        let note = try NoteReader.read(bytes: Data(contentsOf: URL(fileURLWithPath: second)), path: second).get()
        #expect(note.person == "Ana Pérez")
        #expect(note.date == day)
        #expect(note.frontMatter.organizer == "Sam Chen")
        let text = try String(contentsOfFile: second, encoding: .utf8)
        for section in ["## Purpose", "## Connection", "## Story", "## Strategy", "## Ask", "## Commitments", "## Promises", "## Skills / Resources", "## Referrals"] {
            #expect(text.contains(section))
        }
        #expect(!text.contains("{{"))
    }

    @Test("No organizer known: the key stays empty and the note still reads")
    func noOrganizer() throws {
        let folder = try TemporaryFolder()
        let (templates, _) = TemplateSet.load(overrides: nil)
        let path = try NoteStarter.create(person: "Bo", date: CalendarDay(year: 2026, month: 11, day: 21)!, organizer: nil, folder: folder.path, templates: templates)
        let note = try NoteReader.read(bytes: Data(contentsOf: URL(fileURLWithPath: path)), path: path).get()
        #expect(note.frontMatter.organizer == nil)
    }
}
