import Testing
@testable import FollowUpKit

@Suite("Weekdays resolve after the meeting")
struct WeekdayRuleTests {
    // A bare weekday is the first such day strictly after the meeting, never the meeting itself.
    @Test("plain weekday after each meeting weekday", arguments: [
        ("2026-11-16", "Tuesday", "2026-11-17"), ("2026-11-17", "Tuesday", "2026-11-24"),
        ("2026-11-18", "Tuesday", "2026-11-24"), ("2026-11-19", "Tuesday", "2026-11-24"),
        ("2026-11-20", "Tuesday", "2026-11-24"), ("2026-11-21", "Tuesday", "2026-11-24"),
        ("2026-11-22", "Tuesday", "2026-11-24"), ("2026-11-16", "Friday", "2026-11-20"),
        ("2026-11-20", "Friday", "2026-11-27"), ("2026-11-21", "Friday", "2026-11-27"),
        ("2026-11-21", "Sunday", "2026-11-22"), ("2026-11-22", "Sunday", "2026-11-29"),
        ("2026-11-16", "Monday", "2026-11-23"), ("2026-12-30", "Monday", "2027-01-04"),
    ])
    func plain(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    @Test("spellings and leads (Monday meeting)", arguments: [
        ("Tue", "2026-11-17"), ("Tues", "2026-11-17"), ("Tues.", "2026-11-17"), ("tuesday", "2026-11-17"),
        ("Weds", "2026-11-18"), ("Wednesday", "2026-11-18"), ("Thurs", "2026-11-19"), ("Thu.", "2026-11-19"),
        ("Thur", "2026-11-19"), ("FRIDAY", "2026-11-20"), ("on Friday", "2026-11-20"), ("Fri", "2026-11-20"),
        ("this Tuesday", "2026-11-17"), ("this Monday", "2026-11-23"), ("this coming Friday", "2026-11-20"),
        ("on Sat", "2026-11-21"), ("Sun.", "2026-11-22"), ("Wed 3pm", "2026-11-18T15:00"),
        ("see you Tuesday's meeting", "2026-11-17"), ("asked him to bring his truck Sat, he said sure", "2026-11-21"),
    ])
    func spellings(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: mondayMeeting) == [expected])
    }

    // "next <weekday>" is that weekday in the week after the meeting's week (weeks start Monday).
    @Test("next weekday", arguments: [
        (saturdayMeeting, "next Tuesday", "2026-11-17"), (saturdayMeeting, "next Monday", "2026-11-16"),
        (saturdayMeeting, "next Saturday", "2026-11-21"), (saturdayMeeting, "next Sunday", "2026-11-22"),
        (sundayMeeting, "next Tuesday", "2026-11-17"), (mondayMeeting, "next Tuesday", "2026-11-24"),
        (mondayMeeting, "next Monday", "2026-11-23"), (mondayMeeting, "next Sunday", "2026-11-29"),
        (mondayMeeting, "the following Monday", "2026-11-23"), (saturdayMeeting, "the following Tuesday", "2026-11-17"),
        (mondayMeeting, "Tuesday next week", "2026-11-24"), (mondayMeeting, "next week Tuesday", "2026-11-24"),
        (mondayMeeting, "Friday after next", "2026-12-04"), (mondayMeeting, "next Wed", "2026-11-25"),
    ])
    func next(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    @Test("last weekday is the most recent one before the meeting", arguments: [
        (mondayMeeting, "last Tuesday", "2026-11-10"), (mondayMeeting, "last Monday", "2026-11-09"),
        (saturdayMeeting, "last Friday", "2026-11-13"),
    ])
    func last(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    // A written date outranks the weekday next to it; with "the 13th" the weekday picks the
    // month among the next three candidates (Jan 13 2027 is the first Wednesday the 13th).
    @Test("weekday with a date names one day", arguments: [
        (saturdayMeeting, "Tuesday, Dec 3", "2026-12-03"), (saturdayMeeting, "Tue 12/3", "2026-12-03"),
        (saturdayMeeting, "Thursday the 3rd", "2026-12-03"), (saturdayMeeting, "Tue 3/4", "2027-03-04"),
        (saturdayMeeting, "Wednesday the 13th", "2027-01-13"), ("2026-11-13", "Friday the 13th", "2026-11-13"),
        (saturdayMeeting, "next Weds 11/25 at 6:30", "2026-11-25T18:30"), (saturdayMeeting, "next Tue 12/1", "2026-12-01"),
    ])
    func weekdayWithDate(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    @Test("after \"next\" a weekday keeps its own day when the number after it names another: a half day, a share")
    func nextWeekdayWithFraction() {
        #expect(resolved("Next Friday 1/2 day at school", meeting: saturdayMeeting) == ["2026-11-20"])
    }

    @Test("recurring weekdays are not a single day", arguments: [
        "every Tuesday", "on Tuesdays", "every other Friday",
    ])
    func recurring(sentence: String) {
        #expect(resolved(sentence, meeting: mondayMeeting).isEmpty)
    }
}
