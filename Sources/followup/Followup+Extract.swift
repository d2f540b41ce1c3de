import ArgumentParser
import FollowUpKit

extension Followup {
    /// `followup extract`: the structured records of every note.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse notes and print their records (commitments, asks, skills, referrals, issues, dates).")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, jsonl, markdown
        }

        @Option(help: "Output format: json (one document), jsonl (one note a line) or markdown (a readable summary).")
        var format: Format = .json

        @OptionGroup var notes: NoteOptions

        func run() throws {
            let notebook = try notes.load()
            switch format {
            case .json:
                Terminal.out(notebook.json.pretty() + "\n")
            case .jsonl:
                Terminal.out(notebook.notes.map { $0.json.serialized() + "\n" }.joined())
            case .markdown:
                Terminal.out(NoteSummary.markdown(for: notebook.notes))
            }
            if notebook.hasErrors { throw ExitCode(1) }
        }
    }
}
