import Foundation

/// `followup check`: findings about how well each note records its 1:1, as warnings with a rule
/// name and an exact place (errors with `strict`). Each file is read once.
public struct Linter: Sendable {
    public var today: CalendarDay
    public var strict: Bool
    public var disabled: Set<String>
    /// Where generated checklists live, for the thank-you rule; nil means `FollowUps/` beside each note.
    public var checklistFolder: String?

    public init(today: CalendarDay, strict: Bool = false, disabled: Set<String> = [], checklistFolder: String? = nil) {
        self.today = today
        self.strict = strict
        self.disabled = disabled
        self.checklistFolder = checklistFolder
    }

    /// Reads and checks every note under `paths`, in parallel; read errors come back as errors.
    public func check(_ paths: [String], only: Set<String>? = nil) -> [Diagnostic] {
        let found = NoteFinder.files(in: paths, only: only)
        let results = ParallelResults<[Diagnostic]>(count: found.files.count)
        let files = found.files
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, check(file: files[index]))
        }
        return found.diagnostics + results.values.flatMap { $0 }
    }

    func check(file path: String) -> [Diagnostic] {
        let data: Data
        switch Notebook.bytes(of: path) {
        case .failure(let diagnostic): return [diagnostic]
        case .success(let bytes): data = bytes
        }
        switch NoteReader.read(bytes: data, path: path) {
        case .failure(let diagnostic): return [diagnostic]
        case .success(let note): return check(note, source: String(decoding: data, as: UTF8.self))
        }
    }

    /// The findings for one note whose text is `source`.
    public func check(_ note: Note, source: String) -> [Diagnostic] {
        var findings = LintFindings(note: note, source: source)
        findings.run(today: today, checklistFolder: checklistFolder)
        return findings.items
            .filter { !disabled.contains($0.rule.rawValue) }
            .map { finding in
                Diagnostic(
                    path: finding.path ?? note.path, location: finding.location, severity: strict ? .error : .warning,
                    message: finding.message, rule: finding.rule.rawValue)
            }
            .sorted { ($0.path, $0.location) < ($1.path, $1.location) }
    }
}
