/// `followup report`: what the group learned from its 1:1s, for reporting back. It names no one and
/// quotes no story text unless `names` is set.
public struct GroupReport: Sendable {
    public var notes: [Note]
    public var names: Bool

    public init(notes: [Note], names: Bool) {
        self.notes = notes
        self.names = names
    }

    public var text: String {
        guard let first = notes.map(\.date).min(), let last = notes.map(\.date).max() else { return "No 1:1 notes found.\n" }
        var out = "# Report back: \(notes.count) one-on-ones, \(first.words) to \(last.words)\n"
        out += "\n## 1:1s by organizer\n\n"
        for (organizer, count) in tally(notes.map { $0.frontMatter.organizer.map(Phrasing.oneLine) ?? "(no organizer given)" }) {
            out += "- \(organizer): \(count)\n"
        }
        out += "\n## 1:1s by week (weeks start on Monday)\n\n"
        let weeks = Dictionary(grouping: notes) { $0.date.adding(days: 1 - $0.date.weekday.rawValue) }
        for week in weeks.keys.sorted() {
            out += "- week of \(week.words): \(weeks[week]!.count)\n"
        }
        let asks = notes.flatMap(\.asks)
        out += "\n## Asks\n\n"
        let counts = Dictionary(grouping: asks, by: \.response).mapValues(\.count)
        let yes = counts[.yes] ?? 0
        let share = asks.isEmpty ? 0 : (yes * 100 + asks.count / 2) / asks.count
        out += "\(asks.count) asks made: \(yes) yes, \(counts[.no] ?? 0) no, \(counts[.maybe] ?? 0) maybe, \(counts[.pending] ?? 0) no answer yet (\(share)% yes).\n"
        out += "\n## Issues, by how many people raised them\n\n"
        var people: [String: Set<String>] = [:]
        for note in notes { for issue in note.issues { people[issue, default: []].insert(PersonSummary.key(for: note)) } }
        let ranked = people.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) })
        for (rank, (issue, who)) in ranked.prefix(10).enumerated() {
            out += "\(rank + 1). \(issue): \(who.count) \(who.count == 1 ? "person" : "people")\n"
        }
        if ranked.count > 10 { out += "… and \(ranked.count - 10) more issues.\n" }
        out += "\n## Skills and resources on hand\n\n"
        let skills = notes.flatMap { note in note.skills.map { (note, $0) } }
        for (category, entries) in Dictionary(grouping: skills, by: { SkillCategory.of($0.1.text) }).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let who = Set(entries.map { PersonSummary.key(for: $0.0) }).count
            out += "- \(category.rawValue): \(who) \(who == 1 ? "person" : "people")"
            if names {
                out += " (" + entries.map { "\(Phrasing.oneLine($0.0.person)): \(Phrasing.oneLine($0.1.text))" }.joined(separator: "; ") + ")"
            }
            out += "\n"
        }
        let met = Set(notes.map { PersonSummary.folded($0.person) })
        let unmet = notes.flatMap { note in note.referrals.map { (note, $0) } }.filter { !met.contains(PersonSummary.folded($0.1.name)) }
        out += "\n## Referrals not yet met\n\n\(unmet.count) people suggested by those we met have no 1:1 yet.\n"
        if names {
            for (note, referral) in unmet {
                out += "- \(Phrasing.oneLine(referral.name)), suggested by \(Phrasing.oneLine(note.person))\n"
            }
        }
        return out
    }

    private func tally(_ values: [String]) -> [(String, Int)] {
        Dictionary(grouping: values, by: { $0 }).map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }
}

/// Broad kinds of what people bring, so a report can count them without quoting anyone.
enum SkillCategory: String, CaseIterable {
    case languages = "languages"
    case vehicles = "a car, truck or van"
    case spaces = "a space or venue"
    case trades = "a trade or profession"
    case networks = "a network or group"
    case other = "other skills"

    static func of(_ text: String) -> SkillCategory {
        let words = Set(Word.words(in: text[...]).map(\.folded))
        if !words.isDisjoint(with: ["speaks", "bilingual", "trilingual", "fluent", "translate", "translates", "interprets"])
            || !words.isDisjoint(with: Lexicon.languages)
        {
            return .languages
        }
        if !words.isDisjoint(with: ["car", "truck", "van", "minivan", "pickup", "drives", "drive", "suv"]) { return .vehicles }
        if !words.isDisjoint(with: ["hall", "basement", "backyard", "venue", "space", "kitchen", "garage", "storefront", "room"]) { return .spaces }
        if !words.isDisjoint(with: ["knows", "network", "chat", "list", "connected", "members", "families", "everyone"]) { return .networks }
        if !words.isDisjoint(with: Lexicon.occupations.subtracting(["home", "high", "public", "line", "community", "school", "health"])) { return .trades }
        return .other
    }
}
