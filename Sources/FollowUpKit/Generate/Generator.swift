import Foundation

/// `generate`: for every note, a follow-up checklist and a thank-you draft, written safely.
public struct Generator: Sendable {
    public struct Options: Sendable {
        /// Where to write; nil means a `FollowUps/` folder beside each note.
        public var outFolder: String?
        public var settings: FollowUpSettings
        /// Replace thank-you drafts even when they were edited by hand.
        public var force: Bool

        public init(outFolder: String?, settings: FollowUpSettings, force: Bool = false) {
            self.outFolder = outFolder
            self.settings = settings
            self.force = force
        }
    }

    /// What happened to each file, for the organizer to read.
    public struct Report: Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Drafts edited by hand and left as they are.
        public var keptEdited: [String] = []
        public var diagnostics: [Diagnostic] = []
    }

    let templates: TemplateSet
    let options: Options

    public init(templates: TemplateSet, options: Options) {
        self.templates = templates
        self.options = options
    }

    public func run(_ notes: [Note]) -> Report {
        var report = Report()
        // First, serially: where each note writes, refusing two notes that would write the same file.
        var claimed: [String: String] = [:]
        var jobs: [(note: Note, folder: String)] = []
        var folders: [String] = []
        for note in notes {
            let folder = options.outFolder ?? Self.defaultFolder(for: note.path)
            let checklistPath = folder + "/" + note.stem + ".followup.md"
            if let other = claimed[checklistPath] {
                report.diagnostics.append(Diagnostic(
                    path: note.path, location: .start, severity: .error,
                    message: "\(other) already writes \(checklistPath); rename one of the two notes"))
                continue
            }
            claimed[checklistPath] = note.path
            if !folders.contains(folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    folders.append(folder)
                } catch {
                    report.diagnostics.append(Diagnostic(path: folder, location: .start, severity: .error, message: "cannot create the output folder: \(error.localizedDescription)"))
                    continue
                }
            }
            jobs.append((note, folder))
        }
        var ledgers: [String: DraftLedger] = [:]
        for folder in folders { ledgers[folder] = DraftLedger(folder: folder) }

        // Then each note on its own, in parallel: every note writes only its own two files.
        let results = ParallelResults<NoteOutcome>(count: jobs.count)
        let readOnlyLedgers = ledgers
        let work = jobs
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let job = work[index]
            results.set(index, generate(job.note, folder: job.folder, ledger: readOnlyLedgers[job.folder]!))
        }

        // Last, serially and in note order: the report and what the ledgers remember.
        for (outcome, job) in zip(results.values, jobs) {
            report.written += outcome.report.written
            report.unchanged += outcome.report.unchanged
            report.keptEdited += outcome.report.keptEdited
            report.diagnostics += outcome.report.diagnostics
            if let draft = outcome.recordedDraft { ledgers[job.folder]?.record(draft.name, contents: draft.contents) }
        }
        for ledger in ledgers.values.sorted(by: { $0.path < $1.path }) where ledger.hasChanges {
            do { try AtomicFile.write(ledger.text, to: ledger.path) } catch {
                report.diagnostics.append(Diagnostic(path: ledger.path, location: .start, severity: .warning, message: "\(error)"))
            }
        }
        return report
    }

    private struct NoteOutcome {
        var report = Report()
        var recordedDraft: (name: String, contents: String)? = nil
    }

    private func generate(_ note: Note, folder: String, ledger: DraftLedger) -> NoteOutcome {
        var outcome = NoteOutcome()
        writeChecklist(for: note, to: folder + "/" + note.stem + ".followup.md", folder: folder, report: &outcome.report)
        outcome.recordedDraft = writeDraft(for: note, folder: folder, ledger: ledger, report: &outcome.report)
        return outcome
    }

    /// `FollowUps/` in the note's own folder.
    static func defaultFolder(for notePath: String) -> String {
        let folder = (notePath as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/FollowUps"
    }

    private func writeChecklist(for note: Note, to path: String, folder: String, report: inout Report) {
        let items = FollowUpPlan.items(for: note, settings: options.settings)
        let link = Self.relativePath(from: folder, to: note.path)
        let context = ChecklistContext.make(note: note, items: items, today: options.settings.today, noteLink: link)
        guard let fresh = templates.render(TemplateSet.checklist, context) else { return }
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        let merged = ChecklistMerge.merge(fresh: fresh, existing: existing)
        save(merged, to: path, existing: existing, report: &report)
    }

    /// Writes the draft unless it was edited by hand; returns what the ledger should remember.
    private func writeDraft(for note: Note, folder: String, ledger: DraftLedger, report: inout Report) -> (name: String, contents: String)? {
        let name = note.stem + ".thanks.md"
        let path = folder + "/" + name
        let channel = Channel(for: note.frontMatter.contact)
        guard let fresh = draft(for: note, channel: channel) else { return nil }
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        if let existing, existing != fresh, !ledger.isUnedited(name, contents: existing), !options.force {
            report.keptEdited.append(path)
            report.diagnostics.append(Diagnostic(
                path: path, location: .start, severity: .warning,
                message: "this draft was edited by hand, so it was left as it is (use --force to replace it)"))
            return nil
        }
        save(fresh, to: path, existing: existing, report: &report)
        return (name, fresh)
    }

    /// The thank-you in the person's channel; a text message is shortened to fit two SMS.
    func draft(for note: Note, channel: Channel) -> String? {
        let context = ThanksContext(note: note)
        let name = TemplateSet.thanks(channel)
        guard var text = templates.render(name, context.fields) else { return nil }
        if channel == .text {
            var step = 1
            while Self.messageLength(text) > ThanksContext.textLimit && step <= 4,
                let shorter = templates.render(name, context.shortened(step: step).fields)
            {
                text = shorter
                step += 1
            }
        }
        return text
    }

    /// The characters of a draft after its front matter: what would be sent.
    static func messageLength(_ draft: String) -> Int {
        guard draft.hasPrefix("---\n"), let end = draft.range(of: "\n---\n", range: draft.index(draft.startIndex, offsetBy: 4)..<draft.endIndex) else {
            return draft.trimmingCharacters(in: .whitespacesAndNewlines).count
        }
        return draft[end.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).count
    }

    private func save(_ text: String, to path: String, existing: String?, report: inout Report) {
        if existing == text {
            report.unchanged.append(path)
            return
        }
        do {
            try AtomicFile.write(text, to: path)
            report.written.append(path)
        } catch {
            report.diagnostics.append(Diagnostic(path: path, location: .start, severity: .error, message: "\(error)"))
        }
    }

    /// `to` as seen from folder `from`, for the checklist's link back to its note.
    static func relativePath(from folder: String, to file: String) -> String {
        func parts(_ path: String) -> [String] {
            NoteFinder.absolute(path).split(separator: "/").map(String.init)
        }
        let from = parts(folder)
        let to = parts(file)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }
}
