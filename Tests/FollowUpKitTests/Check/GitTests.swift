import Foundation
import Testing

@testable import FollowUpKit

/// A real git repository in a scratch folder.
struct ScratchRepository {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try git("init", "-q")
        try git("config", "user.name", "Sam Chen")
        try git("config", "user.email", "sam@example.org")
        try git("config", "commit.gpgsign", "false")
    }

    var path: String { folder.path }

    @discardableResult
    func git(_ arguments: String...) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("git: --since and the pre-commit hook")
struct GitTests {
    @Test("--since lists committed, staged, unstaged and new files, not untouched ones")
    func since() throws {
        let repo = try ScratchRepository()
        for name in ["old.md", "committed.md", "staged.md", "unstaged.md"] { try repo.folder.write(name, "x\n") }
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "first")
        try repo.folder.write("committed.md", "changed\n")
        try repo.git("commit", "-q", "-am", "second")
        try repo.folder.write("staged.md", "changed\n")
        try repo.git("add", "staged.md")
        try repo.folder.write("unstaged.md", "changed\n")
        try repo.folder.write("new.md", "new\n")
        let changed = try GitChanges.files(since: "HEAD~1", in: repo.path)
        let names = Set(changed.map { ($0 as NSString).lastPathComponent })
        #expect(names == ["committed.md", "staged.md", "unstaged.md", "new.md"])
    }

    @Test("Outside a repository, or with an unknown revision, --since says so")
    func sinceErrors() throws {
        let folder = try TemporaryFolder()
        #expect(throws: GitChanges.Failure.self) { try GitChanges.files(since: "HEAD", in: folder.path) }
        let repo = try ScratchRepository()
        do {
            _ = try GitChanges.files(since: "no-such-rev", in: repo.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("no-such-rev"))
        }
    }

    @Test("The hook is created, updated in place, added to a shell hook, and never clobbers another kind")
    func hookInstall() throws {
        let repo = try ScratchRepository()
        let hook = repo.path + "/.git/hooks/pre-commit"
        try? FileManager.default.removeItem(atPath: hook)
        #expect(try PreCommitHook.install(in: repo.path, followup: "/opt/followup") == .created(hook))
        #expect(FileManager.default.isExecutableFile(atPath: hook))
        #expect(try PreCommitHook.install(in: repo.path, followup: "/usr/bin/followup") == .updated(hook))
        let text = try String(contentsOfFile: hook, encoding: .utf8)
        #expect(text.components(separatedBy: PreCommitHook.begin).count == 2)
        #expect(text.contains("/usr/bin/followup") && !text.contains("/opt/followup"))

        try "#!/bin/bash\necho mine\nexit 0\n".write(toFile: hook, atomically: true, encoding: .utf8)
        #expect(try PreCommitHook.install(in: repo.path, followup: "/usr/bin/followup") == .added(hook))
        let merged = try String(contentsOfFile: hook, encoding: .utf8)
        #expect(merged.hasPrefix("#!/bin/bash\n" + PreCommitHook.begin))
        #expect(merged.contains("echo mine\nexit 0"))

        let python = "#!/usr/bin/env python3\nprint('mine')\n"
        try python.write(toFile: hook, atomically: true, encoding: .utf8)
        #expect(throws: GitChanges.Failure.self) { try PreCommitHook.install(in: repo.path, followup: "/usr/bin/followup") }
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == python)
    }
}
