import Foundation

extension CalendarDay {
    /// The calendar day it is now on this machine, in its local time zone (`--today` overrides it).
    public static func systemToday() -> CalendarDay {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
