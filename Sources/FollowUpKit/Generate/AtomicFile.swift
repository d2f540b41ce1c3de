import Foundation

/// Writes a file so that a reader sees the old contents or the new, never half of either:
/// the text goes to a temporary file beside it, which is then renamed over the target.
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    /// `beforeRename` lets a test stop a write between the two steps.
    static func write(_ text: String, to path: String, beforeRename: (() throws -> Void)? = nil) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw WriteError(description: "cannot write \(temporary)")
        }
        do {
            try beforeRename?()
            guard rename(temporary, path) == 0 else {
                throw WriteError(description: "cannot replace \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
