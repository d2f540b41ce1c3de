/// `followup due`: what is overdue and what is due in the next days, grouped by day.
public struct DueList: Sendable {
    public var today: CalendarDay
    public var withinDays: Int
    public var items: [OpenItem]

    public init(items all: [OpenItem], today: CalendarDay, withinDays: Int) {
        self.today = today
        self.withinDays = withinDays
        let last = today.adding(days: withinDays)
        items = all.filter { $0.due.day <= last }
    }

    public var text: String {
        guard !items.isEmpty else { return "Nothing overdue or due by \(today.adding(days: withinDays).words).\n" }
        var out = ""
        var day: CalendarDay? = nil
        for item in items {
            if item.due.day != day {
                day = item.due.day
                let label = item.due.day < today ? "overdue" : (item.due.day == today ? "today" : nil)
                out += (out.isEmpty ? "" : "\n") + item.due.day.words + (label.map { " (\($0))" } ?? "") + "\n"
            }
            let time = item.due.time.map { "\($0.words): " } ?? ""
            out += "- \(time)\(Phrasing.oneLine(item.person)) · \(item.text) · \(item.notePath)\n"
        }
        let overdue = items.filter { $0.due.day < today }.count
        return out + "\n\(overdue) overdue, \(items.count - overdue) due by \(today.adding(days: withinDays).words).\n"
    }

    public var json: JSONValue {
        .object([
            ("today", .string(today.description)), ("within_days", .int(withinDays)),
            ("items", .array(items.map { item in
                .object([
                    ("due", .string(item.due.description)), ("overdue", .bool(item.due.day < today)),
                    ("person", .string(item.person)), ("text", .string(item.text)), ("path", .string(item.notePath)),
                    ("source", .string(item.source.rawValue)), ("kind", .string(item.kind)), ("id", .string(item.id)),
                ])
            })),
        ])
    }
}
