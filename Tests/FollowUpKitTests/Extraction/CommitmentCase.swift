import Testing

@testable import FollowUpKit

/// A one-note example of a commitment: whose it is, how its text begins, and when it is due. The note is met on
/// Saturday 2026-11-14 by Sam Chen with Maria Lopez.
struct CommitmentCase: Sendable, CustomTestStringConvertible {
    var body: String
    var owner: Commitment.Owner
    /// How the commitment's text begins.
    var text: String
    var due: String? = nil
    var testDescription: String { body.replacingOccurrences(of: "\n", with: " / ") }

    /// Checks that the note finds the commitment with this owner and due date.
    func check() throws {
        let note = try ExtractionRuleTests.note(body + "\n")
        let found = try #require(note.commitments.first { $0.text.hasPrefix(text) }, "\(note.commitments)")
        #expect(found.owner == owner)
        #expect(found.due?.description == due)
    }
}
