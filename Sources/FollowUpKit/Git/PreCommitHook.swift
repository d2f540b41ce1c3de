import Foundation

/// `followup hook install`: a pre-commit hook that checks staged notes. It adds a marked block to
/// an existing shell hook rather than replacing it, and never touches a hook in another language.
public enum PreCommitHook {
    public enum Outcome: Equatable, Sendable {
        case created(String)
        case added(String)
        case updated(String)
    }

    static let begin = "# >>> followup check >>>"
    static let end = "# <<< followup check <<<"

    /// The block the hook runs: `followup check --strict` on the staged notes.
    static func block(followup: String) -> String {
        """
        \(begin)
        # Checks the notes staged for this commit (added by `followup hook install`).
        followup_bin=$(command -v followup || echo '\(followup.replacingOccurrences(of: "'", with: "'\\''"))')
        git diff --cached --name-only --diff-filter=ACMR -z -- '*.md' '*.markdown' \\
          | tr '\\0' '\\n' \\
          | grep -v -E '(^|/)(FollowUps|Templates)/|\\.(followup|thanks)\\.md$|(^|/)README\\.md$' \\
          | tr '\\n' '\\0' \\
          | xargs -0 -r "$followup_bin" check --strict || exit 1
        \(end)
        """
    }

    public static func install(in folder: String, followup: String) throws(GitChanges.Failure) -> Outcome {
        let hooks = try GitChanges.git(["rev-parse", "--git-path", "hooks"], in: folder, failure: "not inside a git repository: run this in your notes repository")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let hooksFolder = hooks.hasPrefix("/") ? hooks : folder + "/" + hooks
        let path = hooksFolder + "/pre-commit"
        let ours = block(followup: followup)
        let manager = FileManager.default
        guard let data = manager.contents(atPath: path) else {
            try? manager.createDirectory(atPath: hooksFolder, withIntermediateDirectories: true)
            try write("#!/bin/sh\n" + ours + "\n", to: path)
            return .created(path)
        }
        let existing = String(decoding: data, as: UTF8.self)
        if let start = existing.range(of: begin), let stop = existing.range(of: end, range: start.upperBound..<existing.endIndex) {
            try write(existing.replacingCharacters(in: start.lowerBound..<stop.upperBound, with: ours), to: path)
            return .updated(path)
        }
        let firstLine = existing.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let shells = ["sh", "bash", "zsh", "dash", "ksh"]
        if firstLine.hasPrefix("#!"), !shells.contains(where: { firstLine.hasSuffix("/" + $0) || firstLine.hasSuffix(" " + $0) }) {
            throw GitChanges.Failure(description: "\(path) is not a shell script (\(firstLine)); it was left as it is. Add a call to `followup check --strict` on the staged notes to it yourself")
        }
        // After the shebang, so our check runs even if the old hook ends with `exit 0`.
        var lines = existing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(ours, at: firstLine.hasPrefix("#!") ? 1 : 0)
        try write(lines.joined(separator: "\n"), to: path)
        return .added(path)
    }

    private static func write(_ text: String, to path: String) throws(GitChanges.Failure) {
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw GitChanges.Failure(description: "cannot write \(path): \(error)")
        }
        chmod(path, 0o755)
    }
}
