import Foundation
import Testing

@Suite("followup generate, run as a binary")
struct GenerateCommandTests {
    /// An output folder at a fixed depth inside the package, so links back to the notes are the same everywhere.
    static func outFolder() throws -> String {
        let path = FollowupRunner.packageRoot.appendingPathComponent(".build/generate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("Every sample note's checklist and draft match their golden files; a second run changes nothing")
    func goldenAndIdempotent() throws {
        let out = try Self.outFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let first = try FollowupRunner.run(["generate", "--out", out, "--today", "2026-11-21", "SampleNotes"])
        #expect(first.status == 0, "\(first.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files.count == 2 * ExtractCommandTests.sampleCount)
        for name in files {
            let actual = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
            #expect(actual == (try Golden.expected("generate/" + name, actual: actual)), "\(name)")
            #expect(!actual.contains("{{") && !actual.contains("Dear ,") && !actual.contains("Hi ,"))
        }
        let second = try FollowupRunner.run(["generate", "--out", out, "--today", "2026-11-21", "SampleNotes"])
        #expect(second.status == 0)
        #expect(second.stdout.hasSuffix("0 written, \(files.count) unchanged\n"), "\(second.stdout)")
    }

    @Test("Without --out, files go to FollowUps/ beside the notes, and are not read back as notes")
    func defaultFolder() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/ana.md", "---\nperson: Ana\ndate: 2026-11-14\n---\nI'll call her Friday.\n")
        let output = try FollowupRunner.run(["generate", "--today", "2026-11-21", "notes"], in: folder.path)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/notes/FollowUps/ana.followup.md"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/notes/FollowUps/ana.thanks.md"))
        let again = try FollowupRunner.run(["extract", "--format", "jsonl", "notes"], in: folder.path)
        #expect(again.stdout.split(separator: "\n").count == 1)
    }

    @Test("A template error names the template file, line and column, and exits 1")
    func templateError() throws {
        let folder = try ScratchFolder()
        try folder.write("ana.md", "---\nperson: Ana\ndate: 2026-11-14\n---\n")
        try folder.write("tpl/followup.md.mustache", "# {{person}}\n{{#items}}\n- {{text}\n")
        let output = try FollowupRunner.run(["generate", "--templates", "tpl", "--out", "out", "ana.md"], in: folder.path)
        #expect(output.status == 1)
        #expect(output.stderr.contains("tpl/followup.md.mustache:3:"), "\(output.stderr)")
        #expect(output.stderr.contains(": error: template error:"))
    }

    @Test("A bad --today is a usage error")
    func badToday() throws {
        let output = try FollowupRunner.run(["generate", "--today", "2026-13-01", "SampleNotes"])
        #expect(output.status == 2)
    }
}
