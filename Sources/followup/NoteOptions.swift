import ArgumentParser
import FollowUpKit

/// What every command that reads notes accepts.
struct NoteOptions: ParsableArguments {
    @Argument(help: "Note files, or folders searched recursively for *.md and *.markdown (default: the current folder).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Only notes changed since this git revision (committed, staged or not, and new files).", valueName: "rev"))
    var since: String?

    /// The absolute paths `--since` allows, or nil when every note counts.
    func changedFiles() throws -> Set<String>? {
        guard let since else { return nil }
        do {
            return try GitChanges.files(since: since, in: paths.first.map(FileSystem.folder(of:)) ?? ".")
        } catch {
            throw ValidationError("--since \(since): \(error.description)")
        }
    }

    /// Reads the notes and prints their diagnostics to stderr.
    func load(skipping skipped: Set<String> = []) throws -> Notebook {
        let notebook = Notebook.load(paths, skipping: skipped, only: try changedFiles())
        Terminal.report(notebook.diagnostics)
        return notebook
    }
}

/// `--today`, for commands whose answer depends on the day.
struct TodayOption: ParsableArguments {
    @Option(help: ArgumentHelp("Treat this day as today (YYYY-MM-DD).", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today, CalendarDay(iso: today) == nil {
            throw ValidationError("--today '\(today)' is not a day in YYYY-MM-DD form")
        }
    }

    var day: CalendarDay { today.flatMap(CalendarDay.init(iso:)) ?? CalendarDay.systemToday() }
}

/// The `followup.yml` that applies here; a broken one stops the command with its place.
enum Settings {
    static func configuration() throws -> Configuration {
        switch Configuration.find() {
        case .success(let configuration): return configuration
        case .failure(let diagnostic):
            Terminal.report([diagnostic])
            throw ExitCode(1)
        }
    }
}
