import Foundation

/// Turns the paths an organizer typed into the list of note files to read, sorted by path:
/// files as given, folders searched recursively for `*.md` and `*.markdown`.
public enum NoteFinder {
    /// Folders never searched: hidden ones, the tool's own output, and template folders.
    public static let skippedFolders: Set<String> = ["FollowUps", "Templates", "node_modules"]
    static let extensions = [".md", ".markdown"]

    /// The note files under `paths`, and a diagnostic for each path that cannot be read.
    /// `only`, when given, keeps just the files whose absolute path it holds (`--since`).
    public static func files(
        in paths: [String], skipping extraSkipped: Set<String> = [], only: Set<String>? = nil
    ) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let skipped = extraSkipped.map(normalized)
        for raw in paths.isEmpty ? ["."] : paths {
            let path = normalized(raw)
            var info = stat()
            guard stat(path, &info) == 0 else {
                diagnostics.append(problem(path, "no such file or folder"))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &files, skipped: Set(skipped))
            } else if info.st_mode & S_IFMT == S_IFREG {
                files.append(path)
            } else {
                diagnostics.append(problem(path, "not a regular file, so not a note"))
            }
        }
        var unique = Set(files)
        if let only { unique = unique.filter { only.contains(absolute($0)) } }
        return (unique.sorted(by: pathOrder), diagnostics)
    }

    private static func walk(_ folder: String, into files: inout [String], skipped: Set<String>) {
        guard let handle = opendir(folder) else { return }
        defer { closedir(handle) }
        var children: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = folder == "." ? name : folder + "/" + name
            var isFolder = entry.pointee.d_type == DT_DIR
            if entry.pointee.d_type == DT_UNKNOWN || entry.pointee.d_type == DT_LNK {
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                isFolder = info.st_mode & S_IFMT == S_IFDIR
            }
            children.append((name, isFolder))
        }
        for child in children {
            let path = folder == "." ? child.name : folder + "/" + child.name
            if child.isFolder {
                if skippedFolders.contains(child.name) || skipped.contains(path) { continue }
                walk(path, into: &files, skipped: skipped)
            } else if isNoteName(child.name) {
                files.append(path)
            }
        }
    }

    /// `*.md` and `*.markdown`, except generated follow-ups and a folder's README.
    static func isNoteName(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard extensions.contains(where: lower.hasSuffix) else { return false }
        if lower.hasSuffix(".followup.md") || lower.hasSuffix(".thanks.md") { return false }
        return !["readme.md", "readme.markdown", "changelog.md", "contributing.md", "license.md"].contains(lower)
    }

    /// Whether `path` names a folder (following links).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The path from the root, with `.` and `..` resolved: how `--since` compares files.
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }

    static func normalized(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        if path.hasPrefix("./") && path.count > 2 { path.removeFirst(2) }
        return path
    }

    /// Byte order of the UTF-8 path: the same on every machine and locale.
    static func pathOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func problem(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(path: path, location: .start, severity: .error, message: message)
    }
}
