import Foundation
import Testing

@Suite("followup extract, run as a binary")
struct ExtractCommandTests {
    static let sampleCount: Int = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: FollowupRunner.packageRoot.appendingPathComponent("SampleNotes").path)) ?? []
        return files.filter { $0.hasSuffix(".md") }.count
    }()

    @Test("JSON for the sample notes: every note, sorted by path, no diagnostics, exit 0")
    func jsonForSamples() throws {
        let output = try FollowupRunner.run(["extract", "--format", "json", "SampleNotes"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let notes = try #require(document["notes"] as? [[String: Any]])
        #expect(notes.count == Self.sampleCount)
        #expect(notes.count >= 10)
        let paths = notes.compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
        #expect(paths.allSatisfy { $0.hasPrefix("SampleNotes/") })
        #expect((document["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test("A broken note: error on stderr with its place, the good note still printed, exit 1")
    func brokenBesideGood() throws {
        let folder = try ScratchFolder()
        try folder.write("good.md", "---\nperson: Ana Ruiz\ndate: 2026-11-14\n---\nI'll send her the flyer.\n")
        try folder.write("bad.md", "---\nperson: Ben\ndate: 2026-13-45\n---\n")
        let output = try FollowupRunner.run(["extract", "--format", "json", "."], in: folder.path)
        #expect(output.status == 1)
        #expect(output.stderr.contains("bad.md:3:7: error: 'date: 2026-13-45' is not a real calendar day"), "\(output.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let notes = try #require(document["notes"] as? [[String: Any]])
        #expect(notes.map { $0["person"] as? String } == ["Ana Ruiz"])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["line"] as? Int == 3)
        #expect(diagnostics.first?["column"] as? Int == 7)
    }

    @Test("No path means the current folder")
    func currentFolder() throws {
        let folder = try ScratchFolder()
        try folder.write("a.md", "---\nperson: Ana\ndate: 2026-11-14\n---\n")
        let output = try FollowupRunner.run(["extract"], in: folder.path)
        #expect(output.status == 0)
        #expect(output.stdout.contains("\"path\": \"a.md\""))
    }

    @Test("A usage error exits 2", arguments: [["extract", "--format", "xml"], ["extract", "--nope"], ["frobnicate"]])
    func usageError(_ arguments: [String]) throws {
        let output = try FollowupRunner.run(arguments)
        #expect(output.status == 2)
        #expect(!output.stderr.isEmpty)
        #expect(output.stdout.isEmpty)
    }

    @Test("jsonl: one note a line, diagnostics on stderr only")
    func jsonLines() throws {
        let folder = try ScratchFolder()
        try folder.write("a.md", "---\nperson: Ana\ndate: 2026-11-14\n---\n")
        try folder.write("b.md", "---\nperson: Bo\ndate: 2026-11-15\n---\n")
        try folder.write("c.md", "no front matter")
        let output = try FollowupRunner.run(["extract", "--format", "jsonl", "."], in: folder.path)
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any])
        }
        #expect(output.stderr.hasPrefix("c.md:1:1: error:"))
    }

    @Test("The readable summary of the sample notes matches its golden file")
    func markdownGolden() throws {
        let output = try FollowupRunner.run(["extract", "--format", "markdown", "SampleNotes"])
        #expect(output.status == 0)
        #expect(output.stdout == (try Golden.expected("extract-samples.md", actual: output.stdout)))
    }

    @Test("The JSON of the sample notes matches its golden file")
    func jsonGolden() throws {
        let output = try FollowupRunner.run(["extract", "--format", "json", "SampleNotes"])
        #expect(output.stdout == (try Golden.expected("extract-samples.json", actual: output.stdout)))
    }
}

/// A scratch folder for one end-to-end test.
final class ScratchFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("followup-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
