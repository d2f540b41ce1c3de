/// Weeks and weekdays counted inside a month: "first week of December",
/// "the last Friday of next month", "2nd Tuesday of March".
extension DateScanner {
    /// "first week of December" = Dec 1-7, "second" 8-14, "third" 15-21, "fourth" 22-28,
    /// "last" the final seven days. Without a year, the first such week not already over.
    func matchWeekOfMonth(at i: Int) -> DayMatch? {
        guard let (ordinal, k) = readMonthOrdinal(at: isWord(i, "the") ? i + 1 : i),
              isWord(k, "week"), isWord(k + 1, "of"),
              case let .month(month, ambiguous, abbreviated)? = keyword(k + 2),
              !ambiguous || tokens[k + 2].isCapitalized else { return nil }
        var end = k + 3
        if abbreviated, isGluedPunct(end, ".") { end += 1 }
        let (year, afterYear) = readYear(at: end)
        func week(in year: Int) -> (start: CalendarDay, end: CalendarDay)? {
            guard let first = CalendarDay(year: year, month: month.rawValue, day: 1) else { return nil }
            let start = ordinal == 0 ? first.lastDayOfMonth.adding(days: -6) : first.adding(days: 7 * (ordinal - 1))
            return (start, start.adding(days: 6))
        }
        let chosen: (start: CalendarDay, end: CalendarDay)?
        if let year {
            chosen = week(in: year)
        } else if let current = week(in: meeting.year), current.end >= meeting {
            chosen = current
        } else {
            chosen = week(in: meeting.year + 1)
        }
        guard let chosen else { return nil }
        return DayMatch(tokens: i..<afterYear, day: chosen.start, spanEnd: chosen.end)
    }

    /// "first Monday of December", "the last Friday of next month", "3rd Thursday of this month".
    /// "of the month" recurs, so it is no mention. Without a year, the first one on or after the meeting.
    func matchWeekdayOfMonth(at i: Int) -> DayMatch? {
        guard let (ordinal, k) = readMonthOrdinal(at: isWord(i, "the") ? i + 1 : i),
              case let .weekday(weekday, ambiguous, abbreviated)? = keyword(k),
              !ambiguous || tokens[k].isCapitalized else { return nil }
        var m = k + 1
        if abbreviated, isGluedPunct(m, ".") { m += 1 }
        guard isWord(m, "of") else { return nil }
        m += 1
        if isWord(m, "this") || isWord(m, "next"), isWord(m + 1, "month") {
            let first = meeting.firstOfMonth.adding(months: isWord(m, "next") ? 1 : 0)
            return DayMatch(tokens: i..<(m + 2), day: Self.nth(ordinal, weekday, in: first))
        }
        guard case let .month(month, ambiguousMonth, abbreviatedMonth)? = keyword(m),
              !ambiguousMonth || tokens[m].isCapitalized else { return nil }
        var end = m + 1
        if abbreviatedMonth, isGluedPunct(end, ".") { end += 1 }
        let (year, afterYear) = readYear(at: end)
        for candidate in year.map({ [$0] }) ?? [meeting.year, meeting.year + 1] {
            guard let first = CalendarDay(year: candidate, month: month.rawValue, day: 1) else { return nil }
            let day = Self.nth(ordinal, weekday, in: first)
            if year != nil || day >= meeting { return DayMatch(tokens: i..<afterYear, day: day) }
        }
        return nil
    }

    /// "first" ... "fourth", "1st" ... "4th", or "last" (returned as 0), and where it ends.
    func readMonthOrdinal(at k: Int) -> (ordinal: Int, next: Int)? {
        if case let .ordinal(n)? = keyword(k) { return (n, k + 1) }
        if isWord(k, "last") { return (0, k + 1) }
        if let n = number(k), n.digitCount == 1, (1...4).contains(n.value), hasOrdinalSuffix(k + 1) {
            return (n.value, k + 2)
        }
        return nil
    }

    /// The `ordinal`-th `weekday` of the month starting at `first` (0 = the last one).
    static func nth(_ ordinal: Int, _ weekday: Weekday, in first: CalendarDay) -> CalendarDay {
        if ordinal == 0 {
            let last = first.lastDayOfMonth
            return last.adding(days: -weekday.daysForward(to: last.weekday))
        }
        return first.adding(days: first.weekday.daysForward(to: weekday) + 7 * (ordinal - 1))
    }
}
