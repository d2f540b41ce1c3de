import Foundation

/// The root of the notes repository: the nearest folder at or above a path holding `.git`,
/// found the way git finds it.
public enum RepositoryRoot {
    public static func find(from path: String) -> String? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        var current = path.hasPrefix("/") ? path : manager.currentDirectoryPath + "/" + path
        if !(manager.fileExists(atPath: current, isDirectory: &isFolder) && isFolder.boolValue) {
            current = (current as NSString).deletingLastPathComponent
        }
        current = (current as NSString).standardizingPath
        while true {
            if manager.fileExists(atPath: current + "/.git") { return current }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// The templates folder to use: the one given, else `Templates/` at the repository root, if any.
    public static func templatesFolder(given: String?, notes paths: [String]) -> String? {
        if let given { return given }
        guard let root = find(from: paths.first ?? ".") else { return nil }
        var isFolder: ObjCBool = false
        let folder = root + "/Templates"
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue ? folder : nil
    }
}
