/// Finds every phrase in a sentence that names a day and resolves it against the meeting day.
struct DateFinder: Sendable {
    /// The day of the 1:1; every relative phrase counts from here, never from today.
    let meeting: CalendarDay

    init(meeting: CalendarDay) {
        self.meeting = meeting
    }

    /// Day mentions (with times joined when in the same phrase) and leftover times.
    func scan(_ sentence: String) -> DateScan {
        let tokens = ForeignDateWords.englished(DateTokenizer.tokenize(sentence))
        guard !tokens.isEmpty else { return DateScan(mentions: [], looseTimes: []) }
        let scanner = DateScanner(tokens: tokens, meeting: meeting)
        let days = scanner.findDays()
        let times = scanner.findTimes(around: days)
        let owner = assignTimes(times, to: days, in: scanner)
        let evening = (!times.isEmpty) && scanner.mentionsEvening

        var mentions: [DateMention] = []
        mentions.reserveCapacity(days.count)
        var owned = [Bool](repeating: false, count: times.count)
        for (index, match) in days.enumerated() {
            var covered = match.tokens
            var time = match.time
            if let t = owner[index] {
                owned[t] = true
                time = times[t].resolve(dayPart: match.partOfDay, eveningSentence: evening)
                covered = min(covered.lowerBound, times[t].tokens.lowerBound)..<max(covered.upperBound, times[t].tokens.upperBound)
            }
            let range = Self.span(covered, tokens)
            let textRange = match.textTokens.map { Self.span($0, tokens) } ?? range
            mentions.append(DateMention(
                text: String(Substring(sentence.unicodeScalars[textRange])),
                range: range,
                value: DateValue(day: match.day, time: time, end: match.spanEnd),
                isExplicitDue: match.isExplicitDue))
        }
        var loose: [TimeOfDay] = []
        for (index, time) in times.enumerated() where !owned[index] {
            loose.append(time.resolve(dayPart: nil, eveningSentence: evening))
        }
        return DateScan(mentions: mentions, looseTimes: loose)
    }

    /// For each day, the index of the time joined to it: first a time right after the day
    /// ("Dec 3 at 7pm"), then, for days still without one, a time right before ("7pm Tuesday").
    private func assignTimes(_ times: [TimeMatch], to days: [DayMatch], in scanner: DateScanner) -> [Int?] {
        var owner = [Int?](repeating: nil, count: days.count)
        guard !times.isEmpty else { return owner }
        var taken = [Bool](repeating: false, count: times.count)
        var cursor = 0
        for (index, day) in days.enumerated() where day.acceptsTime {
            var k = day.tokens.upperBound
            var hops = 0
            while hops < 2, k < scanner.count, DateVocabulary.joinersAfterDay.contains(scanner.tokens[k].text) {
                k += 1
                hops += 1
            }
            // Days and times are both in token order, so one forward cursor suffices.
            while cursor < times.count, times[cursor].tokens.lowerBound < k { cursor += 1 }
            if cursor < times.count, times[cursor].tokens.lowerBound == k, !taken[cursor] {
                owner[index] = cursor
                taken[cursor] = true
            }
        }
        cursor = 0
        for (index, day) in days.enumerated() where day.acceptsTime && owner[index] == nil {
            var k = day.tokens.lowerBound
            var hops = 0
            while hops < 2, k > 0, DateVocabulary.joinersBeforeDay.contains(scanner.tokens[k - 1].text) {
                k -= 1
                hops += 1
            }
            while cursor < times.count, times[cursor].tokens.upperBound < k { cursor += 1 }
            if cursor < times.count, times[cursor].tokens.upperBound == k, !taken[cursor] {
                owner[index] = cursor
                taken[cursor] = true
            }
        }
        return owner
    }

    private static func span(_ tokenRange: Range<Int>, _ tokens: [DateToken]) -> Range<String.Index> {
        tokens[tokenRange.lowerBound].range.lowerBound..<tokens[tokenRange.upperBound - 1].range.upperBound
    }
}
