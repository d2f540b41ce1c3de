extension CalendarDay {
    private static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// "Thursday, December 3".
    public var words: String {
        "\(Self.weekdayNames[weekday.rawValue - 1]), \(Self.monthNames[month - 1]) \(day)"
    }

}

extension TimeOfDay {
    /// "7pm", "7:30pm", "noon", "midnight".
    public var words: String {
        if hour == 12 && minute == 0 { return "noon" }
        if hour == 0 && minute == 0 { return "midnight" }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        return minute == 0 ? "\(twelve)\(suffix)" : "\(twelve):\(minute < 10 ? "0" : "")\(minute)\(suffix)"
    }
}

extension DateValue {
    /// "Thursday, December 3 at 7pm", or "the week of Monday, November 23" for a span.
    public var words: String {
        var text = end != nil && end != day ? "the week of \(day.words)" : day.words
        if let end, end.days(until: day) != 0, end.days(until: day) != -6 { text = "\(day.words) to \(end.words)" }
        if let time { text += " at \(time.words)" }
        return text
    }
}
