/// The fields the checklist template sees (documented in Templates/README.md).
enum ChecklistContext {
    static func make(note: Note, items: [FollowUpItem], today: CalendarDay, noteLink: String) -> [String: Any] {
        let front = note.frontMatter
        return [
            "person": Phrasing.oneLine(front.person),
            "personYAML": yamlQuoted(front.person),
            "firstName": Phrasing.firstName(of: Phrasing.oneLine(front.person)),
            "organizer": front.organizer.map(Phrasing.oneLine) ?? "",
            "hasOrganizer": front.organizer != nil,
            "meetingDate": front.date.description,
            "meetingWords": front.date.words + (front.time.map { " at \($0.words)" } ?? ""),
            "noteName": note.path.split(separator: "/").last.map(String.init) ?? note.path,
            "noteLink": noteLink.split(separator: "/").map { percentEncoded(String($0)) }.joined(separator: "/"),
            "noteYAML": yamlQuoted(note.path),
            "items": items.map { item -> [String: Any] in
                [
                    "check": item.done ? "x" : " ",
                    "done": item.done,
                    "text": item.text,
                    "kind": item.kind.rawValue,
                    "id": item.id,
                    "dueDate": item.due.description,
                    "dueWords": item.due.words + (item.time.map { " at \($0.words)" } ?? ""),
                    "overdue": item.isOverdue(on: today),
                ]
            },
        ]
    }

    /// A YAML double-quoted scalar, safe for any name, colon or quote: a JSON string is one.
    static func yamlQuoted(_ text: String) -> String {
        JSONValue.string(Phrasing.oneLine(text)).serialized()
    }

    /// Link text safe in a Markdown link target: spaces and parentheses encoded.
    private static func percentEncoded(_ part: String) -> String {
        var out = ""
        for character in part {
            switch character {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.append(character)
            }
        }
        return out
    }
}
