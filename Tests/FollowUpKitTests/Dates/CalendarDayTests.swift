import Testing
@testable import FollowUpKit

@Suite("CalendarDay arithmetic")
struct CalendarDayTests {
    @Test("weekday of known dates", arguments: [
        ("2026-11-14", Weekday.saturday), ("2026-11-16", .monday), ("1970-01-01", .thursday),
        ("1969-12-31", .wednesday), ("2000-01-01", .saturday), ("2024-02-29", .thursday),
        ("2026-01-01", .thursday), ("2026-12-03", .thursday), ("1900-01-01", .monday),
    ])
    func weekday(iso: String, expected: Weekday) {
        #expect(day(iso).weekday == expected)
    }

    @Test("impossible dates are rejected", arguments: [
        (2026, 13, 45), (2026, 2, 30), (2025, 2, 29), (1900, 2, 29), (2100, 2, 29),
        (2026, 4, 31), (2026, 0, 1), (2026, 1, 0), (2026, 6, 31), (0, 1, 1),
    ])
    func impossible(year: Int, month: Int, day: Int) {
        #expect(CalendarDay(year: year, month: month, day: day) == nil)
    }

    @Test("leap days exist only in leap years", arguments: [
        (2024, true), (2000, true), (2028, true), (2026, false), (1900, false), (2100, false),
    ])
    func leapDay(year: Int, exists: Bool) {
        #expect((CalendarDay(year: year, month: 2, day: 29) != nil) == exists)
    }

    @Test("ISO parsing accepts exactly YYYY-MM-DD", arguments: [
        ("2026-12-03", "2026-12-03"), ("2024-02-29", "2024-02-29"), ("2026-12-3", nil),
        ("2026/12/03", nil), ("26-12-03", nil), (" 2026-12-03", nil), ("2026-12-03 ", nil),
        ("2026-13-01", nil), ("2025-02-29", nil), ("2026-12-03T10:00", nil), ("", nil), ("abcd-ef-gh", nil),
    ] as [(String, String?)])
    func iso(text: String, expected: String?) {
        #expect(CalendarDay(iso: text)?.description == expected)
    }

    @Test("adding days crosses months, years and leap days", arguments: [
        ("2026-12-31", 1, "2027-01-01"), ("2024-02-28", 1, "2024-02-29"), ("2025-02-28", 1, "2025-03-01"),
        ("2026-03-01", -1, "2026-02-28"), ("2026-11-14", 365, "2027-11-14"), ("2026-11-14", 19, "2026-12-03"),
        ("2024-03-01", -1, "2024-02-29"), ("2026-11-14", 0, "2026-11-14"), ("2000-01-01", -1, "1999-12-31"),
    ])
    func addingDays(start: String, days: Int, expected: String) {
        #expect(day(start).adding(days: days).description == expected)
    }

    @Test("adding months clamps to the month end", arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-11-30", 3, "2027-02-28"),
        ("2026-03-31", -1, "2026-02-28"), ("2026-01-15", -1, "2025-12-15"), ("2026-01-15", 12, "2027-01-15"),
        ("2026-11-14", 25, "2028-12-14"), ("2026-05-31", 1, "2026-06-30"),
    ])
    func addingMonths(start: String, months: Int, expected: String) {
        #expect(day(start).adding(months: months).description == expected)
    }

    @Test("last day of month", arguments: [
        ("2024-02-10", "2024-02-29"), ("2026-02-10", "2026-02-28"), ("2026-04-01", "2026-04-30"),
        ("2026-12-05", "2026-12-31"), ("2026-12-31", "2026-12-31"),
    ])
    func lastDay(start: String, expected: String) {
        #expect(day(start).lastDayOfMonth.description == expected)
    }

    @Test("days until another day", arguments: [
        ("2026-11-14", "2026-12-03", 19), ("2026-12-03", "2026-11-14", -19),
        ("2024-01-01", "2025-01-01", 366), ("2026-01-01", "2027-01-01", 365), ("2026-11-14", "2026-11-14", 0),
    ])
    func daysUntil(from: String, to: String, expected: Int) {
        #expect(day(from).days(until: day(to)) == expected)
    }

    @Test("every day 1899-2101 round-trips and weekdays advance by one")
    func sweep() {
        var current = day("1899-12-25")
        let last = day("2101-12-31")
        var failures: [String] = []
        var steps = 0
        while current < last, failures.count < 5 {
            let next = current.adding(days: 1)
            if !(current < next) || current.days(until: next) != 1 || CalendarDay(iso: next.description) != next
                || next.weekday.rawValue != current.weekday.rawValue % 7 + 1 {
                failures.append(next.description)
            }
            current = next
            steps += 1
        }
        #expect(failures.isEmpty)
        // 1900-01-01 to 2102-01-01 is 202 years with 49 leap days (1900 and 2100 are not leap);
        // the walk starts 7 days earlier and stops one day short.
        #expect(steps == 7 + 202 * 365 + 49 - 1)
    }

    @Test func comparisonAndDescription() throws {
        #expect(day("2026-11-14") < day("2026-11-15"))
        #expect(day("2026-12-31") < day("2027-01-01"))
        #expect(!(day("2026-11-14") < day("2026-11-14")))
        let early = try #require(CalendarDay(year: 987, month: 3, day: 4))
        #expect(early.description == "0987-03-04")
    }

    @Test func timeAndValueDescriptions() throws {
        let evening = try #require(TimeOfDay(hour: 19, minute: 0))
        #expect(evening.description == "19:00")
        #expect(TimeOfDay(hour: 7, minute: 5)?.description == "07:05")
        #expect(TimeOfDay(hour: 24, minute: 0) == nil)
        #expect(TimeOfDay(hour: 12, minute: 60) == nil)
        #expect(DateValue(day: day("2026-12-03")).description == "2026-12-03")
        #expect(DateValue(day: day("2026-12-03"), time: evening).description == "2026-12-03T19:00")
    }
}
