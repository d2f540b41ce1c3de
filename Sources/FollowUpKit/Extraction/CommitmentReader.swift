/// Finds who will do what: "I'll send her the survey", "She agreed to bring two neighbors",
/// "Me: print flyers", or an item under a "Next steps" heading.
enum CommitmentReader {
    struct Found {
        var owner: Commitment.Owner
        /// The action, without its subject ("send her the rent survey by Friday").
        var text: Range<String.Index>
        /// Whether the owner is only a guess from the verb, with no subject, label or section to say whose it is.
        var guessed = false
    }

    /// Verb phrases that make a statement a promise when they follow its subject.
    private static let promiseVerbs: [[Substring]] = [
        "will", "'ll", "is going to", "'s going to", "are going to", "am going to", "'m going to", "'m gonna", "is gonna",
        "'s gonna", "'re gonna", "are gonna", "'re going to",
        "agreed to", "promised to", "promised", "committed to", "offered to", "volunteered to", "signed up to",
        // "She offered instead to write it down for someone to read"
        "offered instead to", "agreed instead to", "offered to instead",
        "signed up for", "said she'd", "said he'd", "said they'd", "said she would", "said he would", "said they would",
        "said i'd", "said i would", "told her i'd", "told him i'd", "told them i'd", "said we'd", "plans to",
        "told her i would", "told him i would", "told them i would",
        "owe her", "owe him", "owe them", "offerd to",
        // "She's bringing photos of the crossing": the present for a plan she has made.
        "'s bringing", "is bringing", "'m bringing", "am bringing", "'re bringing", "are bringing",
        // "Shes getting me the list of park families in 2 weeks": getting something for us
        "'s getting me", "is getting me", "'s getting us", "is getting us",
        // "hes sending me his work sched by Thurs": sending, texting or emailing it to us
        "'s sending me", "is sending me", "'s sending us", "is sending us", "'s texting me", "is texting me", "'s emailing me",
        "is emailing me",
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
        "sleep on", "pray on", "mull",
        // "she'll know by Tuesday", "he'll know when the schedule posts": an answer she will have, not a thing she will do
        "know",
        // an answer still to come, or a saying: "Ill let you know", "then Ill tell you", "I'll believe it when I see it"
        "let you know", "tell you", "decide", "believe", "think on", "think over",
    ].map { $0.split(separator: " ") }

    /// Imperative verbs that, with no subject, are the organizer's own chores in a note.
    static let organizerChores: Set<String> = [
        "send", "email", "e-mail", "text", "call", "phone", "remind", "introduce", "connect", "follow",
        "forward", "invite", "add", "check", "get", "mail", "schedule", "set", "book", "reserve", "print", "look",
        "find", "research", "ask", "thank", "write", "draft", "give", "pick", "drop", "loop", "update", "tell",
        "confirm", "put", "reach", "thank-you", "thanks", "debrief", "circle", "touch", "ping", "message", "dm", "visit", "meet", "log",
        "enter", "note", "record", "make", "prepare", "prep", "order", "buy", "request", "contact", "intro", "sign",
        "txt",
    ]

    /// Errands done for the person, which a sentence of prose may open without a subject: "Call her Monday.",
    /// "get him the buyout FAQ by the 2nd."
    private static let proseErrands: Set<String> = [
        "call", "text", "email", "e-mail", "remind", "send", "ping", "message", "dm", "phone", "get", "drop", "give", "pick",
        "mail", "thank", "txt", "bring", "find", "show",
    ]
    /// Of those, the ones after which "her" may be hers rather than her: "Bring her printed photos", "find her lease".
    private static let errandsWithPossessiveHer: Set<String> = ["bring", "find", "show"]

    /// "follow up w/ him Thurs", "follow up a week from monday": a follow-up still to do. Not the opening line
    /// that says what the meeting was ("Follow up with Angela from First Presbyterian…", "Follow up after she signed").
    private static func isErrandFollowUp(_ words: [Word], after index: Int) -> Bool {
        guard index < words.count else { return true }
        let next = words[index].folded
        // "Follow up 10/12 abt the basement"
        if next.first?.isNumber == true { return true }
        if ["w", "with"].contains(next) { return index + 1 < words.count && ["her", "him", "them"].contains(words[index + 1].folded) }
        return ["a", "next", "on", "this", "in", "tomorrow", "tmrw", "abt", "about", "re", "by", "before", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues", "weds", "thurs", "fri", "sat", "sun"].contains(next)
    }

    /// Verbs that make "ill", "hell" or "shell" the contraction a hurried note left without its apostrophe.
    private static let commonVerbs: Set<String> = organizerChores.union([
        "come", "do", "be", "try", "host", "help", "talk", "see", "go", "take", "let", "share", "post", "recruit",
        "lead", "join", "speak", "testify", "keep", "show", "drive", "cook", "bake", "knock", "also", "definitely",
        "def", "probably", "need", "have", "get", "ask", "start", "hand", "pass", "cover", "run", "set", "walk", "bring",
        "sit", "stand", "lend", "donate", "wear", "borrow", "explain", "translate", "teach", "carry", "hold",
    ])
    /// Whether `word` is a verb a request or a promise commonly opens with ("bring", "host", "speak").
    static func isCommonVerb(_ word: String) -> Bool { commonVerbs.contains(word) }

    private static let unapostrophized: [String: String] = [
        "ill": "i'll", "hell": "he'll", "shell": "she'll", "theyll": "they'll", "youll": "you'll", "hed": "he'd", "shed": "she'd",
        "id": "i'd",
    ]
    /// Written without the apostrophe before "going", "gonna" or "bringing": "Hes going to send me the video", "Im gonna call her".
    private static let unapostrophizedBeforePlans: [String: String] = ["hes": "he's", "shes": "she's", "im": "i'm"]
    /// Of those, the ones no English word shares except as a noun after "the", "a", "her"…: "shell", "hed".
    private static let unambiguousContractions: Set<String> = ["shell", "theyll", "youll", "hed"]

    /// The words with "Ill send", "hell bring" read as "I'll send", "he'll bring".
    private static func restoringApostrophes(_ words: [Word]) -> [Word] {
        guard words.contains(where: { unapostrophized[$0.folded] != nil || unapostrophizedBeforePlans[$0.folded] != nil }) else { return words }
        var words = words
        for index in words.indices.dropLast() {
            if let restored = unapostrophized[words[index].folded],
                commonVerbs.contains(words[index + 1].folded)
                    // "Ill catch him at the yard Friday", "Ill file the records request": opening the sentence, before a
                    // verb that takes an object
                    || index == 0 && words[index].folded == "ill" && index + 2 < words.count
                        && ["him", "her", "them", "the", "a", "an", "it", "up", "by", "out"].contains(words[index + 2].folded)
                        // not the adjective: "Ill with the flu since Sat", "Ill for a month now"
                        && !["with", "for", "since", "from", "in", "at", "on", "to", "after", "during", "all", "most", "again", "and"].contains(words[index + 1].folded)
                    || unambiguousContractions.contains(words[index].folded) && (index == 0 || !possessiveDeterminers.contains(words[index - 1].folded))
            {
                words[index].folded = restored
            } else if let restored = unapostrophizedBeforePlans[words[index].folded], ["going", "gonna", "bringing", "getting", "sending", "texting", "emailing"].contains(words[index + 1].folded) {
                words[index].folded = restored
            }
        }
        return words
    }

    /// Every commitment stated in a sentence of prose, in order. `isAnswer`: the unit is the person's answer to
    /// an ask ("-> no way, his english is not for a mic. will sit in the front row tho"), where a "will" with no
    /// subject and a "but he'd…" are the person's.
    static func findAll(in unit: TextUnit, people: People, isAnswer: Bool = false, isItem: Bool = false) -> [Found] {
        let words = restoringApostrophes(unit.words)
        var starts: [(owner: Commitment.Owner, actionStart: Int, subjectStart: Int)] = []
        var index = 0
        if isAnswer, let will = answerWill(in: words, unit: unit, from: 0) {
            starts.append((.supporter, will + 1, will))
            index = will + 1
        } else if let first = words.first?.folded {
            // A note's shorthand for "I will" and "I'm": "Will also send him the costs.", "Signing her up for the training."
            if first == "will", words.count > 2, commonVerbs.contains(words[1].folded), !["try", "see", "let", "think"].contains(words[1].folded) {
                let action = words[1].folded == "also" ? 2 : 1
                starts.append((.organizer, action, 0))
                index = action
            } else if let chore = errand(
                at: ["also", "then", "and", "so"].contains(first) && words.count > 2 ? 1 : 0, in: words, people: people,
                forDay: !isItem && !people.isSpeaking && !isQuoted(words[0], in: unit, people: people) && !isReportedSpeech(words) && !unit.text.hasSuffix("?")
            ) {
                // Prose shorthand for the organizer's own errand: "Call her Monday about the flyer.", "Also text her the address.",
                // "get him the FAQ by the 2nd.", "follow up a week from monday."
                starts.append((.organizer, chore, 0))
                index = chore + 1
            } else if let action = subjectlessPlan(words) ?? (isAnswer ? nil : subjectlessNeed(words)), !isQuoted(words[0], in: unit, people: people),
                !isReportedSpeech(words)
            {
                // "Gonna call Principal Haddox next Tuesday", "Told her I would send the chart before Friday":
                // the organizer's own note leaves out its "I".
                starts.append((.organizer, action, 0))
                index = action
            } else if let action = romanceOrganizerAction(words) {
                // "Le voy a mandar the clinic address hoy", "Le mando el flyer mañana", "Vou ligar pra ela".
                starts.append((.organizer, action, 0))
                index = action
            } else if let base = gerundBase(first), gerundChores.contains(base), words.count > 1,
                !["to", "is", "was", "the"].contains(words[1].folded)
            {
                starts.append((.organizer, 0, 0))
                index = 1
            }
        }
        while index < words.count {
            // "…herself someday, so check in w/ her in 2 wks": an errand opening the clause after ", so".
            if index >= 2, words[index - 1].folded == "so", starts.last.map({ $0.owner == .organizer }) ?? true,
                unit.gap(before: index - 1).contains(","),
                let chore = errand(at: index, in: words, people: people), !isReportedSpeech(words)
            {
                starts.append((.organizer, chore, chore))
                index = chore + 1
                continue
            }
            if let reach = reachAgain(at: index, in: words, people: people) {
                starts.append((.organizer, reach, reach))
                index = reach + 1
                continue
            }
            if isAnswer, index > 0, let will = answerWill(in: words, unit: unit, from: index) {
                starts.append((.supporter, will + 1, will))
                index = will + 1
                continue
            }
            if ["offered", "offerd", "volunteered", "agreed"].contains(words[index].folded), index + 1 < words.count, words[index + 1].folded == "to",
                index == 0 || SkillReader.startsClause(at: index, in: unit) || words[index - 1].folded == "and", index + 2 < words.count
            {
                // "- has a pickup, offered to haul the coolers"; "He's an IT project manager and offered to build us…".
                // After "and", the subject is whoever the sentence began with: "I called her and offered to drive".
                if let owner = offerer(before: index, in: words, people: people) { starts.append((owner, index + 2, index)) }
                index += 2
                continue
            }
            if let (owner, action) = carriedPromise(at: index, in: words, unit: unit, people: people, after: starts.last?.subjectStart) {
                // "She has to check her schedule and will let me know by Thursday": the subject of the first verb.
                starts.append((owner, action, index))
                index = action
                continue
            }
            // "- told her I'd ride the 31 w/ her sometime", "told her we'd pair her w/ someone": the note's own "I" left
            // off before what it told the person.
            if words[index].folded == "told", index == 0 || ["and", "also", "so"].contains(words[index - 1].folded) || unit.gap(before: index).contains(","),
                index + 3 < words.count,
                ["her", "him", "them"].contains(words[index + 1].folded), ["i'd", "we'd"].contains(words[index + 2].folded),
                // a doing, not what the organizer did or feels: "told her I'd worked at the Marriott", "I'd hate to lose her"
                isCommonVerb(words[index + 3].folded) || ["ride", "pair", "meet", "find", "look", "help", "connect", "introduce", "follow"].contains(words[index + 3].folded),
                !["be", "have", "need", "try", "see", "also", "definitely", "def", "probably"].contains(words[index + 3].folded),
                !words[(index + 3)...].contains(where: { ["if", "unless"].contains($0.folded) })
            {
                starts.append((.organizer, index + 3, index))
                index += 3
                continue
            }
            if let length = romanceSupporterPromise(at: index, in: words, people: people) {
                starts.append((.supporter, index + length, index))  // "va a traer las sillas", "ficou de mandar a lista"
                index += length
                continue
            }
            if let (subjectOwner, length) = subject(at: index, in: words, people: people),
                case let owner = quotedOwner(subjectOwner, at: index, in: words, unit: unit, people: people),
                !(owner == .organizer && index > 0 && ["said", "told", "says"].contains(words[index - 1].folded)
                    && organizerOnlyVerbs.contains { words.matches($0, at: index + length) }),
                let verbLength = promiseVerb(after: index + length - 1, in: words, owner: owner)
                    ?? reportedWould(after: index + length - 1, in: words, isAnswer: isAnswer) ?? promiseAfterAdverb(at: index + length, in: words, owner: owner),
                !isHypothetical(words, before: index), !(owner == .supporter && isReportedByOther(words, before: index, in: unit, people: people))
            {
                // "He's bringing his neighbor": the verb is the action itself.
                let last = words[index + length + verbLength - 1].folded
                let action = index + length + verbLength
                    - (last == "bringing" ? 1 : ["me", "us"].contains(last)
                        && ["getting", "sending", "texting", "emailing"].contains(words[index + length + verbLength - 2].folded) ? 2 : 0)
                // "hes sending me to the back office": sent somewhere, nothing sent to us
                // …nor "sending me mixed signals", "good vibes": what is sent must be a thing, said as one
                let sentAway = action + 2 < words.count && ["sending", "texting", "emailing"].contains(words[action].folded)
                    && ["to", "home", "away", "back", "off", "over", "up", "mixed", "good", "bad", "love", "vibes", "signals", "prayers"].contains(words[action + 2].folded)
                if action < words.count && !sentAway && !isNonAction(at: action, in: words) && !isNegated(words, before: index)
                    && !isTripOrPhrasal(at: action, in: words)
                    && !isElliptical(at: action, in: words, unit: unit)
                {
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
            let promise = words[start.subjectStart..<start.actionStart]
            if let also = (start.actionStart + 2..<max(start.actionStart + 2, limit - 1)).first(where: {
                opensSecondAction(at: $0, in: words, unit: unit, after: promise, owner: start.owner, plusJoins: !isItem)
            }) {
                // After a "+", the second errand starts at its verb; the word before it ends the first.
                let subject = unit.gap(before: also + 1).contains("+") ? also + 1 : also
                starts.insert((start.owner, also + 1, subject), at: position + 1)
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

    /// "She has to check her work schedule and will let me know by Thursday", "She said she has to ask her daughter, who
    /// lives with her, and would call me by Sunday": a promise after "and" whose subject is the last one before it, with
    /// no promise of its own yet (`lastPromise` is where the last one found began). Not across another clause ("She
    /// says the elevator is out and will be fixed Tues"), and "would" only in what someone said.
    private static func carriedPromise(
        at index: Int, in words: [Word], unit: TextUnit, people: People, after lastPromise: Int?
    ) -> (Commitment.Owner, Int)? {
        guard index >= 2, index + 1 < words.count, words[index - 1].folded == "and", ["will", "would"].contains(words[index].folded),
            commonVerbs.contains(words[index + 1].folded), !["be", "have", "need", "try", "see", "also"].contains(words[index + 1].folded),
            !isNonAction(at: index + 1, in: words), !isElliptical(at: index + 1, in: words, unit: unit),
            let subjectIndex = (0..<(index - 1)).last(where: { subject(at: $0, in: words, people: people) != nil }),
            subjectIndex > (lastPromise ?? -1)
        else { return nil }
        let between = words[(subjectIndex + 1)..<(index - 1)]
        // "She told me her husband works nights and will drive her Sat", "She has a son who works nights and will drive",
        // "Maria's son lives with her and will drive": someone else's plan. A "who" set off by commas is an aside.
        // The organizer's own "I told her about the hearing and will send her the flyer" carries over a telling.
        let supporter = people.isPerson(words[subjectIndex].subjectStem)
        guard !between.contains(where: { carriedClauseBreaks.contains($0.folded) || supporter && reportingVerbs.contains($0.folded) }),
            !between.indices.contains(where: { words[$0].folded == "who" && !unit.gap(before: $0).contains(",") }),
            !words[subjectIndex].folded.hasSuffix("'s") || ["she's", "he's"].contains(words[subjectIndex].folded),
            words[index].folded == "will" || words[..<subjectIndex].contains(where: { ["said", "says", "told"].contains($0.folded) }),
            !isHypothetical(words, before: subjectIndex),
            let (subjectOwner, _) = subject(at: subjectIndex, in: words, people: people)
        else { return nil }
        let owner = quotedOwner(subjectOwner, at: subjectIndex, in: words, unit: unit, people: people)
        if owner == .supporter, isReportedByOther(words, before: subjectIndex, in: unit, people: people) { return nil }
        return (owner, index + 1)
    }

    /// Words that open another clause between a subject and "and will": its subject is no longer the one carried.
    private static let carriedClauseBreaks: Set<String> = [
        "is", "are", "was", "were", "says", "said", "that", "if", "when", "because", "cause", "since", "but", "or", "so", "it's",
        "its", "they", "he", "she", "i", "we", "you", "can't", "cant", "won't", "wont", "not", "never", "didn't", "doesn't", "don't",
        "who's", "whose",
    ]

    /// Verbs after which the person's sentence goes on about someone else: "She told me her husband works nights…".
    private static let reportingVerbs: Set<String> = [
        "told", "tells", "mentioned", "mentions", "believes", "explained", "explains", "heard", "thinks", "figures", "hopes",
        "guesses", "knows", "feels",
    ]

    /// "no, \"i'll stand in the back\"": the person's own words, whose "I" is theirs (and whose "I need to" no chore
    /// of the organizer's).
    private static func quotedOwner(_ owner: Commitment.Owner, at index: Int, in words: [Word], unit: TextUnit, people: People) -> Commitment.Owner {
        let quoted = owner == .organizer && ["i", "we", "you"].contains(words[index].stem)
            && (people.isSpeaking || isQuoted(words[index], in: unit, people: people))
        return quoted ? .supporter : owner
    }

    /// `chore` when the organizer's own errand for the person opens there without a subject: "Call her Monday…",
    /// "text him the address", "get Maria the FAQ", "follow up a week from monday".
    /// `forDay`: legwork that names its day counts without naming the person, as it does in prose but not on a list
    /// item whose owner its label or section gives ("him: ask pastor abt the van by Sat").
    private static func errand(at chore: Int, in words: [Word], people: People, forDay: Bool = false) -> Int? {
        guard chore + 1 < words.count, !words.contains(where: { $0.folded == "me" }) else { return nil }
        // "call her sister", "pick up her kids": the errand is for someone of hers, right after the verb and its particle.
        let object = carriedParticle(after: chore, in: words)
        if [chore + 2, object + 1].contains(where: { $0 < words.count && Lexicon.relations.contains(words[$0].stem) }) { return nil }
        // "Bring him the audit map", "bring her the flyers"; not "Bring her printed mold photos".
        let herIsHers = errandsWithPossessiveHer.contains(words[chore].folded) && words[chore + 1].folded == "her"
            && !(chore + 2 < words.count && ["the", "a", "an", "some", "our", "my", "this", "that", "those", "these"].contains(words[chore + 2].folded))
        let isErrand = proseErrands.contains(words[chore].folded) && !herIsHers
            && (["her", "him", "them"].contains(words[chore + 1].folded) || people.personNames.contains(words[chore + 1].folded))
            || organizerErrands.contains(words[chore].folded) && ["up", "in", "back"].contains(words[chore + 1].folded)
                && isErrandFollowUp(words, after: chore + 2)
            || isFollowUpShorthand(words, at: chore) && isErrandFollowUp(words, after: chore + 2)
            // "ask him again weds": the same ask, put to the person another day.
            || words[chore].folded == "ask" && ["her", "him", "them"].contains(words[chore + 1].folded)
                && chore + 2 < words.count && words[chore + 2].folded == "again"
            // "Call the Tesfayes' legal aid lawyer Mon abt the hearing.", "Check w/ him Weds.": legwork for a day.
            || forDay && legwork.contains(words[chore].folded) && words[chore].folded != "get" && !words.contains(where: { $0.folded == "us" })
                && opensErrandObject(at: chore + 1, in: words)
                && (namesDay(in: words[(chore + 1)...]) || namesSomeone(at: chore + 1, in: words))
            // "bring buttons to the employee lot Wednesday before shift", "Print 40 sign-in sheets Fri": a thing to
            // carry or make, for a day. Not "Print shop on 5th…", "Drop off was Monday".
            || forDay && carried.contains(words[chore].folded) && !words.contains(where: { ["us", "was", "is", "were"].contains($0.folded) })
                && carriedObject(at: object, in: words) && namesDay(in: words[(chore + 1)...])
        return isErrand ? chore : nil
    }

    /// Where the thing carried starts after a carrying verb at `chore`: past "off" in "drop off the sheets", "up" in
    /// "pick up the banner".
    private static func carriedParticle(after chore: Int, in words: [Word]) -> Int {
        let particles = ["drop": "off", "pick": "up", "bring": "over"]
        guard chore + 1 < words.count, let particle = particles[words[chore].folded], words[chore + 1].folded == particle else { return chore + 1 }
        return chore + 2
    }

    /// Whether what follows a legwork verb at `index` is what it is done to: "Call the lawyer", "Ask Ronnie", "Check w/
    /// him". Not the noun's own words: "Text from her Mon", "Call came in Monday", "Email chain w/ the landlord", "Check
    /// cashing place", "Check in at the shelter Mon, job interview Tues".
    private static func opensErrandObject(at index: Int, in words: [Word]) -> Bool {
        guard index < words.count else { return false }
        let word = words[index].folded
        if ["w", "with"].contains(word) { return ["check", "follow", "touch"].contains(words[index - 1].folded) }
        return ["the", "a", "an", "her", "him", "them", "his", "their", "our", "back", "up", "out", "all", "every", "each", "both", "some",
                "everyone", "everybody", "people", "folks", "whoever"].contains(word)
            || words[index].isCapitalized && !DateKeyword.isWeekday(word) && DateKeyword.lookup(word) == nil
    }

    /// "Call Ruth Begaye at Navajo Nation EPA…", "Text Celia Brandt": someone named in full, to reach. Not "Call Center".
    private static func namesSomeone(at index: Int, in words: [Word]) -> Bool {
        guard index + 1 < words.count, words[index].isCapitalized, words[index + 1].isCapitalized else { return false }
        // …not a business named like an errand: "Check Cashing Place on 5th is where…", "Call Verizon Wireless was…"
        if index + 2 < words.count, ["is", "was", "are", "charged", "charges", "place", "came", "called"].contains(words[index + 2].folded) { return false }
        return ![words[index].folded, words[index + 1].folded].contains { DateKeyword.lookup($0) != nil || notNames.contains($0) }
    }

    /// Capitalized words after a verb that name no one: "Call Center", "Email List", "Check Cashing", "Check Into Cash".
    private static let notNames: Set<String> = [
        "center", "list", "line", "office", "hall", "city", "county", "the", "back", "out", "cashing", "into", "wireless", "around",
        "mom", "dad", "me", "you", "us",
    ]

    /// Whether the words name a day outright: "Mon", "tmrw", "tonight", "the 24th", "EOD". Not "Sat" or "Sun" in lower
    /// case, which are words too.
    private static func namesDay(in words: ArraySlice<Word>) -> Bool {
        words.indices.contains { index in
            switch DateKeyword.lookup(words[index].folded) {
            case .weekday(_, let ambiguous, _)?: return !ambiguous || words[index].isCapitalized
            case .relativeDay?, .tonight?, .eod?, .eow?: return true
            case .ordinal?: return index > words.startIndex && ["the", "on", "by"].contains(words[index - 1].folded)
            default: return false
            }
        }
    }

    /// "she said text her sunday", "He said to text him Saturday morning", "Said to check w/ her after service": the
    /// person's word on when to reach them again, which is the organizer's to-do. Where that to-do's verb starts.
    private static func reachAgain(at index: Int, in words: [Word], people: People) -> Int? {
        if index > 0, !people.isPerson(words[index - 1].subjectStem), !["and", "but", "so"].contains(words[index - 1].folded) { return nil }
        guard let (verb, end) = reachAgainVerb(afterSaid: index, in: words) else { return nil }
        // "said to ask her again after the hearing": the ask put off to an event is her maybe, not a to-do of ours until a
        // day is named ("said ask him again after league Thurs").
        if words[verb].folded == "ask", !namesDay(in: words[min(end - 1, words.count - 1)...]) { return nil }
        return verb
    }

    /// After "said" at `index`, the person's word on when to reach them again: the verb ("text") and the index after
    /// the words that say when. Not "said to call her husband", "said text her, she never checks email", "said call
    /// her anytime", "says call him Junior", "said to text him if we need a body at the door": no day to do it.
    static func reachAgainVerb(afterSaid index: Int, in words: [Word]) -> (verb: Int, end: Int)? {
        guard ["said", "says"].contains(words[index].folded) else { return nil }
        var verb = index + 1
        if verb < words.count, words[verb].folded == "to" { verb += 1 }
        guard verb + 1 < words.count, reachVerbs.contains(words[verb].folded) else { return nil }
        var person = verb + 1
        // "check in w/ her", "follow up with him", "check w/ her"
        if ["in", "up"].contains(words[person].folded), person + 1 < words.count { person += 1 }
        if ["w", "with"].contains(words[person].folded) { person += 1 }
        guard person < words.count, People.thirdPersonObjects.contains(words[person].folded) else { return nil }
        var when = person + 1
        if when < words.count, words[when].folded == "back" { when += 1 }
        guard when < words.count else { return nil }
        let word = words[when].folded
        let later = ["again", "after", "once", "when", "later", "then", "before", "by", "on", "closer", "next", "tmrw", "tomorrow"].contains(word)
            || word.first?.isNumber == true
        switch DateKeyword.lookup(word) {
        case .weekday?, .relativeDay?, .tonight?, .this?, .end?, .eow?, .`in`?, .month?: return (verb, when + 1)
        default: return later ? (verb, when + 1) : nil
        }
    }

    /// Ways of reaching the person again.
    private static let reachVerbs: Set<String> = [
        "text", "txt", "call", "check", "ask", "email", "e-mail", "ping", "message", "dm", "remind", "follow", "circle",
    ]

    /// Whether a second action of the same owner opens at `index`: "I'll get him the waiver, also ask Marco…",
    /// "…tonight + gonna drop off masa money Fri", and after a promise verb "…to send him the standard and to get him
    /// a stack of cards". `promise` is the words from the first action's subject to the action.
    private static func opensSecondAction(
        at index: Int, in words: [Word], unit: TextUnit, after promise: ArraySlice<Word>, owner: Commitment.Owner, plusJoins: Bool
    ) -> Bool {
        let word = words[index].folded
        let next = words[index + 1].folded
        // "I'll send her the card tracker link tonight + intro her to Devika": an errand of the organizer's after a "+"
        // (in prose; a list item is one task).
        if plusJoins, owner == .organizer, unit.gap(before: index + 1).contains("+"), organizerChores.union(proseErrands).contains(next),
            // …not "print her 15 cards + bring them Fri", the same cards taken on.
            // A capital names someone: "+ call Rosa" (not "+ Thank You note").
            index + 2 < words.count, ["her", "him"].contains(words[index + 2].folded) || words[index + 2].isCapitalized && words[index + 2].folded != "you"
                || opensOwnErrand(at: index + 1, in: words, after: words[promise.endIndex].folded)
        {
            return true
        }
        guard commonVerbs.contains(next) else { return false }
        switch word {
        case "also", "gonna":
            // "gonna be hard", "gonna need her address": only legwork is a second plan.
            if word == "gonna", !organizerChores.contains(next), !proseErrands.contains(next) { return false }
            return unit.gap(before: index).contains(where: { ",+".contains($0) }) || words[index - 1].folded == "and"
        case "to":
            // Not "and to be honest…".
            return words[index - 1].folded == "and" && !["be", "have", "need", "try", "see", "let", "also", "definitely", "def", "probably"].contains(next)
                && promise.contains(where: { ["promised", "agreed", "offered"].contains($0.folded) })
        case "and":
            // "I'll bring the petition tomorrow after mass, and find out from the OSHA office…": the organizer's second
            // errand, set off by a comma, with a thing or a person of its own. Not "I'll call her and ask about the van",
            // "I'll pick her up at 6 and bring her to the hearing", "I'm going to sit w her and write the two minutes".
            guard index + 2 < words.count else { return false }
            // "I will send her the talking points by Friday and look into whether…": a thing sent or brought, closed
            // with its own day, then other legwork (in prose; a list item is one task). Not "…Friday and send it to
            // me" or "draft the flyer Weds and send the draft to Rosa" (the same thing again), "ask her boss tomorrow
            // and get back to me" (the answer to what was asked), "pick her up Tues and drive her" (done together).
            if plusJoins, index >= promise.endIndex + 3, handedOver.contains(words[promise.endIndex].folded), laterErrands.contains(next),
                !["it", "them", "that", "me", "us", "back"].contains(words[index + 2].folded),
                !words[(index + 2)..<min(words.count, index + 5)].contains(where: { $0.folded == "back" }),
                !repeatsThing(of: words[(promise.endIndex + 1)..<index], in: words[(index + 2)..<min(words.count, index + 6)]),
                namesDay(in: words[(index - 2)..<index])
            {
                return true
            }
            // "hell carry the banner and bring his speakers", "she'll lend us her camera and show Jonah how to use it": a
            // second thing brought or shown, with its own owner's word for it. Not "…and bring it to me", "…and bring
            // them back" (the same thing), nor after a first "bring" ("bring the chairs and bring the urn" is one load).
            // The first is a deed of its own ("carry the banner", "lend us her camera", "get six he trusts"), not a way
            // there ("go home", "stop by", "come out") or a step to what is brought ("fill it out and bring the form").
            if plusJoins, ["bring", "show"].contains(next), ownDeeds.contains(words[promise.endIndex].folded),
                promise.endIndex + 1 < index, !particlesAfterDeed.contains(words[promise.endIndex + 1].folded),
                !words[promise.endIndex..<index].contains(where: { ["it", "them", "one", "made", "done", "printed", "copied"].contains($0.folded) }),
                index + 3 < words.count, !portions.contains(words[index + 3].folded),
                ["his", "her", "their", "the", "two", "three"].contains(words[index + 2].folded)
                    || next == "show" && words[index + 2].isCapitalized,
                // "…and bring her to the hearing", "show her the app": her, not hers.
                words[index + 2].isCapitalized && next == "show" || !["to", "back", "over", "along", "with", "home", "up", "down", "there", "here", "around", "in", "the", "a", "an", "how"]
                    .contains(words[index + 3].folded),
                !repeatsThing(of: words[(promise.endIndex + 1)..<index], in: words[(index + 2)..<min(words.count, index + 6)])
            {
                return true
            }
            return owner == .organizer && secondErrands.contains(next)
                && organizerChores.union(proseErrands).contains(words[promise.endIndex].folded)
                && unit.gap(before: index).contains(",")
                && ["the", "a", "an", "her", "him", "them", "out", "up", "his", "their", "our", "some"].contains(words[index + 2].folded)
        default:
            return false
        }
    }

    /// Whether a second errand of its own opens at `index` after a first whose verb is `first`: once something is
    /// sent, brought or printed, "find out if…", "look into…", "intro her to Devika", "get her a clipboard" and "get
    /// back to her" are further legwork; after "find out", so is "get back to her". Not what a call, a text or a
    /// question is for ("call the clinic, find out the hours", "ask her boss, get back to me"), nor what finishes the
    /// first errand ("drop at the lot", "bring it Mon", "get them signed", "get back to work").
    static func opensOwnErrand(at index: Int, in words: [Word], after first: String) -> Bool {
        guard index + 2 < words.count else { return false }
        let verb = words[index].folded
        let next = words[index + 1].folded
        let delivered = handedOverFirst.contains(first)
        switch verb {
        case "find": return delivered && next == "out"
        case "look": return delivered && next == "into"
        case "intro", "introduce": return delivered && (["her", "him", "them"].contains(next) || words[index + 1].isCapitalized)
        case "get" where next == "back":
            return (delivered || first == "find") && words[index + 2].folded == "to" && index + 3 < words.count
                && ["her", "him", "them", "me", "us"].contains(words[index + 3].folded)
        case "get":
            // "get her a clipboard": a thing handed to her, not "get her to the hearing", "get her records".
            return delivered && ["her", "him"].contains(next) && ["a", "an"].contains(words[index + 2].folded) && index + 3 < words.count
                && !portions.contains(words[index + 3].folded)
        default: return false
        }
    }

    /// A share of what the first errand made: "print 20 flyers, get her a stack", "get copies made and bring the stack".
    private static let portions: Set<String> = ["copy", "copies", "stack", "stacks", "pile", "bunch", "batch", "set", "few", "box", "half", "rest"]

    /// Errands that hand something over, after which other legwork is an errand of its own.
    private static let handedOverFirst: Set<String> = ["send", "bring", "print", "mail", "drop", "forward", "copy", "make"]

    /// "me: send her the card tracker link tonight + intro her to Devika", "- him: ask pastor abt the van + count how many
    /// want a ride, by Sat", "- call Kim at the legal clinic, get him on the list": a list item or labelled line holding
    /// two errands, split where the second opens after a "+", a comma or ", and". A ticked or unticked box stays one task.
    static func errands(of found: Found, in unit: TextUnit) -> [Found] {
        guard unit.block.task == nil else { return [found] }
        let words = unit.words
        guard let first = words.firstIndex(where: { $0.range.lowerBound >= found.text.lowerBound }) else { return [found] }
        // "Eu: send her the flyer amanhã, and find out if…": the reader may have closed the first errand at the ", and".
        let last = words.lastIndex(where: { $0.range.upperBound <= found.text.upperBound }) ?? first
        let text = last + 1 < words.count && (words[last + 1].folded == "and" || unit.gap(before: last + 1).contains("+"))
            ? found.text.lowerBound..<unit.range.upperBound : found.text
        for index in (first + 2)..<max(first + 2, words.count - 1) where words[index].range.upperBound <= found.text.upperBound || index == last + 1 && text != found.text {
            let gap = unit.gap(before: index)
            let joined = gap.contains("+") || gap.contains(",")
            let afterAnd = words[index].folded == "and" && gap.contains(",")
            guard joined || afterAnd else { continue }
            let verb = afterAnd ? index + 1 : index
            guard opensOwnErrand(at: verb, in: words, after: words[first].folded), !(afterAnd && gap.contains("+")) else { continue }
            // "prep the agenda: welcome, intro Devika, the vote": a list after a colon or inside brackets is one errand.
            guard !(first + 1..<index).contains(where: { unit.gap(before: $0).contains(where: { ":([".contains($0) }) }) else { continue }
            let firstPart = Found(owner: found.owner, text: found.text.lowerBound..<words[index - 1].range.upperBound, guessed: found.guessed)
            let secondPart = Found(owner: found.owner, text: words[verb].range.lowerBound..<text.upperBound, guessed: found.guessed)
            return [firstPart] + errands(of: secondPart, in: unit)
        }
        return [found]
    }

    /// Deeds after which "and bring his speakers" is another thing taken on.
    private static let ownDeeds: Set<String> = ["carry", "lend", "get", "host", "run", "drive", "hold", "cover", "pass", "speak", "testify", "lead"]

    /// Words after a verb that make it a way somewhere, not a deed: "get off work early", "get up".
    private static let particlesAfterDeed: Set<String> = [
        "by", "over", "home", "up", "in", "out", "ahead", "off", "around", "after", "early", "back", "down", "on", "there", "here",
    ]

    /// Errands that stand on their own after "and" once the first has closed with its day.
    private static let laterErrands: Set<String> = secondErrands.union(["look", "put", "ask", "bring", "show"])

    /// Errands that hand something over: once done by their day, what comes after "and" is another errand.
    private static let handedOver: Set<String> = ["send", "bring", "print", "email", "e-mail", "mail", "drop", "forward"]

    /// Whether the second errand names a thing the first one did: "draft the flyer … and send the draft".
    private static func repeatsThing(of first: ArraySlice<Word>, in second: ArraySlice<Word>) -> Bool {
        let things = Set(first.map(\.folded).filter { $0.count > 3 && !Lexicon.determiners.contains($0) })
        return second.contains { things.contains($0.folded) }
    }

    /// Errands that stand on their own after "and" in the organizer's promise.
    private static let secondErrands: Set<String> = [
        "find", "bring", "send", "get", "print", "drop", "email", "e-mail", "text", "intro", "introduce", "book", "reserve",
        "write", "draft", "pick", "mail", "forward", "call",
    ]

    /// Where a "will" with no subject opens a clause of an answer, at or after `index`, followed by an action:
    /// "will sit in the front row tho", "has to ask Abba Tesfay, will call me sun". Not "will see", "will think".
    private static func answerWill(in words: [Word], unit: TextUnit, from index: Int) -> Int? {
        guard index + 1 < words.count, words[index].folded == "will" else { return nil }
        guard index == 0 || SkillReader.startsClause(at: index, in: unit) else { return nil }
        var action = index + 1
        if ["also", "def", "definitely", "still", "prob"].contains(words[action].folded), action + 1 < words.count { action += 1 }
        // "-> will do" is a yes, not a promise to "do".
        guard action + 1 < words.count, commonVerbs.contains(words[action].folded), !notAnswerActions.contains(words[action].folded),
            !isNonAction(at: action, in: words)
        else { return nil }
        // "will follow up next week", "Will get the talking points to her", "will print 50 copies for her": the
        // organizer's legwork after the answer. "will call me sun", "Will bring 2 coworkers to ours": the person's.
        let rest = words[(action + 1)...].prefix(8).map(\.folded)
        let forUs = rest.contains { ["me", "us", "our", "ours"].contains($0) }
        let forHer = rest.contains { ["her", "him", "them"].contains($0) }
        guard forUs || !(organizerChores.contains(words[action].folded) || organizerErrands.contains(words[action].folded) || forHer) else { return nil }
        return action - 1
    }

    /// After an answer's "will", words that are no offer: a hedge ("will try", "will see") or a reason ("will start
    /// night shift that wk").
    private static let notAnswerActions: Set<String> = [
        "try", "see", "let", "think", "need", "have", "be", "also", "definitely", "def", "probably", "start", "work", "go",
        "get", "keep", "take",
    ]

    /// Whose "…and offered to" it is: the sentence's subject when it is the person or the organizer ("He's an IT
    /// project manager and offered to…", "I called her and offered to…"); a bullet that opens on its verb is the
    /// person's ("- has a carport…and offered to host…"); anyone else's offer (the landlord's, her son's) is none.
    private static func offerer(before index: Int, in words: [Word], people: People) -> Commitment.Owner? {
        guard index > 0, words[index - 1].folded == "and" else { return .supporter }
        guard let first = words.first else { return nil }
        if ["i", "we"].contains(first.subjectStem) || people.organizerNames.contains(first.folded) { return .organizer }
        if people.isPerson(first.subjectStem) { return .supporter }
        let clause = words[..<index]
        guard !clause.contains(where: { Lexicon.relations.contains($0.stem) || ["landlord", "management", "mgmt", "manager", "boss", "owner", "pastor", "city"].contains($0.folded) }) else { return nil }
        return ["has", "have", "runs", "owns", "works", "knows", "is", "does", "drives", "came", "stopped"].contains(first.folded) ? .supporter : nil
    }

    /// "f/u Mon.", "f/u w/ him": a follow-up in two letters.
    static func isFollowUpShorthand(_ words: [Word], at index: Int) -> Bool {
        index + 1 < words.count && words[index].folded == "f" && words[index + 1].folded == "u"
    }

    /// "…, she said": the sentence reports the person's words, so a plan in it is theirs to tell.
    private static func isReportedSpeech(_ words: [Word]) -> Bool {
        words.indices.dropFirst().contains { ["said", "says"].contains(words[$0].folded) && ["she", "he", "they"].contains(words[$0 - 1].folded) }
    }

    /// Where the action starts in a sentence that opens on the organizer's plan without its "I": "Gonna call…",
    /// "Going to drop off…", "Told her I would send…", "Told him Id call…", "Promised her I'd…".
    private static func subjectlessPlan(_ words: [Word]) -> Int? {
        guard words.count > 2 else { return nil }
        var index = 0
        if words[0].folded == "gonna" { index = 1 } else if words.matches(["going", "to"], at: 0) { index = 2 }
        if index > 0 {
            // Only the organizer's own legwork: "Gonna start a new job in January" drops the person's "she's".
            return organizerChores.contains(words[index].folded) || proseErrands.contains(words[index].folded) ? index : nil
        }
        guard ["told", "promised", "assured"].contains(words[0].folded), ["her", "him", "them"].contains(words[1].folded) else { return nil }
        index = 2
        if words[index].folded == "that" { index += 1 }
        guard index + 1 < words.count else { return nil }
        switch words[index].folded {
        case "i'd", "id", "i'll", "ill": index += 1
        case "i" where ["would", "will"].contains(words[index + 1].folded): index += 2
        default: return nil
        }
        guard index < words.count, commonVerbs.contains(words[index].folded), !isNonAction(at: index, in: words),
            !["be", "try", "also", "definitely", "def", "probably"].contains(words[index].folded)
        else { return nil }
        return index
    }

    /// "Need to get the shirt sizes from Dana", "Gotta call him Thurs": the organizer's own to-do with its "I" left
    /// out: reaching someone or getting something from them. Not a need of the person's own ("Need to find a new
    /// apartment", "Gotta pick up her kids", "Need to get it fixed"), and not in an answer ("-> need to ask her husband").
    private static func subjectlessNeed(_ words: [Word]) -> Int? {
        var index = 0
        // "also need to get him the heat numbers"
        let start = words.count > 2 && ["also", "still", "and"].contains(words[0].folded) ? 1 : 0
        if words[start].folded == "gotta" { index = start + 1 } else if words.matches(["need", "to"], at: start) { index = start + 2 }
        // "Need to find out from the PSC when…", "need to look into the bus": legwork said with its particle.
        // "need to find someone to watch kids during the training": someone found for the meeting, not a job of hers.
        let phrasal = index + 1 < words.count && (legworkParticles[words[index].folded] == words[index + 1].folded
            || index > 0 && words[index].folded == "find" && ["someone", "somebody", "volunteers"].contains(words[index + 1].folded))
        // "Find out from Ana at the union if the 24 hr rule covers agency aides.": that legwork opening the sentence.
        let findOut = index == 0 && words.count > 3 && ["find", "figure"].contains(words[0].folded) && words[1].folded == "out"
        guard index > 0 || findOut, index + 1 < words.count, legwork.contains(words[index].folded) || phrasal else { return nil }
        // "need to get her added to the group text": the person right after the verb is whom it is done for.
        // Not "need to get her papers in order": "her" before a noun is hers.
        let rest = ["her", "him", "them"].contains(words[index + 1].folded) && index + 2 < words.count
            && (Lexicon.determiners.contains(words[index + 2].folded)
                || ["on", "to", "in", "into", "up", "back", "a", "an", "by", "before", "after", "about", "abt", "re"].contains(words[index + 2].folded)
                // "get her added to the list", not "get her expired green card renewed" (hers)
                || words[index + 2].folded.hasSuffix("ed") && (index + 3 == words.count
                    || ["to", "on", "up", "in", "for", "into", "by", "before", "with"].contains(words[index + 3].folded)))
            ? index + 2 : index + 1
        // "need to ask Sandeep at the Chronicle if they can blur her": "her" closing the sentence is whom it is for.
        guard !words[rest...].indices.contains(where: { at in
            let word = words[at].folded
            return ["her", "his", "my", "mine", "it", "their", "own"].contains(word) && !(word == "her" && at == words.count - 1)
                || Lexicon.relations.contains(words[at].stem)
        })
        else { return nil }
        return index
    }

    /// What the organizer needs to do in a hurried note: reach someone, or get something from them.
    /// Booking a room and printing are the organizer's too: "need to book the MSA room for the teach-in".
    private static let legwork: Set<String> = [
        "call", "text", "txt", "email", "e-mail", "ask", "send", "remind", "confirm", "ping", "reach", "check", "follow", "get", "dm", "message",
        "book", "reserve", "print",
    ]

    /// Legwork verbs that are the organizer's only with their particle: "find out", not "find a new job".
    private static let legworkParticles: [String: String] = ["find": "out", "look": "into", "figure": "out", "line": "up", "set": "up"]

    /// Whether a thing to carry or make opens at `index`: an article, a count or a pronoun ("the postcards", "40
    /// sheets", "it to him"), or things going somewhere ("buttons to the employee lot", "flyers at the laundromat").
    /// Not a noun's own words: "Book club meets…", "Order came in…", "Mail goes out…", "Bring tamales Saturday, she
    /// insisted" (what she is bringing).
    private static func carriedObject(at index: Int, in words: [Word]) -> Bool {
        guard index < words.count else { return false }
        let word = words[index].folded
        if ["the", "a", "an", "her", "him", "them", "it", "his", "their", "our", "some", "extra"].contains(word) || word.first?.isNumber == true {
            return true
        }
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && index + 1 < words.count
            && ["to", "for", "at", "by"].contains(words[index + 1].folded)
    }

    /// Things carried or made for a day: "bring buttons … Wednesday".
    private static let carried: Set<String> = ["bring", "print", "drop", "mail", "order", "book", "reserve", "copy", "pick"]

    /// Errands a note names by their "-ing" form alone: "Signing her up…", "Dropping off the survey tmrw".
    private static let gerundChores: Set<String> = [
        "send", "text", "email", "call", "sign", "drop", "bring", "print", "book", "reserve", "mail", "invite", "add",
        "pick", "forward", "connect", "introduce", "intro", "remind", "schedule",
    ]

    /// Adverbs that take a promise back or put it in the past: "She initially agreed to host but…", "she nearly agreed".
    private static let withdrawingAdverbs: Set<String> = [
        "initially", "originally", "previously", "nearly", "supposedly", "almost", "reportedly", "allegedly", "apparently",
        "formerly", "hardly", "barely", "only", "briefly", "once", "technically",
    ]

    /// Words between a subject and its promise: "I also promised to send…", "she def will come".
    private static let adverbs: Set<String> = ["also", "then", "really", "definitely", "def", "totally", "still"]

    /// "I also promised to send…", "she def will come", "She kindly offered to bring lemon bars", "I still need to ask
    /// Father Meehan": a promise verb after one adverb (not "I really need to").
    private static func promiseAfterAdverb(at index: Int, in words: [Word], owner: Commitment.Owner) -> Int? {
        guard index + 1 < words.count else { return nil }
        let adverb = words[index].folded
        if adverbs.contains(adverb) {
            // Only legwork: not "I still have to say…", "I still need to figure out if she's a leader".
            if owner == .organizer, ["still", "also", "then"].contains(adverb),
                let verb = organizerOnlyVerbs.first(where: { words.matches($0, at: index + 1) }),
                index + 1 + verb.count < words.count, legwork.contains(words[index + 1 + verb.count].folded)
            {
                return verb.count + 1
            }
            return longestPromise(at: index + 1, in: words).map { $0 + 1 }
        }
        // "kindly offered to", "immediately agreed to": a manner word before a promise made in so many words.
        guard adverb.count > 4, adverb.hasSuffix("ly"), !withdrawingAdverbs.contains(adverb), let verb = longestPromise(at: index + 1, in: words),
            ["offered", "offerd", "agreed", "volunteered", "promised", "committed"].contains(words[index + 1].folded)
        else { return nil }
        return verb + 1
    }

    /// The longest written-out promise verb at `index` ("promised to", "will"), not a contraction's tail.
    private static func longestPromise(at index: Int, in words: [Word]) -> Int? {
        var best: Int? = nil
        for verb in promiseVerbs where !verb[0].hasPrefix("'") && words.matches(verb, at: index) {
            best = max(best ?? 0, verb.count)
        }
        return best
    }

    /// "he said yes and that he would bring Kojo", "said he'd bring pictures": "would" promises only in reported speech.
    private static func reportedWould(after subjectEnd: Int, in words: [Word], isAnswer: Bool) -> Int? {
        guard subjectEnd >= 1 else { return nil }
        // In an answer, "said no, hes not a public speaker, but hed come sit in the front row" is the smaller offer.
        // Not "but she'd help behind the scenes": help with nothing named is no promise of anything.
        if isAnswer, words[subjectEnd - 1].folded == "but", ["she", "he", "she'd", "he'd"].contains(words[subjectEnd].folded),
            // "but she'd get fired", "but she'd run into the principal there": a reason, not an offer.
            !words[(subjectEnd + 1)...].prefix(2).contains(where: { ["help", "get", "run", "be", "have", "need", "go", "take", "keep", "lose", "let"].contains($0.folded) }),
            !words[(subjectEnd + 1)...].contains(where: { ["if", "unless"].contains($0.folded) }),
            !words.contains(where: { ["used", "usually", "always", "every", "often"].contains($0.folded) })
        {
            if words[subjectEnd].folded.hasSuffix("'d"), subjectEnd + 1 < words.count, commonVerbs.contains(words[subjectEnd + 1].folded) { return 0 }
            if subjectEnd + 2 < words.count, words[subjectEnd + 1].folded == "would", commonVerbs.contains(words[subjectEnd + 2].folded) { return 1 }
        }
        // "She laughed and said no, the ushers are busy, but she would ask two of the younger ones": still what she said.
        // The teller is the same person ("She said…, but she would"), and nothing says it was a habit ("used to", "every").
        if words[subjectEnd - 1].folded == "but", subjectEnd + 2 < words.count, words[subjectEnd + 1].folded == "would",
            let said = words[..<(subjectEnd - 1)].firstIndex(where: { ["said", "says", "promised"].contains($0.folded) }),
            words[max(0, said - 3)..<said].last(where: { ["she", "he", "they", "i"].contains($0.folded) })?.folded == words[subjectEnd].folded,
            !words.contains(where: { ["used", "usually", "always", "every", "often"].contains($0.folded) })
        {
            return 1
        }
        // "Told me he'd send pics tonite", "She told me she would bring me copies Friday": what she told me.
        // Not "told me she'd been to the council twice", "told me he'd walk off the job if they cut hours".
        let toldVerb = words[subjectEnd].folded.hasSuffix("'d") ? subjectEnd + 1 : subjectEnd + 2
        let toldMe = subjectEnd >= 2 && ["me", "us"].contains(words[subjectEnd - 1].folded)
            && ["told", "tells", "texted", "promised", "assured"].contains(words[subjectEnd - 2].folded)
            && toldVerb < words.count && commonVerbs.contains(words[toldVerb].folded)
            && !["be", "have", "had", "been", "better", "need", "try", "also"].contains(words[toldVerb].folded)
            && !words[toldVerb...].contains(where: { ["if", "unless", "always", "never", "used"].contains($0.folded) })
        guard toldMe || ["that", "said", "says"].contains(words[subjectEnd - 1].folded) else { return nil }
        if words[subjectEnd].folded.hasSuffix("'d"), subjectEnd + 1 < words.count { return 0 }
        guard subjectEnd + 1 < words.count, words[subjectEnd + 1].folded == "would" else { return nil }
        return 1
    }

    /// "the manager said", "an aide told us": a teller named by a common noun.
    private static let tellerDeterminers = possessiveDeterminers.union(["an", "our", "your"])

    /// "GM told everyone he'll review the policy", "Principal Dunleavy said he'd ask the city": someone else's
    /// word about what they will do, though the pronoun is the same as the person's.
    /// "City keeps saying they'll open a lane", "the guy keeps saying he'll pay": the same, said again and again.
    private static func isReportedByOther(_ words: [Word], before index: Int, in unit: TextUnit, people: People) -> Bool {
        for verb in stride(from: index - 1, through: max(1, index - 3), by: -1)
        where ["said", "says", "saying", "told", "tells", "announced", "claims", "claimed"].contains(words[verb].folded) {
            // "City keeps saying they'll…": the teller before "keeps".
            var tellerIndex = verb - 1
            let kept = tellerIndex >= 1 && ["keeps", "kept", "keep"].contains(words[tellerIndex].folded)
            if kept { tellerIndex -= 1 }
            if words[verb].folded == "saying", !kept { continue }
            let teller = words[tellerIndex]
            if people.isPerson(teller.subjectStem) || people.organizerNames.contains(teller.folded) { return false }
            let pronoun = ["i", "she", "he", "they", "we", "you", "her", "him", "them"].contains(teller.folded)
            // "payroll keeps saying they'll fix it": a body written lowercase. A teller named ("City keeps saying…") or
            // after a determiner ("the guy keeps saying…") is read below, as for "says"; "She's in, keeps saying…",
            // "lol keeps saying…" and "Still keeps saying…" are not tellers.
            if kept, tellingBodies.contains(teller.folded) { return true }
            // "Sharon (director) says she'll look into raises": a name, then in brackets what she is; not "Mrs. Lopez
            // (chair) says…" about the person herself.
            if tellerIndex >= 1, unit.gap(before: tellerIndex).contains("("), words[tellerIndex - 1].isCapitalized,
                !people.isPerson(words[tellerIndex - 1].subjectStem), !people.isFamilyName(at: tellerIndex - 1, in: words)
            {
                return true
            }
            return teller.isCapitalized && !pronoun && !tellerFillers.contains(teller.folded)
                || tellerIndex >= 1 && (tellerDeterminers.contains(words[tellerIndex - 1].folded)
                    // "Alderman Costigan's office says…"; not "She's happy, says…", "Maria's in, says…"
                    || words[tellerIndex - 1].folded.hasSuffix("'s") && words[tellerIndex - 1].isCapitalized
                        && !["she's", "he's", "it's", "that's", "there's", "what's", "who's", "let's", "here's"].contains(words[tellerIndex - 1].folded)
                        && !people.isPerson(words[tellerIndex - 1].subjectStem))
        }
        return false
    }

    /// Words before "keeps saying" that are no teller: "She's in, keeps saying…", "tbh keeps saying…".
    private static let tellerFillers: Set<String> = [
        "and", "has", "had", "is", "was", "been", "just", "also", "literally", "still", "honestly", "then", "in", "lol", "tbh",
        "am", "pm", "so", "but", "she's", "he's", "shes", "hes", "now", "always",
    ]

    /// Bodies that tell people things, written lowercase: "payroll keeps saying they'll fix it".
    private static let tellingBodies: Set<String> = [
        "payroll", "mgmt", "management", "hr", "city", "landlord", "boss", "manager", "super", "company", "office", "district",
        "school", "county", "state", "guy", "owner", "agency", "union", "supervisor", "sup", "admin", "administration",
    ]

    /// Whether an item opens on someone else and what they say or do: "mgmt says painters back the 1st", "Mr. Haskett
    /// the park supervisor retires in October". Not a chore that names whom it is for ("Rosa: bring chairs", "Call
    /// Rosa Mon"), nor the person herself.
    private static func tellsOfSomeoneElse(_ words: [Word], in unit: TextUnit, people: People) -> Bool {
        guard words.count > 2 else { return false }
        let name = IssueReader.titles.contains(words[0].folded) ? 1 : 0
        // "Ms. Lopez says…" is the person; "Mr. Lopez", "Mrs. Lopez (her mother-in-law)" may be family.
        let herFamilyName = ["ms", "miss"].contains(words[0].folded) && people.isFamilyName(at: 1, in: words)
        guard !people.isPerson(words[name].subjectStem), !herFamilyName, !people.organizerNames.contains(words[name].subjectStem)
        else { return false }
        // "Landlord says no pets; she'll get the vet letter by Mon", "Rosa promised chairs, confirm w/ her Thurs": a task
        // after the news keeps the item.
        // …and so does what she is told to do: "Legal Aid says bring the lease".
        if words.indices.dropFirst().contains(where: { at in
            newsTaskOpeners.contains(words[at].folded) && unit.gap(before: at).contains(where: { ",;.>-—–".contains($0) })
                || newsVerbs.contains(words[at - 1].folded) && newsErrands.contains(words[at].folded)
        }) {
            return false
        }
        // "mgmt says …", "the landlord says …": a body that speaks, then its word
        if tellingBodies.contains(words[0].folded) { return newsVerbs.contains(words[1].folded) }
        // "Mr. Haskett the park supervisor retires…": a titled name, a few words about them, then what they do
        if name == 1 { return words[2...].prefix(5).contains { newsVerbs.contains($0.folded) } }
        // "Dolores Haines says…": a name and its verb right after it
        guard words[0].isCapitalized, !isCommonVerb(words[0].folded) else { return false }
        let verb = words[1].isCapitalized && words.count > 3 ? 2 : 1
        return newsVerbs.contains(words[verb].folded)
    }

    /// What someone else is told of doing under Next steps: "mgmt says…", "Mr. Haskett … retires…".
    private static let newsVerbs: Set<String> = ["says", "said", "retires", "retired", "wants", "thinks", "claims", "promised", "promises"]
    /// Errands that, right after the news verb or after a mark, make the item a task: "Legal Aid says bring the lease".
    private static let newsErrands = organizerChores.union(proseErrands)
    /// Words that open a task after the news and a mark: "…; she'll get the vet letter", "…, confirm w/ her Thurs".
    private static let newsTaskOpeners = newsErrands.union(["she'll", "shell", "i'll", "ill", "we'll", "verify", "lock", "save", "fix", "double", "remind"])

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
        // "If she says yes to the board, practice w/ her next Monday": the task is what follows the condition.
        if ["if", "once", "when", "after"].contains(first.folded),
            let comma = words.indices.dropFirst().first(where: { unit.gap(before: $0).contains(",") })
        {
            return item(TextUnit(words[comma].range.lowerBound..<unit.range.upperBound, within: unit), people: people, defaultOwner: defaultOwner)
        }
        if let (owner, length) = subject(at: 0, in: words, people: people) {
            var start = length
            if start < words.count, let verb = promiseVerb(after: start - 1, in: words, owner: owner) { start += verb }
            guard start < words.count else { return nil }
            // "He suggested I talk with Fumiko Arata", "She mentioned the boiler is broken" in prose under Next steps:
            // what the person suggested or thinks is no task of theirs, though a promise told in it may be ("He
            // suggested we meet, and he'll bring the minutes").
            if !unit.block.isListItem, saidOrThought.contains(words[start].folded),
                // …but "She knows Pastor Ray and will set up a mtg", "worried about childcare but will come Thurs" promise
                !words[(start + 1)...].indices.contains(where: { at in
                    let word = words[at].folded
                    return ["will", "can", "yes", "committed", "agreed"].contains(word) || word.hasSuffix("'ll") || word.hasSuffix("'d")
                })
            {
                return findAll(in: unit, people: people).first
            }
            return Found(owner: owner, text: words[start].range.lowerBound..<unit.range.upperBound)
        }
        if let found = findAll(in: unit, people: people, isItem: true).first,
            let actionWord = words.firstIndex(where: { $0.range.lowerBound == found.text.lowerBound }), actionWord <= 4
        {
            return found
        }
        // "- mgmt says painters back the 1st", "13. Mr. Haskett the park supervisor retires in October": news of
        // someone else, not a task.
        if tellsOfSomeoneElse(words, in: unit, people: people) { return nil }
        // Under "Follow up", "Send me her availability by Friday" is still the person's.
        let forMe = defaultOwner == .organizer && words.dropFirst().contains { $0.folded == "me" }
        let owner = forMe ? .supporter : defaultOwner ?? imperativeOwner(words, people: people)
        return Found(owner: owner, text: first.range.lowerBound..<unit.range.upperBound, guessed: !forMe && defaultOwner == nil)
    }

    private static let possessiveDeterminers: Set<String> = ["her", "his", "their", "my", "the", "a", "whose"]

    /// Verbs that tell what someone said, thought or felt, not a thing to do.
    private static let saidOrThought: Set<String> = [
        "suggested", "suggests", "mentioned", "mentions", "thinks", "thought", "feels", "felt", "believes", "explained", "explains",
        "worries", "worried", "seemed", "seems",
    ]

    /// The subject at `index` and how many words it spans: "I", "we", "she", "Maria", "she'll" (one word).
    private static func subject(at index: Int, in words: [Word], people: People) -> (Commitment.Owner, Int)? {
        let stem = words[index].subjectStem
        if index > 0 {
            // "her husband will", "the landlord will": not the person's own subject.
            if possessiveDeterminers.contains(words[index - 1].folded) { return nil }
        }
        if stem == "i" || stem == "we" || people.organizerNames.contains(stem) || (people.organizerIsYou && stem == "you") { return (.organizer, 1) }
        // "worried abt the rumor theyll close 2 L&D rooms", "he says they will follow him": once the note has
        // shown the person is "she" or "he", "they" is other people.
        // "They'll both come", "her and the boys, they'll be at the rally": still her, with others.
        if stem == "they", people.pronoun != nil, !theyIncludePerson(at: index, in: words, people: people) { return nil }
        if people.isPerson(stem) {
            // "Ada Fixico will call the elders": the family name after the first name is still the subject.
            return people.isFamilyName(at: index + 1, in: words) ? (.supporter, 2) : (.supporter, 1)
        }
        return nil
    }

    /// Whether "they" at `index` takes the person in: "they'll both", "they will all", or the person joined to someone
    /// earlier in the sentence ("she and Rosa…, they'll", "her and the boys, they'll").
    private static func theyIncludePerson(at index: Int, in words: [Word], people: People) -> Bool {
        let after = words[(index + 1)...].prefix(2).map(\.folded)
        if after.contains("both") || after.contains("all") { return true }
        let joins: Set<String> = ["and", "y", "e", "with"]
        return words[..<index].indices.contains { position in
            let word = words[position].folded
            let isHer = people.isPerson(words[position].subjectStem) || word == "her" && position + 1 < index && joins.contains(words[position + 1].folded)
            guard isHer else { return false }
            return position + 1 < index && joins.contains(words[position + 1].folded)
                || position > 0 && joins.contains(words[position - 1].folded) && word != "her"
        }
    }

    /// Words after "to her" that show "her" is the person, not "her lawyer": "read it aloud to her; her eyes…".
    private static let objectHerFollowers: Set<String> = [
        "her", "his", "and", "on", "at", "by", "before", "after", "tomorrow", "tmrw", "this", "next", "so", "when", "if", "in", "to",
    ]

    /// Task verbs that take something somewhere: "bring the water jugs to his garage".
    private static let deliveries: Set<String> = ["bring", "take", "drop", "deliver", "read", "show", "give", "hand", "mail", "carry"]

    /// Whose an item with no subject is: the organizer's when it is an errand aimed at the person
    /// ("Text her the address", "Call Maria Nov 19", "Thank-you card"), the person's otherwise
    /// ("Attend the meeting", "Draft her remarks and email them to me").
    private static func imperativeOwner(_ words: [Word], people: People) -> Commitment.Owner {
        guard let first = words.first else { return .supporter }
        if let owner = romanceItemOwner(words) { return owner }
        if words.dropFirst().contains(where: { $0.folded == "me" || $0.folded == "us" }) { return .supporter }
        let verb = first.folded.split(separator: "-").first.map(String.init) ?? first.folded
        let base = baseForm(verb)
        if organizerErrands.contains(base) || isFollowUpShorthand(words, at: 0) { return .organizer }
        // "bring the water jugs to his garage", "read it aloud to her": taken to the person.
        if deliveries.contains(base), words.indices.dropFirst().contains(where: { words[$0 - 1].folded == "to"
            && (["him", "them"].contains(words[$0].folded) || words[$0].folded == "her" && ($0 + 1 == words.count || objectHerFollowers.contains(words[$0 + 1].folded))
                || ["his", "her"].contains(words[$0].folded) && $0 + 1 < words.count && ["house", "place", "apartment", "apt", "garage", "home", "door", "building"].contains(words[$0 + 1].folded)) })
        {
            return .organizer
        }
        let object = words.dropFirst().prefix(4).map(\.folded)
        // "Ride along with him", "Added him to the phone tree": done to or with the person is the organizer's.
        if object.contains(where: { $0 == "him" || $0 == "them" }) || herIsObject(words) { return .organizer }
        // "practice w/ her next Monday": done with the person.
        if let with = object.firstIndex(of: "with"), with + 1 < object.count, object[with + 1] == "her" { return .organizer }
        guard organizerChores.contains(base) else { return .supporter }
        // "Find out from the agency…", "look into the van", "ask Imam Kareem re: the lot": the organizer's legwork.
        if ["find", "look"].contains(base), let next = object.first, ["out", "into"].contains(next) { return .organizer }
        if base == "ask", words.count > 1, words[1].isCapitalized, !people.personNames.contains(words[1].folded) { return .organizer }
        let aimedAtPerson = object.contains { People.thirdPersonObjects.contains($0) || people.personNames.contains($0) }
        if aimedAtPerson { return .organizer }
        // "Find a notetaker", "print 20 surveys": legwork on a list is the organizer's; a number of people to
        // bring in ("Get 5 room attendants to the mtg", "Sign up 8 coworkers") is a goal set for the person.
        let target = object.first { !["up", "the", "a"].contains($0) }
        // "Invite two friends", "Invite coworkers": people to bring in, counted or plural.
        let counted = recruitingVerbs.contains(base)
            && target.map { $0.first?.isNumber == true || countWords.contains($0) || $0.count > 3 && $0.hasSuffix("s") && !$0.contains("'") } == true
        // "Write down every pickup time", "Record every call", "Draft the agenda": a record or an account the person gives.
        return counted || ["get", "sign", "log", "meet", "draft", "write", "record"].contains(base) ? .supporter : .organizer
    }

    /// Chores that, with a count, set the person a goal of people to reach ("call 10 members"); a count of
    /// things is still legwork ("print 20 surveys").
    private static let recruitingVerbs: Set<String> = ["invite", "ask", "get", "sign", "call", "text", "email", "contact", "reach"]

    /// Words that count people to bring in: "Invite two friends", "Ask every tenant on 3".
    private static let countWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "few", "several", "every", "all", "both", "more", "other",
    ]

    /// "Left her our form", "walk her through it": "her" as the one something is done to, not "her card".
    private static func herIsObject(_ words: [Word]) -> Bool {
        guard let her = words.prefix(5).dropFirst().firstIndex(where: { $0.folded == "her" }) else { return false }
        guard her + 1 < words.count else { return true }
        return wordsAfterObjectHer.contains(words[her + 1].folded)
    }

    /// What follows "her" when she is the one something is done to: "Left her our form", "walk her through it".
    private static let wordsAfterObjectHer: Set<String> = [
        "the", "a", "an", "our", "my", "this", "that", "these", "those", "some", "back", "up", "in", "on", "to", "about",
        "re", "with", "through", "thru", "know", "out", "off", "over", "around", "again", "for", "at", "tomorrow", "tonight",
    ]

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
            // "doesnt know where she'll be after", "idk how he'll fit 6 in that car": a question she cannot answer yet
            || index >= 2 && ["where", "how"].contains(words[index - 1].folded)
                && ["know", "knows", "sure", "idk", "idea", "clue", "wondering", "unsure", "dunno"].contains(words[index - 2].folded)
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
        return longestPromise(at: subjectEnd + 1, in: words)
    }

    /// "He said he would, as long as someone else takes the notes": the promise's action is said elsewhere.
    private static func isElliptical(at action: Int, in words: [Word], unit: TextUnit) -> Bool {
        guard action > 0 else { return false }
        let gap = unit.gap(before: action)
        return gap.contains(",") || gap.contains(".")
            || ["as", "if", "but", "because", "so", "unless", "when", "though", "once"].contains(words[action].folded)
    }

    /// Whether `word` stands inside quotation marks within the unit.
    private static func isQuoted(_ word: Word, in unit: TextUnit, people: People) -> Bool {
        // An answer read apart from its ask ("-> \"baby I'll be there early\"") keeps the quote that opens it.
        // …but not the quote that closed the sentence before: "…\"send it over and Ill let you know.\" Ill text him the letter".
        // Counted on its own line, and not an inch mark ("the 10\" speakers") or a ditto mark ("Sun \" Oak").
        let prefix = unit.string[..<unit.range.lowerBound]
        let line = prefix.lastIndex(of: "\n").map { prefix[prefix.index(after: $0)...] } ?? prefix
        let before = prefix.reversed().drop { $0 == " " }
        var open: String.Index? = nil
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let previous = index > line.startIndex ? line[line.index(before: index)] : " "
            let after = unit.string.index(after: index)
            let next = after < unit.string.endIndex ? unit.string[after] : " "
            switch character {
            // an inch or ditto mark opens no quote ("the 10\" speakers", "Sun \" Oak"), nor closes one ("\"get the 10\"
            // speakers, they're loud.\"") unless the talk goes on after it ("\"put me down for 10\" and laughed")
            case "\"" where previous.isNumber && next == " " && (open == nil || !closesAfterNumber(unit.string[index...])): break
            case "\"" where open == nil && previous == " " && next == " ": break
            case "\"": open = open == nil ? index : nil
            case "“": open = index
            case "”": open = nil
            default: break
            }
            index = line.index(after: index)
        }
        // A quote opened right before the sentence is the speaker's; one opened in an earlier sentence of the line
        // ('Then: "Fine. I'll put the coffee on."') counts only when the person opened it: not 'I told her "…', 'Her
        // boss told her "…', 'Pastor Ray said "…'.
        var opens = before.first == "“" || before.first == "\"" && open != nil
        if !opens, let open {
            opens = openedByThePerson(line[..<open], people: people)
        }
        return unit.string[unit.range.lowerBound..<word.range.lowerBound].leavesQuoteOpen(openAtStart: opens)
    }

    /// Whether a mark right after a number closes the quote: the words after it go on telling ("and laughed", "she
    /// said"), where an inch mark goes on naming ("speakers", "pipe").
    private static func closesAfterNumber(_ rest: Substring) -> Bool {
        guard let next = Word.words(in: rest.dropFirst()).first?.folded else { return true }
        return ["and", "she", "he", "said", "says", "then", "but", "so", "lol", "i", "we", "as", "when", "while", "is"].contains(next)
    }

    /// Whether the words before a quote give it to the person: anything but the organizer's own words ("I said",
    /// "told her", "le dije") or someone else's ("Rosa:", "Her boss told her", "Pastor Ray said").
    private static func openedByThePerson(_ lead: Substring, people: People) -> Bool {
        let words = Word.words(in: lead).suffix(4)
        let folded = words.map(\.folded)
        if zip(folded, folded.dropFirst()).contains(where: { $0 == "i" && ["said", "told", "asked", "wrote", "texted", "say"].contains($1) })
            || zip(folded, folded.dropFirst()).contains(where: { $0 == "told" && ["her", "him", "them"].contains($1) }) || folded.contains("dije")
        {
            return false
        }
        let speaking: Set<String> = ["said", "says", "told", "wrote", "texted", "yelled", "asked", "answered", "replied", "goes", "went"]
        let trimmed = lead.trimmingCharacters(in: .whitespaces)
        // the speaker right before the verb of saying, or a label: "Her boss told her", "Pastor Ray said", "Rosa:"
        let speakerAt = trimmed.hasSuffix(":") ? folded.count - 1 : folded.lastIndex(where: { speaking.contains($0) }).map { $0 - 1 }
        guard let speakerAt, speakerAt >= 0 else { return true }
        let speaker = words[words.startIndex + speakerAt]
        if ["she", "he", "a", "her", "answer", "was", "then"].contains(speaker.folded) || people.isPerson(speaker.subjectStem) { return true }
        return !(Lexicon.relations.contains(speaker.stem) || speaker.isCapitalized
            || ["pastor", "super", "i", "me"].contains(speaker.folded))
    }

    private static func isNonAction(at index: Int, in words: [Word]) -> Bool {
        guard let phrase = nonActions.first(where: { words.matches($0, at: index) }) else { return false }
        // "She'll let me know by Friday": an answer promised by a day is something to hold her to.
        if phrase == ["let", "me", "know"] || phrase == ["get", "back"] || phrase == ["let", "you", "know"] || phrase == ["tell", "you"]
            || phrase == ["decide"]
        {
            var next = index + phrase.count
            if phrase == ["get", "back"], next + 1 < words.count, words[next].folded == "to", ["me", "us"].contains(words[next + 1].folded) { next += 2 }
            let led = next < words.count && ["by", "before"].contains(words[next].folded)
            if led { next += 1 }  // not "by text"
            guard next < words.count else { return true }
            if words[next].folded.first?.isNumber == true { return false }
            switch DateKeyword.lookup(words[next].folded) {
            case .weekday(_, false, _)?, .relativeDay?, .tonight?, .the?, .end?, .next?, .this?, .eod?, .eow?: return false
            // "she'll let me know by Sun", "he'll let me know Mon"
            case .weekday(_, true, _)? where led: return false
            // …the short day capitalized and ending the promise: not "let me know Sat or Sun works", "Sun reporter's name"
            case .weekday(_, true, _)? where words[next].isCapitalized
                && (next + 1 == words.count || ["about", "abt", "re", "either", "morning", "after", "if", "whether"].contains(words[next + 1].folded)):
                return false
            default: return true
            }
        }
        return true
    }

    /// "Im going to the clinic", "she is bringing up three kids": a trip or a phrasal verb, not a promise.
    private static func isTripOrPhrasal(at action: Int, in words: [Word]) -> Bool {
        let word = words[action].folded
        if words[action - 1].folded == "to", ["going", "goin"].contains(words[max(0, action - 2)].folded) {
            return ["the", "a", "an", "my", "her", "his", "their", "our", "church", "school", "work", "bed", "court", "jail", "mass"].contains(word)
        }
        if word == "bringing", action + 1 < words.count { return ["up", "in", "back", "down", "home"].contains(words[action + 1].folded) }
        return false
    }

    private static func isNegated(_ words: [Word], before index: Int) -> Bool {
        guard index > 0 else { return false }
        return ["not", "never", "didn't", "doesn't", "don't"].contains(words[index - 1].folded)
    }
}
