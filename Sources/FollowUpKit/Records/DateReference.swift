/// A place in the body that names a day, with the day (and time) it resolves to.
public struct DateReference: Hashable, Sendable {
    public var text: String
    public var value: DateValue
    public var line: Int

    public init(text: String, value: DateValue, line: Int) {
        self.text = text
        self.value = value
        self.line = line
    }
}
