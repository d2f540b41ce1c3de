/// Finds what the person cares about in prose ("cares about bus service", "worried about rent going up",
/// "angry that the heat is out") and turns an item under an "Issues" heading into a short label.
enum IssueReader {
    private static let openers = PhraseTable([
        "cares about", "care about", "cares a lot about", "cares deeply about", "cared about", "worried about",
        "worries about", "worried that", "worry about", "concerned about", "concerned that", "angry about",
        "angry that", "angry at", "mad about", "mad that", "upset about", "upset that", "frustrated with",
        "frustrated about", "frustrated by", "frustrated that", "fed up with", "passionate about", "scared about",
        "afraid of", "fighting for", "fights for", "biggest issue is", "main issue is", "main concern is",
        "big issue is", "top issue is", "issue is", "concern is", "priority is", "stressed about", "tired of",
        "sick of", "furious about", "furious that", "excited about", "interested in", "wants to fix", "wants better",
        "struggling with", "struggles with", "dealing with", "cares alot about", "really cares about", "still mad about",
        "mad at", "pissed about", "pissed that", "annoyed about", "annoyed that", "annoyed with", "concerned with",
        // "angry the landlord won't fix the radiators": "that" left out
        "angry the", "mad the", "upset the", "frustrated the", "worried the", "furious the", "pissed the",
        // "angry they cut the night differential", "upset mgmt raised parking": the subject right after the feeling.
        "angry they", "mad they", "upset they", "frustrated they", "furious they", "pissed they", "angry mgmt",
        "mad mgmt", "upset mgmt", "frustrated mgmt", "furious mgmt", "angry management", "upset management",
        // "worried his pension gets frozen in the merger", "worried her Mom gets priced out first".
        "worried his", "worried her", "worried their", "angry his", "angry their",
    ])

    /// The last word of an opener that is already the clause's first word.
    private static let subjects: Set<Substring> = ["the", "they", "mgmt", "management", "his", "her", "their"]

    /// Every issue phrase in a sentence, lower-cased and cut to a short label.
    static func findAll(in unit: TextUnit, people: People) -> [String] {
        let words = unit.words
        var found: [String] = []
        var index = 0
        while index < words.count {
            guard let phrase = openers.longest(at: index, in: words), isAboutPerson(before: index, in: unit, people: people),
                !isVerbOnSomeone(phrase, at: index, in: unit)
            else {
                index += 1
                continue
            }
            // "angry the county…": the clause starts at "the".
            let start = index + phrase.count - (subjects.contains(phrase.last!) ? 1 : 0)
            guard start < words.count else { break }
            // "the thing he is most angry about, and…": the topic came before the phrase.
            if SkillReader.startsClause(at: start, in: unit) {
                index = start
                continue
            }
            let end = SkillReader.clauseEnd(from: start + 1, in: unit)
            let isClause = phrase.last == "that" || subjects.contains(phrase.last!)
            if let label = isClause ? clauseLabel(from: start, to: end.nextWord, in: unit) : phraseLabel(from: start, to: end.nextWord, in: unit) {
                found.append(label)
            }
            index = end.nextWord
            // "angry abt the deductions + no overtime": a second topic joined by "+" or "&".
            // Not "… + angry that mgmt says…": a new feeling is read from the top of the loop.
            if !isClause, index < words.count, unit.gap(before: index).contains(where: { "+&".contains($0) }),
                openers.longest(at: index, in: words) == nil, !feelings.contains(words[index].folded)
            {
                let next = SkillReader.clauseEnd(from: index + 1, in: unit)
                if let label = label(nounPhrase(from: index, to: next.nextWord, in: unit, keepVerbs: false)) { found.append(label) }
                index = next.nextWord
            }
        }
        return found
    }

    /// Words that put someone other than the person in a subjectless feeling's clause.
    private static let othersInFeeling: Set<String> = [
        "i", "me", "myself", "my", "we", "us", "our", "you", "she", "he", "she's", "he's", "shes", "hes", "her", "him", "they",
        "props",
    ]

    /// Feelings that open no topic after a "+" ("… + angry that mgmt says…"); not "sick pay", "tired drivers".
    private static let feelings: Set<String> = [
        "angry", "mad", "upset", "worried", "frustrated", "furious", "pissed", "annoyed", "scared", "afraid", "concerned",
        "stressed",
    ]

    /// "The eviction notice worried her sick", "the meds upset his stomach": the feeling is a verb done to someone,
    /// not the person's own, when a possessive follows it and a word that is no subject of hers comes before it.
    private static func isVerbOnSomeone(_ phrase: [Substring], at index: Int, in unit: TextUnit) -> Bool {
        guard phrase.count == 2, ["his", "her", "their"].contains(phrase.last!), index > 0, unit.gap(before: index).allSatisfy(\.isWhitespace)
        else { return false }
        return !feelingLeads.contains(unit.words[index - 1].folded)
    }

    /// Words before a feeling that leave it the person's own: "she's worried her…", "also worried his…".
    private static let feelingLeads: Set<String> = [
        "is", "was", "she's", "shes", "he's", "hes", "they're", "theyre", "also", "really", "very", "so", "and", "still",
        "super", "been", "v", "def", "kinda", "pretty", "more", "most", "just", "getting", "gets", "feels", "seems",
    ]

    /// "angry that the city cut the late bus" names the late bus; "angry that rent went up" is short enough
    /// to keep whole; a longer story about a thing keeps the thing and what is wrong with it.
    private static func clauseLabel(from start: Int, to end: Int, in unit: TextUnit) -> String? {
        switch actorObject(from: start, to: end, in: unit) {
        case .object(let object): return object
        case .saying: return nil
        // "angry that rent went up", "angry the clinic turned her away": short enough to keep whole.
        case .noTopic where end - start <= 5, .notAnActor where end - start <= 5:
            return label(nounPhrase(from: start, to: end, in: unit, keepVerbs: true))
        // A longer story about what someone did is no label.
        case .noTopic: return nil
        case .notAnActor: return stateLabel(from: start, to: end, in: unit)
        }
    }

    /// "worried about the new fare gates being too narrow" names the fare gates; "the plan to cut the
    /// Kenwood Ave stop" names the cut; "what happens to the ninth floor" names nothing yet.
    private static func phraseLabel(from start: Int, to end: Int, in unit: TextUnit) -> String? {
        let words = unit.words
        guard words[start].folded != "what" else { return nil }
        // "worried about Mr. Ellery on her hall": a person, not a topic ("dr bills" is one).
        guard !(titles.contains(words[start].folded) && start + 1 < end && words[start + 1].isCapitalized) else { return nil }
        // "fed up with having to ride in the street", "fed up with not being paid for the drive time": the
        // gerund's clause is the topic, without the helper that opens it.
        if let clause = gerundStart(at: start, before: end, in: words) {
            return trimmedLabel(from: clause, to: min(end, clause + 6), in: unit)
        }
        let last = nounPhraseEnd(from: start, to: end, in: unit, keepVerbs: false)
        if plans.contains(words[last].folded), last + 2 < end, words[last + 1].folded == "to" {
            return planLabel(from: last + 2, to: end, in: unit)
        }
        // "worried about families who cannot get a municipal ID": people are the topic's who, the clause its what.
        if groups.contains(words[last].folded), last + 2 < words.count, ["who", "that"].contains(words[last + 1].folded) {
            let clauseEnd = SkillReader.clauseEnd(from: last + 2, in: unit).nextWord
            return trimmedLabel(from: start, to: min(clauseEnd, last + 7), in: unit, words: 8)
        }
        return trimmedLabel(from: start, to: last + 1, in: unit)
    }

    /// Titles before a name: "Mr. Ellery", "Dr. Ruiz".
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr"]

    /// Groups of people a worry can be about, when a clause after them says what about them.
    private static let groups: Set<String> = [
        "families", "kids", "children", "people", "ppl", "folks", "tenants", "neighbors", "seniors", "elders", "workers",
        "women", "men", "students", "parents", "residents", "riders", "drivers", "members", "ladies", "guys", "moms",
    ]

    /// Where the clause starts in a topic that opens with a gerund or its negation: "having to ride…" starts at
    /// "ride", "not being paid…" at "not", "not getting breaks" at "not"; nil when the topic is a noun phrase.
    private static func gerundStart(at start: Int, before end: Int, in words: [Word]) -> Int? {
        let first = words[start].folded
        if first == "having", start + 2 < end, words[start + 1].folded == "to" { return start + 2 }
        if first == "not", start + 1 < end, words[start + 1].folded.hasSuffix("ing") { return start }
        if first == "being", start + 1 < end { return start }
        return nil
    }

    /// A short lower-case label from an item or phrase: up to the first separator, without leading determiners,
    /// at most `limit` words.
    static func label(_ raw: String, words limit: Int = 6) -> String? {
        var text = raw.lowercased()
        for separator in [" — ", " – ", " - ", ": ", " (", "; ", ". "] {
            if let range = text.range(of: separator) { text = String(text[..<range.lowerBound]) }
        }
        var parts = text.split(whereSeparator: { $0 == " " })
        while let first = parts.first, Lexicon.determiners.contains(String(first)), parts.count > 1 { parts.removeFirst() }
        // "broken glass coming down the", "rent increases obviosly", "portables too": a cut or an aside at the end
        // (a word that only a cut leaves dangling: "Measure A", "vote no", "living will" are whole).
        let cut = parts.count > limit
        if cut { parts = Array(parts.prefix(limit)) }
        while parts.count > 1, let last = parts.last.map({ String($0.trimming(",;:.!?\"'()")) }), cut && danglers.contains(last) || asides.contains(last) {
            parts.removeLast()
        }
        let label = parts.joined(separator: " ").trimming(" ,;:.!?-–—*_\"'()[]")
        // "still furious about it": the topic was named before, not here.
        return label.isEmpty || ["it", "that", "this", "them", "him", "her", "everything", "nothing", "stuff", "who", "what", "how", "where", "whether", "anybody", "anyone", "everybody", "everyone", "nobody"].contains(label) ? nil : label
    }

    /// Words said after a topic that are no part of it.
    private static let asides: Set<String> = [
        "too", "tho", "though", "lol", "obviously", "obviosly", "obv", "again", "anymore", "either", "honestly",
        "also", "tbh", "smh", "etc",
    ]

    /// Words that end a noun phrase: verbs and the words that open a new clause.
    private static let phraseEnders: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
        "should", "keeps", "keep", "kept", "seems", "seem", "to", "if", "when", "without", "because", "since",
        "while", "who", "which", "that", "so", "but", "after", "before", "until", "does", "did", "do", "won't",
        "can't", "isn't", "aren't", "wasn't", "gets", "got", "going", "for", "where",
    ]

    /// The words from `start` up to the first verb or clause opener, at most five.
    private static func nounPhrase(from start: Int, to end: Int, in unit: TextUnit, keepVerbs: Bool) -> String {
        let last = nounPhraseEnd(from: start, to: end, in: unit, keepVerbs: keepVerbs)
        return unit.clean(unit.words[start].range.lowerBound, unit.words[last].range.upperBound)
    }

    private static func nounPhraseEnd(from start: Int, to end: Int, in unit: TextUnit, keepVerbs: Bool) -> Int {
        let words = unit.words
        var last = start
        // "the mold in the kids room": the five words are counted from the first after the determiners.
        var first = start
        while first + 1 < end, Lexicon.determiners.contains(words[first].folded) { first += 1 }
        // "the bus cuts more than anything": a comparison ends the phrase; "more hours" does not.
        while last + 1 < end, last + 1 - first < 5, keepVerbs || !phraseEnders.contains(words[last + 1].folded),
            !(last + 2 < end && words[last + 1].folded == "more" && words[last + 2].folded == "than"
                && !["with", "of", "for", "to", "in", "paying", "than"].contains(words[last].folded))
        {
            last += 1
        }
        return last
    }

    /// The feeling is the person's: the nearest subject before it is them, or the sentence has none
    /// ("Worried about rent"); not "I", not "her father, who is afraid of…".
    private static func isAboutPerson(before index: Int, in unit: TextUnit, people: People) -> Bool {
        let words = unit.words
        var cursor = index - 1
        while cursor >= 0 && index - cursor <= 8 {
            // "…can't get her husband Beto down in his wheelchair, and worried abt…": ", and" with no new
            // subject goes on with the sentence's own.
            if cursor > 0, words[cursor].folded == "and", unit.gap(before: cursor).contains(","),
                words[(cursor + 1)..<index].allSatisfy({ ["also", "really", "very", "v", "so", "still", "super"].contains($0.folded) })
            {
                // …when the sentence began with the person, or with her feeling and no subject at all ("Angry that
                // the hotel keeps…, and worried about…"): not "I explained the campaign to her, and worried…",
                // not "Her son works at the warehouse, and worried…".
                // The feeling opening the sentence is hers only when nobody else is in its clause: not "Annoyed at myself…",
                // "Concerned she's taking on too much…", "Afraid of ICE, her mom never leaves…", "Mad props to her…".
                guard let first = words[..<cursor].first else { return false }
                if people.isPerson(first.subjectStem) { return true }
                return feelings.contains(first.folded)
                    && !words[1..<cursor].contains(where: { othersInFeeling.contains($0.folded) || Lexicon.relations.contains($0.folded) })
            }
            let stem = words[cursor].subjectStem  // "shes worried abt…"
            if people.isPerson(stem) { return true }
            // "mold in kids rm, … angry abt the mold": a relation after a preposition is not the subject.
            let object = cursor > 0 && ["in", "of", "for", "with", "to", "at", "from", "on", "by"].contains(words[cursor - 1].folded)
            if stem == "i" || stem == "we" || stem == "who" || (Lexicon.relations.contains(stem) && !object) { return false }
            cursor -= 1
        }
        return true
    }
}
