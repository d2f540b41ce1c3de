import ArgumentParser
import FollowUpKit

/// What every command that reads notes accepts.
struct NoteOptions: ParsableArguments {
    @Argument(help: "Note files, or folders searched recursively for *.md and *.markdown (default: the current folder).")
    var paths: [String] = []

    /// Reads the notes and prints their diagnostics to stderr.
    func load() -> Notebook {
        let notebook = Notebook.load(paths)
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
