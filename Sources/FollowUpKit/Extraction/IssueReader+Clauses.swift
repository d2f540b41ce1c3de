/// Issues said as a whole clause: "angry the city keeps pushing back the storm drain upgrade",
/// "angry that the elevator has been out 3 wks", "worried about the plan to cut the Kenwood stop".
extension IssueReader {
    /// Who does things to people: when one of them is the subject, the issue is what they did it to.
    static let actors: Set<String> = [
        "city", "district", "county", "state", "landlord", "landlords", "owner", "owners", "management", "mgmt",
        "company", "agency", "super", "boss", "manager", "managers", "supervisor", "supervisors", "school", "board",
        "utility", "authority", "hospital", "library", "they", "nobody", "lender", "store", "clinic", "council",
        "department", "dept", "university", "police", "cops", "employer", "mayor", "principal", "government",
        "administration", "admin", "corporate", "hr", "developer", "developers", "bank", "contractor", "contractors",
        "dispatch", "co", "firm", "town", "village", "province", "center", "hotel", "co-op",
    ]

    /// Words of the verb group before its main verb: helpers, negations and adverbs.
    private static let verbGroup: Set<String> = [
        "keeps", "keep", "kept", "just", "still", "never", "always", "even", "already", "finally", "now", "has",
        "have", "had", "is", "are", "was", "were", "been", "be", "being", "quietly", "suddenly", "basically", "also",
        "not", "does", "did", "do", "doesn't", "didn't", "don't", "won't", "will", "would", "can", "can't", "could",
        "couldn't", "hasn't", "haven't", "isn't", "wasn't", "there", "only", "really", "again", "wont", "cant", "doesnt",
        "didnt", "dont", "isnt", "wasnt", "hasnt", "havent", "couldnt",
    ]

    /// Words right after a verb that belong to it: "pushing back the…", "pay for the…", "turned on the…".
    private static let particles: Set<String> = ["up", "back", "out", "off", "over", "down", "away", "on", "for", "about", "into"]

    /// Common verbs without a telling ending ("the city cut…", "the store put up…").
    private static let plainVerbs: Set<String> = [
        "cut", "put", "spent", "took", "take", "gave", "give", "let", "made", "make", "sold", "sent", "left", "shut",
        "closed", "won't", "can't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "hasn't", "haven't", "will",
        "would", "could", "might", "can", "got", "get", "ran", "run", "lost", "broke", "set", "stopped", "threw",
        "gets", "goes", "go", "went", "came", "comes", "fell", "takes", "pays", "paid", "sends",
    ]

    /// Verbs after which what follows is a saying or a belief, not the thing the person is upset about.
    private static let sayingVerbs: Set<String> = [
        "says", "said", "say", "told", "tells", "tell", "think", "thinks", "thought", "calls", "called", "calling",
        "saying", "claims", "claimed", "pretends", "acts", "wants", "want", "make", "makes", "made", "let", "lets",
        "knows", "know", "expects", "expect", "blames", "blamed", "talks", "talked", "talk", "asked", "asks",
    ]

    /// People met in a story, who are not an issue themselves.
    private static let roles: Set<String> = [
        "inspector", "judge", "officer", "caseworker", "reporter", "worker", "workers", "kids", "son", "daughter", "tenants",
        "neighbors", "residents", "members", "families", "parents", "seniors", "staff", "someone", "somebody",
        "pastor", "principal", "teacher", "teachers", "nurse", "nurses", "driver", "drivers", "manager", "boss",
        "supervisor", "coworker", "coworkers", "everyone", "organizer", "steward",
    ]

    private static let predictions: Set<String> = ["will", "would", "can", "could", "might", "may", "won't", "gonna"]

    /// Heads whose "to" clause is the real topic: "the plan to close Eastgate Sundays".
    static let plans: Set<String> = ["plan", "plans", "proposal", "decision", "idea", "push", "threat", "vote", "move"]

    /// Objects that name no topic: "just paints over it", "\"listens\" then nothing".
    private static let pronouns: Set<String> = [
        "it", "them", "him", "her", "us", "me", "everyone", "everybody", "anyone", "anybody", "that", "this", "then",
        "nothing", "what", "how", "whether", "people", "ppl", "folks", "guys",
    ]

    /// What a clause after "angry that…" names.
    enum ClauseReading: Equatable {
        /// Someone did something to something: "the city cut the library's weekend hours".
        case object(String)
        /// What they did is a saying or a belief ("mgmt says the boiler passed", "they think…"): no topic.
        case saying
        /// An actor did something, but to no thing that makes a topic: a person ("fired Jose"), a pronoun, an
        /// amount ("took 6 months"), a word that is no noun ("turned her away").
        case noTopic
        /// The subject is not one who acts, or is in a state ("the school is not safe").
        case notAnActor
    }

    /// "the loan store put up…", "the housing authority just paints…", "they keep pulling…": an actor
    /// within the first three words, then its verb.
    static func actorObject(from start: Int, to end: Int, in unit: TextUnit) -> ClauseReading {
        let words = unit.words
        let subject = subjectStart(from: start, to: end, in: words)
        for head in subject..<min(subject + 3, end) where actors.contains(words[head].folded) {
            // "worried the district will": the clause stops before saying what they will do.
            guard let verb = firstVerb(after: head, before: end, in: words) else {
                if head + 1 < end, verbGroup.contains(words[head + 1].folded) { return .noTopic }
                continue
            }
            // "the school is not safe", "the landlord is slow": a state, not a deed.
            if words[(head + 1)..<verb].contains(where: { ["is", "are", "was", "were", "be", "been"].contains($0.folded) }),
                !words[verb].folded.hasSuffix("ing"), !words[verb].folded.hasSuffix("ed")
            {
                return .notAnActor
            }
            // "never told the seniors about the homestead exemption": a telling about a thing names the thing.
            if ["told", "tell", "tells"].contains(words[verb].folded), let people = (verb + 1..<min(verb + 3, end)).first(where: { isPeople(words[$0].folded) }),
                people + 1 < end, words[people + 1].folded == "about", let thing = thingAfterPeople(at: people + 1, before: end, in: words, telling: true)
            {
                return objectLabel(afterVerb: thing - 1, to: end, in: unit)
            }
            // "the co-op wants to raise the fixed facility charge", "the district plans to pave the garden": what they mean
            // to do is the deed.
            // Only a change made to a thing: not "wants to evict the lady in 3B", "wants to go ahead with…".
            if ["wants", "want", "plans", "planning", "trying", "tries", "threatening"].contains(words[verb].folded), verb + 3 < end,
                words[verb + 1].folded == "to", plannedChanges.contains(words[verb + 2].folded)
            {
                let reading = objectLabel(afterVerb: verb + 2, to: end, in: unit)
                if case .object(let label) = reading, !label.split(separator: " ").contains(where: { isPerson(String($0)) }) { return reading }
                return .noTopic
            }
            if sayingVerbs.contains(words[verb].folded) { return .saying }
            // "the county decided without holding a single public meeting": no object; the deed is the issue.
            if verb + 1 < end, objectEnders.contains(words[verb + 1].folded), !particles.contains(words[verb + 1].folded), words[verb + 1].folded != "to" {
                return trimmedLabel(from: subject, to: min(end, subject + 6), in: unit).map(ClauseReading.object) ?? .noTopic
            }
            return objectLabel(afterVerb: verb, to: end, in: unit)
        }
        return .notAnActor
    }

    /// A clause longer than a short phrase whose subject is a thing: "the elevator has been out 3 wks".
    /// The subject and what is wrong with it are the label; nil when no verb follows the subject soon.
    static func stateLabel(from start: Int, to end: Int, in unit: TextUnit) -> String? {
        let words = unit.words
        let subject = subjectStart(from: start, to: end, in: words)
        // "the elevator in Building 2 was out eleven days": a place after the subject puts its verb further on, and the
        // thing with its place is the label. Not a person there ("the lady on the 3rd floor was evicted").
        if subject + 1 < end, ["in", "on", "at", "of", "for"].contains(words[subject + 1].folded), !isPerson(words[subject].folded),
            let verb = (subject + 2..<min(subject + 7, end)).first(where: { isVerb(words[$0].folded) }), verb > subject + 2
        {
            return trimmedLabel(from: subject, to: verb, in: unit)
        }
        guard subject < end, let verb = (subject + 1..<min(subject + 4, end)).first(where: { isVerb(words[$0].folded) }) else { return nil }
        // "worried that her dialysis will move ninety miles away": a fear of what comes next names its subject;
        // not when the subject is a person ("the inspector will see fresh paint").
        if predictions.contains(words[verb].folded) {
            let head = words[verb - 1].folded
            guard !Lexicon.occupations.contains(head), !Lexicon.relations.contains(head), !pronouns.contains(head), !roles.contains(head),
                !["same", "it", "that", "this"].contains(head)
            else {
                return nil
            }
            return label(unit.clean(words[subject].range.lowerBound, words[verb - 1].range.upperBound))
        }
        // "the HA keeps saying its the citys sewer": a saying is no state.
        guard !words[subject..<min(end, subject + 6)].contains(where: { sayingVerbs.contains($0.folded) }) else { return nil }
        return trimmedLabel(from: subject, to: min(end, subject + 6), in: unit)
    }

    /// The words `start..<end` as a label, without the function words a cut leaves at its end
    /// ("fare gates are too narrow for" reads "fare gates are too narrow").
    static func trimmedLabel(from start: Int, to end: Int, in unit: TextUnit, words limit: Int = 6) -> String? {
        let words = unit.words
        var last = end - 1
        while last > start, danglers.contains(words[last].folded) { last -= 1 }
        return label(unit.clean(words[start].range.lowerBound, words[last].range.upperBound), words: limit)
    }

    static let danglers: Set<String> = [
        "for", "the", "a", "an", "in", "at", "to", "of", "with", "on", "by", "from", "and", "or", "but", "so", "her", "his",
        "their", "its", "our", "my", "that", "this", "without", "into", "than", "as", "who", "every", "no", "after",
        "during", "under", "has", "have", "had", "is", "are", "was", "were", "been", "be", "will", "would",
    ]

    private static func subjectStart(from start: Int, to end: Int, in words: [Word]) -> Int {
        var subject = start
        while subject < end, Lexicon.determiners.contains(words[subject].folded) || words[subject].folded == "new" { subject += 1 }
        return subject
    }

    /// The words from `start` (just after "to") up to the clause end, at most six: "cut the Kenwood Ave stop".
    static func planLabel(from start: Int, to end: Int, in unit: TextUnit) -> String? {
        // "the plan to build it", "the decision to fire her": what the plan does is named elsewhere.
        // "the move to the new building": a place after "to", not a plan's verb.
        guard start + 1 < end, !Lexicon.determiners.contains(unit.words[start].folded), !pronouns.contains(unit.words[start + 1].folded),
            !Lexicon.relations.contains(unit.words[start + 1].folded)
        else { return nil }
        return trimmedLabel(from: start, to: min(end, start + 6), in: unit)
    }

    /// The main verb right after the subject's head, past helpers and adverbs; nil when none comes next.
    private static func firstVerb(after head: Int, before end: Int, in words: [Word]) -> Int? {
        var index = head + 1
        while index < end, verbGroup.contains(words[index].folded) { index += 1 }
        guard index < end else { return nil }
        let word = words[index].folded
        // "keeps pushing back the…": after a helper, the next word is the verb. "they think…", "nobody asked…": so it
        // is after a pronoun ("nobody at City Hall" has none yet).
        if index > head + 1 || isVerb(word) || word.hasSuffix("s")
            || (["they", "nobody"].contains(words[head].folded) && !objectEnders.contains(word) && !particles.contains(word))
        {
            return index
        }
        return nil
    }

    private static func isVerb(_ word: String) -> Bool {
        plainVerbs.contains(word) || verbGroup.contains(word) || (word.count > 4 && word.hasSuffix("ed"))
    }

    /// The object after a verb group: "keeps pushing back | the storm drain upgrade", "cut | the late bus",
    /// "is trying to empty | the building", "got rid of | the bike lane".
    private static func objectLabel(afterVerb verb: Int, to end: Int, in unit: TextUnit) -> ClauseReading {
        let words = unit.words
        guard !sayingVerbs.contains(words[verb].folded) else { return .saying }
        var index = verb + 1
        while index < end, particles.contains(words[index].folded) || words[index].folded == "rid" || words[index].folded == "of" && index > verb + 1 { index += 1 }
        // "keeps half of…": the helper took "keeps", so "half" came as the verb.
        if index < end, words[index].folded == "of" { index += 1 }
        if index + 1 < end, words[index].folded == "to" { return objectLabel(afterVerb: index + 1, to: end, in: unit) }
        while index < end, Lexicon.determiners.contains(words[index].folded) || words[index].folded == "both" { index += 1 }
        // "takes 10% of tips", "keeps half of the service charge": a share of the thing is the thing.
        if index + 2 < end, words[index + 1].folded == "of", unit.gap(before: index + 1).hasPrefix("%") || ["half", "most", "part"].contains(words[index].folded) {
            index += 2
            // "pays 60% of what the others pay": a share of no thing.
            if index < end, ["what", "how"].contains(words[index].folded) { return .noTopic }
            while index < end, Lexicon.determiners.contains(words[index].folded) { index += 1 }
        }
        // "never told the seniors about the homestead exemption", "moved everyone to 10 hr shifts", "send him alone w/ no
        // Hoyer lift": done to people, about or with a thing, which is the topic.
        if index < end, isPeople(words[index].folded), let thing = thingAfterPeople(at: index + 1, before: end, in: words) {
            return objectLabel(afterVerb: thing - 1, to: end, in: unit)
        }
        // "moved everyone to 10 hr shifts", "15 minute breaks": a count with a unit in the singular names a kind of thing;
        // not "took 3 weeks fixing", "40 dollars a month", "laid off 12 drivers".
        let countedThing = index + 2 < end && isMeasuredCount(at: index, before: end, in: words)
            && !objectEnders.contains(words[index + 2].folded) && !notNouns.contains(words[index + 2].folded)
        // "took away paid planning time", "paid sick days": a kind of paid time, not "paid half what the guys got".
        let paidThing = index + 1 < end && words[index].folded == "paid" && paidKinds.contains(words[index + 1].folded)
        // "cut the late bus", "raised the late fees", "the black mold": after a determiner, a word that is no noun alone
        // describes the noun after it.
        let describedThing = index + 1 < end && index > verb + 1 && words[index - 1].folded == "the"
            && ["late", "early", "black", "long"].contains(words[index].folded) && !objectEnders.contains(words[index + 1].folded)
            && !isPerson(words[index + 1].folded) && !words[index + 1].folded.allSatisfy(\.isNumber)
            && !["ones", "one", "time", "timers", "students"].contains(words[index + 1].folded)
        guard index < end,
            paidThing || countedThing || describedThing || isTopic(words[index], alone: index + 1 == end || objectEnders.contains(words[index + 1].folded),
                percent: index + 1 < end && unit.gap(before: index + 1).hasPrefix("%"))
        else { return .noTopic }
        var last = index
        while last + 1 < end, last + 1 - index < 5, !objectEnders.contains(words[last + 1].folded) { last += 1 }
        return label(unit.clean(words[index].range.lowerBound, words[last].range.upperBound)).map(ClauseReading.object) ?? .noTopic
    }

    /// Changes a plan makes to a thing: "the co-op wants to raise the fixed facility charge".
    private static let plannedChanges: Set<String> = [
        "raise", "cut", "close", "pave", "drop", "end", "sell", "demolish", "privatize", "eliminate", "shut", "tear", "build",
        "expand", "remove", "increase", "double", "scrap", "outsource", "convert", "reduce", "slash", "freeze", "kill",
    ]

    /// Units of a count that names a kind of thing: "10 hr shifts", "15 minute breaks", "5 am starts", "4 day weeks".
    private static let measures: Set<String> = ["hr", "hour", "min", "minute", "am", "pm", "day", "week", "month", "mile", "block"]

    /// A number with a unit in the singular after it: "10 hr", "15 minute"; not "3 weeks", "2 million".
    private static func isMeasuredCount(at index: Int, before end: Int, in words: [Word]) -> Bool {
        index + 1 < end && words[index].folded.allSatisfy(\.isNumber) && measures.contains(words[index + 1].folded)
    }

    /// What "paid" can name a kind of: "paid sick days", "paid planning time", "paid time off".
    private static let paidKinds: Set<String> = [
        "sick", "time", "leave", "planning", "prep", "holidays", "holiday", "vacation", "family", "parental", "maternity",
        "training", "breaks", "break", "lunch", "lunches", "parking", "days", "hours", "overtime",
    ]

    /// People met in a clause, who are no topic: roles, relations, jobs and people at large.
    private static func isPerson(_ word: String) -> Bool {
        isPeople(word)
            || ["lady", "ladies", "woman", "women", "man", "men", "guy", "guys", "kid", "kids", "owner", "owners", "head", "super",
                "security", "cop", "cops", "casero", "landlord", "boss", "neighbor", "staff", "person", "girl", "girls", "boy", "boys",
                "nurse", "driver", "clerk", "director", "developer", "lawyer", "mayor", "crew", "family", "abuela", "hire", "sub",
                "para", "specialist", "ceo", "agent", "agents", "officer", "guard", "guards", "manager", "teacher"].contains(word)
    }

    /// People a deed is done to, before what it is done about: "the seniors", "everyone", "him".
    private static func isPeople(_ word: String) -> Bool {
        ["him", "her", "them", "us", "me", "everyone", "everybody", "people", "ppl", "folks"].contains(word) || roles.contains(word)
            || Lexicon.relations.contains(word)
    }

    /// Where the thing starts after the people in "told the seniors about the exemption", "moved everyone to 10 hr
    /// shifts", "send him alone w/ no lift": past one word, a preposition of what was done about, and its determiners;
    /// nil when no such preposition comes, or a person, a pronoun or a day follows it. The preposition tells what kind
    /// of thing may follow: "about" what they were told (`telling`); "to" a change of
    /// hours ("moved everyone to 10 hr shifts", "to nights"), not a place ("sent him to the warehouse"); "with no"/
    /// "without" what they lack ("send him alone w/ no Hoyer lift"), not a partner ("paired him with a new hire").
    private static func thingAfterPeople(at index: Int, before end: Int, in words: [Word], telling: Bool = false) -> Int? {
        var cursor = index
        if cursor < end, ["alone", "again", "back"].contains(words[cursor].folded) { cursor += 1 }
        guard cursor + 1 < end else { return nil }
        let preposition = words[cursor].folded
        var thing = cursor + 1
        switch preposition {
        case "about" where telling: break
        case "to", "onto":
            let word = words[thing].folded
            guard isMeasuredCount(at: thing, before: end, in: words) || shiftKinds.contains(word) else { return nil }
        case "with", "w", "without":
            if preposition != "without" {
                guard words[thing].folded == "no" else { return nil }
                thing += 1
            }
        default: return nil
        }
        while thing < end, Lexicon.determiners.contains(words[thing].folded) { thing += 1 }
        guard thing < end, !pronouns.contains(words[thing].folded), !isPerson(words[thing].folded), DateKeyword.lookup(words[thing].folded) == nil
        else { return nil }
        return thing
    }

    /// Hours a worker can be moved to: "moved her to nights", "switched everyone to part-time".
    private static let shiftKinds: Set<String> = [
        "nights", "overnights", "days", "mornings", "evenings", "weekends", "part-time", "part", "seasonal", "split", "on-call",
        "doubles", "12s", "10s",
    ]

    /// Whether an object's first word can open a topic: not a person ("fired Jose", "suspended her son", "arrested
    /// the pastor"), an amount ("took 6 months"), a pronoun or a word that is no noun ("turned her away", "took forever").
    private static func isTopic(_ word: Word, alone: Bool, percent: Bool = false) -> Bool {
        let folded = word.folded
        if pronouns.contains(folded) || objectEnders.contains(folded) || notNouns.contains(folded) { return false }
        // "took 6 months" is an amount; "the 22% service charge" and "the 13th check" name things.
        if folded.first?.isNumber == true, alone || !(percent || ["st", "nd", "rd", "th"].contains(String(folded.suffix(2)))) { return false }
        if Lexicon.relations.contains(folded) || roles.contains(folded) { return false }
        if titles.contains(folded) { return false }
        // "fired Jose", "suspended Marcus": a name alone.
        if alone && word.isCapitalized { return false }
        return true
    }

    /// Words after a verb that do not open a noun phrase.
    private static let notNouns: Set<String> = [
        "away", "forever", "more", "less", "late", "home", "paid", "same", "back", "there", "here", "again", "early",
        "credit", "feet", "sell", "around", "anything", "something", "nothing", "much", "enough", "worse", "better",
        "long", "too", "very", "so", "really", "any", "no", "women", "men", "boys", "girls", "students", "black", "white",
    ]

    /// Words that end an object: prepositions of place and time, and the words that open a new clause.
    private static let objectEnders: Set<String> = [
        "to", "for", "from", "at", "on", "in", "by", "with", "without", "since", "after", "before", "until",
        "and", "but", "so", "because", "when", "while", "who", "which", "that", "right", "again", "instead", "if",
        "is", "are", "was", "were", "every", "last", "this", "next", "like", "than", "over", "out", "into",
        "all", "yet", "anymore", "too", "either", "til", "till",
    ]
}
