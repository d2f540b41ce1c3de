/// How many the person takes on against how many were asked for: "call 5 widows → hell call 3" is a no to the ask as
/// put (and her own smaller promise), "10 signatures → he'll get 25" takes it up.
extension ResponseReader {
    /// The count an ask puts on what it asks for: "call 5 widows", "get ten signatures", "bring 3 night shift testers",
    /// "do 1:1s with two aides". Not a time or a day ("at 6", "Tues 6/30", "the 14th"), a 1:1, money, a room or a
    /// route, or a length of time ("2 hrs").
    static func askedCount(in words: ArraySlice<Word>, text: String) -> Int? {
        for index in words.indices {
            guard let count = quantity(at: index, in: words, text: text), count >= 2 else { continue }
            return count
        }
        return nil
    }

    /// The count an ask's own text puts on what it asks for.
    static func askedCount(in text: String) -> Int? {
        askedCount(in: Word.words(in: text[...])[...], text: text)
    }

    /// The count the person offers in answer, from `start` on, when it differs from the count asked for: "hell call 3",
    /// "said 2 for sure, not 3", "ok one she will sit down with Marites", "10 is a lot … but hell get me 6", "six she can
    /// do". Only a count a promise carries: a promise or "ok" right before it, or "for sure", "she can", "max" after
    /// it. Not "not 3" (the count refused), "her 3 kids", "works 2 jobs", "2 min later", "at 6".
    static func offeredCount(in words: [Word], text: String, from start: Int, asked: Int) -> Int? {
        offer(in: words, text: text, from: start, asked: asked)?.count
    }

    /// The count offered and the words that offer it, from the promise's first word before the count (or the count)
    /// to the end of its clause: "call 3", "6 for sure", "get me 6".
    static func offer(in words: [Word], text: String, from start: Int, asked: Int) -> (count: Int, words: Range<Int>)? {
        var index = start
        while index < words.count {
            defer { index += 1 }
            guard let count = quantity(at: index, in: words[...], text: text, allowingOne: true), count != asked,
                index == 0 || words[index - 1].folded != "not"
            else { continue }
            let leads = (max(start, index - 3)..<index).filter { offerLeads.contains(words[$0].folded) }
            let after = words[(index + 1)..<min(words.count, index + 4)].map(\.folded)
            let promised = !leads.isEmpty
                || after.starts(with: ["for", "sure"]) || after.first.map({ ["max", "tops", "maybe"].contains($0) && count < asked }) == true
                || after.count >= 2 && ["she", "he", "i", "we"].contains(after[0]) && ["can", "will", "could"].contains(after[1])
            guard promised else { continue }
            // the offer's words open on its verb, not on an "ok" before it
            let first = leads.first { !["ok", "okay"].contains(words[$0].folded) } ?? index
            var end = index + 1
            while end < words.count, !text[words[end - 1].range.upperBound..<words[end].range.lowerBound].contains(where: { ",.;!?()\"—–".contains($0) }),
                !["but", "not", "and", "pero", "because", "cause"].contains(words[end].folded)
            {
                end += 1
            }
            return (count, first..<end)
        }
        return nil
    }

    /// Words right before a count that make it a promise: "hell call 3", "she'll do 2", "ok one", "can get u 4".
    private static let offerLeads: Set<String> = [
        "she'll", "he'll", "shell", "hell", "i'll", "ill", "will", "can", "could", "ok", "okay", "get", "bring",
        "do", "take", "call", "sign", "find", "round", "recruit", "u", "you", "ya",
    ]

    /// A count of things at `index`: digits or a number word followed by what is counted, not a time, a day, money or
    /// a measure.
    private static func quantity(at index: Int, in words: ArraySlice<Word>, text: String, allowingOne: Bool = false) -> Int? {
        let word = words[index].folded
        guard let count = Int(word) ?? countNames[word] ?? (allowingOne && ["one", "uno", "una"].contains(word) ? 1 : nil), count < 200
        else { return nil }
        // What follows must be what is counted, joined by a plain space: not "6/30", "1:1s", "6:30", "40%", "3-2". In an
        // answer the count may close its clause: "hell call 3, the other 2…", "but hell get me 6".
        let rest = index + 1 < words.endIndex ? text[words[index].range.upperBound..<words[index + 1].range.lowerBound] : text[words[index].range.upperBound...]
        if allowingOne, index + 1 == words.endIndex || rest.first.map({ ",.;!)".contains($0) }) == true {
            guard !rest.hasPrefix(".") || rest.count == 1 || rest.dropFirst().first == " " else { return nil }
        } else {
            guard index + 1 < words.endIndex, rest == " ", let next = words[index + 1].folded.first, next.isLetter,
                !notCounted.contains(words[index + 1].folded)
            else { return nil }
        }
        if index > words.startIndex {
            let previous = words[index - 1]
            let mark = text[previous.range.upperBound..<words[index].range.lowerBound]
            if mark.contains(where: { "$#/:".contains($0) }) || notCountedAfter.contains(previous.folded) { return nil }
            // a day or a month before it: "Sat 6", "Jan 8", "Thurs 4"
            switch DateKeyword.lookup(previous.folded) {
            case .weekday?, .month?: return nil
            default: break
            }
        }
        return count
    }

    /// The number words an answer's count is read with, and the Spanish ones an ask or offer may use.
    private static let countNames = countValues.merging(["dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "diez": 10]) { own, _ in own }

    /// Words after a number that make it no count of people or things: a time, a length, a measure, an order.
    private static let notCounted: Set<String> = [
        "am", "pm", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "wk",
        "wks", "month", "months", "year", "years", "yr", "yrs", "more", "times", "time", "o'clock", "oclock", "percent", "pct",
        "miles", "mi", "blocks", "block", "feet", "ft", "dollars", "bucks", "grand", "k", "th", "st", "nd", "rd", "or", "and", "to", "is", "was", "kids", "jobs", "shifts", "floors", "stops", "nights", "mornings", "weekends",
        "doubles", "stories", "degrees", "lbs", "pounds", "ppm", "rounds", "dias", "semanas", "horas", "a", "in",
    ]

    /// Words before a number that make it a time, a place or a rank: "at 6", "the 3", "room 12", "Local 130". Days and
    /// months are the date vocabulary's (`DateKeyword`).
    private static let notCountedAfter: Set<String> = [
        "at", "the", "by", "on", "route", "rt", "local", "room", "rm", "apt", "unit", "bus", "line", "floor", "grade",
        "until", "til", "till", "after", "before", "from", "since", "around", "about", "abt", "chapter", "section", "page",
        "district", "ward", "precinct", "channel", "gate", "door", "bldg", "building", "lot", "hwy", "highway", "no",
        "number", "suite", "pier", "dock", "berth", "aisle", "bay", "exit",
    ]
}
