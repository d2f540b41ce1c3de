import Foundation

/// `followup export --format csv`: one row a note, RFC 4180 quoting, a header row.
/// `redact` drops contact details and free text, for sharing outside the team.
public enum CSVExport {
    public static func csv(notes: [Note], items: [OpenItem], today: CalendarDay, redact: Bool) -> String {
        let full = [
            "path", "person", "date", "time", "organizer", "kind", "duration_minutes", "location", "email", "phone",
            "prefers", "issues", "ask_responses", "asks", "open_commitments", "commitments", "next_due",
        ]
        let redacted: Set<String> = ["location", "email", "phone", "prefers", "asks", "commitments"]
        let columns = full.filter { !redact || !redacted.contains($0) }
        let nextDue = Dictionary(grouping: items, by: \.notePath).compactMapValues { list in
            list.filter { $0.due.day >= today }.map(\.due.day).min()
        }
        var rows = [columns]
        for note in notes {
            let front = note.frontMatter
            let open = note.commitments.filter { !$0.done }
            let values: [String: String] = [
                "path": note.path, "person": front.person, "date": front.date.description,
                "time": front.time?.description ?? "", "organizer": front.organizer ?? "", "kind": front.kind ?? "",
                "duration_minutes": front.durationMinutes.map(String.init) ?? "", "location": front.location ?? "",
                "email": front.contact?.email ?? "", "phone": front.contact?.phone ?? "", "prefers": front.contact?.prefers ?? "",
                "issues": note.issues.joined(separator: "; "),
                "ask_responses": note.asks.map(\.response.rawValue).joined(separator: "; "),
                "asks": note.asks.map { "\($0.text) (\($0.response.rawValue))" }.joined(separator: "; "),
                "open_commitments": String(open.count),
                "commitments": open.map { "\($0.owner.rawValue): \($0.text)" }.joined(separator: "; "),
                "next_due": nextDue[note.path]?.description ?? "",
            ]
            rows.append(columns.map { values[$0] ?? "" })
        }
        return rows.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A field in double quotes when it holds a comma, quote or line break; quotes doubled.
    static func quoted(_ raw: String) -> String {
        var field = raw
        // A cell starting like a formula would run in a spreadsheet: make it text ("=HYPERLINK(…)").
        if let first = field.first, first == "=" || first == "@" || ((first == "+" || first == "-") && !(field.dropFirst().first?.isNumber ?? false)) {
            field = "'" + field
        }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
