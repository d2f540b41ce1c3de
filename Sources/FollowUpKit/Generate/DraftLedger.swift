import Foundation

/// Remembers what `generate` last wrote for each thank-you draft in an output folder (a hidden
/// `.followup-state` file), so that a draft the organizer has edited is recognised and left alone.
struct DraftLedger {
    static let fileName = ".followup-state"
    let path: String
    private(set) var hashes: [String: String] = [:]
    private var original: [String: String] = [:]

    init(folder: String) {
        path = folder + "/" + Self.fileName
        guard let data = FileManager.default.contents(atPath: path) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { hashes[String(parts[1])] = String(parts[0]) }
        }
        original = hashes
    }

    /// Whether the draft now on disk is exactly what was generated last time.
    func isUnedited(_ name: String, contents: String) -> Bool {
        hashes[name] == StableHash.fullHex(of: contents)
    }

    mutating func record(_ name: String, contents: String) {
        hashes[name] = StableHash.fullHex(of: contents)
    }

    var hasChanges: Bool { hashes != original }

    /// One line a draft, sorted: "hash name".
    var text: String {
        "# followup: what it last wrote, so drafts you edit are left alone. Safe to delete.\n"
            + hashes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)\n" }.joined()
    }
}
