import Foundation

/// One person across every note about them: `followup people`.
public struct PersonSummary: Hashable, Sendable {
    public var name: String
    public var id: String?
    public var meetings: Int
    public var firstContact: CalendarDay
    public var lastContact: CalendarDay
    /// Their commitments not done and not yet past.
    public var openCommitments: Int
    /// Your promises to them not done.
    public var openPromises: Int
    public var kept: Int
    /// Dated in the past and not ticked.
    public var missed: Int
    public var stage: String
    public var stageInferred: Bool
    public var nextCheckIn: CalendarDay
    public var paths: [String]

    /// Notes about the same person, joined by `id:` when given, else by name with case, accents and spacing folded.
    public static func index(_ notes: [Note], today: CalendarDay, cadenceDays: Int) -> [PersonSummary] {
        var groups: [String: [Note]] = [:]
        for note in notes { groups[key(for: note), default: []].append(note) }
        return groups.values.map { summary(of: $0.sorted { $0.date < $1.date }, today: today, cadenceDays: cadenceDays) }
            .sorted { ($0.name.lowercased(), $0.id ?? "") < ($1.name.lowercased(), $1.id ?? "") }
    }

    static func key(for note: Note) -> String {
        if let id = note.frontMatter.id { return "id:" + id }
        return "name:" + folded(note.person)
    }

    static func folded(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func summary(of notes: [Note], today: CalendarDay, cadenceDays: Int) -> PersonSummary {
        let latest = notes.last!
        let theirs = notes.flatMap { $0.commitments.filter { $0.owner == .supporter } }
        let promises = notes.flatMap { $0.commitments.filter { $0.owner == .organizer } }
        let stated = notes.reversed().lazy.compactMap(\.frontMatter.stage).first
        return PersonSummary(
            name: Phrasing.oneLine(latest.person), id: latest.frontMatter.id, meetings: notes.count,
            firstContact: notes.first!.date, lastContact: latest.date,
            openCommitments: theirs.filter { !$0.done && ($0.due.map { $0.day >= today } ?? true) }.count,
            openPromises: promises.filter { !$0.done }.count,
            kept: theirs.filter(\.done).count,
            missed: theirs.filter { !$0.done && ($0.due.map { $0.day < today } ?? false) }.count,
            stage: stated ?? inferredStage(notes), stageInferred: stated == nil,
            nextCheckIn: latest.date.adding(days: cadenceDays), paths: notes.map(\.path))
    }

    /// A rough place on the ladder of engagement from what the notes show: leading (holds 1:1s,
    /// leads, recruits, chairs, or a leadership 1:1), active (said yes or kept a commitment), or contact.
    static func inferredStage(_ notes: [Note]) -> String {
        let leading = ["1:1", "1:1s", "one-on-one", "lead", "co-lead", "recruit", "chair", "co-chair", "host", "facilitate", "train"]
        for note in notes {
            if note.frontMatter.kind?.lowercased().contains("leader") == true { return "leader" }
            for commitment in note.commitments where commitment.owner == .supporter {
                let words = Set(commitment.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init))
                if !words.isDisjoint(with: leading) { return "leader" }
            }
        }
        let active = notes.contains { note in
            note.asks.contains { $0.response == .yes } || note.commitments.contains { $0.owner == .supporter && $0.done }
        }
        return active ? "volunteer" : "contact"
    }
}
