/// `followup calendar`: an iCalendar (RFC 5545) file of open follow-ups (VTODO) and of dated
/// commitments with a time (VEVENT, an hour long). Deterministic: stable UIDs, and a DTSTAMP
/// taken from the note's meeting day rather than the clock.
public enum CalendarWriter {
    public static func calendar(notes: [Note], items: [OpenItem]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup//followup 0.1//EN", "CALSCALE:GREGORIAN"]
        let meetings = Dictionary(notes.map { ($0.path, $0.date) }, uniquingKeysWith: { first, _ in first })
        for item in items {
            let stamp = "DTSTAMP:" + compact(meetings[item.notePath] ?? item.due.day) + "T000000Z"
            let uid = "UID:" + StableHash.fullHex(of: item.notePath + " " + item.id) + "@followup"
            let summary = "SUMMARY:" + escape("\(Phrasing.oneLine(item.person)): \(item.text)")
            let description = "DESCRIPTION:" + escape("From \(item.notePath)")
            if item.kind == "supporter", let time = item.due.time {
                let start = compact(item.due.day) + "T" + hhmm(time) + "00"
                lines += ["BEGIN:VEVENT", uid, stamp, "DTSTART:" + start, "DURATION:PT1H", summary, description, "END:VEVENT"]
            }
            let due = item.due.time.map { "DUE:" + compact(item.due.day) + "T" + hhmm($0) + "00" } ?? "DUE;VALUE=DATE:" + compact(item.due.day)
            lines += ["BEGIN:VTODO", "UID:" + StableHash.fullHex(of: item.notePath + " todo " + item.id) + "@followup", stamp, due, summary, description, "STATUS:NEEDS-ACTION", "END:VTODO"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Text values escape backslash, semicolon, comma and line breaks.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out
    }

    private static func compact(_ day: CalendarDay) -> String { day.description.replacingOccurrences("-", "") }
    private static func hhmm(_ time: TimeOfDay) -> String { time.description.replacingOccurrences(":", "") }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        String(flatMap { $0 == target ? Array(replacement) : [$0] })
    }
}
