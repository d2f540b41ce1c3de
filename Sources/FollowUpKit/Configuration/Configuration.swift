import Foundation
import Yams

/// `followup.yml` at the root of a notes repository: settings an organizer would otherwise
/// repeat on every command. Found by walking up from the current folder, as git finds `.git`.
public struct Configuration: Hashable, Sendable {
    public static let fileName = "followup.yml"

    /// Where the file was read from, or nil for the defaults.
    public var path: String?
    /// Your name, for new notes and for signing drafts when a note does not say.
    public var organizer: String?
    /// Where `generate` writes (relative to the file), instead of `FollowUps/` beside each note.
    public var output: String?
    /// A templates folder (relative to the file), instead of `Templates/` at the repository root.
    public var templates: String?
    /// Days after the last contact when a check-in is due.
    public var checkInDays: Int = 30
    /// `check` rules switched off.
    public var disabledRules: Set<String> = []

    public init() {}

    /// Every key, for "did you mean" and for the README.
    public static let keys = ["organizer", "output", "templates", "check-in-days", "check"]
    static let checkKeys = ["disable"]

    /// The configuration that applies in `folder`: the nearest `followup.yml` at or above it.
    public static func find(from folder: String = FileManager.default.currentDirectoryPath) -> Result<Configuration, Diagnostic> {
        var current = (folder as NSString).standardizingPath
        while true {
            let candidate = current + "/" + fileName
            if FileManager.default.fileExists(atPath: candidate) { return load(candidate) }
            if FileManager.default.fileExists(atPath: current + "/.git") { break }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        return .success(Configuration())
    }

    public static func load(_ path: String) -> Result<Configuration, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(path: path, location: .start, severity: .error, message: "cannot be read"))
        }
        do throws(NoteError) {
            var configuration = try ConfigurationReader.read(String(decoding: data, as: UTF8.self))
            configuration.path = path
            return .success(configuration)
        } catch {
            return .failure(error.diagnostic(path: path))
        }
    }

    /// A path from the file, resolved against the folder holding it.
    public func resolve(_ relative: String?) -> String? {
        guard let relative else { return nil }
        if relative.hasPrefix("/") { return relative }
        let folder = path.map { ($0 as NSString).deletingLastPathComponent } ?? "."
        return folder.isEmpty ? relative : folder + "/" + relative
    }
}

/// Reads `followup.yml`, pointing at the line of any key it does not know.
enum ConfigurationReader {
    static func read(_ text: String) throws(NoteError) -> Configuration {
        var configuration = Configuration()
        let root: Node?
        do { root = try Yams.compose(yaml: text, .basic) } catch {
            if let error = error as? YamlError, case .scanner(_, let problem, let mark, _) = error {
                throw NoteError("not valid YAML: \(problem)", at: SourceLocation(line: mark.line, column: mark.column))
            }
            if let error = error as? YamlError, case .parser(_, let problem, let mark, _) = error {
                throw NoteError("not valid YAML: \(problem)", at: SourceLocation(line: mark.line, column: mark.column))
            }
            throw NoteError("not valid YAML: \(error)")
        }
        guard let root else { return configuration }
        guard case .mapping(let mapping) = root else { throw NoteError("followup.yml must be 'key: value' lines") }
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            let place = SourceLocation(line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
            switch name {
            case "organizer": configuration.organizer = try scalar(value, name)
            case "output": configuration.output = try scalar(value, name)
            case "templates": configuration.templates = try scalar(value, name)
            case "check-in-days":
                guard let days = try scalar(value, name).flatMap(Int.init), days > 0 else {
                    throw NoteError("'check-in-days' must be a whole number of days, such as 30", at: location(of: value))
                }
                configuration.checkInDays = days
            case "check":
                guard case .mapping(let check) = value else { throw NoteError("'check' must hold 'disable: [rule, …]'", at: location(of: value)) }
                for (checkKey, rules) in check {
                    let checkName = checkKey.scalar?.string ?? ""
                    guard checkName == "disable" else {
                        throw NoteError(unknown(checkName, known: Configuration.checkKeys, in: "check"), at: location(of: checkKey))
                    }
                    guard case .sequence(let list) = rules else { throw NoteError("'disable' must be a list of rule names", at: location(of: rules)) }
                    for rule in list {
                        let ruleName = rule.scalar?.string ?? ""
                        guard LintRule(rawValue: ruleName) != nil else {
                            throw NoteError(unknown(ruleName, known: LintRule.allCases.map(\.rawValue), in: "rule"), at: location(of: rule))
                        }
                        configuration.disabledRules.insert(ruleName)
                    }
                }
            default:
                throw NoteError(unknown(name, known: Configuration.keys, in: "key"), at: place)
            }
        }
        return configuration
    }

    private static func scalar(_ node: Node, _ key: String) throws(NoteError) -> String? {
        guard let scalar = node.scalar else { throw NoteError("'\(key)' must be a single value", at: location(of: node)) }
        return scalar.string.isEmpty ? nil : scalar.string
    }

    private static func location(of node: Node) -> SourceLocation {
        SourceLocation(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    static func unknown(_ name: String, known: [String], in what: String) -> String {
        let suggestion = Spelling.closest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
        return "unknown \(what) '\(name)'\(suggestion)"
    }
}

/// "Did you mean": the known word within two edits of a misspelled one.
enum Spelling {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let folded = word.lowercased()
        return candidates.map { ($0, distance(folded, $0.lowercased())) }.filter { $0.1 <= 2 && $0.1 < max(2, folded.count / 2 + 1) }
            .min { $0.1 < $1.1 }?.0
    }

    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
    }
}
