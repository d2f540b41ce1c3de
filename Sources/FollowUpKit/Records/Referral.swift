/// Someone the person suggested the organizer talk with: the next 1:1 to schedule.
public struct Referral: Hashable, Sendable {
    public var name: String
    /// What the note says about them ("runs the building's group chat").
    public var text: String
    public var line: Int

    public init(name: String, text: String, line: Int) {
        self.name = name
        self.text = text
        self.line = line
    }
}
