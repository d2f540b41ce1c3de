import ArgumentParser
import FollowUpKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Followup {
    /// `followup new`: start a note with its front matter filled in.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a note for a 1:1 from the note template, front matter filled in.")

        @Argument(help: "Who the 1:1 is with.")
        var name: String

        @Option(help: ArgumentHelp("The day of the 1:1 (YYYY-MM-DD, default today).", valueName: "date"))
        var date: String?

        @Option(help: ArgumentHelp("Folder for the note (default: the current folder).", valueName: "dir"))
        var dir: String = "."

        @Option(help: ArgumentHelp("Folder of templates that replace the built-in ones.", valueName: "dir"))
        var templates: String?

        func validate() throws {
            if let date, CalendarDay(iso: date) == nil { throw ValidationError("--date '\(date)' is not a day in YYYY-MM-DD form") }
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give the person's name") }
        }

        func run() throws {
            let configuration = try Settings.configuration()
            let folder = RepositoryRoot.templatesFolder(given: templates ?? configuration.resolve(configuration.templates), notes: [dir])
            let (templateSet, problems) = TemplateSet.load(overrides: folder)
            Terminal.report(problems)
            if !problems.isEmpty { throw ExitCode(1) }
            let organizer = configuration.organizer ?? NoteStarter.gitUserName(in: FileSystem.folder(of: dir))
            let day = date.flatMap(CalendarDay.init(iso:)) ?? CalendarDay.systemToday()
            let path: String
            do {
                path = try NoteStarter.create(person: name, date: day, organizer: organizer, folder: dir, templates: templateSet)
            } catch {
                Terminal.err("followup new: \(error.description)\n")
                throw ExitCode(1)
            }
            Terminal.out(path + "\n")
            openInEditor(path)
        }

        /// Opens `$EDITOR` when one is set and a person is at the terminal.
        private func openInEditor(_ path: String) {
            guard isatty(0) == 1, isatty(1) == 1, let editor = getenv("EDITOR").map({ String(cString: $0) }), !editor.isEmpty else { return }
            let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
            _ = system("\(editor) \(quoted)")
        }
    }
}
