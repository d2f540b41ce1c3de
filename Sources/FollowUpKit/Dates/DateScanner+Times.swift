/// Clock times: "7pm", "7:30 p.m.", "19:00", "noon", "at 7", "7 o'clock", "6-8pm", "from 6 to 8".
extension DateScanner {
    /// Every time outside the day phrases, left to right.
    func findTimes(around days: [DayMatch]) -> [TimeMatch] {
        var times: [TimeMatch] = []
        var i = timeStampEnd() ?? 0
        var next = 0
        while i < count {
            while next < days.count, days[next].tokens.upperBound <= i { next += 1 }
            if next < days.count, days[next].tokens.contains(i) {
                i = days[next].tokens.upperBound
                continue
            }
            // A time may not run into the next day phrase.
            let limit = next < days.count ? days[next].tokens.lowerBound : count
            let afterDay = next > 0 && days[next - 1].tokens.upperBound == i
            if let time = matchTime(at: i, limit: limit) ?? militaryClock(at: i, afterDay: afterDay) {
                times.append(time)
                i = time.tokens.upperBound
            } else {
                i += 1
            }
        }
        return times
    }

    /// "[8:03 PM] asked if he'd bring the group Mon": a chat export's stamp says when the line was written, not when
    /// anything happens. The index after its "]".
    private func timeStampEnd() -> Int? {
        guard count > 2, isPunct(0, "[") else { return nil }
        for j in 1..<min(count, 7) where isPunct(j, "]") { return j + 1 }
        return nil
    }

    /// The time starting at token `i`, reading no token at or past `limit`.
    func matchTime(at i: Int, limit: Int) -> TimeMatch? {
        let token = tokens[i]
        if token.kind == .word {
            switch token.text {
            case "noon", "midday": return TimeMatch(tokens: i..<(i + 1), hour: 12, minute: 0, isFixed: true)
            case "midnight": return TimeMatch(tokens: i..<(i + 1), hour: 0, minute: 0, isFixed: true)
            default: return spelledClock(at: i, limit: limit)
            }
        }
        guard token.kind == .number, startsCleanly(i), var first = readClock(at: i, limit: limit) else { return nil }
        var end = first.tokens.upperBound
        if first.isBare, first.hour == 12, end < limit, word(end) == "noon" || word(end) == "midnight" {
            let hour = word(end) == "noon" ? 12 : 0
            return TimeMatch(tokens: i..<(end + 1), hour: hour, minute: 0, isFixed: true)
        }
        let lead = i > 0 ? tokens[i - 1].text : ""
        var second: TimeMatch?
        if let separator = rangeSeparator(at: end, limit: limit, between: lead == "between"),
           let reading = readClock(at: separator, limit: limit) {
            second = reading
            end = reading.tokens.upperBound
        }
        var oClock = false
        var part: PartOfDay?
        if end < limit, word(end) == "o'clock" || word(end) == "oclock" {
            oClock = true
            end += 1
        }
        if let (reading, next) = readPartOfDay(at: end, limit: limit) {
            part = reading
            end = next
        }
        if end < limit, isWord(end, "ish") {
            end += 1
        } else if end + 1 < limit, isGluedPunct(end, "-"), isWord(end + 1, "ish"), isGlued(end + 1) {
            end += 2
        }
        // "the 1:12 ratio factsheet": a ratio, not a time of day
        guard endsCleanly(end), !(first.hour <= 2 && ["ratio", "ratios"].contains(word(end) ?? "")) else { return nil }
        let explicit = !first.isBare || !(second?.isBare ?? true) || oClock || part != nil
        if !explicit {
            // A bare number is a time only after "at"/"@"/"around", or as a led range.
            // "from 6 to 8", "Saturday afternoon 2-4": a range after a lead that makes it clock time.
            let ranged = second != nil && DateVocabulary.rangeLeads.contains(lead)
            // "by 8 tonite": the evening word makes the number a clock time.
            let tonight = ["tonight", "tonite"].contains(word(end) ?? "")
            guard DateVocabulary.timeLeads.contains(lead) || ranged || tonight, !isCountNoun(end),
                  number(end) == nil else { return nil }
        }
        if let second { first.inferMeridiem(from: second) }
        first.tokens = i..<end
        first.partOfDay = part
        return first
    }

    /// "at six thirty", "tomorrow at five", "around eleven in the morning": an hour said as a word, after "at" or
    /// "around". Bare, it reads like a bare "at 7" (pm) or "at 9" (am).
    private func spelledClock(at i: Int, limit: Int) -> TimeMatch? {
        guard i > 0, DateVocabulary.timeLeads.contains(tokens[i - 1].text), let hour = DateVocabulary.spelledHours[tokens[i].text] else { return nil }
        var time = TimeMatch(tokens: i..<(i + 1), hour: hour, minute: 0, isFixed: false)
        var end = i + 1
        if end < limit, let minute = word(end).flatMap({ DateVocabulary.spelledMinutes[$0] }) {
            time.minute = minute
            time.hasMinutes = true
            end += 1
        }
        if let (meridiem, next) = readMeridiem(at: end, limit: limit) {
            time.meridiem = meridiem
            end = next
        } else if end < limit, word(end) == "o'clock" || word(end) == "oclock" {
            end += 1
        }
        if let (part, next) = readPartOfDay(at: end, limit: limit) {
            time.partOfDay = part
            end = next
        }
        guard endsCleanly(end), !isCountNoun(end), !DateVocabulary.spelledCountFollowers.contains(word(end) ?? "") else { return nil }
        // "at five and a half", "at two and three of the stops" count; "at ten and lead a group" does not.
        if word(end) == "and", let next = word(end + 1),
           next == "a" || next == "half" || ["counting", "rising", "climbing", "growing"].contains(next) || DateVocabulary.spelledHours[next] != nil
            || number(end + 1) != nil
        {
            return nil
        }
        time.tokens = i..<end
        return time
    }

    /// "Weds 0630", "Tues 1930": a nurse's or a dispatcher's 24-hour clock in four digits. Right after its day, or
    /// led by a zero ("the 0700 huddle"): a bare "1930" or "2016" elsewhere is a year.
    private func militaryClock(at i: Int, afterDay: Bool) -> TimeMatch? {
        // "@ 1600", "at 1900": a lead makes four digits a clock reading too.
        // Not "at 2100 Lincoln Ave": a capitalised word after four digits makes them a street number.
        let led = i > 0 && (isWord(i - 1, "at") || isPunct(i - 1, "@")) && !(i + 1 < count && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized)
        guard let reading = number(i), reading.digitCount == 4, afterDay || led || reading.text.hasPrefix("0"),
            startsCleanly(i), endsCleanly(i + 1), !isCountNoun(i + 1)
        else { return nil }
        let hour = reading.value / 100
        let minute = reading.value % 100
        // "Giving Tuesday 2026": a year of ours, not 20:26.
        guard hour <= 23, minute <= 59, !(2000...2059).contains(reading.value) else { return nil }
        return TimeMatch(tokens: i..<(i + 1), hour: hour, minute: minute, isFixed: true, hasMinutes: true)
    }

    // "-", "–", "to", "until", "till", "through"; "and" only after "between".
    private func rangeSeparator(at i: Int, limit: Int, between: Bool) -> Int? {
        guard i + 1 < limit else { return nil }
        if isPunct(i, "-") { return i + 1 }
        switch word(i) {
        case "to", "until", "till", "til", "through", "thru": return i + 1
        case "and" where between: return i + 1
        default: return nil
        }
    }

    /// Whether a clock reading with its minutes or its am/pm starts at `i`: "7pm", "7:30".
    func isClock(at i: Int) -> Bool {
        guard let time = readClock(at: i, limit: count) else { return false }
        return time.meridiem != nil || time.hasMinutes
    }

    /// One clock reading: hour, optional ":MM", optional am/pm; or hour and minutes run together before a glued am/pm
    /// ("730pm").
    private func readClock(at i: Int, limit: Int) -> TimeMatch? {
        guard i < limit, let hour = number(i) else { return nil }
        // "730pm", "1030am": hour and minutes run together, held by the am/pm glued on.
        if (3...4).contains(hour.digitCount), isGlued(i + 1), let (meridiem, next) = readMeridiem(at: i + 1, limit: limit),
           (1...12).contains(hour.value / 100), hour.value % 100 < 60 {
            return TimeMatch(tokens: i..<next, hour: hour.value / 100, minute: hour.value % 100, meridiem: meridiem,
                             isFixed: false, hasMinutes: true)
        }
        guard hour.digitCount <= 2 else { return nil }
        var k = i + 1
        var minute = 0
        var hasMinutes = false
        if k + 1 < limit, isGluedPunct(k, ":"), let written = number(k + 1), isGlued(k + 1),
           written.digitCount == 2, written.value < 60 {
            minute = written.value
            hasMinutes = true
            k += 2
        }
        var meridiem: TimeMatch.Meridiem?
        if let (reading, next) = readMeridiem(at: k, limit: limit) {
            meridiem = reading
            k = next
        }
        if meridiem != nil {
            guard (1...12).contains(hour.value) else { return nil }
        } else if hasMinutes {
            guard (0...23).contains(hour.value) else { return nil }
        } else {
            guard (1...12).contains(hour.value) else { return nil }
        }
        // "19:00", "0:30" and zero-padded "07:00" are 24-hour clock readings.
        let isFixed = meridiem == nil && hasMinutes
            && (hour.value == 0 || hour.value >= 13 || (hour.digitCount == 2 && hour.text.hasPrefix("0")))
        return TimeMatch(tokens: i..<k, hour: hour.value, minute: minute, meridiem: meridiem,
                         isFixed: isFixed, hasMinutes: hasMinutes)
    }

    /// "in the morning", "in the afternoon", "at night" after a time.
    private func readPartOfDay(at i: Int, limit: Int) -> (PartOfDay, Int)? {
        if i + 2 < limit, isWord(i, "in"), isWord(i + 1, "the"), word(i + 2) != "night", let part = PartOfDay(word: word(i + 2)) {
            return (part, i + 3)
        }
        if i + 1 < limit, isWord(i, "at"), isWord(i + 1, "night") { return (.evening, i + 2) }
        return nil
    }

    // "pm", "PM", " pm", "p.m.", and a glued "p"/"a" ("7p").
    private func readMeridiem(at i: Int, limit: Int) -> (TimeMatch.Meridiem, Int)? {
        guard i < limit, let text = word(i) else { return nil }
        switch text {
        case "am": return (.am, i + 1)
        case "pm": return (.pm, i + 1)
        case "a", "p":
            let meridiem: TimeMatch.Meridiem = text == "a" ? .am : .pm
            if i + 2 < limit, isGluedPunct(i + 1, "."), isWord(i + 2, "m"), isGlued(i + 2) {
                return (meridiem, isGluedPunct(i + 3, ".") && i + 3 < limit ? i + 4 : i + 3)
            }
            // "7p" is a time, "5A" and "4B" are apartments.
            return isGlued(i) && !tokens[i].isCapitalized ? (meridiem, i + 1) : nil
        default:
            return nil
        }
    }
}
