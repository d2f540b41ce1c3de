import ArgumentParser
import FollowUpKit

/// `followup`: reads 1:1 notes and writes the follow-up.
@main
struct Followup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Turn one-on-one notes into follow-up: commitments, asks, dates, checklists and thank-yous.",
        version: "0.1.0",
        subcommands: [Extract.self, Generate.self, Due.self, People.self, Report.self, Calendar.self, Export.self, Check.self, New.self, Hook.self]
    )

    /// Runs the command and exits as the contract says: 0 all read, 1 a note had an error, 2 usage error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Terminal.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Terminal.out(fullMessage(for: error) + "\n")
                Terminal.exit(0)
            }
            Terminal.err(fullMessage(for: error) + "\n")
            Terminal.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
