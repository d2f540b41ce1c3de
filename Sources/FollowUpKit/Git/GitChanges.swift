import Foundation

/// What git says changed: the notes `--since REV` limits a command to.
public enum GitChanges {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Absolute paths of files changed since `revision` in the repository holding `folder`:
    /// committed since then, staged, unstaged, and new files git does not ignore.
    public static func files(since revision: String, in folder: String = ".") throws(Failure) -> Set<String> {
        let root = try git(["rev-parse", "--show-toplevel"], in: folder, failure: "not inside a git repository: --since needs the notes to be in one")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let changed = try git(["diff", "--name-only", "-z", revision, "--"], in: root, failure: "git does not know the revision '\(revision)'")
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "-z"], in: root, failure: "git could not list new files")
        let names = (changed + untracked).split(separator: "\0").map(String.init)
        return Set(names.map { (root + "/" + $0 as NSString).standardizingPath })
    }

    /// Runs git with no network involved (these commands only read the repository).
    static func git(_ arguments: [String], in folder: String, failure: String) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        do { try process.run() } catch { throw Failure(description: "git could not be run: \(error.localizedDescription)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: failure) }
        return String(decoding: data, as: UTF8.self)
    }
}
