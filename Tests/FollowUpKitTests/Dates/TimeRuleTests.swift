import Testing
@testable import FollowUpKit

// "Friday" after the Monday 2026-11-16 meeting is 2026-11-20.
@Suite("Times joined to a day")
struct TimeRuleTests {
    @Test("every time form", arguments: [
        ("Friday 7pm", "19:00"), ("Friday 7 pm", "19:00"), ("Friday 7:30 pm", "19:30"), ("Friday 7:30pm", "19:30"),
        ("Friday 7p", "19:00"), ("Friday 7 p.m.", "19:00"), ("Friday 7PM", "19:00"), ("Friday 7 P.M.", "19:00"),
        ("Friday 19:00", "19:00"), ("Friday noon", "12:00"), ("Friday at midnight", "00:00"),
        ("Friday at 7 o'clock", "19:00"), ("Friday 9 o'clock", "09:00"), ("Friday 7am", "07:00"),
        ("Friday 7a", "07:00"), ("Friday 7 a.m.", "07:00"), ("Friday 7 in the morning", "07:00"),
        ("Friday 7 in the evening", "19:00"), ("Friday 3 in the afternoon", "15:00"), ("Friday 10 at night", "22:00"),
        ("Friday 12pm", "12:00"), ("Friday 12am", "00:00"), ("Friday 12 noon", "12:00"), ("Friday 10:15am", "10:15"),
        ("Friday @ 7pm", "19:00"), ("Friday around 7", "19:00"), ("Friday at 7ish", "19:00"),
        ("Friday at 0:30", "00:30"), ("Friday 07:00", "07:00"), ("Friday at 23:45", "23:45"),
        ("Friday 0630", "06:30"), ("Friday 1930", "19:30"),
    ])
    func forms(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: mondayMeeting) == ["2026-11-20T" + expected])
    }

    // Bare hour: 1-7 pm, 8-11 am, 12 noon; any evening word in the sentence makes it pm.
    @Test("bare hour am/pm rule", arguments: [
        ("Friday at 1", "13:00"), ("Friday at 7", "19:00"), ("Friday at 8", "08:00"), ("Friday at 11", "11:00"),
        ("Friday at 12", "12:00"), ("Friday at 7:30", "19:30"), ("Friday at 10:30", "10:30"),
        ("Friday evening at 8", "20:00"), ("Friday night at 9", "21:00"), ("Friday at 10, after the evening shift", "22:00"),
        ("Friday at 8, she works nights", "20:00"), ("Friday at 12, before the evening rally", "12:00"),
        ("Friday morning at 7", "07:00"), ("Friday at 11 in the morning", "11:00"), ("Friday afternoon at 2", "14:00"),
    ])
    func bareHour(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: mondayMeeting) == ["2026-11-20T" + expected])
    }

    @Test("tonight makes bare hours pm") func tonight() {
        #expect(resolved("tonight at 9", meeting: mondayMeeting) == ["2026-11-16T21:00"])
        #expect(resolved("at 10 tonight", meeting: mondayMeeting) == ["2026-11-16T22:00"])
        #expect(scan("see you at 9 tonight-ish or so", meeting: mondayMeeting).mentions.first?.value.time?.hour == 21)
    }

    // A range keeps its start, borrowing the end's am/pm unless that would start after the end.
    @Test("ranges take the start time", arguments: [
        ("Friday 6-8pm", "18:00"), ("Friday 6–8 pm", "18:00"), ("Friday 6 to 8pm", "18:00"), ("Friday 6:30-8pm", "18:30"),
        ("Friday from 6 to 8 pm", "18:00"), ("Friday 11-1pm", "11:00"), ("Friday 10am-2pm", "10:00"),
        ("Friday 10-12pm", "10:00"), ("Friday from 6 to 8", "18:00"), ("Friday between 6 and 8pm", "18:00"),
        ("Friday 9-11am", "09:00"), ("Friday 18:00-20:00", "18:00"), ("Friday 6 - 8 pm", "18:00"),
        ("Friday 11:30-12:30pm", "11:30"), ("Friday 6 until 9pm", "18:00"), ("Friday afternoon 2-4", "14:00"),
        ("Friday evening 6-8", "18:00"), ("Friday morning 9-11", "09:00"),
    ])
    func ranges(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: mondayMeeting) == ["2026-11-20T" + expected])
    }

    @Test("a time joins the day phrase right before or after it", arguments: [
        ("the tenant meeting Dec 3 at 7pm", "Dec 3 at 7pm", "2026-12-03T19:00"),
        ("Tuesday 7pm works", "Tuesday 7pm", "2026-11-17T19:00"),
        ("7pm Tuesday works", "7pm Tuesday", "2026-11-17T19:00"),
        ("at 7pm on Tuesday", "7pm on Tuesday", "2026-11-17T19:00"),
        ("Thursday evening at 7", "Thursday evening at 7", "2026-11-19T19:00"),
        ("tomorrow at noon", "tomorrow at noon", "2026-11-17T12:00"),
        ("Sat. 10am-2pm canvass", "Sat. 10am-2pm", "2026-11-21T10:00"),
        ("at 7 tomorrow", "7 tomorrow", "2026-11-17T19:00"),
        ("Dec 3, 7pm", "Dec 3, 7pm", "2026-12-03T19:00"),
        ("Dec 3 - 7pm", "Dec 3 - 7pm", "2026-12-03T19:00"),
        ("by 5pm Friday", "5pm Friday", "2026-11-20T17:00"),
        ("Friday from 6-8pm", "Friday from 6-8pm", "2026-11-20T18:00"),
        ("next Tuesday at 6:30 p.m.", "next Tuesday at 6:30 p.m.", "2026-11-24T18:30"),
        ("Sun 3pm", "Sun 3pm", "2026-11-22T15:00"),
        ("12/3 @ 7pm", "12/3 @ 7pm", "2026-12-03T19:00"),
        ("on the 3rd at 7", "the 3rd at 7", "2026-12-03T19:00"),
        ("Friday, around 7", "Friday, around 7", "2026-11-20T19:00"),
        ("7pm, on Tuesday", "7pm, on Tuesday", "2026-11-17T19:00"),
    ])
    func joining(sentence: String, text: String, expected: String) throws {
        let mention = try #require(scan(sentence, meeting: mondayMeeting).mentions.first)
        #expect(mention.text == text)
        #expect(mention.value.description == expected)
    }

    @Test("a time goes to one day only") func oneOwner() {
        #expect(resolved("Tuesday and Thursday at 7pm", meeting: mondayMeeting) == ["2026-11-17", "2026-11-19T19:00"])
        #expect(resolved("Monday 7pm Tuesday", meeting: mondayMeeting) == ["2026-11-23T19:00", "2026-11-17"])
        #expect(resolved("7pm Tuesday or 8pm Wednesday", meeting: mondayMeeting)
            == ["2026-11-17T19:00", "2026-11-18T20:00"])
    }

    @Test("times with no day are loose, not mentions", arguments: [
        ("at 7pm", ["19:00"]), ("7pm", ["19:00"]), ("at 7", ["19:00"]), ("at 8", ["08:00"]),
        ("noon works", ["12:00"]), ("from 6 to 8 pm", ["18:00"]), ("7p", ["19:00"]),
        ("call her at 9 in the evening", ["21:00"]), ("at 9, she works nights", ["21:00"]),
    ] as [(String, [String])])
    func loose(sentence: String, expected: [String]) {
        let result = scan(sentence, meeting: mondayMeeting)
        #expect(result.mentions.isEmpty)
        #expect(result.looseTimes.map(\.description) == expected)
    }

    @Test("a time elsewhere in the sentence does not join") func notAdjacent() {
        let result = scan("Tuesday we talked about the rally and agreed on 7pm", meeting: mondayMeeting)
        #expect(result.mentions.map(\.value.description) == ["2026-11-17"])
        #expect(result.looseTimes.map(\.description) == ["19:00"])
    }

    @Test("numbers that are not clock times", arguments: [
        "Friday at 7 people came", "Friday 7 Elm St", "Friday won 5-2", "Friday at 12/3",
        "Friday, 1:1 with Ana", "Friday we need 7", "Friday at 7 Main St", "Friday 9-to-5 job",
    ])
    func notTimes(sentence: String) {
        let result = scan(sentence, meeting: mondayMeeting)
        #expect(result.mentions.first?.value.time == nil)
        #expect(result.looseTimes.isEmpty)
    }
}
