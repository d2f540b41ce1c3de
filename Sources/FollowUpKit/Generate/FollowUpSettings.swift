/// How far apart follow-up steps are spaced; the defaults follow common organizing practice.
public struct FollowUpSettings: Hashable, Sendable {
    /// The day overdue items are measured against.
    public var today: CalendarDay
    /// A thank-you goes out within this many days of the meeting.
    public var thankWithinDays = 1
    /// A promise with no date of its own is due this many days after the meeting.
    public var undatedPromiseDays = 2
    /// Reminders go out this many days before a dated commitment.
    public var reminderDaysBefore = 1
    /// A call with no ask, just to keep in touch.
    public var catchUpDays = 21
    /// A referral's 1:1 should be scheduled within this many days.
    public var referralDays = 7
    /// Reporting back to the team on the conversation.
    public var reportBackDays = 2
    /// An ask still open (maybe or pending) is followed up after this many days.
    public var openAskDays = 4

    public init(today: CalendarDay) {
        self.today = today
    }
}
