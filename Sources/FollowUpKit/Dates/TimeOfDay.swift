/// A wall-clock time with minute precision, 00:00 through 23:59.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Creates a time, or nil outside 0...23 hours and 0...59 minutes.
    public init?(hour: Int, minute: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Minutes since midnight.
    var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `HH:MM`, 24-hour.
    public var description: String {
        "\(CalendarDay.padded(hour, 2)):\(CalendarDay.padded(minute, 2))"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
