import ArgumentParser
import FollowUpKit

/// Text or JSON, for the notebook-wide views.
enum ViewFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Followup {
    /// `followup due`: overdue and upcoming follow-ups across all notes.
    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "What is overdue and what is due in the next days, across all notes.")

        @Option(help: ArgumentHelp("How many days ahead to look.", valueName: "days"))
        var within: Int = 7

        @Option(help: "Output format: text or json.")
        var format: ViewFormat = .text

        @OptionGroup var day: TodayOption
        @OptionGroup var notes: NoteOptions

        func validate() throws {
            if within < 0 { throw ValidationError("--within must be 0 or more days") }
        }

        func run() throws {
            let configuration = try Settings.configuration()
            let notebook = try notes.load()
            let items = OpenItems.collect(notebook.notes, checklistFolder: configuration.resolve(configuration.output))
            let list = DueList(items: items, today: day.day, withinDays: within)
            Terminal.out(format == .json ? list.json.pretty() + "\n" : list.text)
            if notebook.hasErrors { throw ExitCode(1) }
        }
    }

    /// `followup people`: one row a person.
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One line a person: 1:1s, last contact, commitments, stage, next check-in.")

        @Option(help: ArgumentHelp("Days after the last 1:1 when a check-in is due (default: followup.yml, else 30).", valueName: "days"))
        var cadence: Int?

        @Option(help: "Output format: text or json.")
        var format: ViewFormat = .text

        @OptionGroup var day: TodayOption
        @OptionGroup var notes: NoteOptions

        func run() throws {
            let configuration = try Settings.configuration()
            let notebook = try notes.load()
            let list = PeopleList(notes: notebook.notes, today: day.day, cadenceDays: cadence ?? configuration.checkInDays)
            Terminal.out(format == .json ? list.json.pretty() + "\n" : list.text)
            if notebook.hasErrors { throw ExitCode(1) }
        }
    }

    /// `followup report`: what to report back to the group.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report back: 1:1s by organizer and week, asks and answers, issues, skills, referrals. Names no one unless --names.")

        @Flag(help: "Name people and quote what they bring (for the organizing team only).")
        var names = false

        @OptionGroup var notes: NoteOptions

        func run() throws {
            let notebook = try notes.load()
            Terminal.out(GroupReport(notes: notebook.notes, names: names).text)
            if notebook.hasErrors { throw ExitCode(1) }
        }
    }

    /// `followup calendar`: an iCalendar file on stdout.
    struct Calendar: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "An iCalendar (RFC 5545) file of open follow-ups and dated commitments, on stdout.")

        @OptionGroup var notes: NoteOptions

        func run() throws {
            let configuration = try Settings.configuration()
            let notebook = try notes.load()
            let items = OpenItems.collect(notebook.notes, checklistFolder: configuration.resolve(configuration.output))
            Terminal.out(CalendarWriter.calendar(notes: notebook.notes, items: items))
            if notebook.hasErrors { throw ExitCode(1) }
        }
    }

    /// `followup export`: a CSV row a note.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One CSV row a note, for a spreadsheet or CRM.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv }

        @Option(help: "Output format (csv).")
        var format: Format = .csv

        @Flag(help: "Leave out contact details and free text, for sharing outside the team.")
        var redact = false

        @OptionGroup var day: TodayOption
        @OptionGroup var notes: NoteOptions

        func run() throws {
            let configuration = try Settings.configuration()
            let notebook = try notes.load()
            let items = OpenItems.collect(notebook.notes, checklistFolder: configuration.resolve(configuration.output))
            Terminal.out(CSVExport.csv(notes: notebook.notes, items: items, today: day.day, redact: redact))
            if notebook.hasErrors { throw ExitCode(1) }
        }
    }
}
