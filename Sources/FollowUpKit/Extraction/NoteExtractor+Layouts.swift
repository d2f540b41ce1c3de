/// The layouts that put an answer apart from its ask or a task in a grid: an answers section, a `Q:`/`A:`
/// transcript (or the organizer's labelled question and the person's labelled reply), and a who/what/when table.
extension NoteExtractor {
    /// A promise of the person's that answers an ask without an answer word: "She said she will bring seven"
    /// is a yes; "…but he offered to give us ten minutes at the breakfast instead" is a no.
    func answer(impliedBy unit: TextUnit, to ask: Ask) -> Ask.Response? {
        guard let promise = CommitmentReader.findAll(in: unit, people: people).first, promise.owner == .supporter else { return nil }
        // "Asked whether the parish would let us use the hall. She said she'd ask.", "She'll check with Father Tom.": for
        // leave that is someone else's to give, a step toward an answer; "Asked her to get the 3rd floor to sign. She'll
        // ask around." does what was asked.
        let promised = Word.words(in: unit.string[promise.text])
        if let verb = promised.first?.folded, Self.stepsTowardAnswer.contains(verb),
            Self.requestVerbs(of: ask.text, roles: false).isEmpty || ["check", "think", "pray", "consult"].contains(verb)
                // "She'll ask Father Elias after liturgy": leave that someone with a say must give
                || verb == "ask" && promised.count > 1 && (promised[1].isCapitalized || ["her", "his", "the"].contains(promised[1].folded) && promised.count > 2 && Self.haveASay.contains(promised[2].folded))
                    // …unless asking them is what was asked: "asked her to ask the landlord…", "to get Father Elias to…"
                    && Self.requestVerbs(of: ask.text).isDisjoint(with: ["ask", "get", "talk"])
                    && !Word.words(in: ask.text[...]).contains(where: { $0.folded == promised[promised.count > 2 && !promised[1].isCapitalized ? 2 : 1].folded })
        {
            return .maybe
        }
        return unit.words.contains { $0.folded == "instead" } ? .no : .yes
    }

    /// Whom a person asks for leave: "she'll ask her pastor", "he'll ask the board".
    private static let haveASay: Set<String> = ["pastor", "priest", "imam", "boss", "manager", "board", "landlord", "husband", "wife", "super", "council"]

    /// Verbs of a promise that only moves toward an answer: asking someone, checking, finding out, thinking it over.
    private static let stepsTowardAnswer: Set<String> = ["ask", "check", "talk", "see", "find", "think", "pray", "look", "run", "consult"]

    /// Answers written apart from their asks ("Yes to the hearing. On the minutes, she wants to sleep on it."):
    /// each clause that answers goes to the ask still open that it names, or else to the first one still open.
    mutating func readAnswers(_ sentence: ScannedSentence) {
        for part in parts(of: sentence.unit, separatedBy: ";") {
            var answering: Int? = nil
            if let response = ResponseReader.response(in: part.words, text: part.string), let index = unansweredAsk(namedBy: part) {
                records.asks[index].response = response
                heardAnswers.insert(index)
                answering = index
            }
            addProseCommitments(in: part, sentences: [sentence], answering: answering)
            readPeopleAndIssues(in: part, asked: nil)
        }
    }

    /// The still-unanswered ask that shares the most words with `part`, or the first of them when none shares any.
    func unansweredAsk(namedBy part: TextUnit) -> Int? {
        let topics = Set(part.words.map(\.stem).filter { $0.count >= 4 })
        var best: (index: Int, shared: Int)? = nil
        for (index, ask) in records.asks.enumerated() where ask.response == .pending && !heardAnswers.contains(index) {
            let shared = Set(Word.words(in: ask.text[...]).map(\.stem)).intersection(topics).count
            if best == nil || shared > best!.shared { best = (index, shared) }
        }
        return best?.index
    }

    /// "| me | send the fact sheet | Weds |": a row of a task table is a commitment of whoever its "who" cell names.
    mutating func readTaskRow(_ row: TextUnit, in table: TaskTable) {
        let sentences = scanSentences(of: row)
        let cells = TaskTable.cells(of: row)
        guard let owner = table.owner(of: cells, people: people), table.what < cells.count, !cells[table.what].words.isEmpty else { return }
        let what = cells[table.what]
        let when = table.when.flatMap { $0 < cells.count && !cells[$0].words.isEmpty ? cells[$0].range : nil }
        let due = when.flatMap { self.due(of: $0, in: sentences) } ?? self.due(of: what.range, in: sentences)
        let text = what.clean(what.range.lowerBound, what.range.upperBound)
        records.commitments.append(Commitment(owner: owner, text: text, due: due, done: table.isDone(cells), line: row.line))
    }

    /// "Q: Will you come…?" then "A: Ok, I'll be there.": a question that asks something is an ask, and the
    /// answer after it is the person's own words, so that "I" is them. With `anyQuestion`, a question that is
    /// not after information asks even without "will you" ("yo: ¿vienes el sábado?"). With `answeredInline`, the
    /// answer stands on the question's line, which asks even without its mark ("Q: come to the hearing Tues 6/23 / A:
    /// \"I go.\""); without `inPersonsVoice`, the answer is the organizer's own word, so "I" stays the organizer ("→ I
    /// said I'd ask again after her surgery").
    mutating func readTranscript(_ unit: TextUnit, question: Bool, anyQuestion: Bool = false, inPersonsVoice: Bool = true, answeredInline: Bool = false) {
        let sentences = scanSentences(of: unit)
        if question {
            questionAsk = nil
            // Under an Ask or Q/A heading, "Q: share her story at the press conference Fri?": a question that opens on
            // what to do asks it ("Q: get any sleep after the double?" elsewhere is small talk).
            let opensOnDoing = unit.words.first.map { CommitmentReader.isCommonVerb(Self.verbOfCompound($0.folded)) } ?? false
            // "Q: did you go…?", "Q: is the rally 11/21 still on?": a question after a fact (or no words at all).
            let asksAfterFact = unit.words.first.map { Self.askedAfterFact.contains($0.folded) } ?? true
            // "Q: ok to use your bill in the press packet?", "Q: can we run a door-knock from your porch?": asking leave
            // asks, under any heading.
            // "Q: Sat 4/25 rally at the state house at 11?": an invitation to a gathering named with its day.
            let asksLeave = Self.leaveAskers.contains { unit.words.matches($0, at: 0) }
                // …not "Q: did you go to the 10/30 hearing?", "Q: is the rally 11/21 still on?"
                || (unit.words.contains { AskReader.gatherings.contains($0.folded) } && !sentences.flatMap(\.scan.mentions).isEmpty
                    && !asksAfterFact)
            // Under an Asks heading, "Q: bargaining committee?", "Q: State House lobby day Tues 9/29?": the thing or the
            // gathering asked about, named alone. Not a fact asked after ("Q: did you go…?", "Q: how's your mom?").
            let namedUnderAsks = section == .ask && !asksAfterFact
            if let found = AskReader.request(unit, people: people)
                // "Q: sign the letter to Cityline?" opens on a thing organizers ask for, under any heading
                ?? (anyQuestion || ((opensOnDoing && section == .ask) || Self.asksOutright(unit) || asksLeave || namedUnderAsks)
                    && (unit.text.contains("?") || answeredInline) ? AskReader.question(unit, people: people) : nil)
                // "Q: And talk to the newspaper?" after a question and its answer
                ?? (askedJustBefore(unit, withinLines: 2) ? AskReader.followUpQuestion(unit) : nil)
            {
                // "Q: bring 3 cashiers? -> not 3, she'll bring Mi-sook": the answer on the question's line may promise.
                addAskAndAnswer(found, in: unit, sentences: sentences)
                questionAsk = records.asks.count - 1
            } else {
                let asked = records.asks.count
                for sentence in sentences { readProse(sentence) }
                // "O: asked him to announce the mtg Friday" then "S: I'll do it": an ask told in prose is still the
                // question the next line answers.
                if records.asks.count > asked { questionAsk = records.asks.count - 1 }
            }
            return
        }
        let asker = people
        if inPersonsVoice { people = people.speaking }
        defer { people = asker }
        var answering: Int? = nil
        // The answer to the question just asked, or to an ask still open from the lines before ("j: asked tom…").
        if let index = questionAsk ?? openAsk?.index, records.asks[index].response == .pending {
            let requests = Self.requestVerbs(of: records.asks[index].text)
            if let response = ResponseReader.response(
                in: unit.words, text: unit.string, restating: requests, asking: ResponseReader.askedCount(in: records.asks[index].text))
                ?? answer(impliedBy: unit, to: records.asks[index])
            {
                records.asks[index].response = response
                answering = index
                // "Q: co-sign the letter? A: she's signing it tonight": a yes names the day the question left open.
                if response == .yes, records.asks[index].due == nil { records.asks[index].due = due(of: unit.range, in: sentences) }
            }
        }
        questionAsk = nil
        openAsk = nil
        for sentence in sentences {
            addProseCommitments(in: sentence.unit, sentences: [sentence], answering: answering)
            readPeopleAndIssues(in: sentence.unit, asked: nil)
        }
    }

    /// How a question asks leave or invites: "ok to use your bill…?", "can we use your porch?", "you down to canvass Sat?".
    static let leaveAskers: [[Substring]] = [
        "ok to", "okay to", "ok if", "okay if", "alright if", "all right if", "cool if", "can we", "could we", "may we",
        "you down to", "you up for", "you willing to",
    ].map { $0.split(separator: " ") }

    /// Outside an Asks heading, "Q: sign the letter to Cityline?" asks; "Q: call you back later?" offers, "Q: send her
    /// the flyer?" is the organizer's errand, "Q: drive from the north side or the south?" asks which, "Q: bring the
    /// kids?" may be her own question.
    static func asksOutright(_ unit: TextUnit) -> Bool {
        let words = unit.words
        guard words.count >= 4, let first = words.first?.folded else { return false }
        // "Q: talk to the cashiers too?", "Q: get the bakery girls on the overtime petition?": talking to others, and
        // bringing people or names in, are asks; not "Q: talk to me about your kids?", "Q: get any sleep?"
        // …nor a check on what was done: "Q: talk to a lawyer yet?", "Q: talk to anyone at the union before?"
        if first == "talk" {
            // …nor her own checking with family: "Q: talk to your husband first?"
            return words[1].folded == "to" && !["me", "you", "u", "us", "him", "her", "them", "anyone", "anybody", "your", "ur", "my"].contains(words[2].folded)
                && !words.contains { ["yet", "before", "ever", "point"].contains($0.folded) }
        }
        if first == "get" { return words.dropFirst(2).prefix(4).contains { recruited.contains($0.folded) } }
        guard outrightAsks.contains(first) else { return false }
        // "Q: do a facebook live w/ us?" asks; "Q: do you ride the 31?", "Q: do a lot of overtime?" ask after a fact.
        if first == "do", !["a", "an", "1-on-1s", "outreach", "intake"].contains(words[1].folded) { return false }
        if words.contains(where: { factQuestionWords.contains($0.folded) })
            || campaignDoings.contains(first) && words.contains(where: { ["before", "still", "down", "lot"].contains($0.folded) })
        {
            return false
        }
        // "Q: print more copies for you?", "Q: Organize a carpool for you to the hearing?": the organizer's offer. Not
        // "Q: Do a house meeting if we set it up for you?", a condition of ours.
        if let offer = words.indices.dropFirst().first(where: { ["you", "u", "ya"].contains(words[$0].folded) && words[$0 - 1].folded == "for" }),
            !words[..<offer].contains(where: { $0.folded == "if" })
        {
            return false
        }
        if namesReceiver(among: ["you", "u", "him", "ya", "me", "my"], after: 0, in: words) { return false }
        return !words.contains { $0.folded == "or" }
    }

    /// Whether the word after the verb at `verb` is one of `receivers` or a "her" who receives what is done: "Q: call
    /// you back later?", "Q: send her the flyer?" are the organizer's offer or errand; "Q: share her OT stubs for the
    /// wage claim?" asks for her own.
    static func namesReceiver(among receivers: Set<String>, after verb: Int, in words: [Word]) -> Bool {
        guard verb + 1 < words.count else { return false }
        let object = words[verb + 1].folded
        if receivers.contains(object) { return true }
        return object == "her" && verb + 2 < words.count && !herAsPossessive(before: words[verb + 2].folded)
    }

    /// Whether "her" before `next` owns it ("her OT stubs", "her kids") rather than receives ("her the flyer", "her to
    /// the clinic", "her about the hearing").
    private static func herAsPossessive(before next: String) -> Bool { !receivingHerFollowers.contains(next) }
    private static let receivingHerFollowers: Set<String> = [
        "the", "a", "an", "some", "that", "this", "those", "these", "our", "my", "to", "about", "abt", "up", "back", "at", "on",
        "in", "for", "with", "w", "home", "over", "how", "what", "when", "where", "if", "why",
    ]
    /// People and names an ask may ask her to bring in: "get the bakery girls on the petition".
    private static let recruited: Set<String> = [
        "girls", "guys", "ladies", "people", "ppl", "folks", "neighbors", "coworkers", "members", "workers", "drivers", "parents",
        "moms", "dads", "families", "tenants", "riders", "aides", "nurses", "signatures", "sigs", "names", "crew", "team",
    ]
    private static let outrightAsks: Set<String> = [
        "sign", "host", "bring", "speak", "testify", "lead", "chair", "recruit", "join", "come", "canvass", "knock", "volunteer",
        "table", "collect", "share", "post", "march", "walk", "wear", "lend", "drive", "invite", "co-sign",
        // "Q: tell his story at the press conf Tues?", "Q: grill for the Feb potluck w/ his truck?"; not "Q: tell me about
        // your kids?", "Q: make time for a follow up?" (small talk, the organizer's own offer)
        "tell", "grill", "cook", "bake", "film", "translate", "interpret", "donate", "teach", "train", "emcee", "moderate",
        "usher", "cater", "photograph", "flyer", "door-knock",
        // "Q: put the petition in the drivers whatsapp?", "Q: proofread the Malayalam flyer by Fri?", "Q: do a facebook
        // live w/ us?": handing out and writing for the campaign
        "put", "proofread", "write", "print", "pass", "announce", "organize", "cover", "distribute", "do", "ask",
    ]
    /// Of those, the ones a question after a habit or a fact opens with too: "Q: put the kids down for a nap?", "Q:
    /// organize anything before?".
    private static let campaignDoings: Set<String> = ["put", "write", "print", "pass", "organize", "cover", "do", "ask"]

    /// Words that make a question about what is or was, not an ask: "Q: print the new rules yet?", "Q: write down your
    /// hours anywhere?", "Q: organize anything like this before?".
    private static let factQuestionWords: Set<String> = [
        "yet", "already", "ever", "anywhere", "lately", "usually", "anything", "yourself",
    ]

    /// First words of a question about what is or was: "did you go…?", "is the rally still on?", "anything you didn't like?"
    static let askedAfterFact: Set<String> = [
        "did", "do", "does", "were", "was", "is", "are", "has", "have", "had", "anything", "any", "how'd", "hows", "where's",
        "who's", "when's",
    ]

    /// "co-sign" as "sign", "re-send" as "send": the verb a hyphenated compound ends on.
    static func verbOfCompound(_ word: String) -> String {
        guard let dash = word.lastIndex(of: "-"), ["co", "re", "pre"].contains(word[..<dash]) else { return word }
        return String(word[word.index(after: dash)...])
    }

    /// "yo: ¿vienes el sábado?" then "ella: ahí estaré": the organizer's labelled question (true) and the
    /// person's labelled line right after it (false) are a question and its answer, as in a transcript.
    /// A list of tasks ("- Me: check if the hall is free?") is no conversation.
    func conversationTurn(_ label: InlineLabel) -> Bool? {
        guard ![.commitments, .promises, .skills, .referrals, .issues].contains(section), let owner = label.owner else { return nil }
        switch owner {
        case .organizer:
            return label.rest.text.trimmingCharacters(in: .whitespaces).hasSuffix("?") ? true : nil
        case .supporter:
            return heardQuestion ? false : nil
        }
    }

    /// A transcript's "Q:" (true) or "A:" (false) label, and the words after it; "O:" for the organizer and "S:" for
    /// the supporter read the same way.
    func transcriptLabel(of unit: TextUnit) -> (isQuestion: Bool, rest: TextUnit)? {
        // "• O: …": a typed bullet before the label.
        let text = unit.text.drop { "•· ".contains($0) }
        guard text.count > 2 else { return nil }
        // "Q:", "**A:**", and a letter set off by a dash: "O - asked if…".
        let mark: String.Index
        if let colon = text.prefix(3).firstIndex(of: ":") {
            mark = colon
        } else if "OoSs".contains(text[text.startIndex]), case let second = text.index(after: text.startIndex),
            text[second...].hasPrefix(" - ") || text[second...].hasPrefix(" – ")
        {
            // only the speakers' letters: "A - march from the capitol steps" is an option in a list
            mark = text.index(after: second)
        } else {
            return nil
        }
        let label = text[..<mark].trimming(" *_").uppercased()
        switch label {
        case "Q": return (true, unit.dropping(upTo: mark))
        case "A": return (false, unit.dropping(upTo: mark))
        // "O:" is the organizer and "S:" the supporter, unless the letter is only the other speaker's initial (Sam the
        // organizer's "S:"). Other letters say too little: "P:" may be the person Pedro or a pregunta.
        case "O", "S":
            let letter = label.lowercased()
            let person = people.personNames.contains { $0.hasPrefix(letter) }
            let organizer = people.organizerNames.contains { $0.hasPrefix(letter) }
            return (person != organizer ? organizer : label == "O", unit.dropping(upTo: mark))
        default: return nil
        }
    }
}
