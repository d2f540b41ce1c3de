/// Finds what the person brings in a sentence of prose: "she's a nurse", "speaks Tagalog",
/// "has a truck", "knows the pastor at St. Mark's", "good at social media".
enum SkillReader {
    /// Phrases that open a skill; the skill runs from the phrase to the end of its clause.
    private static let openers = PhraseTable([
        "speaks", "speak", "fluent in", "bilingual", "trilingual", "translates", "interprets", "works as",
        "worked as", "used to be", "used to work as", "used to work in", "used to work at", "trained as", "trained in",
        "certified", "licensed", "knows how to", "good at", "great at", "good on", "good with", "great with",
        "skilled at", "skilled in", "experience with", "experience in", "experienced in", "experience as",
        "background in", "degree in", "expert in", "handy with", "handy", "big on", "can drive", "can cook",
        "can translate", "can host", "can design", "can print", "can build", "can fix", "can bake", "can make",
        "can film", "can sing", "can play", "can code", "can write", "can paint", "can open", "can get", "can store",
        "can read", "can lend", "can borrow", "can bring", "knows", "well connected", "well-connected",
        "is connected to", "runs a", "runs the", "runs her", "runs his", "leads the", "leads a", "manages", "coaches",
        "owns a", "owns the", "owns", "on the board of", "sits on", "plays", "sings in", "does", "coordinates",
        "organizes", "organized", "designs", "drives a", "drives for", "drives rideshare", "drives", "has driven",
        "keeps the", "has keys to", "edits", "makes", "builds", "repairs", "fixes", "teaches", "taught",
        "volunteers at", "volunteers with", "tutors", "bakes", "cooks for", "directs", "chairs", "advises", "hosts",
        "delivers", "works the", "works at", "works in", "works for", "works construction", "works overnight",
        "works nights", "has run", "has tools", "has connections", "is in", "belongs to",
    ])

    /// What may not follow a general opener for it to name a skill ("knows that…", "does not…").
    private static let notAfterOpener: [String: Set<String>] = [
        "knows": ["that", "about", "what", "why", "when", "where", "if", "whether", "her", "him", "them", "it", "this", "me", "you", "us", "we", "i", "she", "he", "they", "nothing", "how", "who"],
        "does": ["not", "n't", "it", "that", "this", "so", "too", "what", "anything", "nothing", "well", "the", "a", "an", "her", "his"],
        "owns": ["up", "it", "that"],
        "drives": ["me", "her", "him", "them", "up", "down", "home", "to", "past", "by"],
        "makes": ["it", "me", "her", "him", "them", "sure", "sense", "time", "a", "the", "no"],
        "is in": ["the", "a", "her", "his", "their", "pain", "trouble", "debt", "school", "charge", "town"],
        "hosts": ["it"], "directs": ["me", "her", "him"], "manages": ["to", "it"],
    ]

    /// Phrases that introduce something the person has or is, checked against the lexicons.
    private static let possessions: [[Substring]] = ["has a", "has an", "has two", "has her", "has his", "'s got a", "has got a", "has access to"].map { $0.split(separator: " ") }
    /// First words of the identity and possession phrases.
    private static let identityAndPossessionWords: Set<String> = ["is", "was", "works", "retired", "has", "owns", "used", "former", "and", "shes", "hes"]
    private static let identities: [[Substring]] = [
        "is a", "is an", "was a", "was an", "'s a", "'s an", "'s been a", "has been a", "works as a", "used to be a",
        "retired", "former", "a retired", "shes a", "shes an", "hes a", "hes an",
    ].map { $0.split(separator: " ") }
    /// "She's PTA treasurer", "he is head steward": no article, so the job must come at once.
    private static let bareIdentities: [[Substring]] = ["'s", "is", "shes", "hes"].map { $0.split(separator: " ") }

    static func findAll(in unit: TextUnit, people: People) -> [Range<String.Index>] {
        let words = unit.words
        var found: [Range<String.Index>] = []
        var index = 0
        while index < words.count {
            let word = words[index].folded
            let opener = openers.longest(at: index, in: words).flatMap { phrase in
                isExcluded(phrase, at: index, in: words) ? nil : phrase
            }
            let clauseStart = startsClause(at: index, in: unit)
            // Cheap test first: most words open no skill phrase at all.
            guard opener != nil || identityAndPossessionWords.contains(word) || word.contains("'") || (clauseStart && Occupation.isOccupation(word)) else {
                index += 1
                continue
            }
            let subjectOK = clauseStart || hasPersonSubject(at: index, in: words, people: people) || startsWithPerson(index, in: words, people: people)
            var start: Int? = nil
            if opener != nil, subjectOK {
                start = index
            } else if let (phrase, next) = contracted(identities, at: index, in: words) ?? plain(identities, at: index, in: words),
                subjectOK, next < words.count, Occupation.follows(from: next, in: words)
            {
                start = phrase ? next : index
            } else if let (_, next) = contracted(bareIdentities, at: index, in: words) ?? plain(bareIdentities, at: index, in: words),
                subjectOK, next < words.count, !["a", "an", "the"].contains(words[next].folded),
                Occupation.isOccupation(words[next].folded) || (next + 1 < words.count && Occupation.isOccupation(words[next + 1].folded))
            {
                start = next
            } else if word == "and", index + 2 < words.count, ["a", "an"].contains(words[index + 1].folded), !found.isEmpty,
                Occupation.follows(from: index + 2, in: words)
            {
                start = index + 2  // "a security guard and a deacon at…"
            } else if let (_, next) = contracted(possessions, at: index, in: words) ?? plain(possessions, at: index, in: words),
                subjectOK, next < words.count, lexiconHit(Lexicon.resources, from: next, in: words)
            {
                start = index
            } else if clauseStart, Occupation.isOccupation(word), Occupation.standsAlone(after: index, in: unit) {
                start = index  // shorthand: "- nurse at St Luke's, nights", "Housekeeper 11 yrs"
            }
            if let start {
                let end = clauseEnd(from: start + 1, in: unit)
                found.append(words[start].range.lowerBound..<end.bound)
                index = max(end.nextWord, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }

    private static func isExcluded(_ phrase: [Substring], at index: Int, in words: [Word]) -> Bool {
        let key = phrase.joined(separator: " ")
        guard let excluded = notAfterOpener[key] else { return false }
        let next = index + phrase.count
        return next >= words.count || excluded.contains(words[next].folded)
    }

    /// The word opens a clause: the sentence's first word, or one after a comma, semicolon, colon or dash.
    static func startsClause(at index: Int, in unit: TextUnit) -> Bool {
        guard index > 0 else { return true }
        let gap = unit.string[unit.words[index - 1].range.upperBound..<unit.words[index].range.lowerBound]
        return gap.contains(where: { ",;:(—–•".contains($0) }) || gap.contains(" - ")
    }

    /// "she's a" (the verb inside a contraction): returns whether the skill starts after the phrase.
    private static func contracted(_ phrases: [[Substring]], at index: Int, in words: [Word]) -> (Bool, Int)? {
        let word = words[index].folded
        guard let apostrophe = word.firstIndex(of: "'") else { return nil }
        for phrase in phrases where phrase.first == word[apostrophe...] {
            let rest = Array(phrase.dropFirst())
            if words.matches(rest, at: index + 1) { return (true, index + 1 + rest.count) }
        }
        return nil
    }

    private static func plain(_ phrases: [[Substring]], at index: Int, in words: [Word]) -> (Bool, Int)? {
        for phrase in phrases where !phrase[0].hasPrefix("'") && words.matches(phrase, at: index) {
            return (true, index + phrase.count)
        }
        return nil
    }

    private static func lexiconHit(_ lexicon: Set<String>, from index: Int, in words: [Word]) -> Bool {
        for offset in 0..<3 where index + offset < words.count {
            let word = words[index + offset].folded
            if lexicon.contains(word) || lexicon.contains(String(word.dropLast())) { return true }
        }
        return false
    }

    /// A skill belongs to the person: the phrase opens the sentence ("Speaks Tagalog.") or follows the
    /// person's name, a pronoun for them, or a connector ("and", "also") — never "her husband is a nurse".
    private static func hasPersonSubject(at index: Int, in words: [Word], people: People) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1].folded
        let stem = previous.split(separator: "'").first.map(String.init) ?? previous
        if Lexicon.relations.contains(stem) { return false }
        if people.isPerson(stem) { return true }
        if ["and", "also", "both", "really", "very", "she's", "he's", "even", "already", "still", "plus"].contains(previous) {
            // "…Musa, who coaches the team and knows half the families": the skill is Musa's.
            for back in stride(from: index - 2, through: max(0, index - 12), by: -1) {
                let word = words[back].folded
                if ["who", "whose", "which"].contains(word) { return false }
                if people.isPerson(word.split(separator: "'").first.map(String.init) ?? word) { break }
            }
            return index < 2 || !Lexicon.relations.contains(words[index - 2].folded)
        }
        return false
    }

    /// A contraction subject ("she's a") carries its own subject.
    private static func startsWithPerson(_ index: Int, in words: [Word], people: People) -> Bool {
        let word = words[index].folded
        guard let stem = word.split(separator: "'").first, word.contains("'") else { return false }
        return people.isPerson(String(stem))
    }

    /// The end of the clause that starts at word `start`: a comma, "and" before a new verb, or the sentence end.
    static func clauseEnd(from start: Int, in unit: TextUnit) -> (bound: String.Index, nextWord: Int) {
        let words = unit.words
        var index = start
        while index < words.count {
            let gap = unit.string[words[index - 1].range.upperBound..<words[index].range.lowerBound]
            if gap.contains(where: { ",;:(—–".contains($0) }) || gap.contains(" - ") { break }
            if ["and", "but", "who", "which", "so", "because", "since", "while", "plus", "if", "when", "until", "unless", "whose"].contains(words[index].folded),
                index + 1 < words.count, !Lexicon.languages.contains(words[index + 1].folded)
            {
                break
            }
            index += 1
        }
        return (words[index - 1].range.upperBound, index)
    }
}
