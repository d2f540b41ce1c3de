import Foundation
import Testing

@Suite("The writing loop: new, check, the pre-commit hook, --since")
struct NotesLoopTests {
    static func git(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("new → write an ask with no date → git commit stops at that line")
    func commitStopsAtTheAsk() throws {
        let folder = try ScratchFolder()
        for arguments in [["init", "-q"], ["config", "user.name", "Sam Chen"], ["config", "user.email", "sam@example.org"], ["config", "commit.gpgsign", "false"]] {
            _ = try Self.git(arguments, in: folder.path)
        }
        let created = try FollowupRunner.run(["new", "Ana Pérez", "--date", "2026-11-21"], in: folder.path)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "2026-11-21-ana-perez.md\n")
        let path = folder.path + "/2026-11-21-ana-perez.md"
        var note = try String(contentsOfFile: path, encoding: .utf8)
        #expect(note.contains("organizer: \"Sam Chen\""))
        note = note.replacingOccurrences(of: "contact: {email: , phone: , prefers: text}", with: "contact: {phone: \"555-0100\", prefers: text}")
        note = note.replacingOccurrences(
            of: "<!-- What you asked, with a day, a time and a place, and what they answered: yes, no, maybe. -->",
            with: "Asked her to join the tenant committee. She said yes.")
        note = note.replacingOccurrences(
            of: "<!-- What they will do, each with a date: - [ ] Come to the meeting Dec 3 at 7pm -->",
            with: "- [ ] Join the committee Dec 3 at 7pm")
        try note.write(toFile: path, atomically: true, encoding: .utf8)
        let askLine = note.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("Asked her") }! + 1

        let hook = try FollowupRunner.run(["hook", "install"], in: folder.path)
        #expect(hook.status == 0, "\(hook.stderr)")
        _ = try Self.git(["add", "."], in: folder.path)
        let commit = try Self.git(["commit", "-q", "-m", "1:1 with Ana"], in: folder.path)
        #expect(commit.status != 0)
        #expect(commit.output.contains("2026-11-21-ana-perez.md:\(askLine):14: error: the ask “join the tenant committee” has no day"), "\(commit.output)")
        #expect(commit.output.contains("[ask-without-date]"))
        #expect(commit.output.split(separator: "\n").count == 1, "one finding, not the same one twice: \(commit.output)")

        // Give the ask its day and time: the commit goes through.
        note = note.replacingOccurrences(of: "join the tenant committee.", with: "join the tenant committee Dec 3 at 7pm.")
        try note.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try Self.git(["add", "."], in: folder.path)
        let second = try Self.git(["commit", "-q", "-m", "1:1 with Ana"], in: folder.path)
        #expect(second.status == 0, "\(second.output)")

        // --since HEAD: nothing changed since the commit, so nothing to check or extract.
        let since = try FollowupRunner.run(["extract", "--format", "jsonl", "--since", "HEAD", "."], in: folder.path)
        #expect(since.status == 0)
        #expect(since.stdout.isEmpty)
    }

    @Test("check prints path:line:column: warning: message [rule] and exits 0; --strict exits 1")
    func checkOutput() throws {
        let folder = try ScratchFolder()
        try folder.write("bo.md", "---\nperson: Bo\ndate: 2026-11-14\n---\nWe talked.\n")
        let plain = try FollowupRunner.run(["check", "--today", "2026-11-14", "bo.md"], in: folder.path)
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("bo.md:1:1: warning: no ask is recorded"))
        #expect(plain.stderr.split(separator: "\n").allSatisfy { $0.hasSuffix("]") })
        let strict = try FollowupRunner.run(["check", "--strict", "--today", "2026-11-14", "bo.md"], in: folder.path)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(": error: "))
    }

    @Test("The sample notes are model notes: check --strict passes")
    func samplesAreModelNotes() throws {
        let output = try FollowupRunner.run(["check", "--strict", "--today", "2026-11-21", "SampleNotes"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
    }

    @Test("--since outside a git repository says so, as a usage error")
    func sinceOutsideGit() throws {
        let folder = try ScratchFolder()
        try folder.write("a.md", "---\nperson: A\ndate: 2026-11-14\n---\n")
        let output = try FollowupRunner.run(["extract", "--since", "HEAD", "a.md"], in: folder.path)
        #expect(output.status == 2)
        #expect(output.stderr.contains("not inside a git repository"))
    }

    @Test("Shell completion scripts are generated", arguments: ["bash", "zsh", "fish"])
    func completions(_ shell: String) throws {
        let output = try FollowupRunner.run(["--generate-completion-script", shell])
        #expect(output.status == 0)
        #expect(output.stdout.contains("followup"))
        #expect(output.stdout.contains("check"))
    }
}
