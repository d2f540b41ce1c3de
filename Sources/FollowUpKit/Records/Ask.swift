/// A request the organizer made of the person, and how they answered.
public struct Ask: Hashable, Sendable {
    /// The answer recorded in the note.
    public enum Response: String, Hashable, Sendable, CaseIterable {
        case yes
        case no
        case maybe
        /// No answer written down.
        case pending
    }

    public var text: String
    public var response: Response
    public var due: DateValue?
    public var line: Int

    public init(text: String, response: Response, due: DateValue?, line: Int) {
        self.text = text
        self.response = response
        self.due = due
        self.line = line
    }
}
