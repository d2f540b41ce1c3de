/// A day phrase found in the token stream, before any time is joined to it.
struct DayMatch: Sendable {
    /// Token indices the phrase covers.
    var tokens: Range<Int>
    var day: CalendarDay
    /// Last day of a span ("next week").
    var spanEnd: CalendarDay? = nil
    /// A time written inside the phrase itself (ISO `2026-12-03T19:00`).
    var time: TimeOfDay? = nil
    /// "Thursday evening": settles am/pm for a bare hour joined to this day.
    var partOfDay: PartOfDay? = nil
    var isExplicitDue = false
    /// Due fields report only their ISO date as text.
    var textTokens: Range<Int>? = nil

    /// Spans, due fields and days that already carry a time take no further time.
    var acceptsTime: Bool {
        spanEnd == nil && time == nil && !isExplicitDue
    }

    /// A single plain day, usable as the base of "a week from Friday" or "EOD Friday".
    var isSingleDay: Bool {
        spanEnd == nil && !isExplicitDue
    }
}
