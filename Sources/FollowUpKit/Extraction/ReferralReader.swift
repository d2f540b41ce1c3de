/// Finds people the person suggested the organizer meet: "talk to her neighbor Jose Ramirez",
/// "his coworker Sunita Rao would be a great person for me to meet", or an item under "Who else".
enum ReferralReader {
    struct Found {
        var name: String
        var text: String
    }

    private static let reachVerbs = PhraseTable([
        "talk to", "talk with", "speak to", "speak with", "reach out to", "meet", "meet with", "call", "contact",
        "connect with", "get in touch with", "introduce me to", "introduce us to", "connect me with", "connect me to",
        "put me in touch with", "referred me to", "recommended", "suggested", "text", "email", "follow up with",
        "sit down with", "visit", "try", "look up", "hable con", "habla con", "hablar con", "hablen con",
        // "hit up Ruthie Alcindor", "He told me to see Vera Stinnett", "go see doña Chepa", "Falar c/ Valdirene Rocha"
        "go see", "go find", "me to see", "us to see", "said to see", "person to see", "ought to see", "said hit up", "should see", "gotta see", "got to see", "to hit up", "should hit up",
        "falar com", "falar c", "fala com", "fala c", "parler à", "parler avec",
    ])

    /// Words that make "talk to X" a suggestion from the person rather than a passing mention.
    private static let suggestionCues: Set<String> = [
        "suggested", "suggests", "recommended", "recommends", "referred", "should", "introduce", "connect", "put",
        "offered", "wants", "told", "thinks", "said", "says", "worth", "referral", "great", "good", "dijo", "dice", "dicen",
    ]

    /// Words that may stand between a verb and a name: "her neighbor", "the pastor at".
    private static let describers: Set<String> = Lexicon.determiners.union(Lexicon.relations).union([
        "old", "new", "former", "best", "next-door", "upstairs", "downstairs", "building's", "block's", "church's",
        "union's", "school's", "fellow",
    ])

    /// Referrals in a sentence of prose: a suggestion that names real people, one or several
    /// ("talk with Pastor Simmons at Greater Hope, and with Coach Ray Porter at the rec center").
    static func findAll(in unit: TextUnit, people: People) -> [Found] {
        let words = unit.words
        // Shorthand puts the suggestion in the imperative: "- talk to Reggie Banks (forklift, nights)".
        // "hit up Ruthie Alcindor", "go see Tavo Ruelas" opening the line are the same.
        let imperative = ["talk", "reach", "meet", "connect", "contact", "call", "habla", "hable", "falar", "fala"].contains(words.first?.folded ?? "")
        if words.count > 2, words.matches(["hit", "up"], at: 0) || words.matches(["go", "see"], at: 0) || words.matches(["go", "find"], at: 0),
            let found = named(from: 2, in: unit, people: people)
        {
            if found.isProperName { return [found.referral] + following(after: 2, in: unit, people: people) }
            if let lower = lowerCaseName(from: 2, in: unit) { return [lower] }
        }
        guard imperative || words.contains(where: { suggestionCues.contains($0.folded) }) else { return [] }
        if let found = namedThenPointedTo(in: unit, people: people) { return [found] }
        for index in words.indices {
            guard let verb = reachVerbs.longest(at: index, in: words),
                // "to see what Father Joe said": finding out, not meeting
                verb.last != "see" || index + verb.count >= words.count
                    || !["what", "if", "whether", "how", "who", "about", "when", "why"].contains(words[index + verb.count].folded),
                let found = named(from: index + verb.count, in: unit, people: people)
            else { continue }
            guard found.isProperName else {
                // …not "his call not hers": a noun after its owner
                if index == 0 || !describers.contains(words[index - 1].folded), let lower = lowerCaseName(from: index + verb.count, in: unit) {
                    return [lower]
                }
                continue
            }
            return [found.referral] + following(after: index + verb.count, in: unit, people: people)
        }
        return find(in: unit, people: people).map { [$0] } ?? []
    }

    /// "Wendell Graber - drives the bookmobile, she says talk to him", "Shapla Begum got deactivated the same week,
    /// Gulshan says call her": a name opening the line, and the suggestion later pointing back to it.
    private static func namedThenPointedTo(in unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        guard words.count > 4, words[0].isCapitalized, words[1].isCapitalized,
            let found = named(from: 0, in: unit, people: people), found.isProperName, found.referral.name.contains(" ")
        else { return nil }
        for index in words.indices.dropFirst(2) where suggestionCues.contains(words[index].folded) {
            guard let verb = reachVerbs.longest(at: index + 1, in: words), case let pronoun = index + 1 + verb.count,
                pronoun < words.count, ["him", "her", "them"].contains(words[pronoun].folded),
                // …a suggestion that closes its clause, not a story going on ("Fern says text him and he disappears")
                pronoun + 1 == words.count || unit.gap(before: pronoun + 1).contains(where: { ",;.!(".contains($0) })
            else { continue }
            return found.referral
        }
        return nil
    }

    /// "go see junior hensley, runs the senior center": in a note written all in lower case, two words after the
    /// suggestion and before a comma or a bracket ("…hensley (crossing guard)") name the person.
    private static func lowerCaseName(from start: Int, in unit: TextUnit) -> Found? {
        let words = unit.words
        // …and what follows tells who they are: "junior hensley, runs the senior center", not "legal aid, they helped her
        // sister", "urgent care."
        guard !words.contains(where: \.isCapitalized), start + 2 < words.count, unit.gap(before: start + 2).contains(where: { ",(".contains($0) }),
            !notDescribing.contains(words[start + 2].folded)
        else { return nil }
        let pair = words[start...(start + 1)]
        guard pair.allSatisfy({ word in
            word.folded.allSatisfy(\.isLetter) && word.folded.count > 2 && !describers.contains(word.folded)
                && !Lexicon.notNames.contains(word.folded) && !lowerCaseNotNames.contains(word.folded)
        }) else { return nil }
        let name = String(unit.string[words[start].range.lowerBound..<words[start + 1].range.upperBound])
        let rest = start + 2 < words.count ? unit.clean(words[start + 1].range.upperBound, unit.range.upperBound) : ""
        return Found(name: name, text: rest)
    }

    /// Words after the comma that go on about something else: "legal aid, they helped her sister", "animal control, the
    /// raccoons are back".
    private static let notDescribing: Set<String> = [
        "they", "they're", "theyre", "it", "it's", "its", "the", "that", "that's", "thats", "this", "we", "you", "i",
        "not", "but", "and", "so", "or", "then", "because", "if", "when", "there", "there's", "theres", "free",
    ]

    /// Plain words that two lower-case words after "go see" or "talk to" may be: "talk to folks there", "go see
    /// about it".
    private static let lowerCaseNotNames: Set<String> = [
        "about", "folks", "people", "everyone", "everybody", "somebody", "someone", "anyone", "anybody", "there", "here", "first",
        "again", "later", "soon", "today", "tomorrow", "tmrw", "tonight", "too", "also", "them", "him", "her", "you", "back", "what",
        "whether", "how", "who", "when", "why", "before", "after", "the", "this", "that", "those", "these", "some", "all", "any",
        "not", "hers", "his", "mine", "yours", "theirs", "ours", "now", "then", "instead", "maybe", "probably", "for",
        "they", "we", "says", "said",
    ]

    /// More names joined to the first by "and (with)" or "or": each its own referral.
    private static func following(after start: Int, in unit: TextUnit, people: People) -> [Found] {
        let words = unit.words
        var found: [Found] = []
        var index = start + 1
        while index + 1 < words.count {
            if ["and", "or"].contains(words[index].folded) {
                var next = index + 1
                // "…, and also to talk to Reggie Alston": the same suggestion, said again.
                while next < words.count, ["also", "to", "with"].contains(words[next].folded) { next += 1 }
                if let verb = reachVerbs.longest(at: next, in: words) { next += verb.count }
                guard next < words.count else { break }
                if next < words.count, let named = named(from: next, in: unit, people: people), named.isProperName {
                    found.append(named.referral)
                    index = next + 1
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// "his coworker Sunita Rao would be a great person for me to meet": the name comes first.
    private static func find(in unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        for index in words.indices.dropFirst(2)
        where Lexicon.relations.contains(words[index - 1].folded) && ["her", "his", "their"].contains(words[index - 2].folded) {
            if let found = named(from: index, in: unit, people: people), found.isProperName,
                words[index...].contains(where: { ["meet", "talk", "call", "contact", "reach"].contains($0.folded) })
            {
                return Found(name: found.referral.name, text: String(unit.string[words[index - 1].range]))
            }
        }
        return nil
    }

    /// An item under a referrals heading: a name first, then what the note says of them.
    static func item(_ unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        let start = reachVerbs.longest(at: 0, in: words)?.count ?? 0
        guard let found = named(from: start, in: unit, people: people) else { return nil }
        if found.isProperName { return found.referral }
        // No capitalised name: the whole phrase names them ("the pastor at St. Mark's").
        return Found(name: unit.clean(unit.words[start].range.lowerBound, unit.range.upperBound), text: "")
    }

    private struct Named {
        var referral: Found
        var isProperName: Bool
    }

    /// Reads "her neighbor Jose Ramirez, who runs the group chat" from word `start` on.
    private static func named(from start: Int, in unit: TextUnit, people: People) -> Named? {
        let words = unit.words
        var index = start
        var describing: [String] = []
        while index < words.count, !isNameWord(words[index]), describers.contains(words[index].folded) {
            describing.append(String(unit.string[words[index].range]))
            index += 1
        }
        // After "his"/"her", a few more plain words still describe the person: "his union brother Pete",
        // "her wife's friend Norma", "his co-manager Ruth".
        if let first = describing.first?.lowercased(), ["his", "her", "their", "my", "our"].contains(first) {
            var extra = index
            while extra < words.count, extra - index < 3, !isNameWord(words[extra]), !words[extra].isCapitalized,
                !["who", "that", "and", "to", "about", "for", "at", "on", "in"].contains(words[extra].folded)
            {
                extra += 1
            }
            if extra < words.count, extra > index, isNameWord(words[extra]) {
                describing += words[index..<extra].map { String(unit.string[$0.range]) }
                index = extra
            }
        }
        // "the person I need to meet is Esperanza Leal".
        if index + 1 < words.count, ["is", "was"].contains(words[index].folded), isNameWord(words[index + 1]) { index += 1 }
        guard index < words.count else { return nil }
        var end = index
        while end < words.count, end - index < 4, isNameWord(words[end]) {
            if end > index && unit.gap(before: end).contains(where: { ",;:(—–".contains($0) }) {
                break
            }
            end += 1
        }
        guard end > index else {
            return Named(referral: Found(name: "", text: ""), isProperName: false)
        }
        if people.personNames.contains(words[index].folded) || people.organizerNames.contains(words[index].folded) {
            return nil
        }
        let name = String(unit.string[words[index].range.lowerBound..<words[end - 1].range.upperBound])
        // What is said of them runs to the next person joined by "and with" / "and".
        var restEnd = unit.range.upperBound
        var scan = end
        while scan + 1 < words.count {
            if ["and", "or"].contains(words[scan].folded),
                words[scan + 1].folded == "with" || (isNameWord(words[scan + 1]) && unit.gap(before: scan).contains(","))
            {
                restEnd = words[scan - 1].range.upperBound
                break
            }
            scan += 1
        }
        var rest = end < words.count ? unit.clean(words[end - 1].range.upperBound, restEnd) : ""
        if rest.lowercased().hasPrefix("who ") { rest.removeFirst(4) }
        let text = (describing.isEmpty ? [] : [describing.joined(separator: " ")]) + (rest.isEmpty ? [] : [rest])
        return Named(referral: Found(name: name, text: text.joined(separator: "; ")), isProperName: true)
    }

    private static func isNameWord(_ word: Word) -> Bool {
        word.isCapitalized && !Lexicon.notNames.contains(word.folded)
    }
}
