import Testing
@testable import FollowUpKit

@Suite("Spans resolve to their first day and set end")
struct SpanRuleTests {
    @Test("weeks, weekends and months", arguments: [
        (mondayMeeting, "next week", "2026-11-23..2026-11-29"), (mondayMeeting, "this week", "2026-11-16..2026-11-22"),
        (mondayMeeting, "this weekend", "2026-11-21..2026-11-22"), (mondayMeeting, "next weekend", "2026-11-28..2026-11-29"),
        (mondayMeeting, "next month", "2026-12-01..2026-12-31"), (mondayMeeting, "this month", "2026-11-16..2026-11-30"),
        (saturdayMeeting, "next week", "2026-11-16..2026-11-22"), (saturdayMeeting, "this week", "2026-11-14..2026-11-15"),
        (saturdayMeeting, "this weekend", "2026-11-14..2026-11-15"), (saturdayMeeting, "next weekend", "2026-11-21..2026-11-22"),
        (sundayMeeting, "this weekend", "2026-11-21..2026-11-22"), (sundayMeeting, "next week", "2026-11-16..2026-11-22"),
        ("2026-12-20", "next month", "2027-01-01..2027-01-31"), ("2027-01-31", "next month", "2027-02-01..2027-02-28"),
        (mondayMeeting, "last week", "2026-11-09..2026-11-15"), (mondayMeeting, "the week after next", "2026-11-30..2026-12-06"),
        (mondayMeeting, "the following week", "2026-11-23..2026-11-29"), (mondayMeeting, "last month", "2026-10-01..2026-10-31"),
        (mondayMeeting, "early next week", "2026-11-23..2026-11-29"),
        (mondayMeeting, "this wknd", "2026-11-21..2026-11-22"), (mondayMeeting, "next wk", "2026-11-23..2026-11-29"),
    ])
    func spans(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    @Test("a span takes no time; the time stays loose") func spanTime() {
        let result = scan("next week at 7pm", meeting: mondayMeeting)
        #expect(result.mentions.map(\.value.description) == ["2026-11-23"])
        #expect(result.looseTimes.map(\.description) == ["19:00"])
    }

    @Test("vague month phrases are not days", arguments: [
        "early December", "mid-December", "late December", "in December", "December 2026", "this year",
    ])
    func vague(sentence: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting).isEmpty)
    }
}
