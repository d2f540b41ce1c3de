import ArgumentParser
import FollowUpKit

extension Followup {
    /// `followup check`: lint notes the way a good 1:1 is meant to go.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check notes: an ask with a day and time, dated commitments, a way to reach the person, and more.",
            discussion: """
                Findings print as path:line:column: warning: message [rule], so editors can jump to them. \
                Rules: \(LintRule.allCases.map { $0.rawValue }.joined(separator: ", ")). \
                Switch rules off in followup.yml under check: {disable: [rule, ...]}.
                """)

        @Flag(help: "Treat findings as errors (exit 1), as the pre-commit hook does.")
        var strict = false

        @OptionGroup var day: TodayOption
        @OptionGroup var notes: NoteOptions

        func run() throws {
            let configuration = try Settings.configuration()
            let linter = Linter(
                today: day.day, strict: strict, disabled: configuration.disabledRules,
                checklistFolder: configuration.resolve(configuration.output))
            let findings = linter.check(notes.paths, only: try notes.changedFiles())
            Terminal.report(findings)
            if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }
}
