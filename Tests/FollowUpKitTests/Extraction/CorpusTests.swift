import Foundation
import Testing

@testable import FollowUpKit

/// The hand-labeled corpus in `Corpus/`: each note's records must match its `.json` label.
/// Structured fields (owner, due, done, response, line, value) must be equal; free text is compared
/// loosely (one contains the other, case and punctuation folded), since how much of a phrase to keep
/// is a matter of taste, while what it is about is not.
@Suite("Labeled corpus")
struct CorpusTests {
    static let corpus: URL = Bundle.module.resourceURL!.appendingPathComponent("Corpus")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return files.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }()

    @Test("The corpus is large enough to mean something")
    func corpusSize() {
        #expect(Self.names.count >= 30)
    }

    @Test(arguments: names)
    func matchesLabel(_ name: String) throws {
        let labelURL = Self.corpus.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".json"))
        let label = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: labelURL)) as? [String: Any])
        let bytes = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        let note = try NoteReader.read(bytes: bytes, path: name).get()
        let actual = try #require(try JSONSerialization.jsonObject(with: Data(note.json.serialized().utf8)) as? [String: Any])
        for problem in LabelComparison.problems(expected: label, actual: actual) {
            Issue.record(Comment(rawValue: "\(name): \(problem)"))
        }
    }
}

/// Compares a note's records with its label and says each difference in words.
enum LabelComparison {
    static let exactKeys = ["person", "date", "time", "organizer", "kind", "duration_minutes", "location", "contact"]

    static func problems(expected: [String: Any], actual: [String: Any]) -> [String] {
        var problems: [String] = []
        for key in exactKeys where !same(expected[key], actual[key]) {
            problems.append("\(key): expected \(show(expected[key])), got \(show(actual[key]))")
        }
        problems += compareTexts("issues", expected["issues"] as? [String] ?? [], actual["issues"] as? [String] ?? [])
        problems += compareRecords("commitments", expected, actual, exact: ["owner", "due", "done", "line"], loose: ["text"])
        problems += compareRecords("asks", expected, actual, exact: ["response", "due", "line"], loose: ["text"])
        problems += compareRecords("skills", expected, actual, exact: ["line"], loose: ["text"])
        problems += compareRecords("referrals", expected, actual, exact: ["line"], loose: ["name"])
        problems += compareRecords("dates", expected, actual, exact: ["value", "line", "end"], loose: ["text"])
        return problems
    }

    private static func compareRecords(
        _ key: String, _ expected: [String: Any], _ actual: [String: Any], exact: [String], loose: [String]
    ) -> [String] {
        var remaining = actual[key] as? [[String: Any]] ?? []
        var problems: [String] = []
        for record in expected[key] as? [[String: Any]] ?? [] {
            let match = remaining.firstIndex { candidate in
                exact.allSatisfy { same(record[$0], candidate[$0]) }
                    && loose.allSatisfy { looselyEqual(record[$0] as? String ?? "", candidate[$0] as? String ?? "") }
            }
            if let match {
                remaining.remove(at: match)
            } else {
                problems.append("\(key): missing \(show(record))")
            }
        }
        for extra in remaining { problems.append("\(key): unexpected \(show(extra))") }
        return problems
    }

    private static func compareTexts(_ key: String, _ expected: [String], _ actual: [String]) -> [String] {
        var remaining = actual
        var problems: [String] = []
        for text in expected {
            if let match = remaining.firstIndex(where: { looselyEqual(text, $0) }) {
                remaining.remove(at: match)
            } else {
                problems.append("\(key): missing \(text)")
            }
        }
        for extra in remaining { problems.append("\(key): unexpected \(extra)") }
        return problems
    }

    static func looselyEqual(_ lhs: String, _ rhs: String) -> Bool {
        let a = fold(lhs)
        let b = fold(rhs)
        if a.isEmpty || b.isEmpty { return a == b }
        return a.contains(b) || b.contains(a)
    }

    private static func fold(_ text: String) -> String {
        let kept = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }

    private static func same(_ lhs: Any?, _ rhs: Any?) -> Bool {
        show(lhs) == show(rhs)
    }

    static func show(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        guard JSONSerialization.isValidJSONObject([value]),
            let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys, .fragmentsAllowed])
        else { return "\(value)" }
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }
}
