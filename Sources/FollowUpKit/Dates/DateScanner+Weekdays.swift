/// Weekday phrases: "Tuesday", "this Tue.", "next Thursday", "the following Monday",
/// "Friday next week", "Tuesday the 3rd".
extension DateScanner {
    enum WeekdayMode: Sendable { case upcoming, nextWeek, weekAfterNext, previous }

    func matchWeekdayPhrase(at i: Int) -> DayMatch? {
        var j = i
        var mode = WeekdayMode.upcoming
        var led = true
        switch word(i) {
        case "this":
            j += isWord(i + 1, "coming") ? 2 : 1
        case "coming":
            j += 1
        case "next", "following":
            mode = .nextWeek
            j += 1
        case "the" where isWord(i + 1, "following"):
            mode = .nextWeek
            j += 2
        case "last":
            mode = .previous
            j += 1
        default:
            led = false
        }
        guard case let .weekday(weekday, ambiguous, abbreviated)? = keyword(j) else { return nil }
        // "every Tuesday" and "every other Tuesday" recur; they name no single day.
        if !led, isWord(j - 1, "every") || (isWord(j - 1, "other") && isWord(j - 2, "every")) { return nil }
        // "on a Saturday in December", "any Tuesday": some such day, not a particular one.
        // "the hall for a Sat mtg", "for a Sun afternoon mtg" name the meeting's day all the same; "she'd rather have a Sat
        // mtg" is some Saturday.
        if !led, ["a", "an", "any", "each", "one"].contains(word(j - 1) ?? ""), !(isWord(j - 1, "a") && isWord(j - 2, "for") && namesGathering(after: j)) { return nil }
        var k = j + 1
        if abbreviated, isGluedPunct(k, ".") { k += 1 }
        // "the second Tuesday", "last Friday of the month": recurring or counted inside a month.
        if !led, readMonthOrdinal(at: j - 1) != nil || hasOrdinalSuffix(j - 1) { return nil }
        if mode == .previous, isWord(k, "of") { return nil }
        if ambiguous, !led, !ambiguousWeekdayIsSupported(at: j, dotted: k > j + 1) { return nil }
        // "Sunday mornings are his busiest": every such morning, not one.
        if !led, let next = word(k), ["mornings", "afternoons", "evenings", "nights"].contains(next) { return nil }
        if mode == .upcoming {
            if isWord(k, "next"), isWord(k + 1, "week") {
                mode = .nextWeek
                k += 2
            } else if isWord(k, "after"), isWord(k + 1, "next") {
                mode = .weekAfterNext
                k += 2
            } else if isWord(k, "this"), isWord(k + 1, "week") {
                k += 2
            } else if let dated = matchDate(after: k, on: weekday) {
                // A written date outranks the weekday, even when the two disagree.
                return DayMatch(tokens: i..<dated.tokens.upperBound, day: dated.day)
            } else if let part = PartOfDay(word: word(k)), let dated = matchDate(after: k + 1, on: weekday) {
                // "Sat morning 10/10": the date still follows the day, after its part.
                return DayMatch(tokens: i..<dated.tokens.upperBound, day: dated.day, partOfDay: part)
            }
        } else if mode == .nextWeek, let dated = matchDate(after: k, on: weekday), dated.day.weekday == weekday {
            // "next Weds 4/15 at 6:30": the written date names the same day; "next Friday 1/2 day" is half a day.
            return DayMatch(tokens: i..<dated.tokens.upperBound, day: dated.day)
        }
        return DayMatch(tokens: i..<k, day: resolve(weekday, mode))
    }

    /// Whether a gathering follows the day at `j`, after a part of the day or not: "Sat mtg", "Sun afternoon mtg".
    func namesGathering(after j: Int) -> Bool {
        let k = PartOfDay(word: word(j + 1)) != nil ? j + 2 : j + 1
        return word(k).map(DateVocabulary.gatheringsAfterDay.contains) ?? false
    }

    func resolve(_ weekday: Weekday, _ mode: WeekdayMode) -> CalendarDay {
        switch mode {
        case .upcoming: return meeting.nextOccurrence(of: weekday)
        case .nextWeek: return meeting.weekday(weekday, weeksAhead: 1)
        case .weekAfterNext: return meeting.weekday(weekday, weeksAhead: 2)
        case .previous: return meeting.previousOccurrence(of: weekday)
        }
    }

    // "Tuesday, Dec 3", "Tue 12/3", "Friday the 13th" (the weekday picks the month).
    private func matchDate(after i: Int, on weekday: Weekday) -> DayMatch? {
        let k = isPunct(i, ",") ? i + 1 : i
        guard k < count else { return nil }
        switch tokens[k].kind {
        case .word:
            return matchMonthDay(at: k) ?? matchOrdinalDay(at: k, weekday: weekday)
                ?? matchDayMonth(at: k + 1, from: k)
        case .number:
            return matchNumericDate(at: k, afterWeekday: true) ?? matchDayMonth(at: k) ?? matchBareDay(at: k, on: weekday)
        default:
            return nil
        }
    }

    /// "jueves 20 a las 6", "el domingo 30", "Thursday 20": a bare day of the month after its weekday. Only the next
    /// such day of the month, and only if it falls on that weekday; a number that could be an hour ("Thursday 10 to 2",
    /// "Tues 8 works") must have its own time after it ("sábado 11 a las 10").
    private func matchBareDay(at k: Int, on weekday: Weekday) -> DayMatch? {
        guard let day = number(k), day.digitCount <= 2, (1...31).contains(day.value), tokens[k].spaceBefore, !isCountNoun(k + 1) else { return nil }
        if k + 1 < count {
            switch tokens[k + 1].kind {
            case .number: return nil
            case .word: guard DateVocabulary.ordinalDayFollowers.contains(word(k + 1) ?? "") else { return nil }
            case .punct: guard !isGlued(k + 1) || [".", ",", ";", ")"].contains(tokens[k + 1].text), !["/", "-", ":"].contains(tokens[k + 1].text) else { return nil }
            case .symbol: break
            }
        }
        if day.value <= 12, !((isWord(k + 1, "at") || isPunct(k + 1, "@")) && number(k + 2) != nil) { return nil }
        guard let date = meeting.nextOccurrence(dayOfMonth: day.value), date.weekday == weekday else { return nil }
        return DayMatch(tokens: k..<(k + 1), day: date)
    }

    // "Sun", "Sat", "Wed", "Mon" are English words too: they need a capital, no determiner
    // ("the Sun"), and support: a lead ("on Sat"), an abbreviation dot, or a time/date after.
    private func ambiguousWeekdayIsSupported(at j: Int, dotted: Bool) -> Bool {
        // "to the sun mtg", "the Sat rally": a day naming the meeting after it.
        // Not "We sat meeting people": only after a word that opens a noun phrase.
        // Not the SAT, nor the Sun newspaper: "the SAT session", "the Sun meeting reporter".
        if let next = word(j + 1), DateVocabulary.gatheringsAfterDay.contains(next), !tokens[j + 1].isCapitalized,
            !tokens[j].isAcronym, !(tokens[j].isCapitalized && word(j) == "sun"),
            let previous = word(j - 1),
            ["the", "a", "this", "next", "our", "her", "his", "their", "at", "to", "for", "before", "after", "b4"].contains(previous)
        {
            return true
        }
        // "for a Sun afternoon mtg", "the Sat morning canvass": a part of the day, then the gathering.
        if PartOfDay(word: word(j + 1)) != nil, !tokens[j + 1].isCapitalized, namesGathering(after: j), !tokens[j].isAcronym,
            let previous = word(j - 1), ["a", "the"].contains(previous)
        {
            return true
        }
        guard tokens[j].isCapitalized else {
            // "bring the drumline to the climate rally sat -> no": a day closing its clause right after the gathering.
            // …not "at the picket mon-fri", a span of days
            if let previous = word(j - 1), DateVocabulary.gatheringsAfterDay.contains(previous),
                j + 1 == count || tokens[j + 1].kind == .symbol || tokens[j + 1].kind == .punct && !(["-", "–"].contains(tokens[j + 1].text) && DateKeyword.isWeekday(word(j + 2) ?? ""))
            {
                return true
            }
            // Lower-case shorthand needs a firmer hold: "by wed", "b4 mon", "mon am", "wed 6pm".
            if let previous = word(j - 1), ["by", "before", "b4", "until", "till", "til", "thru"].contains(previous) { return true }
            if let next = word(j + 1), ["am", "pm", "morning", "night", "nite", "evening", "afternoon"].contains(next) { return true }
            // "she sat. We talked", "she sat 2/3 of the way": a verb after its subject.
            let afterSubject = word(j - 1).map(DateVocabulary.subjectPronouns.contains) ?? false
            // "the bun line mtg sun at 6": a clock time after the day; "her son sat at 1 table" sits.
            if !afterSubject, word(j) != "sat", isWord(j + 1, "at") || isPunct(j + 1, "@"), number(j + 2) != nil,
                !(word(j - 1).map(DateVocabulary.determiners.contains) ?? false)
            {
                return true
            }
            // "sat 8/1": a date written after the day.
            if !afterSubject, number(j + 1) != nil, tokens[j + 1].spaceBefore, isGluedPunct(j + 2, "/"), number(j + 3) != nil { return true }
            // "bring him the receipt log sat. follow up…": a dotted day closing a clause.
            if dotted, word(j - 1) != nil, !afterSubject { return true }
            // "email her the policy side by side mon": a day closing the sentence, as a to-do ends on its day ("too much
            // sun", "the kids sat", "they got wed" keep their words).
            if j + 1 == count, ["mon", "wed"].contains(word(j)), let previous = word(j - 1), !afterSubject,
                !DateVocabulary.determiners.contains(previous), !["got", "get", "getting", "be", "being", "was", "were", "just", "newly", "to", "will", "would", "and"].contains(previous)
            {
                return true
            }
            // "will call me sun", "she'll call me back sun after bible study": a day closing the sentence or its
            // clause right after the one the errand is for. Not "to see them wed".
            if word(j) != "wed", let previous = word(j - 1), ["me", "him", "them", "us"].contains(previous) || previous == "back" && ["me", "him", "them", "us"].contains(word(j - 2) ?? ""),
                j + 1 == count || word(j + 1).map(DateVocabulary.weekdayFollowers.contains) ?? false
            {
                return true
            }
            // "- me: arabic petition sheets to her sat": the same, for her, with nothing after the day.
            if word(j) != "wed", j + 1 == count, word(j - 1) == "her", let before = word(j - 2), ["to", "call", "text", "with", "w", "see", "meet"].contains(before),
                word(j - 3) != "next"
            {
                return true
            }
            return number(j + 1) != nil && tokens[j + 1].spaceBefore && (word(j + 2) == "am" || word(j + 2) == "pm" || isPunct(j + 2, ":"))
        }
        if let previous = word(j - 1) {
            // "call her Mon night", "see her Sat.": the person, not "her Sun column".
            if previous == "her", !tokens[j].isAcronym {
                if isClauseEndOrTime(after: j, dotted: dotted) { return true }
                // "text her Sun to check on the convos": "her" is the one an errand is for when a verb stands before it.
                if let verb = word(j - 2), DateVocabulary.errandsForHer.contains(verb), let next = word(j + 1),
                    DateVocabulary.weekdayFollowers.contains(next) || next == "about" || next == "re"
                {
                    return true
                }
            }
            if DateVocabulary.determiners.contains(previous) { return false }
            if DateVocabulary.weekdayLeads.contains(previous) { return true }
        }
        if dotted { return true }
        // "the rally Sat at the state house", "the cleanup Sat in the park": a capital day right after the gathering.
        if let previous = word(j - 1), DateVocabulary.gatheringsAfterDay.contains(previous), !tokens[j - 1].isCapitalized,
            let next = word(j + 1), ["at", "in", "on", "by", "near", "outside", "w"].contains(next)
        {
            return true
        }
        let k = isPunct(j + 1, ",") ? j + 2 : j + 1
        if number(k) != nil { return true }
        // "Sat the 25th 10am": the day of the month follows.
        if isWord(k, "the"), number(k + 1) != nil, hasOrdinalSuffix(k + 2) { return true }
        // "call him Mon", "see her Sat": a day right after the person it concerns.
        if let previous = word(j - 1), ["him", "her", "them", "me", "us"].contains(previous) { return true }
        // "get her the 2019 letter + blank forms, Mon": a day set off at the end of its clause.
        if j > 1, isPunct(j - 1, ","), word(j - 2) != nil, k >= tokens.count || isPunct(k, ".") || isPunct(k, ";") { return true }
        // "asked him to bring his truck Sat, he said sure", "drive the kids Sat, she said yes": a capital day closing the
        // clause before a comma, after a lower-case word that is not its subject ("she Sat, …") nor "much", "of", "in",
        // "under" or "the" ("too much Sun, …"). Not "en pleno Sun," (the sun; "Sun" only after a gathering: "car wash
        // Sun,"), "her son took SAT," (the exam), "His brother Sat, didn't say a word" (a relative for its subject).
        if isPunct(j + 1, ","), !tokens[j].isAcronym, let previous = word(j - 1),
            word(j) != "sun" || DateVocabulary.gatheringsAfterDay.contains(previous) || previous == "church",
            !tokens[j - 1].isCapitalized,
            !DateVocabulary.subjectPronouns.contains(previous), !["much", "of", "in", "under", "the"].contains(previous),
            !relativeOpensSentence(before: j)
        {
            return true
        }
        // "mtg Sun at 2pm", "Wed @ 3": a time after a joining word.
        if (isWord(k, "at") || isPunct(k, "@")), number(k + 1) != nil || ["noon", "midnight"].contains(word(k + 1) ?? "") { return true }
        // Shorthand "bring buttons Sun": a capitalised abbreviation closing the clause, mid-sentence.
        // "bring the canopy to the cookout Sat -> yes": a dash or an arrow closes it too, and so does an emoji after
        // a gathering ("the permit rally Sat 📣"; not "lots of Sun ☀️", "her son Sat 😂").
        if j > 0, let previous = word(j - 1),
            k >= tokens.count || isPunct(k, ".") || isPunct(k, ",") || isPunct(k, ";")
                || (tokens[k].kind == .symbol && DateVocabulary.gatheringsAfterDay.contains(previous))
                || (tokens[k].kind != .word && tokens[k].kind != .number && ["-", "–", "—", "→"].contains(where: { tokens[k].text.hasPrefix($0) }))
        {
            return true
        }
        // "use the van Sat to move the banners", "bring the PA Sat so…": a capital that no verb would have,
        // mid-sentence after a lower-case word or an acronym, and not opening a name ("Daily Sun", "Sun Valley").
        if j > 0, word(j - 1) != nil, !tokens[j - 1].isCapitalized || tokens[j - 1].isAcronym,
            let next = word(k), !tokens[k].isCapitalized, DateVocabulary.weekdayFollowers.contains(next)
        {
            return true
        }
        switch word(k) {
        case "noon", "midnight", "morning", "afternoon", "evening", "night", "nite": return true
        default: return false
        }
    }

    /// Whether the ambiguous day at `j` closes its clause or has a part of day or a time after it.
    private func isClauseEndOrTime(after j: Int, dotted: Bool) -> Bool {
        if dotted { return true }
        let k = j + 1
        if k >= count || isPunct(k, ".") || isPunct(k, ",") || isPunct(k, ";") || number(k) != nil { return true }
        return ["night", "morning", "afternoon", "evening", "am", "pm", "at", "nite"].contains(word(k) ?? "")
    }

    /// Whether the word before `j` is a relative (or relatives) opening the sentence, after nothing but "the", "two",
    /// "his"…: "His brother Sat,", "The two brothers Sat, arms crossed".
    private func relativeOpensSentence(before j: Int) -> Bool {
        guard let previous = word(j - 1), Lexicon.isRelative(previous) else { return false }
        return (0..<(j - 1)).allSatisfy { at in
            word(at).map { ["his", "her", "my", "their", "our", "your", "the", "two", "three", "both", "all"].contains($0) } ?? false
        }
    }
}
