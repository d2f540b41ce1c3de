/// A word that can start (or steer) a day phrase; everything else is skipped with one lookup.
enum DateKeyword: Sendable, Equatable {
    /// `isAmbiguous` marks words that are also common English ("sun", "sat", "wed", "mon").
    case weekday(Weekday, isAmbiguous: Bool, isAbbreviation: Bool)
    /// `isAmbiguous` marks "may", "march" and "mar".
    case month(MonthName, isAmbiguous: Bool, isAbbreviation: Bool)
    /// "today" 0, "tomorrow" 1, "yesterday" -1.
    case relativeDay(Int)
    case tonight
    /// "a", "an", "one" ... "twelve".
    case count(Int)
    /// "first" ... "fourth", as in "first week of December".
    case ordinal(Int)
    case this, next, last, following, coming, the, `in`, week, day, end, close, due
    case eod, eow, eom, eoy

    /// Whether a lowercased word names a weekday ("mon", "Thursday"), as a span's end or a task's day.
    static func isWeekday(_ word: String) -> Bool {
        if case .weekday? = lookup(word) { return true }
        return false
    }

    /// Whether a lowercased word names a month ("Sept", "may").
    static func isMonth(_ word: String) -> Bool {
        if case .month? = lookup(word) { return true }
        return false
    }

    /// The keyword for a lowercased word, if any.
    static func lookup(_ word: String) -> DateKeyword? {
        table[word]
    }

    private static let table: [String: DateKeyword] = {
        var table: [String: DateKeyword] = [
            "today": .relativeDay(0), "tomorrow": .relativeDay(1), "tmrw": .relativeDay(1),
            "tmw": .relativeDay(1), "tmr": .relativeDay(1), "tomorow": .relativeDay(1),
            "mañana": .relativeDay(1), "manana": .relativeDay(1), "hoy": .relativeDay(0),
            "amanhã": .relativeDay(1), "amanha": .relativeDay(1), "hoje": .relativeDay(0),
            // "pasado mañana" and "depois de amanhã", as ForeignDateWords joins them.
            "pasado mañana": .relativeDay(2),
            "yesterday": .relativeDay(-1), "tonight": .tonight, "tonite": .tonight,
            "a": .count(1), "an": .count(1),
            "first": .ordinal(1), "second": .ordinal(2), "third": .ordinal(3), "fourth": .ordinal(4),
            "this": .this, "next": .next, "last": .last, "following": .following, "coming": .coming,
            "the": .the, "in": .in, "week": .week, "day": .day, "end": .end, "close": .close,
            "due": .due, "eod": .eod, "cob": .eod, "eow": .eow, "eom": .eom, "eoy": .eoy,
        ]
        let counts = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten", "eleven", "twelve"]
        for (offset, word) in counts.enumerated() { table[word] = .count(offset + 1) }

        let weekdays: [(String, Weekday, Bool)] = [
            ("monday", .monday, false), ("mon", .monday, true),
            ("tuesday", .tuesday, false), ("tue", .tuesday, false), ("tues", .tuesday, false),
            ("wednesday", .wednesday, false), ("wed", .wednesday, true), ("weds", .wednesday, false),
            ("thursday", .thursday, false), ("thu", .thursday, false), ("thur", .thursday, false),
            ("thurs", .thursday, false), ("friday", .friday, false), ("fri", .friday, false),
            ("saturday", .saturday, false), ("sat", .saturday, true),
            ("sunday", .sunday, false), ("sun", .sunday, true),
        ]
        for (word, weekday, ambiguous) in weekdays {
            table[word] = .weekday(weekday, isAmbiguous: ambiguous, isAbbreviation: !word.hasSuffix("day"))
        }
        // Portuguese, as notes from Portuguese-speaking workers write it: "na segunda-feira".
        let portuguese: [(String, Weekday)] = [
            ("segunda-feira", .monday), ("terça-feira", .tuesday), ("terca-feira", .tuesday), ("quarta-feira", .wednesday),
            ("quinta-feira", .thursday), ("sexta-feira", .friday),
        ]
        for (word, weekday) in portuguese { table[word] = .weekday(weekday, isAmbiguous: false, isAbbreviation: false) }

        let months: [(String, MonthName)] = [
            ("january", .january), ("jan", .january), ("february", .february), ("feb", .february),
            ("march", .march), ("mar", .march), ("april", .april), ("apr", .april), ("may", .may),
            ("june", .june), ("jun", .june), ("july", .july), ("jul", .july),
            ("august", .august), ("aug", .august), ("september", .september), ("sep", .september),
            ("sept", .september), ("october", .october), ("oct", .october),
            ("november", .november), ("nov", .november), ("december", .december), ("dec", .december),
        ]
        let fullNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july",
                                      "august", "september", "october", "november", "december"]
        for (word, month) in months {
            let ambiguous = word == "may" || word == "march" || word == "mar"
            table[word] = .month(month, isAmbiguous: ambiguous, isAbbreviation: !fullNames.contains(word))
        }
        return table
    }()
}
