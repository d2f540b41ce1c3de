/// Walks one sentence's tokens, matching day phrases and times against a meeting day.
struct DateScanner {
    let tokens: [DateToken]
    let meeting: CalendarDay

    var count: Int { tokens.count }

    /// Every day phrase, left to right, never overlapping.
    func findDays() -> [DayMatch] {
        var days: [DayMatch] = []
        var i = 0
        while i < count {
            if let match = matchDay(at: i), match.tokens.upperBound > i {
                days.append(match)
                i = match.tokens.upperBound
            } else {
                i += 1
            }
        }
        return days
    }

    /// The day phrase starting at token `i`, if any. One keyword lookup rejects most words.
    func matchDay(at i: Int) -> DayMatch? {
        let token = tokens[i]
        let match: DayMatch?
        switch token.kind {
        case .symbol:
            match = matchDueEmoji(at: i)
        case .punct:
            match = nil
        case .number:
            match = matchISO(at: i) ?? matchNumericDate(at: i, afterWeekday: false)
                ?? matchDayMonth(at: i) ?? matchOffset(at: i) ?? matchWeekOfMonth(at: i)
                ?? matchWeekdayOfMonth(at: i)
        case .word:
            guard let keyword = DateKeyword.lookup(token.text) else { return nil }
            match = matchKeyword(keyword, at: i)
        }
        return match.map(extendWithPartOfDay)
    }

    private func matchKeyword(_ keyword: DateKeyword, at i: Int) -> DayMatch? {
        switch keyword {
        case .weekday:
            return matchWeekdayPhrase(at: i)
        case .month:
            return matchMonthDay(at: i)
        case .relativeDay(let offset):
            // Spanish "mañana" is tomorrow, but "la mañana", "esta mañana", "por la mañana" are a morning.
            if let previous = word(i - 1), ["la", "esta", "esa", "essa", "cada", "toda", "una", "por", "en", "de", "the", "a"].contains(previous), word(i)?.hasPrefix("ma") == true {
                return nil
            }
            return DayMatch(tokens: i..<(i + 1), day: meeting.adding(days: offset))
        case .tonight:
            return DayMatch(tokens: i..<(i + 1), day: meeting, partOfDay: .evening)
        case .count:
            return matchOffset(at: i)
        case .ordinal:
            return matchWeekOfMonth(at: i) ?? matchWeekdayOfMonth(at: i)
        case .this, .next, .following, .coming:
            return matchSpan(at: i) ?? matchWeekdayPhrase(at: i)
        case .last:
            return matchWeekOfMonth(at: i) ?? matchWeekdayOfMonth(at: i) ?? matchSpan(at: i)
                ?? matchWeekdayPhrase(at: i)
        case .the:
            return matchDayAfterTomorrow(at: i) ?? matchSpan(at: i) ?? matchWeekdayPhrase(at: i)
                ?? matchWeekOfMonth(at: i) ?? matchWeekdayOfMonth(at: i) ?? matchDayMonth(at: i + 1, from: i)
                ?? matchOrdinalDay(at: i)
        case .in:
            return matchInOffset(at: i)
        case .week:
            return matchSpan(at: i)
        case .day:
            return matchDayAfterTomorrow(at: i)
        case .end:
            return matchEndOf(at: i)
        case .close:
            guard isWord(i + 1, "of"), isWord(i + 2, "business") else { return nil }
            return matchEndOfDay(from: i, after: i + 3)
        case .eod:
            return matchEndOfDay(from: i, after: i + 1)
        case .eow:
            return DayMatch(tokens: i..<(i + 1), day: meeting.endOfWorkWeek)
        case .eom:
            return DayMatch(tokens: i..<(i + 1), day: meeting.lastDayOfMonth)
        case .eoy:
            return DayMatch(tokens: i..<(i + 1), day: CalendarDay(year: meeting.year, month: 12, day: 31) ?? meeting)
        case .due:
            return matchDueField(at: i)
        }
    }

    // "Thursday evening", "tomorrow night", "Friday EOD": part of the same phrase.
    private func extendWithPartOfDay(_ match: DayMatch) -> DayMatch {
        guard match.acceptsTime else { return match }
        var match = match
        var k = match.tokens.upperBound
        if let part = PartOfDay(word: word(k)), word(k) != "tonight", word(k) != "tonite" {
            match.partOfDay = match.partOfDay ?? part
            k += 1
        }
        if isWord(k, "eod") || isWord(k, "cob") { k += 1 }
        match.tokens = match.tokens.lowerBound..<k
        return match
    }
}

// MARK: - Token helpers

extension DateScanner {
    func word(_ i: Int) -> String? {
        guard i >= 0, i < count, tokens[i].kind == .word else { return nil }
        return tokens[i].text
    }

    func isWord(_ i: Int, _ text: String) -> Bool {
        word(i) == text
    }

    func isPunct(_ i: Int, _ text: String) -> Bool {
        i >= 0 && i < count && tokens[i].kind == .punct && tokens[i].text == text
    }

    /// Token `i` exists and touches the token before it.
    func isGlued(_ i: Int) -> Bool {
        i > 0 && i < count && !tokens[i].spaceBefore
    }

    func isGluedPunct(_ i: Int, _ text: String) -> Bool {
        isPunct(i, text) && isGlued(i)
    }

    func number(_ i: Int) -> DateToken? {
        guard i >= 0, i < count, tokens[i].kind == .number else { return nil }
        return tokens[i]
    }

    func keyword(_ i: Int) -> DateKeyword? {
        word(i).flatMap(DateKeyword.lookup)
    }

    /// "3rd": an ordinal suffix glued to the number before it.
    func hasOrdinalSuffix(_ i: Int) -> Bool {
        guard isGlued(i), let suffix = word(i) else { return false }
        return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"
    }

    /// The number at `i` stands on its own: not part of "$1,200", "v1.2", "555-0100" or "Room 12".
    func startsCleanly(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let previous = tokens[i - 1]
        if !tokens[i].spaceBefore {
            switch previous.kind {
            case .number, .word: return false
            case .symbol: return !DateVocabulary.numberLabels.contains(previous.text)
            case .punct:
                switch previous.text {
                case "(", "[", "{", "@", "~", "\"", "'", "*", "_": return true
                default: return false
                }
            }
        }
        return !DateVocabulary.numberLabels.contains(previous.text)
    }

    /// Nothing glued at `i` continues the number before it ("12/3/4", "20%", "7.5", "3-year").
    func endsCleanly(_ i: Int, allowDash: Bool = false) -> Bool {
        guard i < count, !tokens[i].spaceBefore else { return true }
        let token = tokens[i]
        switch token.kind {
        case .number, .word: return false
        case .symbol: return true
        case .punct:
            switch token.text {
            case "/", "%", "$", "#", "+", "&", "=", "^": return false
            case ".", ",", ":": return number(i + 1) == nil || !isGlued(i + 1)
            case "-": return allowDash || !isGlued(i + 1)
            default: return true
            }
        }
    }

    /// The word at `i` reads as the noun a number counts ("7 people", "5 volunteers").
    func isCountNoun(_ i: Int) -> Bool {
        guard let text = word(i) else { return false }
        if DateVocabulary.countNouns.contains(text) { return true }
        return text.utf8.count >= 4 && text.hasSuffix("s") && !DateVocabulary.notPlural.contains(text)
            && DateKeyword.lookup(text) == nil
    }

    /// Any evening word in the sentence turns bare hours to pm.
    var mentionsEvening: Bool {
        tokens.contains { $0.kind == .word && DateVocabulary.eveningWords.contains($0.text) }
    }
}
