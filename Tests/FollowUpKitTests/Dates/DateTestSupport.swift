@testable import FollowUpKit

// Reference week (checked in CalendarDayTests): Sat 2026-11-14, Sun 15, Mon 16, Tue 17,
// Wed 18, Thu 19, Fri 20, Sat 21, Sun 22. December 2026 starts on a Tuesday.
let saturdayMeeting = "2026-11-14"
let sundayMeeting = "2026-11-15"
let mondayMeeting = "2026-11-16"

/// A day from ISO text; test tables only use valid days.
func day(_ iso: String) -> CalendarDay {
    guard let day = CalendarDay(iso: iso) else { fatalError("bad test date \(iso)") }
    return day
}

func scan(_ sentence: String, meeting: String) -> DateScan {
    DateFinder(meeting: day(meeting)).scan(sentence)
}

/// Each mention as "YYYY-MM-DD", "YYYY-MM-DDTHH:MM", or "start..end" for spans.
func resolved(_ sentence: String, meeting: String) -> [String] {
    scan(sentence, meeting: meeting).mentions.map { mention in
        mention.value.description + (mention.value.end.map { "..\($0)" } ?? "")
    }
}
