/// A skill, experience or resource the person brings: a language, a trade, a truck, a venue, a network.
public struct Skill: Hashable, Sendable {
    public var text: String
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
