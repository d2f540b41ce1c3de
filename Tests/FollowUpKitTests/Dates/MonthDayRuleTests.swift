import Testing
@testable import FollowUpKit

@Suite("Month and day, on or after the meeting")
struct MonthDayRuleTests {
    @Test("written forms (Saturday 2026-11-14 meeting)", arguments: [
        ("Dec 3", "2026-12-03"), ("December 3rd", "2026-12-03"), ("Dec. 3", "2026-12-03"),
        ("3 Dec", "2026-12-03"), ("3rd of December", "2026-12-03"), ("the 3rd of December", "2026-12-03"),
        ("12/3", "2026-12-03"), ("the 3rd", "2026-12-03"), ("dec 3", "2026-12-03"),
        ("Nov 14", "2026-11-14"), ("the 14th", "2026-11-14"), ("Nov 13", "2027-11-13"), ("the 13th", "2026-12-13"),
        ("May 5", "2027-05-05"), ("5 May", "2027-05-05"), ("March 3rd", "2027-03-03"), ("march 3rd", "2027-03-03"),
        ("Sept 9", "2027-09-09"), ("Sep. 30", "2027-09-30"), ("Jan 1st", "2027-01-01"), ("11/20", "2026-11-20"),
    ])
    func forms(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == [expected])
    }

    @Test("a clock right after the day belongs to it, a second count does not", arguments: [
        ("route mtg Thurs Mar 12 7pm at the library", ["2027-03-12T19:00"]), ("mtg Mar 12 7pm", ["2027-03-12T19:00"]),
        ("Thursday March 12 7:30", ["2027-03-12T19:30"]), ("may 5 6 people came", []),
        // a count of minutes after the day; hour and minutes run together before am/pm
        ("1:1 Mar 2 45 min at the laundromat", ["2027-03-02"]), ("call Apr 14 730pm", ["2027-04-14T19:30"]),
        ("mtg 1030am Thurs", ["2026-11-19T10:30"]), ("room 1030 on Thurs", ["2026-11-19"]),
    ])
    func clockAfterDay(sentence: String, expected: [String]) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == expected)
    }

    @Test("rolls into next year (2026-12-20 meeting)", arguments: [
        ("Jan 5", "2027-01-05"), ("Dec 20", "2026-12-20"), ("Dec 19", "2027-12-19"), ("12/19", "2027-12-19"),
        ("1/15", "2027-01-15"), ("the 3rd", "2027-01-03"), ("3 Jan", "2027-01-03"), ("Dec 31", "2026-12-31"),
    ])
    func rollover(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: "2026-12-20") == [expected])
    }

    @Test("a written year is used as is", arguments: [
        ("Dec 3, 2026", "2026-12-03"), ("Dec 3 2027", "2027-12-03"), ("12/3/26", "2026-12-03"),
        ("12/3/2026", "2026-12-03"), ("2026-12-03", "2026-12-03"), ("12-3-2026", "2026-12-03"),
        ("3 December 2027", "2027-12-03"), ("Dec 3, 2025", "2025-12-03"), ("Jan 5 '27", "2027-01-05"),
        ("2026/12/03", "2026-12-03"), ("2/29/2028", "2028-02-29"), ("2026-12-03T19:00", "2026-12-03T19:00"),
    ])
    func withYear(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == [expected])
    }

    @Test("impossible dates are not mentions", arguments: [
        "13/45", "2/30", "Feb 30", "2026-13-45", "2026-02-29", "4/31", "April 31st", "2/29/2026",
        "Dec 32", "0/5", "12/0",
    ])
    func impossible(sentence: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting).isEmpty)
    }

    @Test("Feb 29 without a year waits for a leap year") func leapDay() {
        #expect(resolved("Feb 29", meeting: saturdayMeeting) == ["2028-02-29"])
        #expect(resolved("the 29th", meeting: "2027-02-01") == ["2027-03-29"])
        #expect(resolved("the 29th", meeting: "2028-02-01") == ["2028-02-29"])
    }

    // "the Nth" alone: the next Nth of a month on or after the meeting, skipping short months.
    @Test("the 31st skips short months", arguments: [
        ("2026-11-14", "2026-12-31"), ("2027-02-01", "2027-03-31"), ("2027-04-10", "2027-05-31"),
        ("2026-12-31", "2026-12-31"), ("2027-06-15", "2027-07-31"), ("2027-09-01", "2027-10-31"),
    ])
    func thirtyFirst(meeting: String, expected: String) {
        #expect(resolved("Let's aim for the 31st.", meeting: meeting) == [expected])
    }

    // Two single digits read as a fraction unless a date lead comes first; "by" is not
    // enough for the common fractions (1/2, 3/4...).
    @Test("single-digit numeric dates need a lead", arguments: [
        ("on 3/4", ["2027-03-04"]), ("by 3/7", ["2027-03-07"]), ("due 1/2", ["2027-01-02"]),
        ("3/4", []), ("by 3/4", []), ("about 1/2 of them", []), ("until 1/5", ["2027-01-05"]),
    ] as [(String, [String])])
    func singleDigit(sentence: String, expected: [String]) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == expected)
    }

    @Test("week of a month is a span", arguments: [
        (saturdayMeeting, "first week of December", "2026-12-01..2026-12-07"),
        ("2026-12-05", "the first week of December", "2026-12-01..2026-12-07"),
        ("2026-12-10", "first week of December", "2027-12-01..2027-12-07"),
        (saturdayMeeting, "second week of Dec", "2026-12-08..2026-12-14"),
        ("2027-01-10", "last week of February", "2027-02-22..2027-02-28"),
        (saturdayMeeting, "the 1st week of January", "2027-01-01..2027-01-07"),
    ])
    func weekOfMonth(meeting: String, sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: meeting) == [expected])
    }

    @Test("nth weekday of a month", arguments: [
        ("first Monday of December", ["2026-12-07"]), ("the last Friday of next month", ["2026-12-25"]),
        ("3rd Thursday of this month", ["2026-11-19"]), ("second Tuesday of March", ["2027-03-09"]),
        ("first Monday of November", ["2027-11-01"]), ("the first Monday of the month", []),
        ("the second Tuesday", []), ("last Friday of the month", []),
    ] as [(String, [String])])
    func weekdayOfMonth(sentence: String, expected: [String]) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == expected)
    }

    @Test("several dates in one sentence keep their order") func order() {
        #expect(resolved("Either Dec 3 or 12/10, not the 31st", meeting: saturdayMeeting)
            == ["2026-12-03", "2026-12-10", "2026-12-31"])
    }
}
