/// A clock time found in the token stream; am/pm may still depend on its day phrase.
struct TimeMatch: Sendable {
    enum Meridiem: Sendable, Equatable { case am, pm }

    var tokens: Range<Int>
    /// 0...23 when `isFixed`, else 1...12.
    var hour: Int
    var minute: Int
    var meridiem: Meridiem? = nil
    /// 24-hour clock, "noon" or "midnight": the hour needs no interpretation.
    var isFixed: Bool
    var hasMinutes = false
    /// "7 in the morning", "10 at night".
    var partOfDay: PartOfDay? = nil

    /// A lone hour with nothing saying it is a clock time ("7").
    var isBare: Bool {
        meridiem == nil && !hasMinutes && !isFixed
    }

    /// Range start without am/pm takes the end's ("6-8pm" = 18:00), unless that would put
    /// the start after the end, where it takes the other half ("11-1pm" = 11:00).
    mutating func inferMeridiem(from end: TimeMatch) {
        guard meridiem == nil, !isFixed, let endMeridiem = end.meridiem else { return }
        let endTime = Self.clock(end.hour, end.minute, endMeridiem)
        let sameHalf = Self.clock(hour, minute, endMeridiem)
        meridiem = sameHalf <= endTime ? endMeridiem : (endMeridiem == .am ? .pm : .am)
    }

    /// The time, reading a bare hour by the first of: its own part of day, the day
    /// phrase's part of day, an evening word in the sentence, then 1-7 pm / 8-11 am.
    func resolve(dayPart: PartOfDay?, eveningSentence: Bool) -> TimeOfDay {
        if isFixed { return TimeOfDay(hour: hour, minute: minute)! }
        if let meridiem { return Self.clock(hour, minute, meridiem) }
        // Without am/pm a 12 is read as noon whatever the context ("at 12", "Friday night at 12").
        if hour == 12 { return TimeOfDay(hour: 12, minute: minute)! }
        switch partOfDay ?? dayPart {
        case .morning?: return Self.clock(hour, minute, .am)
        case .afternoon?, .evening?: return Self.clock(hour, minute, .pm)
        case nil: break
        }
        if eveningSentence { return Self.clock(hour, minute, .pm) }
        return Self.clock(hour, minute, (1...7).contains(hour) ? .pm : .am)
    }

    /// 12-hour reading: 12am is 00:00, 12pm is 12:00.
    static func clock(_ hour: Int, _ minute: Int, _ meridiem: Meridiem) -> TimeOfDay {
        let base = hour % 12
        return TimeOfDay(hour: meridiem == .pm ? base + 12 : base, minute: minute)!
    }
}
