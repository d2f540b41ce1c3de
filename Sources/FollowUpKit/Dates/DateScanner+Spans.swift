/// Spans that resolve to their first day and carry an `end`: weeks, weekends, months.
extension DateScanner {
    /// "this/next/last week", "(the) week after next", "the following week",
    /// "this/next/last weekend", "this/next/last month", plus "this morning", "last night".
    func matchSpan(at i: Int) -> DayMatch? {
        var k = isWord(i, "the") ? i + 1 : i
        if isWord(k, "week"), isWord(k + 1, "after"), isWord(k + 2, "next") {
            let monday = meeting.mondayOfWeek.adding(days: 14)
            return DayMatch(tokens: i..<(k + 3), day: monday, spanEnd: monday.adding(days: 6))
        }
        let ahead: Int
        switch word(k) {
        case "this":
            ahead = 0
            k += isWord(k + 1, "coming") ? 2 : 1
        case "next":
            ahead = 1
            k += 1
        case "following":
            ahead = 1
            k += 1
        case "last":
            ahead = -1
            k += 1
        default:
            return nil
        }
        // Of the "the ..." forms only "the following week" is a span here.
        if k > i + 1, isWord(i, "the"), !isWord(i + 1, "following") { return nil }
        let tokens = i..<(k + 1)
        switch word(k).map(Self.spanUnit) {
        case "week":
            if ahead == -1, isWord(k + 1, "of") { return nil }
            if ahead == 0 {
                return DayMatch(tokens: tokens, day: meeting, spanEnd: meeting.weekday(.sunday, weeksAhead: 0))
            }
            // "next week Tuesday" names a single day.
            if ahead == 1, case let .weekday(weekday, ambiguous, _)? = keyword(k + 1),
               !ambiguous || self.tokens[k + 1].isCapitalized {
                return DayMatch(tokens: i..<(k + 2), day: meeting.weekday(weekday, weeksAhead: 1))
            }
            let monday = meeting.mondayOfWeek.adding(days: 7 * ahead)
            return DayMatch(tokens: tokens, day: monday, spanEnd: monday.adding(days: 6))
        case "weekend":
            let saturday: CalendarDay
            switch ahead {
            case 0: saturday = thisWeekendSaturday
            case 1: saturday = meeting.weekday(.saturday, weeksAhead: 1)
            default: saturday = meeting.weekday(.saturday, weeksAhead: -1)
            }
            return DayMatch(tokens: tokens, day: saturday, spanEnd: saturday.adding(days: 1))
        case "month":
            if ahead == 0 {
                // "missed his stop twice this month", "out 3x this month": how often, not when.
                if let previous = word(i - 1), ["twice", "once", "times", "x", "already"].contains(previous) { return nil }
                // "2 near misses this month", "3 shutoffs this month": a tally of what happened, not a goal.
                if let previous = word(i - 1), Self.tallied.contains(previous), (max(0, i - 3)..<i).contains(where: { number($0) != nil }) {
                    return nil
                }
                return DayMatch(tokens: tokens, day: meeting, spanEnd: meeting.lastDayOfMonth)
            }
            let first = meeting.firstOfMonth.adding(months: ahead)
            return DayMatch(tokens: tokens, day: first, spanEnd: first.lastDayOfMonth)
        case "morning", "afternoon", "evening":
            guard ahead == 0 else { return nil }
            return DayMatch(tokens: tokens, day: meeting, partOfDay: PartOfDay(word: word(k)))
        case "night":
            guard ahead != 1 else { return nil }
            return DayMatch(tokens: tokens, day: meeting.adding(days: ahead), partOfDay: .evening)
        default:
            return nil
        }
    }

    /// Things counted as they happen: "2 near misses this month".
    private static let tallied: Set<String> = [
        "misses", "accidents", "incidents", "crashes", "evictions", "shutoffs", "outages", "falls", "injuries", "deaths",
        "break-ins", "fires", "floods", "leaks", "citations", "tickets", "writeups", "write-ups",
    ]

    /// Shorthand for the span words: "next wk", "this wknd".
    private static func spanUnit(_ word: String) -> String {
        switch word {
        case "wk": return "week"
        case "mo": return "month"
        case "wknd", "wkend", "wkd": return "weekend"
        default: return word
        }
    }

    // The Saturday on or after the meeting; on a Sunday the weekend is ending, so the next one.
    private var thisWeekendSaturday: CalendarDay {
        switch meeting.weekday {
        case .saturday: return meeting
        case .sunday: return meeting.adding(days: 6)
        default: return meeting.weekday(.saturday, weeksAhead: 0)
        }
    }
}
