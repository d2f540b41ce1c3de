/// A date on the proleptic Gregorian calendar, with no time zone attached.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or nil when no such date exists (month 13, Feb 30, 2025-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDay.daysInMonth(month, year: year) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (or an impossible date) is nil.
    public init?(iso: String) {
        var year = 0, month = 0, day = 0, length = 0
        for byte in iso.utf8 {
            defer { length += 1 }
            switch length {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 0...9:
                guard byte >= 48, byte <= 57 else { return nil }
                let digit = Int(byte) - 48
                if length < 4 { year = year * 10 + digit }
                else if length < 7 { month = month * 10 + digit }
                else { day = day * 10 + digit }
            default:
                return nil
            }
        }
        guard length == 10 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    // Arithmetic results are valid by construction, so they skip validation.
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `serial` days after 1970-01-01 (Hinnant's civil_from_days).
    init(serial: Int) {
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days since 1970-01-01 (Hinnant's days_from_civil).
    var serial: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day of the week (1970-01-01 was a Thursday).
    public var weekday: Weekday {
        let offset = ((serial % 7) + 7 + 3) % 7
        return Weekday(rawValue: offset + 1)!
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        days == 0 ? self : CalendarDay(serial: serial + days)
    }

    /// The same day `months` later, clamped to the end of a shorter month (Jan 31 + 1 = Feb 28).
    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let newDay = min(day, CalendarDay.daysInMonth(newMonth, year: newYear))
        return CalendarDay(unchecked: newYear, newMonth, newDay)
    }

    /// The last day of this day's month.
    public var lastDayOfMonth: CalendarDay {
        CalendarDay(unchecked: year, month, CalendarDay.daysInMonth(month, year: year))
    }

    /// Signed number of days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDay) -> Int {
        other.serial - serial
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a February 29.
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Length of `month` in `year`.
    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Zero-padded decimal, without Foundation's String(format:).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        let missing = width - digits.utf8.count
        return missing > 0 ? String(repeating: "0", count: missing) + digits : digits
    }
}
