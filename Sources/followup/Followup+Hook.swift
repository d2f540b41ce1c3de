import ArgumentParser
import FollowUpKit

extension Followup {
    /// `followup hook`: git integration.
    struct Hook: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Git hooks for a notes repository.", subcommands: [Install.self])

        struct Install: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Install a pre-commit hook that runs `followup check --strict` on staged notes.",
                discussion: "An existing shell hook keeps its content: the check is added at its top. A hook in another language is never changed.")

            func run() throws {
                let binary = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0] : NoteFinder.absolute(CommandLine.arguments[0])
                do {
                    switch try PreCommitHook.install(in: ".", followup: binary) {
                    case .created(let path): Terminal.out("created \(path)\n")
                    case .added(let path): Terminal.out("added the notes check to \(path)\n")
                    case .updated(let path): Terminal.out("updated the notes check in \(path)\n")
                    }
                } catch {
                    Terminal.err("followup hook install: \(error.description)\n")
                    throw ExitCode(1)
                }
            }
        }
    }
}
