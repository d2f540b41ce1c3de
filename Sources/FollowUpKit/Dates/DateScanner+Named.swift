/// Dates written with month names or ordinals: "Dec 3", "3rd of December", "the 3rd".
extension DateScanner {
    /// "Dec 3", "December 3rd", "Dec. 3", "Dec 3, 2026". "May"/"March" need a capital or an ordinal.
    func matchMonthDay(at i: Int) -> DayMatch? {
        guard case let .month(month, ambiguous, abbreviated)? = keyword(i) else { return nil }
        var k = i + 1
        if abbreviated, isGluedPunct(k, ".") { k += 1 }
        guard let day = number(k), !(k == i + 1 && isGlued(k)), day.digitCount <= 2,
              (1...31).contains(day.value) else { return nil }
        var end = k + 1
        let ordinal = hasOrdinalSuffix(end)
        if ordinal { end += 1 }
        // A dash may open a day range ("Dec 3-5"); the phrase keeps its first day.
        guard endsCleanly(end, allowDash: true) else { return nil }
        let (year, afterYear) = readYear(at: end)
        if ambiguous {
            // "the board mtg may 11 at 6:30": a clock time after the day settles a lower-case "may".
            let timed = (isWord(afterYear, "at") || isPunct(afterYear, "@")) && number(afterYear + 1) != nil && !isCountNoun(afterYear + 2)
            guard tokens[i].isCapitalized || ordinal || timed, !isCountNoun(afterYear),
                  // "Mar 12 7pm": a clock right after the day, not a second count ("may 5 6"); "Mar 2 45 min": a count
                  // of something after the day.
                  year != nil || number(afterYear) == nil || isClock(at: afterYear) || isCountNoun(afterYear + 1) else { return nil }
        }
        guard let date = resolve(month: month.rawValue, day: day.value, year: year) else { return nil }
        return DayMatch(tokens: i..<afterYear, day: date)
    }

    /// "3 Dec", "3rd of December", "3 December 2026"; `start` widens the phrase to a leading "the".
    func matchDayMonth(at i: Int, from start: Int? = nil) -> DayMatch? {
        guard let day = number(i), day.digitCount <= 2, (1...31).contains(day.value),
              start == nil || tokens[i].spaceBefore, startsCleanly(i) else { return nil }
        var k = i + 1
        let ordinal = hasOrdinalSuffix(k)
        if ordinal { k += 1 }
        if isWord(k, "of") {
            guard ordinal else { return nil }   // "3 of May" counts things
            k += 1
        }
        guard k < count, tokens[k].spaceBefore,
              case let .month(month, ambiguous, abbreviated)? = keyword(k) else { return nil }
        if ambiguous, !tokens[k].isCapitalized, !ordinal { return nil }
        var end = k + 1
        if abbreviated, isGluedPunct(end, ".") { end += 1 }
        let (year, afterYear) = readYear(at: end)
        guard let date = resolve(month: month.rawValue, day: day.value, year: year) else { return nil }
        return DayMatch(tokens: (start ?? i)..<afterYear, day: date)
    }

    /// An optional year after a day: ", 2026", " 2026" or " '26". Returns where the phrase ends.
    func readYear(at i: Int) -> (year: Int?, end: Int) {
        let k = isPunct(i, ",") ? i + 1 : i
        if let year = number(k), year.digitCount == 4, tokens[k].spaceBefore,
           (1900...2199).contains(year.value), endsCleanly(k + 1) {
            return (year.value, k + 1)
        }
        if isPunct(k, "'"), tokens[k].spaceBefore, let year = number(k + 1), isGlued(k + 1),
           year.digitCount == 2, endsCleanly(k + 2) {
            return (2000 + year.value, k + 2)
        }
        return (nil, i)
    }

    /// "the 3rd": the next 3rd of a month on or after the meeting, only when what follows
    /// reads like a day ("the 3rd at 7", "the 3rd.") and not a rank ("the 3rd floor").
    /// After a weekday ("Saturday the 30th in her truck", "saturday the thirtieth at eleven") the day may be spelled
    /// out, and where may follow it; "Thursday the third vote", "Saturday the 2nd meeting" are ranks.
    func matchOrdinalDay(at i: Int, weekday: Weekday? = nil) -> DayMatch? {
        guard isWord(i, "the") else { return nil }
        if weekday != nil, let spelled = word(i + 1).flatMap({ DateVocabulary.spelledOrdinals[$0] }), ordinalAllowsDay(before: i + 2),
           let date = meeting.nextOccurrence(dayOfMonth: spelled, weekday: weekday) {
            return DayMatch(tokens: i..<(i + 2), day: date)
        }
        guard let day = number(i + 1), tokens[i + 1].spaceBefore, day.digitCount <= 2,
              (1...31).contains(day.value), hasOrdinalSuffix(i + 2), ordinalAllowsDay(before: i + 3, afterWeekday: weekday != nil),
              let date = meeting.nextOccurrence(dayOfMonth: day.value, weekday: weekday) else { return nil }
        return DayMatch(tokens: i..<(i + 3), day: date)
    }

    /// "5th floors", "3rd grade": a second ordinal at `i` with the noun of a rank after it.
    private func ranksFollow(_ i: Int) -> Bool {
        guard number(i) != nil, hasOrdinalSuffix(i + 1) else { return false }
        return ["floor", "floors", "fl", "grade", "grades", "graders", "shift", "shifts", "period", "periods"].contains(word(i + 2) ?? "")
    }

    private func ordinalAllowsDay(before i: Int, afterWeekday: Bool = false) -> Bool {
        guard i < count else { return true }
        let token = tokens[i]
        switch token.kind {
        // "the 25th 10am": a clock time may follow the day.
        case .number: return ["am", "pm"].contains(word(i + 1) ?? "") || isGluedPunct(i + 1, ":")
        // "the 4th + 5th floors", "the 2nd & 3rd grade" rank, like "the 3rd and 4th grade".
        case .symbol: return !["+", "&"].contains(token.text) || !ranksFollow(i + 1)
        case .punct:
            if ["+", "&"].contains(token.text) { return !ranksFollow(i + 1) }
            return token.spaceBefore || (token.text != "-" && token.text != "/")
        case .word:
            // "the 3rd and 4th grade" ranks; "the 3rd or the 10th" dates.
            if token.text == "and" || token.text == "or" { return number(i + 1) == nil }
            if afterWeekday, ["in", "on", "w", "with", "here", "there", "downtown"].contains(token.text) { return true }
            // "the hearing on the 19th w us": coming along; "swamped til the 15th w/ the fundraiser": after a lead that
            // makes it a day. Not "on the 4th w her mom", a floor.
            if token.text == "w" {
                let lead = i >= 4 ? word(i - 4) ?? "" : ""
                return ["us", "me"].contains(word(i + 1) ?? word(i + 2) ?? "")
                    || ["til", "till", "until", "by", "before", "after", "since", "thru", "through"].contains(lead)
            }
            return DateVocabulary.ordinalDayFollowers.contains(token.text)
        }
    }
}
