import Testing

@testable import FollowUpKit

/// Day phrases as a hurried hand writes them: a day of the month right after its weekday, a time with no
/// "at" after an ordinal, a 24-hour clock after "@", "nite" and "tonite", "nxt", and hours and days said as
/// words. Met Saturday 2026-11-14.
@Suite("Hurried day phrases")
struct ShorthandDayTests {
    @Test("resolve like their written-out forms", arguments: [
        ("jueves 19 a las 6", "2026-11-19T18:00"),
        ("tamales para la kermés el domingo 29.", "2026-11-29"),
        ("Thursday 19 works for her", "2026-11-19"),
        ("lead the clinic Sat the 21st 10am", "2026-11-21T10:00"),
        ("bring her the cards Sun nite at 1900", "2026-11-15T19:00"),
        ("cmte mtg Thurs 11/19 @ 1600", "2026-11-19T16:00"),
        ("send her the link by 8 tonite", "2026-11-14T20:00"),
        ("come to the bun line mtg sun at 6", "2026-11-15T18:00"),
        ("house mtg nxt wk", "2026-11-16..2026-11-22"),
        ("revised leases nxt mo", "2026-12-01..2026-12-31"),
        // dictated: hours and days said as words
        ("speak at the hearing next tuesday at six thirty", "2026-11-17T18:30"),
        ("bring the bullhorns saturday at ten", "2026-11-21T10:00"),
        ("call him tomorrow at five", "2026-11-15T17:00"),
        ("bring the bullhorns saturday at ten and lead a group", "2026-11-21T10:00"),
        ("a bike class saturday the twelfth at eleven", "2026-12-12T11:00"),
        // after a weekday, "the 28th" is a day whatever follows it, unless a rank's noun does
        ("haul the tables on Saturday the 28th in her truck", "2026-11-28"),
        // a short day name before the gathering it names
        ("get 5 from nights to the sun mtg", "2026-11-15"),
        ("bring the banner to the Sat rally", "2026-11-21"),
        ("bring the drumline to the climate rally sat -> no", "2026-11-21"),
        // a lower-case "may" with a clock time after its day; a numeric day after the event it names
        ("speak at the board mtg may 11 at 6:30", "2027-05-11T18:30"),
        ("come to the board mtg 4/7 -> yes", "2027-04-07"),
        // "a" before a day that names the gathering after it, with or without a part of the day between
        ("asked abt using the fellowship hall for a Sat mtg", "2026-11-21"),
        ("temple hall for a Sun afternoon mtg?", "2026-11-15"),
        // a day of the month before "w/ us", a numeric day before the gathering it names, a lower-case day after one
        ("come to the rent board hearing on the 19th w us", "2026-11-19"),
        ("come to the 12/9 orientation at 4:30", "2026-12-09"),
        ("come to the rally Sat at the state house", "2026-11-21"),
        // a chat export's time stamp is when the line was written
        ("[8:03 PM] asked if hed bring the signal group to the mtg Mon", "2026-11-16"),
        ("shes swamped til the 15th w/ the church fundraiser", "2026-11-15"),
        ("bring the drumline to the climate rally sat -> no", "2026-11-21"),
        ("bring his speaker to the park cleanup sat -> say less", "2026-11-21"),
    ])
    func resolves(sentence: String, expected: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == [expected])
    }

    @Test("a number after a weekday that is no day of the month stays apart", arguments: [
        // no Saturday the 10th in the next three months: "10" is a time or a count, and only the day is meant
        ("meet Sat 10 at the park", ["2026-11-21"]),
        ("she works Friday 2 shifts", ["2026-11-20"]),
        ("she sat at 6 tables", []),
        ("he waited at five of the stops", []),
        ("he waited at two and three of the stops", []),
        ("On Thursday at one point she said she'd host", ["2026-11-19"]),
        ("Thursday the third vote on the contract", ["2026-11-19"]),
        ("Saturday the 5th meeting of the union is at her place", ["2026-11-21"]),
        ("the bike room, Saturday the 3rd floor", ["2026-11-21"]),
        ("the Sun at 6 had the story", []),
        // some such day, not one: a job, a day off, a month's Saturday
        ("yes if his boss doesn't put him on a Sat job", []),
        ("as long as it's not a Sunday", []),
        ("host an ID clinic on a Saturday in December", []),
        // ranks joined by "+" or "&", like "the 3rd and 4th grade"
        ("door knock the 4th + 5th floors w/ me", []),
        ("the 2nd & 3rd grade teachers", []),
        ("She's free the 3rd & 10th.", ["2026-12-03"]),
        ("She'd rather we have a Sat mtg than weeknights", []),
        // review mend: an hour after a weekday, a street number, a son who sat
        ("Thursday 10 to 2 at the clinic", ["2026-11-19"]),
        ("Tues 8 works for her", ["2026-11-17"]),
        ("Friday 20 people, Saturday 30.", ["2026-11-20", "2026-11-21"]),
        ("her son sat at 1 table by himself", []),
        ("We sat meeting people for an hour.", []),
        ("the sun was brutal at the walk", []),
        ("the kids at the rally sat down on the grass", []),
        ("we lost the vote 4/7.", []),
        // review mend: a floor after "w", a span of days after a gathering
        ("she lives on the 4th w her mom", []),
        ("she'll be at the picket mon-fri", ["2026-11-20"]),
        ("board vote 5/4, we lost", []),
        ("She's done leadership training session 2/6.", []),
        ("we'll march 8 at 10 blocks, route TBD", []),
        ("she may 11 times have said it", []),
        ("Her son is going to the SAT session at the library.", []),
        ("She was interviewed by the Sun meeting reporter.", []),
    ] as [(String, [String])])
    func apart(sentence: String, expected: [String]) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == expected)
    }
}
