/// Something someone said they will do: the person met (`supporter`) or the organizer.
public struct Commitment: Hashable, Sendable {
    /// Whose commitment it is.
    public enum Owner: String, Hashable, Sendable, CaseIterable {
        case supporter
        case organizer
    }

    public var owner: Owner
    public var text: String
    public var due: DateValue?
    public var done: Bool
    public var line: Int

    public init(owner: Owner, text: String, due: DateValue?, done: Bool, line: Int) {
        self.owner = owner
        self.text = text
        self.due = due
        self.done = done
        self.line = line
    }
}
