/// Days counted from the meeting or another day: "day after tomorrow", "in 2 weeks",
/// "a week from Friday", "3 days ago", "end of the month", "EOD Friday".
extension DateScanner {
    enum Unit: Sendable { case day, week, month }

    /// "(the) day after tomorrow" = M+2, "(the) day before yesterday" = M-2.
    func matchDayAfterTomorrow(at i: Int) -> DayMatch? {
        let k = isWord(i, "the") ? i + 1 : i
        guard isWord(k, "day") else { return nil }
        if isWord(k + 1, "after"), isWord(k + 2, "tomorrow") {
            return DayMatch(tokens: i..<(k + 3), day: meeting.adding(days: 2))
        }
        if isWord(k + 1, "before"), isWord(k + 2, "yesterday") {
            return DayMatch(tokens: i..<(k + 3), day: meeting.adding(days: -2))
        }
        return nil
    }

    /// "in 3 days", "in a week", "in two weeks", "in 2 months".
    func matchInOffset(at i: Int) -> DayMatch? {
        guard let amount = readCount(at: i + 1), let unit = readUnit(at: i + 2) else { return nil }
        return DayMatch(tokens: i..<(i + 3), day: shift(meeting, by: amount, unit))
    }

    /// "2 weeks ago", "3 days from now", "a week from Friday", "two weeks from tomorrow".
    /// "for 2 weeks", "within a week" are durations and "once a week from now on" a frequency.
    func matchOffset(at i: Int) -> DayMatch? {
        guard let amount = readCount(at: i), let unit = readUnit(at: i + 1) else { return nil }
        switch word(i - 1) {
        case "for", "over", "within", "every", "past", "last", "about", "like", "once", "twice",
             "thrice", "per", "each":
            return nil
        default:
            break
        }
        let k = i + 2
        if isWord(k, "ago") {
            return DayMatch(tokens: i..<(k + 1), day: shift(meeting, by: -amount, unit))
        }
        guard isWord(k, "from"), k + 1 < count else { return nil }
        if isWord(k + 1, "now") {
            if isWord(k + 2, "on") { return nil }
            return DayMatch(tokens: i..<(k + 2), day: shift(meeting, by: amount, unit))
        }
        guard let base = matchDay(at: k + 1), base.isSingleDay else { return nil }
        return DayMatch(tokens: i..<base.tokens.upperBound, day: shift(base.day, by: amount, unit),
                        partOfDay: base.partOfDay)
    }

    private func readCount(at i: Int) -> Int? {
        if case let .count(n)? = keyword(i) { return n }
        guard let n = number(i), n.digitCount <= 3, n.value >= 1, startsCleanly(i),
              i + 1 < count, tokens[i + 1].spaceBefore else { return nil }
        return n.value
    }

    private func readUnit(at i: Int) -> Unit? {
        switch word(i) {
        case "day", "days": return .day
        case "week", "weeks", "wk", "wks": return .week
        case "month", "months": return .month
        default: return nil
        }
    }

    private func shift(_ day: CalendarDay, by amount: Int, _ unit: Unit) -> CalendarDay {
        switch unit {
        case .day: return day.adding(days: amount)
        case .week: return day.adding(days: 7 * amount)
        case .month: return day.adding(months: amount)
        }
    }

    /// "end of (the|this) week/month/year", "end of next week/month", "end of December",
    /// "end of day (Friday)". "end of the day" is left alone: it is usually an idiom.
    func matchEndOf(at i: Int) -> DayMatch? {
        guard isWord(i + 1, "of") else { return nil }
        var k = i + 2
        if isWord(k, "day") { return matchEndOfDay(from: i, after: k + 1) }
        var ahead = 0
        var qualified = true
        switch word(k) {
        case "the", "this": k += 1
        case "next": ahead = 1; k += 1
        default: qualified = false
        }
        let tokens = i..<(k + 1)
        switch word(k) {
        case "week":
            let friday = ahead == 0 ? meeting.endOfWorkWeek : meeting.weekday(.friday, weeksAhead: 1)
            return DayMatch(tokens: tokens, day: friday)
        case "month":
            return DayMatch(tokens: tokens, day: meeting.firstOfMonth.adding(months: ahead).lastDayOfMonth)
        case "year":
            guard let last = CalendarDay(year: meeting.year + ahead, month: 12, day: 31) else { return nil }
            return DayMatch(tokens: tokens, day: last)
        default:
            break
        }
        guard !qualified, case let .month(month, ambiguous, _)? = keyword(k),
              !ambiguous || self.tokens[k].isCapitalized else { return nil }
        let (year, end) = readYear(at: k + 1)
        let lastDay: (Int) -> CalendarDay? = { CalendarDay(year: $0, month: month.rawValue, day: 1)?.lastDayOfMonth }
        let resolved: CalendarDay?
        if let year {
            resolved = lastDay(year)
        } else if let this = lastDay(meeting.year), this >= meeting {
            resolved = this
        } else {
            resolved = lastDay(meeting.year + 1)
        }
        return resolved.map { DayMatch(tokens: i..<end, day: $0) }
    }

    /// "EOD", "COB", "end of day", "close of business": the meeting day, or the day named after it.
    func matchEndOfDay(from i: Int, after k: Int) -> DayMatch? {
        if k < count, let base = matchDay(at: k), base.isSingleDay, base.time == nil {
            return DayMatch(tokens: i..<base.tokens.upperBound, day: base.day, partOfDay: base.partOfDay)
        }
        return DayMatch(tokens: i..<k, day: meeting)
    }
}
