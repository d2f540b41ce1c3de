import ArgumentParser
import FollowUpKit

extension Followup {
    /// `followup generate`: a checklist and a thank-you draft for every note.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a follow-up checklist and a thank-you draft for every note.",
            discussion: """
                Writes STEM.followup.md and STEM.thanks.md for each note, in --out or a FollowUps/ folder beside \
                the note. Regenerating keeps boxes you ticked and lines you added; a draft you edited is left alone \
                unless you pass --force.
                """)

        @Option(help: ArgumentHelp("Folder to write into (default: FollowUps/ beside each note).", valueName: "dir"))
        var out: String?

        @Option(help: ArgumentHelp("Folder of templates that replace the built-in ones, file by file.", valueName: "dir"))
        var templates: String?

        @Flag(help: "Replace thank-you drafts even when they were edited by hand.")
        var force = false

        @OptionGroup var day: TodayOption
        @OptionGroup var notes: NoteOptions

        func run() throws {
            let configuration = try Settings.configuration()
            let given = templates ?? configuration.resolve(configuration.templates)
            if let given, !FileSystem.isFolder(given) {
                throw ValidationError("templates folder '\(given)' is not a folder")
            }
            let folder = RepositoryRoot.templatesFolder(given: given, notes: notes.paths)
            let (templateSet, templateProblems) = TemplateSet.load(overrides: folder)
            Terminal.report(templateProblems)
            let outFolder = out ?? configuration.resolve(configuration.output)
            let notebook = try notes.load(skipping: outFolder.map { [$0] } ?? [])
            let generator = Generator(
                templates: templateSet,
                options: .init(outFolder: outFolder, settings: FollowUpSettings(today: day.day), force: force))
            // Notes that do not say who held the 1:1 are signed with followup.yml's organizer.
            let notes = notebook.notes.map { note -> Note in
                var note = note
                if note.frontMatter.organizer == nil { note.frontMatter.organizer = configuration.organizer }
                return note
            }
            let report = generator.run(notes)
            Terminal.report(report.diagnostics)
            var summary = "\(report.written.count) written, \(report.unchanged.count) unchanged"
            if !report.keptEdited.isEmpty { summary += ", \(report.keptEdited.count) edited drafts left alone" }
            Terminal.out(report.written.sorted().map { "wrote \($0)\n" }.joined() + summary + "\n")
            let failed = notebook.hasErrors || !templateProblems.isEmpty || report.diagnostics.contains { $0.severity == .error }
            if failed { throw ExitCode(1) }
        }
    }
}

enum FileSystem {
    static func isFolder(_ path: String) -> Bool { NoteFinder.isFolder(path) }

    /// The path itself when it is a folder, else the folder holding it.
    static func folder(of path: String) -> String {
        if isFolder(path) { return path }
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return parent.isEmpty ? "." : parent
    }
}
