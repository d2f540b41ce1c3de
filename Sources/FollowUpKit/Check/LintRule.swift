/// What `followup check` looks for, each grounded in how a 1:1 is meant to go.
/// The raw value is the name printed in brackets and used to switch a rule off in `followup.yml`.
public enum LintRule: String, CaseIterable, Sendable {
    /// A 1:1 ends with an ask.
    case noAsk = "no-ask"
    /// A hard ask names a day and a time.
    case askWithoutDate = "ask-without-date"
    /// A yes becomes a commitment written down.
    case yesWithoutCommitment = "yes-without-commitment"
    /// Commitments and promises have dates, or they drift.
    case commitmentWithoutDate = "commitment-without-date"
    /// A date phrase the tool could not read ("next Tursday", "soon").
    case unresolvedDate = "unresolved-date"
    /// 1:1s are kept to 30–45 minutes.
    case longMeeting = "long-meeting"
    /// Follow-up needs a way to reach the person.
    case noContact = "no-contact"
    /// A front-matter key the tool does not know is probably a typo.
    case unknownKey = "unknown-key"
    /// The thank-you goes out within a day or two.
    case thanksUnchecked = "thanks-unchecked"
}
