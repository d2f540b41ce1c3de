import Foundation
import Testing

@testable import FollowUpKit

/// A broken note and where its diagnostic must point.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var line: Int
    var column: Int
    var message: String

    init(_ name: String, _ text: String, _ line: Int, _ column: Int, _ message: String) {
        self.init(name, Array(text.utf8), line, column, message)
    }

    init(_ name: String, _ bytes: [UInt8], _ line: Int, _ column: Int, _ message: String) {
        self.name = name
        self.bytes = bytes
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { name }
}

@Suite("Bad input gets a clear error with its place")
struct BadInputTests {
    static let cases: [BadInput] = [
        BadInput("malformed YAML", "---\nperson: Maria\ndate: [2026-11-14\n---\nBody\n", 4, 1, "not valid YAML"),
        BadInput("bad indentation", "---\nperson: Maria\n  date: 2026-11-14\n---\n", 3, 7, "not valid YAML"),
        BadInput("front matter never closed", "---\nperson: Maria\ndate: 2026-11-14\n\nWe met.\n", 1, 1, "never closed"),
        BadInput("missing date", "---\nperson: Maria\n---\nWe met.\n", 2, 1, "missing 'date:'"),
        BadInput("missing person", "---\ndate: 2026-11-14\n---\nWe met.\n", 2, 1, "missing 'person:'"),
        BadInput("impossible date", "---\nperson: Maria\ndate: 2026-13-45\n---\n", 3, 7, "not a real calendar day"),
        BadInput("February 30", "---\nperson: Maria\ndate: 2026-02-30\n---\n", 3, 7, "not a real calendar day"),
        BadInput("date in words", "---\nperson: Maria\ndate: Nov 14\n---\n", 3, 7, "YYYY-MM-DD"),
        BadInput("no front matter", "# Maria\n\nWe met at the library.\n", 1, 1, "no front matter"),
        BadInput("empty file", "", 1, 1, "empty"),
        BadInput("only blank lines", "\n\n  \n", 1, 1, "empty"),
        BadInput("invalid UTF-8", Array("---\nperson: Maria\ndate: 2026-11-14\n---\nWe ".utf8) + [0xFF, 0x41], 5, 4, "not valid UTF-8"),
        BadInput("person is a list", "---\nperson: [Maria, Ana]\ndate: 2026-11-14\n---\n", 2, 9, "single value"),
        BadInput("duration not a length", "---\nperson: Maria\ndate: 2026-11-14\nduration: forty\n---\n", 4, 11, "not a length of time"),
        BadInput("time not a time", "---\nperson: Maria\ndate: 2026-11-14\ntime: late\n---\n", 4, 7, "not a time of day"),
        BadInput("duplicate key", "---\nperson: Maria\nperson: Ana\ndate: 2026-11-14\n---\n", 2, 1, "more than once"),
        BadInput(
            "YAML alias bomb",
            """
            ---
            person: Maria
            date: 2026-11-14
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            ---

            """, 4, 4, "anchor or alias"),
        BadInput("front matter that is a list", "---\n- person\n- date\n---\n", 2, 1, "'key: value'"),
    ]

    @Test(arguments: cases)
    func reportsPlace(_ input: BadInput) throws {
        let result = NoteReader.read(bytes: input.bytes, path: "notes/bad.md")
        guard case .failure(let diagnostic) = result else {
            Issue.record("expected an error for \(input.name)")
            return
        }
        #expect(diagnostic.path == "notes/bad.md")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(line: input.line, column: input.column), "\(diagnostic)")
        #expect(diagnostic.message.contains(input.message), "\(diagnostic.message)")
    }

    @Test("A byte-order mark and CRLF line ends simply work, with true line numbers")
    func bomAndCRLF() throws {
        let text = "\u{FEFF}---\r\nperson: Maria Lopez\r\ndate: 2026-11-14\r\n---\r\n\r\n## Next steps\r\n- [x] I'll send her the survey\r\n"
        let note = try NoteReader.read(bytes: Array(text.utf8), path: "crlf.md").get()
        #expect(note.person == "Maria Lopez")
        let commitment = try #require(note.commitments.first)
        #expect(commitment.line == 7)
        #expect(commitment.done)
        #expect(commitment.owner == .organizer)
        #expect(!commitment.text.contains("\r"))
    }
}

@Suite("One broken note never stops the others")
struct NotebookResilienceTests {
    @Test func brokenNotesBesideGoodOnes() throws {
        let folder = try TemporaryFolder()
        try folder.write("a-good.md", "---\nperson: Ana\ndate: 2026-11-14\n---\nI'll call her Friday.\n")
        try folder.write("b-bad.md", "---\nperson: Ben\ndate: 2026-13-45\n---\n")
        try folder.write("c-empty.md", "")
        try folder.write("d-good.md", "---\nperson: Dee\ndate: 2026-11-15\n---\nShe speaks Tagalog.\n")
        try folder.write("notes.txt", "not a note")
        try folder.makeFolder("e-folder.md")
        try folder.write("e-folder.md/inside.md", "---\nperson: Eve\ndate: 2026-11-16\n---\n")
        try folder.makeFolder(".hidden")
        try folder.write(".hidden/secret.md", "no front matter")
        try folder.makeFolder("FollowUps")
        try folder.write("FollowUps/a-good.followup.md", "generated")
        let notebook = Notebook.load([folder.path, folder.path + "/missing.md"])
        #expect(notebook.notes.map(\.person) == ["Ana", "Dee", "Eve"])
        let problems = notebook.diagnostics.map { ($0.path.split(separator: "/").last.map(String.init) ?? "", $0.location.line) }
        #expect(problems.map(\.0) == ["b-bad.md", "c-empty.md", "missing.md"])
        #expect(notebook.hasErrors)
    }

    @Test func fifoIsNotANote() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/pipe.md"
        #expect(mkfifo(fifo, 0o600) == 0)
        let notebook = Notebook.load([fifo])
        #expect(notebook.notes.isEmpty)
        #expect(notebook.diagnostics.first?.message.contains("not a regular file") == true)
    }

    @Test(.enabled(if: getuid() != 0, "root can read any file"))
    func unreadableNote() throws {
        let folder = try TemporaryFolder()
        try folder.write("locked.md", "---\nperson: Ana\ndate: 2026-11-14\n---\n")
        chmod(folder.path + "/locked.md", 0)
        let notebook = Notebook.load([folder.path + "/locked.md"])
        #expect(notebook.notes.isEmpty)
        #expect(notebook.diagnostics.first?.message.contains("permission denied") == true)
    }
}
