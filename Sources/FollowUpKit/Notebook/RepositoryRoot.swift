import Foundation

/// The root of the notes repository: the nearest folder at or above a path holding `.git`,
/// found the way git finds it.
public enum RepositoryRoot {
    public static func find(from path: String) -> String? {
        var current = NoteFinder.absolute(path)
        if !NoteFinder.isFolder(current) { current = (current as NSString).deletingLastPathComponent }
        while true {
            if FileManager.default.fileExists(atPath: current + "/.git") { return current }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// The templates folder to use: the one given, else `Templates/` at the repository root, if any.
    public static func templatesFolder(given: String?, notes paths: [String]) -> String? {
        if let given { return given }
        guard let root = find(from: paths.first ?? ".") else { return nil }
        let folder = root + "/Templates"
        return NoteFinder.isFolder(folder) ? folder : nil
    }
}
