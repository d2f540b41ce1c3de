/// The typed front matter of a note: who was met, when, by whom, and how to reach them.
public struct FrontMatter: Hashable, Sendable {
    public var person: String
    public var date: CalendarDay
    public var time: TimeOfDay?
    public var organizer: String?
    public var kind: String?
    public var durationMinutes: Int?
    public var location: String?
    public var contact: Contact?
    public var issues: [String]
    /// Tells apart two people of the same name.
    public var id: String?
    /// Stage on the ladder of engagement, when the organizer records it.
    public var stage: String?
    /// Where each top-level key stands in the file, for lint and for pointing at values.
    public var keyLocations: [String: SourceLocation]

    /// Keys the tool understands; `check` reports any other, with a "did you mean".
    public static let knownKeys = [
        "person", "name", "date", "time", "organizer", "kind", "type", "duration", "location", "place",
        "contact", "email", "phone", "prefers", "issues", "tags", "id", "stage",
    ]
}
