extension TimeOfDay {
    /// Reads a front-matter time: "18:30", "6:30pm", "6:30 PM", "6pm", "18.30".
    init?(frontMatter raw: String) {
        var text = raw.lowercased().filter { $0 != " " }
        var offset = 0
        if text.hasSuffix("am") || text.hasSuffix("pm") {
            offset = text.hasSuffix("pm") ? 12 : 0
            text.removeLast(2)
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let hour = Int(parts[0]), (1...12).contains(hour) else { return nil }
            let minute = parts.count == 2 ? Int(parts[1]) : 0
            guard let minute, parts.count == 1 || parts[1].count == 2 else { return nil }
            self.init(hour: hour % 12 + offset, minute: minute)
            return
        }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }
}
