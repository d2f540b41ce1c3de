/// What a date mention resolves to: a day, maybe a time, maybe the last day of a span.
public struct DateValue: Hashable, Sendable, CustomStringConvertible {
    public var day: CalendarDay
    public var time: TimeOfDay?
    /// Last day of a span ("next week" ends on its Sunday); nil for a single day.
    public var end: CalendarDay?

    /// Creates a value; `time` and `end` default to none.
    public init(day: CalendarDay, time: TimeOfDay? = nil, end: CalendarDay? = nil) {
        self.day = day
        self.time = time
        self.end = end
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with a time.
    public var description: String {
        guard let time else { return day.description }
        return "\(day)T\(time)"
    }
}
