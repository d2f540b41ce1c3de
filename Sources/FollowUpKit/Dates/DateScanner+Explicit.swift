/// Machine-shaped dates: ISO, due fields, and US numeric month/day.
extension DateScanner {
    /// `2026-12-03` or `2026/12/03`, optionally glued to `T19:00`.
    func matchISO(at i: Int, checkStart: Bool = true) -> DayMatch? {
        guard let year = number(i), year.digitCount == 4, i + 4 < count,
              !checkStart || startsCleanly(i) else { return nil }
        let separator = tokens[i + 1].text
        guard separator == "-" || separator == "/", isGluedPunct(i + 1, separator),
              let month = number(i + 2), month.digitCount == 2, isGlued(i + 2),
              isGluedPunct(i + 3, separator),
              let day = number(i + 4), day.digitCount == 2, isGlued(i + 4),
              let date = CalendarDay(year: year.value, month: month.value, day: day.value) else { return nil }
        var end = i + 5
        var time: TimeOfDay?
        if isGlued(end), word(end) == "t", let hour = number(end + 1), hour.digitCount == 2, isGlued(end + 1),
           isGluedPunct(end + 2, ":"), let minute = number(end + 3), minute.digitCount == 2, isGlued(end + 3),
           let clock = TimeOfDay(hour: hour.value, minute: minute.value) {
            time = clock
            end += 4
            if isGluedPunct(end, ":"), let seconds = number(end + 1), seconds.digitCount == 2, isGlued(end + 1) {
                end += 2
            }
        }
        guard endsCleanly(end) else { return nil }
        return DayMatch(tokens: i..<end, day: date, time: time)
    }

    /// Obsidian Tasks: `📅 2026-12-03` or `📅2026-12-03`.
    func matchDueEmoji(at i: Int) -> DayMatch? {
        guard tokens[i].text == "📅", let iso = matchISO(at: i + 1, checkStart: false) else { return nil }
        return DayMatch(tokens: i..<iso.tokens.upperBound, day: iso.day, time: iso.time,
                        isExplicitDue: true, textTokens: iso.tokens)
    }

    /// Dataview `due:: 2026-12-03` (also inside `[...]` or `(...)`) and todo.txt `due:2026-12-03`.
    func matchDueField(at i: Int) -> DayMatch? {
        guard isGluedPunct(i + 1, ":") else { return nil }
        let isDataview = isGluedPunct(i + 2, ":")
        let k = isDataview ? i + 3 : i + 2
        // todo.txt keys are glued to their value; Dataview allows a space.
        guard k < count, isDataview || isGlued(k),
              let iso = matchISO(at: k, checkStart: false) else { return nil }
        var start = i
        var end = iso.tokens.upperBound
        if isDataview, isGlued(i), i > 0 {
            let closing = tokens[i - 1].text == "[" ? "]" : (tokens[i - 1].text == "(" ? ")" : nil)
            if let closing {
                start = i - 1
                if isGluedPunct(end, closing) { end += 1 }
            }
        }
        return DayMatch(tokens: start..<end, day: iso.day, time: iso.time,
                        isExplicitDue: true, textTokens: iso.tokens)
    }

    /// US numeric dates: `12/3`, `12/3/26`, `12/3/2026`, `12-3-2026` (a dash needs the year).
    /// Two single digits ("1/2") read as a fraction unless a lead like "on" or a weekday comes first.
    func matchNumericDate(at i: Int, afterWeekday: Bool) -> DayMatch? {
        guard let month = number(i), month.digitCount <= 2, (1...12).contains(month.value),
              i + 2 < count, isGlued(i + 1), tokens[i + 1].kind == .punct else { return nil }
        let separator = tokens[i + 1].text
        guard separator == "/" || separator == "-", let day = number(i + 2), isGlued(i + 2),
              day.digitCount <= 2, (1...31).contains(day.value), startsCleanly(i) else { return nil }
        var end = i + 3
        var year: Int?
        if isGluedPunct(end, separator), let written = number(end + 1), isGlued(end + 1) {
            switch written.digitCount {
            case 2: year = 2000 + written.value
            case 4 where (1900...2199).contains(written.value): year = written.value
            default: return nil
            }
            end += 2
        } else if separator == "-" {
            return nil
        }
        guard endsCleanly(end), !DateVocabulary.measureFollowers.contains(word(end) ?? "") else { return nil }
        if year == nil, month.digitCount == 1, day.digitCount == 1, !afterWeekday {
            let isFraction = DateVocabulary.commonFractions.contains(month.value * 10 + day.value)
            let leads = isFraction ? DateVocabulary.strictDateLeads : DateVocabulary.dateLeads
            // "the 7/9 rally", "7/9 at 5pm": what comes after says it is a day.
            // Not "a 7/9 vote", a tally.
            // "board mtg 4/7": the gathering named just before it. Not "training session 2/6" (two of six), nor a
            // vote's tally ("board vote 5/4, we lost").
            let namesEvent = !isFraction && !["a", "an"].contains(word(i - 1) ?? "")
                && (DateVocabulary.eventFollowers.contains(word(end) ?? "") || word(end) == "at" && number(end + 1) != nil
                    || DateVocabulary.gatheringsBeforeDate.contains(word(i - 1) ?? "") && endsClause(at: end))
            guard namesEvent || word(i - 1).map(leads.contains) == true else { return nil }
        }
        guard let date = resolve(month: month.value, day: day.value, year: year) else { return nil }
        return DayMatch(tokens: i..<end, day: date)
    }

    /// Whether the token at `index` ends a clause: the end, or a punctuation mark or an arrow.
    func endsClause(at index: Int) -> Bool {
        index >= count || tokens[index].kind == .punct || tokens[index].kind == .symbol
    }

    /// A written year wins; otherwise the first such day on or after the meeting.
    func resolve(month: Int, day: Int, year: Int?) -> CalendarDay? {
        if let year { return CalendarDay(year: year, month: month, day: day) }
        return meeting.nextOccurrence(month: month, day: day)
    }
}
