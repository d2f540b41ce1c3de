/// A day of the week, numbered ISO-style from Monday = 1.
public enum Weekday: Int, Sendable, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Days forward from `self` to the next `other`, in 0...6.
    func daysForward(to other: Weekday) -> Int {
        (other.rawValue - rawValue + 7) % 7
    }
}
