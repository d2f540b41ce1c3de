import Foundation
import Testing

@testable import FollowUpKit

/// Runs the generator on notes in a scratch folder, the way `followup generate --out` does.
struct GenerateHarness {
    let folder: TemporaryFolder
    var today = CalendarDay(year: 2026, month: 11, day: 21)!

    init() throws { folder = try TemporaryFolder() }

    var out: String { folder.path + "/out" }

    func writeNote(_ name: String, _ text: String) throws { try folder.write(name, text) }

    @discardableResult
    func generate(force: Bool = false, templates: String? = nil) -> Generator.Report {
        let notebook = Notebook.load([folder.path], skipping: [out])
        let (set, problems) = TemplateSet.load(overrides: templates)
        precondition(problems.isEmpty, "\(problems)")
        let generator = Generator(templates: set, options: .init(outFolder: out, settings: FollowUpSettings(today: today), force: force))
        return generator.run(notebook.notes)
    }

    func read(_ name: String) throws -> String { try folder.read("out/" + name) }

    func replace(_ name: String, _ old: String, _ new: String) throws {
        let text = try read(name)
        #expect(text.contains(old), "\(name) should contain \(old)")
        try folder.write("out/" + name, text.replacingOccurrences(of: old, with: new))
    }
}

let mariaNote = """
    ---
    person: Maria Lopez
    date: 2026-11-14
    organizer: Sam Chen
    contact: {email: maria@example.org, phone: "555-0100", prefers: text}
    issues: [housing]
    ---
    Asked her to come to the tenant meeting Dec 3 at 7pm at the library. She said yes.
    I'll send her the rent survey by Friday.
    She suggested I talk to her neighbor Jose Ramirez.

    """

@Suite("generate: safe regeneration")
struct RegenerationTests {
    @Test("Same input gives byte-identical files, and nothing is rewritten")
    func idempotent() throws {
        let harness = try GenerateHarness()
        try harness.writeNote("maria.md", mariaNote)
        let first = harness.generate()
        #expect(first.written.count == 2)
        let checklist = try harness.read("maria.followup.md")
        let draft = try harness.read("maria.thanks.md")
        let second = harness.generate()
        #expect(second.written.isEmpty)
        #expect(second.unchanged.count == 2)
        #expect(try harness.read("maria.followup.md") == checklist)
        #expect(try harness.read("maria.thanks.md") == draft)
    }

    @Test("A ticked box stays ticked, also after the note is reworded and reordered")
    func ticksKept() throws {
        let harness = try GenerateHarness()
        try harness.writeNote("maria.md", mariaNote)
        harness.generate()
        try harness.replace("maria.followup.md", "- [ ] Keep your promise: Send her the rent survey", "- [x] Keep your promise: Send her the rent survey")
        try harness.replace("maria.followup.md", "- [ ] Thank Maria", "- [x] Thank Maria")
        harness.generate()
        #expect(try harness.read("maria.followup.md").contains("- [x] Keep your promise: Send her the rent survey"))
        // Reword the promise and move it above the ask: its id changes, its tick must not be lost.
        let reworded = mariaNote
            .replacingOccurrences(of: "I'll send her the rent survey by Friday.\n", with: "")
            .replacingOccurrences(of: "Asked her", with: "I'll send her the new rent survey by Friday.\nAsked her")
        try harness.writeNote("maria.md", reworded)
        harness.generate()
        let text = try harness.read("maria.followup.md")
        #expect(text.contains("- [x] Keep your promise: Send her the new rent survey"), "\(text)")
        #expect(text.contains("- [x] Thank Maria"))
        #expect(text.contains("- [ ] Remind Maria"))
    }

    @Test("Lines the organizer added are kept below the item they followed")
    func addedLinesKept() throws {
        let harness = try GenerateHarness()
        try harness.writeNote("maria.md", mariaNote)
        harness.generate()
        let original = try harness.read("maria.followup.md")
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let thankLine = try #require(lines.firstIndex { $0.contains("Thank Maria") })
        var edited = lines
        edited.insert("  - she prefers texts after 6pm", at: thankLine + 1)
        edited.append("- [ ] Bring cookies to the next meeting")
        try harness.folder.write("out/maria.followup.md", edited.joined(separator: "\n"))
        harness.generate()
        let after = try harness.read("maria.followup.md").split(separator: "\n").map(String.init)
        let thank = try #require(after.firstIndex { $0.contains("Thank Maria") })
        #expect(after[thank + 1] == "  - she prefers texts after 6pm")
        #expect(after.contains("- [ ] Bring cookies to the next meeting"))
        // And a second run keeps them exactly once.
        harness.generate()
        let again = try harness.read("maria.followup.md")
        #expect(again.components(separatedBy: "Bring cookies").count == 2)
        #expect(again.components(separatedBy: "after 6pm").count == 2)
    }

    @Test("A draft edited by hand is left alone and reported; --force replaces it")
    func editedDraft() throws {
        let harness = try GenerateHarness()
        try harness.writeNote("maria.md", mariaNote)
        harness.generate()
        let edited = try harness.read("maria.thanks.md") + "P.S. Loved your story about the garden.\n"
        try harness.folder.write("out/maria.thanks.md", edited)
        try harness.writeNote("maria.md", mariaNote + "She speaks Tagalog.\n")
        let report = harness.generate()
        #expect(try harness.read("maria.thanks.md") == edited)
        #expect(report.keptEdited.count == 1)
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("--force") })
        let forced = harness.generate(force: true)
        #expect(forced.keptEdited.isEmpty)
        #expect(try harness.read("maria.thanks.md") != edited)
    }

    @Test("An unedited draft follows the note when the note changes")
    func uneditedDraftUpdates() throws {
        let harness = try GenerateHarness()
        try harness.writeNote("maria.md", mariaNote)
        harness.generate()
        try harness.writeNote("maria.md", mariaNote.replacingOccurrences(of: "the rent survey", with: "the repair survey"))
        let report = harness.generate()
        #expect(report.keptEdited.isEmpty)
        #expect(try harness.read("maria.thanks.md").contains("repair survey"))
    }

    @Test("An interrupted write leaves the old file whole and no temporary file behind")
    func interruptedWrite() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/x.md"
        try AtomicFile.write("old contents\n", to: path)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try AtomicFile.write("new contents that never land\n", to: path, beforeRename: { throw Interrupted() })
        }
        #expect(try folder.read("x.md") == "old contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["x.md"])
    }

    @Test("File names come from the note's file name; hostile front matter stays text")
    func hostileFrontMatter() throws {
        let harness = try GenerateHarness()
        try harness.writeNote("evil.md", """
            ---
            person: "../../etc/passwd <script>alert(1)</script> *bold* [x](http://example.org)"
            date: 2026-11-14
            organizer: "Sam\\nInjected: line"
            ---
            I'll call her tomorrow.

            """)
        harness.generate()
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.out).sorted() == [".followup-state", "evil.followup.md", "evil.thanks.md"])
        let checklist = try harness.read("evil.followup.md")
        #expect(!checklist.contains("<script>"))
        #expect(checklist.contains("\\<script\\>"))
        #expect(!checklist.contains(" [x](http://example.org)"))
        #expect(checklist.contains("\\[x\\](http://example.org)"))
        #expect(!checklist.contains("\nInjected: line"))
        #expect(!FileManager.default.fileExists(atPath: harness.folder.path + "/etc"))
    }
}
