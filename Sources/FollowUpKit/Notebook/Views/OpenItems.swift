/// Every open, dated follow-up of a notebook: the person's commitments and, where a checklist was
/// generated, its unticked items (which stand for your promises, with your ticks); where none was
/// generated, your promises from the note.
public enum OpenItems {
    public static func collect(_ notes: [Note], checklistFolder: String? = nil) -> [OpenItem] {
        var items: [OpenItem] = []
        for note in notes {
            let first = Phrasing.firstName(of: Phrasing.oneLine(note.person))
            let path = (checklistFolder ?? Generator.defaultFolder(for: note.path)) + "/" + note.stem + ".followup.md"
            let checklist = ChecklistReader.items(at: path)
            for commitment in note.commitments where !commitment.done {
                guard let due = commitment.due else { continue }
                if commitment.owner == .organizer && checklist != nil { continue }
                let who = commitment.owner == .supporter ? first : "You"
                items.append(OpenItem(
                    person: note.person, text: "\(who): \(Phrasing.withoutDates(commitment.text, meeting: note.date))", due: due, notePath: note.path,
                    source: .note, kind: commitment.owner.rawValue,
                    id: "\(commitment.owner.rawValue)-\(StableHash.hex(of: "\(commitment.line) \(commitment.text)"))"))
            }
            for item in checklist ?? [] where !item.done {
                guard let due = item.due else { continue }
                items.append(OpenItem(
                    person: note.person, text: item.text, due: DateValue(day: due), notePath: note.path, source: .checklist,
                    kind: String(item.id.split(separator: "-").dropLast().joined(separator: "-")), id: item.id))
            }
        }
        return items.sorted { ($0.due.day, $0.due.time ?? TimeOfDay(hour: 0)!, $0.notePath, $0.text) < ($1.due.day, $1.due.time ?? TimeOfDay(hour: 0)!, $1.notePath, $1.text) }
    }
}
