/// Finds who will do what: "I'll send her the survey", "She agreed to bring two neighbors",
/// "Me: print flyers", or an item under a "Next steps" heading.
enum CommitmentReader {
    struct Found {
        var owner: Commitment.Owner
        /// The action, without its subject ("send her the rent survey by Friday").
        var text: Range<String.Index>
    }

    /// Verb phrases that make a statement a promise when they follow its subject.
    private static let promiseVerbs: [[Substring]] = [
        "will", "'ll", "is going to", "'s going to", "are going to", "am going to", "'m going to", "'m gonna", "is gonna",
        "agreed to", "promised to", "promised", "committed to", "offered to", "volunteered to", "signed up to",
        "signed up for", "said she'd", "said he'd", "said they'd", "said she would", "said he would", "said they would",
        "said i'd", "said i would", "told her i'd", "told him i'd", "told them i'd", "said we'd", "plans to",
        "told her i would", "told him i would", "told them i would",
        "owe her", "owe him", "owe them", "offerd to",
        // "hes going to send me the video": the apostrophe a hurried note leaves out
        "going to", "gonna",
    ].map { $0.split(separator: " ") }

    /// Obligations are the organizer's to-dos ("I need to call the clinic"); said of the person they are
    /// constraints, not promises ("he has to leave early for work").
    private static let organizerOnlyVerbs: [[Substring]] = ["need to", "have to", "must", "gotta"].map { $0.split(separator: " ") }

    /// Errands that are the organizer's even without naming the person: thanks and reminders.
    static let organizerErrands: Set<String> = ["thank", "thank-you", "thanks", "remind", "follow", "check", "debrief", "schedule"]

    /// Actions that are not commitments even after "will": an answer still to come.
    private static let nonActions: [[Substring]] = [
        "think about", "think it", "consider", "let me know", "get back", "check her", "check his", "check their",
        "talk to her husband", "talk to his wife", "see", "try and see", "be busy", "be out", "be away", "be late",
        "probably", "likely", "not", "never", "also be", "be working", "be at work", "need", "have", "love", "like",
        "want", "be happy", "be glad", "rather", "be perfect", "be great", "be good", "be a good", "be a great", "be nice",
    ].map { $0.split(separator: " ") }

    /// Imperative verbs that, with no subject, are the organizer's own chores in a note.
    static let organizerChores: Set<String> = [
        "send", "email", "e-mail", "text", "call", "phone", "remind", "introduce", "connect", "follow",
        "forward", "invite", "add", "check", "get", "mail", "schedule", "set", "book", "reserve", "print", "look",
        "find", "research", "ask", "thank", "write", "draft", "give", "pick", "drop", "loop", "update", "tell",
        "confirm", "put", "reach", "thank-you", "thanks", "debrief", "circle", "touch", "ping", "message", "dm", "visit", "meet", "log",
        "enter", "note", "record", "make", "prepare", "prep", "order", "buy", "request", "contact", "intro", "sign",
    ]

    /// Errands that reach the person, which a sentence of prose may open without a subject: "Call her Monday."
    private static let contactErrands: Set<String> = ["call", "text", "email", "e-mail", "remind", "send", "ping", "message", "dm", "phone"]

    /// Verbs that make "ill", "hell" or "shell" the contraction a hurried note left without its apostrophe.
    private static let commonVerbs: Set<String> = organizerChores.union([
        "come", "do", "be", "try", "host", "help", "talk", "see", "go", "take", "let", "share", "post", "recruit",
        "lead", "join", "speak", "testify", "keep", "show", "drive", "cook", "bake", "knock", "also", "definitely",
        "def", "probably", "need", "have", "get", "ask", "start", "hand", "pass", "cover", "run", "set", "walk", "bring",
    ])
    private static let unapostrophized: [String: String] = [
        "ill": "i'll", "hell": "he'll", "shell": "she'll", "theyll": "they'll", "youll": "you'll", "hed": "he'd", "shed": "she'd",
    ]

    /// The words with "Ill send", "hell bring" read as "I'll send", "he'll bring".
    private static func restoringApostrophes(_ words: [Word]) -> [Word] {
        guard words.contains(where: { unapostrophized[$0.folded] != nil || $0.folded == "hes" || $0.folded == "shes" }) else { return words }
        var words = words
        for index in words.indices.dropLast() {
            if let restored = unapostrophized[words[index].folded], commonVerbs.contains(words[index + 1].folded) {
                words[index].folded = restored
            } else if ["hes", "shes"].contains(words[index].folded), ["going", "gonna"].contains(words[index + 1].folded) {
                words[index].folded = words[index].folded == "hes" ? "he's" : "she's"  // "Hes going to send me the video"
            }
        }
        return words
    }

    /// Every commitment stated in a sentence of prose, in order.
    static func findAll(in unit: TextUnit, people: People) -> [Found] {
        let words = restoringApostrophes(unit.words)
        var starts: [(owner: Commitment.Owner, actionStart: Int, subjectStart: Int)] = []
        var index = 0
        if let first = words.first?.folded {
            // A note's shorthand for "I will" and "I'm": "Will also send him the costs.", "Signing her up for the training."
            if first == "will", words.count > 2, commonVerbs.contains(words[1].folded), !["try", "see", "let", "think"].contains(words[1].folded) {
                let action = words[1].folded == "also" ? 2 : 1
                starts.append((.organizer, action, 0))
                index = action
            } else if let chore = ["also", "then", "and"].contains(first) && words.count > 2 ? 1 : Optional(0),
                contactErrands.contains(words[chore].folded), chore + 1 < words.count,
                ["her", "him", "them"].contains(words[chore + 1].folded) || people.personNames.contains(words[chore + 1].folded),
                !words.contains(where: { $0.folded == "me" })
            {
                // Prose shorthand for the organizer's own errand: "Call her Monday about the flyer.", "Also text her the address."
                starts.append((.organizer, chore, 0))
                index = chore + 1
            } else if let base = gerundBase(first), gerundChores.contains(base), words.count > 1,
                !["to", "is", "was", "the"].contains(words[1].folded)
            {
                starts.append((.organizer, 0, 0))
                index = 1
            }
        }
        while index < words.count {
            if ["offered", "offerd", "volunteered", "agreed"].contains(words[index].folded), index + 1 < words.count, words[index + 1].folded == "to",
                index == 0 || SkillReader.startsClause(at: index, in: unit), index + 2 < words.count
            {
                starts.append((.supporter, index + 2, index))  // "- has a pickup, offered to haul the coolers"
                index += 2
                continue
            }
            if let (owner, length) = subject(at: index, in: words, people: people),
                !(owner == .organizer && index > 0 && ["said", "told", "says"].contains(words[index - 1].folded)
                    && organizerOnlyVerbs.contains { words.matches($0, at: index + length) }),
                let verbLength = promiseVerb(after: index + length - 1, in: words, owner: owner) ?? reportedWould(after: index + length - 1, in: words),
                !isHypothetical(words, before: index)
            {
                let action = index + length + verbLength
                if action < words.count && !isNonAction(at: action, in: words) && !isNegated(words, before: index) {
                    starts.append((owner, action, index))
                    index = action
                    continue
                }
            }
            index += 1
        }
        // "I'll get him the waiver, also ask Marco about his claim": a second errand, same owner.
        var position = 0
        while position < starts.count {
            let start = starts[position]
            let limit = position + 1 < starts.count ? starts[position + 1].subjectStart : words.count
            if let also = (start.actionStart + 2..<max(start.actionStart + 2, limit - 1)).first(where: { words[$0].folded == "also" && commonVerbs.contains(words[$0 + 1].folded)
                && (unit.string[words[$0 - 1].range.upperBound..<words[$0].range.lowerBound].contains(",") || words[$0 - 1].folded == "and") })
            {
                starts.insert((start.owner, also + 1, also), at: position + 1)
            }
            position += 1
        }
        var found: [Found] = []
        for (position, start) in starts.enumerated() {
            var end = unit.range.upperBound
            if position + 1 < starts.count {
                var last = starts[position + 1].subjectStart - 1
                while last > start.actionStart, ["and", "but", "while", "then", "so", "also"].contains(words[last].folded) { last -= 1 }
                end = words[last].range.upperBound
            }
            found.append(Found(owner: start.owner, text: words[start.actionStart].range.lowerBound..<end))
        }
        return found
    }

    /// Errands a note names by their "-ing" form alone: "Signing her up…", "Dropping off the survey tmrw".
    private static let gerundChores: Set<String> = [
        "send", "text", "email", "call", "sign", "drop", "bring", "print", "book", "reserve", "mail", "invite", "add",
        "pick", "forward", "connect", "introduce", "intro", "remind", "schedule",
    ]

    /// "he said yes and that he would bring Kojo": "would" promises only in reported speech.
    private static func reportedWould(after subjectEnd: Int, in words: [Word]) -> Int? {
        guard subjectEnd >= 1, subjectEnd + 1 < words.count, words[subjectEnd + 1].folded == "would",
            ["that", "said"].contains(words[subjectEnd - 1].folded) else { return nil }
        return 1
    }

    /// "signing" → "sign", "dropping" → "drop", "texting" → "text".
    private static func gerundBase(_ word: String) -> String? {
        guard word.hasSuffix("ing"), word.count > 5 else { return nil }
        var stem = String(word.dropLast(3))
        if gerundChores.contains(stem) { return stem }
        if let last = stem.last, stem.dropLast().last == last { stem.removeLast() }
        return stem
    }

    /// An item under a commitments heading: whose it is, and the action without a subject or label.
    static func item(_ unit: TextUnit, people: People, defaultOwner: Commitment.Owner?) -> Found? {
        let words = restoringApostrophes(unit.words)
        guard let first = words.first else { return nil }
        // "me: dont push the dues thing yet": a thing not to do is no commitment.
        if ["dont", "don't", "not", "never", "no"].contains(first.folded) || words.matches(["do", "not"], at: 0) { return nil }
        if let (owner, length) = subject(at: 0, in: words, people: people) {
            var start = length
            if start < words.count, let verb = promiseVerb(after: start - 1, in: words, owner: owner) { start += verb }
            guard start < words.count else { return nil }
            return Found(owner: owner, text: words[start].range.lowerBound..<unit.range.upperBound)
        }
        if let found = findAll(in: unit, people: people).first,
            let actionWord = words.firstIndex(where: { $0.range.lowerBound == found.text.lowerBound }), actionWord <= 4
        {
            return found
        }
        let owner = defaultOwner ?? imperativeOwner(words, people: people)
        return Found(owner: owner, text: first.range.lowerBound..<unit.range.upperBound)
    }

    private static let possessiveDeterminers: Set<String> = ["her", "his", "their", "my", "the", "a", "whose"]

    /// The subject at `index` and how many words it spans: "I", "we", "she", "Maria", "she'll" (one word).
    private static func subject(at index: Int, in words: [Word], people: People) -> (Commitment.Owner, Int)? {
        let word = words[index].folded
        let stem = word.firstIndex(of: "'").map { String(word[..<$0]) } ?? word
        if index > 0 {
            // "her husband will", "the landlord will": not the person's own subject.
            if possessiveDeterminers.contains(words[index - 1].folded) { return nil }
        }
        if stem == "i" || stem == "we" || people.organizerNames.contains(stem) { return (.organizer, 1) }
        if people.isPerson(stem) { return (.supporter, 1) }
        return nil
    }

    /// Whose an item with no subject is: the organizer's when it is an errand aimed at the person
    /// ("Text her the address", "Call Maria Nov 19", "Thank-you card"), the person's otherwise
    /// ("Attend the meeting", "Draft her remarks and email them to me").
    private static func imperativeOwner(_ words: [Word], people: People) -> Commitment.Owner {
        guard let first = words.first else { return .supporter }
        if words.dropFirst().contains(where: { $0.folded == "me" || $0.folded == "us" }) { return .supporter }
        let verb = first.folded.split(separator: "-").first.map(String.init) ?? first.folded
        let base = baseForm(verb)
        if organizerErrands.contains(base) { return .organizer }
        let object = words.dropFirst().prefix(4).map(\.folded)
        // "Ride along with him", "Added him to the phone tree": done to or with the person is the organizer's.
        if object.contains(where: { $0 == "him" || $0 == "them" }) { return .organizer }
        guard organizerChores.contains(base) else { return .supporter }
        let aimedAtPerson = object.contains { People.thirdPersonObjects.contains($0) || people.personNames.contains($0) }
        return aimedAtPerson ? .organizer : .supporter
    }

    /// A chore in the past tense, as a ticked box often says it: "Sent him the waiver", "Added her".
    private static func baseForm(_ verb: String) -> String {
        let irregular = ["sent": "send", "gave": "give", "told": "tell", "met": "meet", "got": "get", "brought": "bring",
                         "put": "put", "set": "set", "made": "make", "wrote": "write", "left": "leave", "dropped": "drop"]
        if let base = irregular[verb] { return base }
        guard verb.hasSuffix("ed"), verb.count > 4 else { return verb }
        let stem = String(verb.dropLast(2))
        if organizerChores.contains(stem) || organizerErrands.contains(stem) { return stem }  // "added", "texted"
        if organizerChores.contains(stem + "e") || organizerErrands.contains(stem + "e") { return stem + "e" }  // "invited"
        return verb
    }

    /// "see whether he will help", "if she'll come": a question, not a promise.
    private static func isHypothetical(_ words: [Word], before index: Int) -> Bool {
        // "if she'll come", and beliefs about what others will do: "thinks they'll lose the 30% rent".
        words[max(0, index - 2)..<index].contains {
            ["whether", "if", "wonder", "wondering", "unless", "thinks", "worried", "afraid", "scared", "fears", "figures", "worries", "suspects"].contains($0.folded)
        }
    }

    /// How many words of a promise verb follow the subject ending at `subjectEnd`, if any.
    private static func promiseVerb(after subjectEnd: Int, in words: [Word], owner: Commitment.Owner) -> Int? {
        if owner == .organizer, words[subjectEnd].folded.contains("'") == false {
            for verb in organizerOnlyVerbs where words.matches(verb, at: subjectEnd + 1) { return verb.count }
        }
        let subject = words[subjectEnd].folded
        if let apostrophe = subject.firstIndex(of: "'") {
            // The contraction carries the verb: "she'll", "i'm going to", "she's going to", "she'd".
            let suffix = subject[apostrophe...]
            for verb in promiseVerbs where verb.first == suffix {
                if words.matches(Array(verb.dropFirst()), at: subjectEnd + 1) { return verb.count - 1 }
            }
            return nil
        }
        var best: Int? = nil
        for verb in promiseVerbs where !verb[0].hasPrefix("'") && words.matches(verb, at: subjectEnd + 1) {
            best = max(best ?? 0, verb.count)
        }
        return best
    }

    private static func isNonAction(at index: Int, in words: [Word]) -> Bool {
        nonActions.contains { words.matches($0, at: index) }
    }

    private static func isNegated(_ words: [Word], before index: Int) -> Bool {
        guard index > 0 else { return false }
        return ["not", "never", "didn't", "doesn't", "don't"].contains(words[index - 1].folded)
    }
}
