import Testing
@testable import FollowUpKit

@Suite("Days counted from the meeting")
struct RelativeRuleTests {
    @Test("today, tonight, tomorrow, yesterday", arguments: [
        (saturdayMeeting, "today", "2026-11-14"), (saturdayMeeting, "tonight", "2026-11-14"),
        (saturdayMeeting, "tomorrow", "2026-11-15"), (saturdayMeeting, "Tomorrow", "2026-11-15"),
        (saturdayMeeting, "tmrw", "2026-11-15"), (saturdayMeeting, "tmw", "2026-11-15"),
        (saturdayMeeting, "yesterday", "2026-11-13"), (saturdayMeeting, "day after tomorrow", "2026-11-16"),
        (saturdayMeeting, "the day after tomorrow", "2026-11-16"), (saturdayMeeting, "day before yesterday", "2026-11-12"),
        ("2026-11-30", "tomorrow", "2026-12-01"), ("2026-12-31", "tomorrow", "2027-01-01"),
        ("2026-03-01", "yesterday", "2026-02-28"), (saturdayMeeting, "today's agenda", "2026-11-14"),
        (saturdayMeeting, "tomorrow morning", "2026-11-15"), (saturdayMeeting, "this afternoon", "2026-11-14"),
        (saturdayMeeting, "last night", "2026-11-13"),
    ])
    func dayWords(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    @Test("in N days / weeks / months", arguments: [
        ("in 3 days", "2026-11-17"), ("in three days", "2026-11-17"), ("in a week", "2026-11-21"),
        ("in 1 week", "2026-11-21"), ("in 2 weeks", "2026-11-28"), ("in two weeks", "2026-11-28"),
        ("in 10 days", "2026-11-24"), ("in twelve days", "2026-11-26"), ("in a day", "2026-11-15"),
        ("in 2 months", "2027-01-14"), ("in 3 wks", "2026-12-05"),
    ])
    func inOffset(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == [expected])
    }

    // "2 weeks ago" names a day too: M-14 (documented choice).
    @Test("from another day, from now, ago", arguments: [
        ("a week from Friday", "2026-11-27"), ("two weeks from tomorrow", "2026-11-29"),
        ("3 days from now", "2026-11-17"), ("a week from today", "2026-11-21"), ("2 weeks ago", "2026-10-31"),
        ("a week from next Tuesday", "2026-11-24"), ("10 days from Dec 3", "2026-12-13"),
    ])
    func fromAndAgo(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == [expected])
    }

    @Test("end of the month", arguments: [
        (saturdayMeeting, "end of the month", "2026-11-30"), ("2028-02-10", "end of the month", "2028-02-29"),
        ("2027-02-10", "end of month", "2027-02-28"), ("2026-12-05", "EOM", "2026-12-31"),
        ("2027-01-31", "end of next month", "2027-02-28"), (saturdayMeeting, "by the end of this month", "2026-11-30"),
        (saturdayMeeting, "end of December", "2026-12-31"), ("2027-01-05", "end of December", "2027-12-31"),
        (saturdayMeeting, "end of the year", "2026-12-31"),
    ])
    func endOfMonth(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    // End of week = Friday of the meeting's week; on a weekend, the coming Friday.
    @Test("end of the week and EOD", arguments: [
        (mondayMeeting, "end of the week", "2026-11-20"), ("2026-11-20", "EOW", "2026-11-20"),
        (saturdayMeeting, "end of week", "2026-11-20"), (sundayMeeting, "EOW", "2026-11-20"),
        ("2026-11-18", "by the end of this week", "2026-11-20"), (mondayMeeting, "end of next week", "2026-11-27"),
        (mondayMeeting, "EOD", "2026-11-16"), (mondayMeeting, "by EOD Friday", "2026-11-20"),
        (mondayMeeting, "EOD tomorrow", "2026-11-17"), (mondayMeeting, "Friday EOD", "2026-11-20"),
        (mondayMeeting, "COB Thursday", "2026-11-19"), (mondayMeeting, "close of business Friday", "2026-11-20"),
        (mondayMeeting, "end of day", "2026-11-16"),
    ])
    func endOfWeek(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    @Test("durations and idioms are not days", arguments: [
        "for 2 weeks", "within a week", "12 years", "45 minutes", "in 45 minutes", "2 weeks",
        "every 2 weeks", "over the past 3 months", "at the end of the day it's her call", "in 12 years",
        "once a week from now on", "twice a week", "3 days from now on",
    ])
    func notDays(sentence: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting).isEmpty)
    }
}
