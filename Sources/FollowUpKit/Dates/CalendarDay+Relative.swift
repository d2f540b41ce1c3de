/// Week- and month-relative helpers the resolver builds its rules from.
extension CalendarDay {
    /// Monday of this day's week (weeks start on Monday).
    var mondayOfWeek: CalendarDay {
        adding(days: 1 - weekday.rawValue)
    }

    /// The 1st of this day's month.
    var firstOfMonth: CalendarDay {
        adding(days: 1 - day)
    }

    /// The first `weekday` strictly after this day (never this day itself).
    func nextOccurrence(of weekday: Weekday) -> CalendarDay {
        let ahead = self.weekday.daysForward(to: weekday)
        return adding(days: ahead == 0 ? 7 : ahead)
    }

    /// The last `weekday` strictly before this day.
    func previousOccurrence(of weekday: Weekday) -> CalendarDay {
        let back = weekday.daysForward(to: self.weekday)
        return adding(days: -(back == 0 ? 7 : back))
    }

    /// `weekday` in the week `weeks` after this day's week (0 = this week).
    func weekday(_ weekday: Weekday, weeksAhead weeks: Int) -> CalendarDay {
        mondayOfWeek.adding(days: 7 * weeks + weekday.rawValue - 1)
    }

    /// "End of the week": Friday of this week, or the coming Friday on a weekend.
    var endOfWorkWeek: CalendarDay {
        switch weekday {
        case .saturday: return adding(days: 6)
        case .sunday: return adding(days: 5)
        default: return weekday(.friday, weeksAhead: 0)
        }
    }

    /// The first `month`/`day` on or after this day; nil if that day never exists (Feb 30).
    /// Feb 29 may need up to eight years (1896 to 1904 style gaps around a century).
    func nextOccurrence(month: Int, day: Int) -> CalendarDay? {
        for year in self.year...(self.year + 8) {
            if let candidate = CalendarDay(year: year, month: month, day: day), candidate >= self {
                return candidate
            }
        }
        return nil
    }

    /// The first day-of-month `day` on or after this day, skipping months too short for it.
    /// A `weekday` ("Tuesday the 3rd") picks among the candidates in the next three months
    /// and is ignored when none of them falls on it.
    func nextOccurrence(dayOfMonth day: Int, weekday: Weekday? = nil) -> CalendarDay? {
        var year = self.year, month = self.month
        var first: CalendarDay?
        for _ in 0..<3 {
            if let candidate = CalendarDay(year: year, month: month, day: day), candidate >= self {
                if weekday == nil || candidate.weekday == weekday { return candidate }
                first = first ?? candidate
            }
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return first
    }
}
