/// Finds what the person brings in a sentence of prose: "she's a nurse", "speaks Tagalog",
/// "has a truck", "knows the pastor at St. Mark's", "good at social media".
enum SkillReader {
    /// Phrases that open a skill; the skill runs from the phrase to the end of its clause.
    private static let openers = PhraseTable([
        "speaks", "speak", "fluent in", "bilingual", "trilingual", "translates", "interprets", "works as",
        "worked as", "used to be", "used to work as", "trained as", "trained in", "certified", "licensed",
        "knows how to", "good at", "great at", "skilled at", "skilled in", "experience with", "experience in",
        "experienced in", "experience as", "background in", "degree in", "expert in", "handy with", "handy",
        "can drive", "can cook", "can translate", "can host", "can design", "can print", "can build", "can fix",
        "can bake", "can make", "can film", "can sing", "can play", "can code", "can write", "can paint",
        "knows everyone", "knows a lot of", "knows the", "knows lots of", "well connected", "well-connected",
        "is connected to", "runs a", "runs the", "leads the", "leads a", "manages a", "coaches", "owns a", "owns the",
        "on the board of", "sits on", "plays", "sings in", "does graphic", "does web", "does social", "does video",
        "coordinates", "organizes", "organized", "knows nearly every", "knows every", "knows everybody", "designs",
        "drives a", "drives for", "has driven", "keeps the", "can open", "has keys to", "edits", "builds", "repairs",
        "fixes", "teaches", "taught", "volunteers at", "volunteers with", "tutors", "bakes", "cooks for",
    ])

    /// Phrases that introduce something the person has or is, checked against the lexicons.
    private static let possessions: [[Substring]] = ["has a", "has an", "has two", "has her", "has his", "'s got a", "has got a", "has access to"].map { $0.split(separator: " ") }
    /// First words of the identity and possession phrases.
    private static let identityAndPossessionWords: Set<String> = ["is", "was", "works", "retired", "has", "owns"]
    private static let identities: [[Substring]] = ["is a", "is an", "was a", "was an", "'s a", "'s an", "works as a", "retired"].map { $0.split(separator: " ") }

    static func findAll(in unit: TextUnit, people: People) -> [Range<String.Index>] {
        let words = unit.words
        var found: [Range<String.Index>] = []
        var index = 0
        while index < words.count {
            // Cheap test first: most words open no skill phrase at all.
            let word = words[index].folded
            guard openers.longest(at: index, in: words) != nil || identityAndPossessionWords.contains(word) || word.contains("'"),
                hasPersonSubject(at: index, in: words, people: people) || startsWithPerson(index, in: words, people: people)
            else {
                index += 1
                continue
            }
            var start: Int? = nil
            if openers.longest(at: index, in: words) != nil {
                start = index
            } else if let (phrase, next) = contracted(identities, at: index, in: words) ?? plain(identities, at: index, in: words),
                next < words.count, lexiconHit(Lexicon.occupations, from: next, in: words)
            {
                start = phrase ? next : index
            } else if let (_, next) = contracted(possessions, at: index, in: words) ?? plain(possessions, at: index, in: words),
                next < words.count, lexiconHit(Lexicon.resources, from: next, in: words)
            {
                start = index
            }
            if let start {
                let end = clauseEnd(from: start + 1, in: unit)
                found.append(words[start].range.lowerBound..<end.bound)
                index = end.nextWord
            } else {
                index += 1
            }
        }
        return found
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
