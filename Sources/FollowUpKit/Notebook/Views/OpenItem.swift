/// Something still to do, from a note or its generated checklist: a line of `due`, a VTODO of `calendar`.
public struct OpenItem: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable {
        /// A commitment or promise written in the note.
        case note
        /// An unticked item of the generated checklist.
        case checklist
    }

    public var person: String
    /// What to do, as a sentence: "Maria: attend the tenant meeting", "You: send her the survey".
    public var text: String
    public var due: DateValue
    public var notePath: String
    public var source: Source
    /// Whose it is: `supporter`, `organizer`, or the checklist item's kind (`thank`, `remind`, …).
    public var kind: String
    /// Stable across runs: for calendar UIDs.
    public var id: String
}
