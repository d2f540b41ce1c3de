// INTERIM: replaced by the real date resolver. Only enough to compile the pipeline.
public enum Weekday: Int, Sendable, CaseIterable { case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday }
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.days(in: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }
    public init?(iso: String) {
        let p = iso.split(separator: "-"); guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
    static func days(in month: Int, year: Int) -> Int {
        switch month { case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31 }
    }
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year; let era = (y >= 0 ? y : y - 399) / 400; let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1; let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
    init(ordinal z0: Int) {
        let z = z0 + 719468; let era = (z >= 0 ? z : z - 146096) / 146097; let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1; let m = mp < 10 ? mp + 3 : mp - 9
        year = m <= 2 ? y + 1 : y; month = m; day = d
    }
    public var weekday: Weekday { Weekday(rawValue: ((ordinal % 7) + 7 + 3) % 7 + 1)! }
    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }
    public func days(until other: CalendarDay) -> Int { other.ordinal - ordinal }
    public var description: String { four(year) + "-" + two(month) + "-" + two(day) }
    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }
}
private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func four(_ n: Int) -> String { let s = "\(n)"; return String(repeating: "0", count: max(0, 4 - s.count)) + s }
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int, minute: Int
    public init?(hour: Int, minute: Int) { guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }; self.hour = hour; self.minute = minute }
    public var description: String { two(hour) + ":" + two(minute) }
    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}
public struct DateValue: Hashable, Sendable, CustomStringConvertible {
    public var day: CalendarDay; public var time: TimeOfDay?; public var end: CalendarDay?
    public var description: String { time.map { "\(day)T\($0)" } ?? "\(day)" }
}
struct DateMention: Hashable, Sendable { var text: String; var range: Range<String.Index>; var value: DateValue; var isExplicitDue: Bool }
struct DateScan: Sendable { var mentions: [DateMention]; var looseTimes: [TimeOfDay] }
struct DateFinder: Sendable {
    let meeting: CalendarDay
    init(meeting: CalendarDay) { self.meeting = meeting }
    func scan(_ sentence: String) -> DateScan {
        var mentions: [DateMention] = []
        var i = sentence.startIndex
        while i < sentence.endIndex {
            if let end = sentence.index(i, offsetBy: 10, limitedBy: sentence.endIndex), let day = CalendarDay(iso: String(sentence[i..<end])), sentence[i..<end].count == 10 {
                mentions.append(DateMention(text: String(sentence[i..<end]), range: i..<end, value: DateValue(day: day, time: nil, end: nil), isExplicitDue: false)); i = end; continue
            }
            i = sentence.index(after: i)
        }
        return DateScan(mentions: mentions, looseTimes: [])
    }
}
