/// The readable `extract --format markdown` summary: one section a note, what an organizer scans for.
public enum NoteSummary {
    public static func markdown(for notes: [Note]) -> String {
        notes.map(markdown(for:)).joined(separator: "\n")
    }

    static func markdown(for note: Note) -> String {
        let front = note.frontMatter
        var lines = ["## \(front.person) — \(front.date.words)\(front.time.map { " at \($0.words)" } ?? "")", ""]
        var facts: [String] = []
        if let kind = front.kind { facts.append(kind) }
        if let minutes = front.durationMinutes { facts.append("\(minutes) min") }
        if let location = front.location { facts.append(location) }
        if let organizer = front.organizer { facts.append("with \(organizer)") }
        facts.append("`\(note.path)`")
        lines.append(facts.joined(separator: " · "))
        if let contact = front.contact {
            let reach = [contact.prefers.map { "prefers \($0)" }, contact.phone, contact.email].compactMap { $0 }
            lines.append("")
            lines.append("Reach: " + reach.joined(separator: " · "))
        }
        if !note.issues.isEmpty {
            lines.append("")
            lines.append("Cares about: " + note.issues.joined(separator: ", "))
        }
        section("Asks", note.asks.map { ask in
            "- \(ask.text) — **\(ask.response.rawValue)**\(ask.due.map { " (\($0.words))" } ?? "") · line \(ask.line)"
        }, into: &lines)
        section("Commitments", note.commitments.map { commitment in
            let who = commitment.owner == .organizer ? (front.organizer ?? "organizer") : front.person
            let due = commitment.due.map { " — by \($0.words)" } ?? " — no date"
            return "- [\(commitment.done ? "x" : " ")] \(who): \(commitment.text)\(due) · line \(commitment.line)"
        }, into: &lines)
        section("Skills and resources", note.skills.map { "- \($0.text) · line \($0.line)" }, into: &lines)
        section("Referrals", note.referrals.map { "- \($0.name)\($0.text.isEmpty ? "" : ": \($0.text)") · line \($0.line)" }, into: &lines)
        section("Dates", note.dates.map { "- “\($0.text)” → \($0.value.words) · line \($0.line)" }, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        lines.append("")
        lines.append("**\(title)**")
        lines.append("")
        lines.append(contentsOf: items)
    }
}
