/// Finds people the person suggested the organizer meet: "talk to her neighbor Jose Ramirez",
/// "she said I should call Pastor Kim", or an item under a "Who else" heading.
enum ReferralReader {
    struct Found {
        var name: String
        var text: String
    }

    private static let reachVerbs: [[Substring]] = [
        "talk to", "talk with", "speak to", "speak with", "reach out to", "meet", "meet with", "call", "contact",
        "connect with", "get in touch with", "introduce me to", "introduce us to", "connect me with", "connect me to",
        "put me in touch with", "referred me to", "recommended", "suggested", "mentioned", "text", "email",
        "follow up with", "sit down with", "visit", "try", "look up", "ask",
    ].map { $0.split(separator: " ") }

    /// Words that make "talk to X" a suggestion from the person rather than a passing mention.
    private static let suggestionCues: Set<String> = [
        "suggested", "suggests", "recommended", "recommends", "referred", "should", "introduce", "connect", "put",
        "offered", "wants", "told", "thinks", "said", "says", "try", "worth", "referral", "mentioned",
    ]

    /// A referral in a sentence of prose, only where the sentence carries a suggestion.
    static func find(in unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        guard words.contains(where: { suggestionCues.contains($0.folded) }) else { return nil }
        for index in words.indices {
            for verb in reachVerbs where words.matches(verb, at: index) {
                if let found = named(from: index + verb.count, in: unit, people: people, requireName: true) { return found }
            }
        }
        return nil
    }

    /// An item under a referrals heading: a name first, then what the note says of them.
    static func item(_ unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        var start = 0
        for verb in reachVerbs where words.matches(verb, at: 0) { start = max(start, verb.count) }
        return named(from: start, in: unit, people: people, requireName: false)
    }

    /// Reads "her neighbor Jose Ramirez, who runs the group chat" from word `start` on.
    private static func named(from start: Int, in unit: TextUnit, people: People, requireName: Bool) -> Found? {
        let words = unit.words
        var index = start
        var descriptor: [String] = []
        while index < words.count, !words[index].isCapitalized || Lexicon.notNames.contains(words[index].folded) && words[index].folded != "i",
            Lexicon.determiners.contains(words[index].folded) || Lexicon.relations.contains(words[index].folded)
                || ["old", "new", "former", "best", "building's", "block's", "church's", "union's", "school's", "next-door"].contains(words[index].folded)
        {
            descriptor.append(String(unit.string[words[index].range]))
            index += 1
        }
        var nameEnd = index
        while nameEnd < words.count, nameEnd - index < 4, words[nameEnd].isCapitalized,
            !Lexicon.notNames.contains(words[nameEnd].folded) || (nameEnd > index && words[nameEnd].folded == "de")
        {
            if nameEnd > index {
                let gap = unit.string[words[nameEnd - 1].range.upperBound..<words[nameEnd].range.lowerBound]
                if gap.contains(where: { ",;:(—–".contains($0) }) { break }
            }
            nameEnd += 1
        }
        let name: String
        if nameEnd > index {
            if people.personNames.contains(words[index].folded) || people.organizerNames.contains(words[index].folded) { return nil }
            name = String(unit.string[words[index].range.lowerBound..<words[nameEnd - 1].range.upperBound])
        } else {
            guard !requireName || descriptor.count >= 2, !descriptor.isEmpty || !requireName else { return nil }
            guard !descriptor.isEmpty else {
                guard index < words.count else { return nil }
                let end = SkillReader.clauseEnd(from: index + 1, in: unit)
                return Found(name: unit.clean(words[index].range.lowerBound, end.bound), text: "")
            }
            let end = SkillReader.clauseEnd(from: index, in: unit)
            return Found(name: unit.clean(words[start].range.lowerBound, end.bound), text: "")
        }
        var rest = nameEnd < words.count ? unit.clean(words[nameEnd - 1].range.upperBound, unit.range.upperBound) : ""
        for lead in ["who ", "she ", "he ", "they ", "that ", "- ", "is "] where rest.lowercased().hasPrefix(lead) && lead != "is " {
            if lead == "who " { rest = String(rest.dropFirst(lead.count)) }
        }
        let described = descriptor.isEmpty ? rest : ([descriptor.joined(separator: " ")] + (rest.isEmpty ? [] : [rest])).joined(separator: "; ")
        return Found(name: name, text: described)
    }
}
