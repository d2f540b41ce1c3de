/// Finds the ask in a sentence ("Asked her to come to the meeting Dec 3", "My ask: host a house meeting")
/// and the words of what was asked, without the answer that may follow in the same sentence.
enum AskReader {
    struct Found {
        /// What was asked, as written ("come to the tenant meeting Dec 3 at 7pm").
        var text: Range<String.Index>
        /// Index of the first word after the asked text, where an answer may start.
        var answerStart: Int
    }

    private static let verbs: Set<String> = [
        "asked", "ask", "invited", "challenged", "pitched", "proposed", "floated", "wondered", "pregunté", "pregunte", "pedí", "pedi", "perguntei",
        "tinanong",
    ]
    /// Words that may stand before "asked" when the organizer is the one asking.
    private static let leadIns: Set<String> = [
        "i", "we", "also", "then", "and", "finally", "so", "first", "later", "when", "after", "once", "last",
        "you",  // a note written to oneself: "You asked her to host…"
        "i'd", "id", "we'd",  // told afterwards: "I'd asked her to collect…" ("I had asked" is read in `find`)
        "ko",  // Tagalog: "Tinanong ko kung…"
        "le", "les", "también", "tambien",  // "Tambien le pregunté if he'd speak…"
    ]
    /// Words between the verb and the request itself.
    private static let objectWords: Set<String> = [
        "her", "him", "them", "if", "whether", "to", "she'd", "he'd", "they'd", "she", "he", "they", "would", "could",
        "can", "will", "be", "willing", "interested", "in", "want", "wants", "like", "about", "for", "we", "hed", "shed", "theyd",
        "abt", "si", "por", "que", "podemos", "puede", "podia", "podía",  // "le pregunté si podemos usar…"
        "ko", "kung", "pwede", "siyang", "niyang", "siya",  // "Tinanong ko si Mila kung pwede niyang i-host…"
    ]

    /// Other ways a note says the organizer asked: "Put it to her: would she…?", "I wanted to know if he could…",
    /// "my ask was for him to…". The words after the phrase are read as after "asked".
    private static let askPhrases: [[Substring]] = [
        "put it to her", "put it to him", "put it to them", "wanted to know if", "wanted to know whether", "my ask was for",
        "the ask was for",
    ].map { $0.split(separator: " ") }

    /// An organizer's ask in prose, or nil.
    static func find(in unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        for (index, word) in words.enumerated() {
            // "I put it to him straight: will you…", "I wanted to know if he could drive…"; not "she wanted to know if…"
            if let phrase = askPhrases.first(where: { words.matches($0, at: index) }),
                index == 0 || ["i", "so", "then", "and", "also", "plainly", "straight"].contains(words[index - 1].folded)
            {
                let last = index + phrase.count - 1
                // "put it to her plainly: would she…": the manner before the question.
                var after = last
                while after + 1 < words.count, ["plainly", "straight", "directly", "simply"].contains(words[after + 1].folded) { after += 1 }
                // "put it to her: would she…?" asks; "put it to her that the landlord won't budge" argues, "put it to them:
                // the strike or the lawsuit?" offers a choice.
                if phrase.first == "put", !(after + 1 < words.count && ["would", "will", "could", "can", "if", "whether"].contains(words[after + 1].folded)) { continue }
                // "I wanted to know if her landlord ever fixed the heat": to learn, not to ask.
                if phrase.first != "put", learnsOnly(after: last, in: unit) { continue }
                return text(after: after, in: unit, people: people)
            }
            if verbs.contains(word.folded) {
                if word.folded == "ask" {
                    // "my ask", "the ask", "hard ask", "the ask was": a noun, naming the request that follows.
                    guard index > 0, ["my", "the", "hard", "our", "big", "last", "final", "next", "other", "second", "third"].contains(words[index - 1].folded)
                    else { continue }
                    // "no big ask this time": the note says there was none.
                    if words[max(0, index - 2)..<index].contains(where: { $0.folded == "no" }) { continue }
                } else if index + 2 < words.count, ["the", "a", "one"].contains(words[index + 1].folded),
                    words[(index + 2)..<min(words.count, index + 5)].contains(where: { $0.folded.hasPrefix("question") }),
                    !unit.text.contains("?"), !unit.text.contains(":"),
                    !words.dropFirst(index + 2).contains(where: { ["would", "will", "could", "if", "whether"].contains($0.folded) })
                {
                    continue  // "Asked the only good question at the mtg": the person asking, of someone else.
                } else if word.folded == "wondered", !wonderedAsks(at: index, in: words, people: people) {
                    continue  // "She wondered whether…", "I wondered if the city would ever fix it": no ask of the person.
                } else if word.folded == "tinanong", !(index + 1 < words.count && words[index + 1].folded == "ko") {
                    continue  // "Tinanong niya ako…": she asked me.
                } else if index > 0 {
                    let before = words[index - 1].folded
                    // "I had asked whether she'd speak…": told afterwards, by the note's own "I"
                    let hadAsked = before == "had" && index >= 2 && ["i", "we"].contains(words[index - 2].folded)
                    // …and of the person: not "I'd asked Pastor Lee to announce it", "We'd asked the city…", "I had asked around"
                    if hadAsked || ["i'd", "id", "we'd"].contains(before), !asksThePerson(after: index, in: words, people: people) { continue }
                    // "[8:03 PM] asked if hed bring…": a chat line's time stamp, then the note's own ask
                    // "3:18 asked him to walk out w/ us": a line opening on a bare clock time does the same.
                    let stamped = (unit.gap(before: index).contains("]") && stampIsTime(before: index, in: unit)
                        || opensOnClock(before: index, in: unit) && asksHimOrHer(after: index, in: words, people: people))
                        && asksThePerson(after: index, in: words, people: people)
                    guard leadIns.contains(before) || hadAsked || stamped || people.organizerNames.contains(before)
                        || opensOwnClause(at: index, in: unit, people: people)
                    else { continue }
                }
                if asksForInformation(after: index, in: unit, people: people) { continue }
                if asksOtherPronoun(after: index, in: words, people: people) { continue }
                return text(after: index, in: unit, people: people)
            }
        }
        return nil
    }

    /// "[8:03 PM] asked…": the bracket before word `index` holds a clock time, not "[draft]" or "[Maria]".
    private static func stampIsTime(before index: Int, in unit: TextUnit) -> Bool {
        let before = unit.string[..<unit.words[index].range.lowerBound]
        guard let open = before.lastIndex(of: "[") else { return false }
        return before[open...].contains(where: \.isNumber)
    }

    /// "asked him to…", "asked if hed come…": the person named right after "asked", or as the subject of its "if";
    /// not "asked about childcare", "asked to leave early", "asked if we could move the mtg". A narrowing of
    /// `asksThePerson`, for a line whose only lead-in is a clock time.
    private static func asksHimOrHer(after verb: Int, in words: [Word], people: People) -> Bool {
        guard verb + 1 < words.count else { return false }
        let next = words[verb + 1].folded
        // "asked her to…", not "asked her sister to…"
        if ["him", "her"].contains(next) {
            return !(verb + 2 < words.count && (Lexicon.relations.contains(words[verb + 2].stem) || !["to", "if", "whether", "abt", "about"].contains(words[verb + 2].folded)))
        }
        if people.isPerson(next) { return true }
        guard ["if", "whether"].contains(next), verb + 2 < words.count else { return false }
        let subject = words[verb + 2].folded
        return ["she", "he", "shed", "hed", "she'd", "he'd", "she'll", "he'll"].contains(subject) || people.isPerson(words[verb + 2].subjectStem)
    }

    /// "3:18 asked…", "10:15 pm asked…": nothing but a clock time before word `index` in the unit.
    private static func opensOnClock(before index: Int, in unit: TextUnit) -> Bool {
        let head = unit.string[unit.range.lowerBound..<unit.words[index].range.lowerBound]
            .trimmingCharacters(in: .whitespaces).lowercased()
        let time = head.hasSuffix("am") || head.hasSuffix("pm") ? String(head.dropLast(2)).trimmingCharacters(in: .whitespaces) : head
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && (1...2).contains(parts[0].count) && parts[1].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// After "asked": the person, or the question itself ("if", "whether", "about"), not someone else or "around".
    private static func asksThePerson(after verb: Int, in words: [Word], people: People) -> Bool {
        guard verb + 1 < words.count else { return false }
        let next = words[verb + 1].folded
        return ["her", "him", "if", "whether", "abt", "about", "to", "would", "could", "will", "can"].contains(next) || people.personNames.contains(next)
    }

    /// "Her son Malik was there, I asked him to film the rally", in a note that calls the person "she": the pronoun
    /// of the other person is someone else asked. "asked her" in a note about a man only when a request follows
    /// ("asked her to…", not "asked her son…").
    private static func asksOtherPronoun(after verb: Int, in words: [Word], people: People) -> Bool {
        guard verb + 1 < words.count, let pronoun = people.pronoun else { return false }
        switch (pronoun, words[verb + 1].folded) {
        case ("she", "him"): return true
        case ("he", "her"): return verb + 2 < words.count && ["to", "if", "whether", "abt", "about"].contains(words[verb + 2].folded)
        default: return false
        }
    }

    /// "asked how long she's lived there", "asked what shift he works", "asked if she's ever been in a union", "asked
    /// whether his son still drives for the county": a question to learn something, which asks her to do nothing.
    /// "asked if she'd host", "asked whether the church would let us…", "asked if she's willing to…" ask.
    private static func asksForInformation(after verb: Int, in unit: TextUnit, people: People) -> Bool {
        let words = unit.words
        guard ["asked", "ask"].contains(words[verb].folded) else { return false }
        var next = verb + 1
        while next < words.count, next <= verb + 2, ["her", "him", "them"].contains(words[next].folded) || people.personNames.contains(words[next].folded) {
            next += 1
        }
        guard next < words.count else { return false }
        let word = words[next].folded
        if informationWords.contains(word), !["por", "que", "como"].contains(word) { return true }
        guard ["if", "whether"].contains(word) else { return false }
        return learnsOnly(after: next, in: unit)
    }

    /// After "if" or "whether" at `index`: a question whose next words learn a fact ("ever", "still", "has", "was") and
    /// ask nothing ("would", "could", "willing").
    private static func learnsOnly(after index: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        // "asked him whether, since he is the only one who can read it, he would…": an aside comes before the question.
        if index + 1 < words.count, unit.gap(before: index + 1).contains(",") { return false }
        let window = words[(index + 1)..<min(words.count, index + 6)].map(\.folded)
        // "if she'd been to a union mtg before", "whether she'd ever been to one"; not "if she'd ever host"
        if window.count > 1, ["she'd", "he'd", "they'd", "shed", "hed"].contains(window[0]),
            window[1] == "been" || (window.count > 2 && window[1] == "ever" && window[2] == "been")
        {
            return true
        }
        // "asked if we pay for gas": what we do, not leave to do it ("if we could use the van")
        if window.count > 1, window[0] == "we", !["could", "can", "would", "might", "may", "should"].contains(window[1]) { return true }
        // "asked if her church has space we could use", "asked if she has time to host", "asked if her son still has the
        // truck, could he haul the tables": a request later in the sentence asks after all.
        // The words to the end of the question's sentence, its last word included.
        let end = words[(index + 1)...].firstIndex { word in
            let after = unit.string[word.range.upperBound...]
            return after.hasPrefix(".") || after.hasPrefix("?")
        }.map { $0 + 1 } ?? words.count
        let rest = words[(index + 1)..<end].map(\.folded)
        if rest.contains(where: { requestMarkers.contains($0) }) { return false }
        if zip(rest, rest.dropFirst()).contains(where: { $0 == "to" && CommitmentReader.isCommonVerb($1) }) { return false }
        return window.contains { learnMarkers.contains($0) || $0 == "were" }
    }
    private static let requestMarkers: Set<String> = [
        "would", "could", "can", "will", "might", "she'd", "he'd", "they'd", "shed", "hed", "theyd", "she'll", "he'll", "willing",
        "interested", "up", "wants", "want", "wanna", "able", "mind", "down", "open", "free", "available", "let", "time", "space",
        "room", "who'd", "whod",
    ]
    private static let learnMarkers: Set<String> = [
        "ever", "still", "is", "was", "has", "had", "already", "knows", "lives", "lived", "works", "worked", "been", "does", "did",
        "got", "gets", "goes", "went", "used", "speaks", "drives", "owns", "knew",
    ]

    /// "I wondered whether she would talk to the reporter", "I wondered if he'd be willing to lead": the note's own
    /// "I" putting a request to the person. Not "I wondered whether the landlord would even show up", "I wondered
    /// if she was OK", "I wondered whether she would be upset".
    private static func wonderedAsks(at index: Int, in words: [Word], people: People) -> Bool {
        guard index > 0, words[index - 1].folded == "i", index + 3 < words.count, ["whether", "if"].contains(words[index + 1].folded)
        else { return false }
        var verb = index + 2
        if ["she'd", "he'd", "they'd", "shed", "hed"].contains(words[verb].folded) {
            verb += 1
        } else {
            guard people.isPerson(words[verb].subjectStem), ["would", "could", "might", "can", "will"].contains(words[verb + 1].folded)
            else { return false }
            verb += 2
        }
        guard verb < words.count else { return false }
        if words[verb].folded == "be" {
            return verb + 1 < words.count && ["willing", "interested", "up", "open", "able"].contains(words[verb + 1].folded)
        }
        return CommitmentReader.isCommonVerb(words[verb].folded)
    }

    /// "press conf 8/27 at 4:30, asked him to speak": after a comma, the note's own clause opens on the verb and
    /// names whom it asked. "She texted me, asked if she could bring her sister" is the person asking.
    private static func opensOwnClause(at index: Int, in unit: TextUnit, people: People) -> Bool {
        let words = unit.words
        // "tlkd w/ Precious on break -> asked abt the 8/29 march", "Mrs. Ocampo: asked her to chair…": after an arrow or
        // a label, the line's own clause is the note's.
        let gap = unit.gap(before: index)
        if gap.contains("->") || gap.contains("→") || gap.contains(":") {
            // …but not "Landlord: asked her to sign", "her sister: asked if we pay", "Deb: asked me to call": someone else
            // asking.
            let before = words[..<index]
            // "tlkd w/ her on break -> asked…": her as an object is the person.
            let someoneElse = before.enumerated().contains { k, word in
                Lexicon.relations.contains(word.stem) || ["she", "he", "they", "q", "question", "landlord", "super", "boss", "manager"].contains(word.folded)
                    || (k == 0 && ["her", "him"].contains(word.folded))
                    || (k > 0 && word.isCapitalized && !people.isPerson(word.stem) && !people.isFamilyName(at: k, in: words) && !people.organizerNames.contains(word.folded)
                        && !["mr", "mrs", "ms", "dr", "miss"].contains(word.folded))
            }
            return !someoneElse && asksThePerson(after: index, in: words, people: people)
        }
        guard gap.contains(where: { ",;".contains($0) }),
            index + 1 < words.count, ["her", "him", "them"].contains(words[index + 1].folded) || people.personNames.contains(words[index + 1].folded)
        else { return false }
        return !words[..<index].contains { people.isPerson($0.subjectStem) || ["she", "he", "they"].contains($0.folded) }
    }

    /// A question that asks the person to do something ("Will you come…?", "Could we use your backyard…?"),
    /// as a transcript's "Q:" line puts it; "How did you get started?" asks for none.
    static func request(_ unit: TextUnit, people: People) -> Found? {
        guard let first = unit.words.first?.folded, ["will", "would", "could", "can", "are", "do"].contains(first),
            unit.text.contains("?")
        else { return nil }
        if ["are", "do"].contains(first), !unit.words.dropFirst().prefix(3).contains(where: { ["willing", "up", "want", "wanna"].contains($0.folded) }) {
            return nil
        }
        return text(after: -1, in: unit, people: people)
    }

    /// "Would she ask Councilmember Liang to tour the branch? She'll ask him.": the organizer's question, told in the
    /// third person, with what she said after it. Only a question of doing ("would he lend…", "could they host…"),
    /// not the organizer's musing ("Would she even show up?").
    static func reportedQuestion(_ unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        // "Would Mr. Tran let us use the back…?": a title before the name
        guard words.count > 3, words[0].folded == "would" else { return nil }
        let titled = words.count > 4 && ["mr", "mrs", "ms", "miss", "dr", "deacon", "pastor", "sister", "brother"].contains(words[1].folded)
            && (people.personNames.contains(words[2].folded) || people.isFamilyName(at: 2, in: words))
        guard ["she", "he"].contains(words[1].folded) || people.personNames.contains(words[1].folded) || titled else { return nil }
        // Written without its "?", as lower-case notes do, only when her quoted reply follows at once: 'would he speak at
        // the board mtg aug 20. "im a hammer guy, not a talker."', 'would he bring the sound system oct 17 - "we'll see"'.
        let mark = unit.text.firstIndex(of: "?") ?? unmarkedQuestionEnd(unit, people: people)
        guard let mark else { return nil }
        // "Would she even show up?", "would he ever…", "would she, if…": a musing. Her answer after the question may
        // have its own "if": "probably, if his knee behaves".
        guard !words.contains(where: { $0.range.upperBound <= mark && ["if", "again", "ever", "even"].contains($0.folded) }) else { return nil }
        var first = titled ? 3 : 2
        if words[first].folded == "be" {
            // "Would he be willing to host?": the frame is not the request.
            guard first + 2 < words.count, ["willing", "up", "able"].contains(words[first + 1].folded) else { return nil }
            first = ["to", "for"].contains(words[first + 2].folded) ? first + 3 : first + 2
        } else if !askedDoings.contains(words[first].folded) {
            // "would he get his crew to sign…?" asks; "would she get in trouble?", "would he get fired?" wonder.
            // Only getting others to do something, or a count: "get his crew to sign", "get 10 signatures".
            // …or things to gather: "would she get everybodys phone numbers before the place closes?"
            guard words[first].folded == "get", first + 1 < words.count,
                words[first + 1].folded.first?.isNumber == true || words[(first + 1)...].prefix(5).contains(where: { $0.folded == "to" })
                    || (["everybodys", "everybody's", "everyones", "everyone's", "all", "the", "some"].contains(words[first + 1].folded)
                        && words[(first + 1)...].prefix(4).contains(where: { gathered.contains($0.folded) }))
            else { return nil }
        }
        // "Would Maria come around eventually?", "Would he come back next month?": a musing about her.
        if first + 1 < words.count, ["around", "back", "eventually"].contains(words[first + 1].folded) { return nil }
        // The answer comes in the sentences after the question.
        guard let last = words.lastIndex(where: { $0.range.upperBound <= mark }), last >= first else { return nil }
        return Found(text: words[first].range.lowerBound..<words[last].range.upperBound, answerStart: last + 1)
    }

    /// What one gathers for a campaign: "get everybody's phone numbers", "get the signatures".
    private static let gathered: Set<String> = [
        "numbers", "names", "signatures", "cards", "contacts", "emails", "phones", "pledges", "stubs", "paystubs", "addresses",
    ]

    /// Where a question written without its "?" ends, when a quote opens right after it: after a dash or an arrow in
    /// the sentence, or as the next sentence.
    /// Not a musing ("would she lead a training eventually", "would she call the landlord every week back then"), nor
    /// a quote someone else says ('"she'd crush it" says Jorge', '"She's not ready," Rosa thinks').
    private static func unmarkedQuestionEnd(_ unit: TextUnit, people: People) -> String.Index? {
        let text = unit.text
        guard !unit.words.contains(where: { ["someday", "eventually"].contains($0.folded) }), !unit.words.indices.contains(where: { unit.words.matches(["back", "then"], at: $0) })
        else { return nil }
        var end = [" - \"", " -> \"", " – \"", " — \"", " - “", " -> “"].compactMap { text.range(of: $0)?.lowerBound }.min()
        let rest: Substring
        if let end {
            rest = text[end...]
        } else {
            let after = unit.string[unit.range.upperBound...].drop { $0 == " " }
            guard let opening = after.first, "\"“".contains(opening), text.last.map({ ".,;".contains($0) }) ?? false else { return nil }
            end = text.index(before: text.endIndex)
            rest = after.prefix { $0 != "\n" }
        }
        guard let end, Word.words(in: text[..<end]).count <= 28 else { return nil }
        // whose quote: a name of someone else with its verb of saying, after the quote closes
        let saying: Set<String> = ["says", "said", "thinks", "told", "say", "think", "always"]
        let opened = rest.firstIndex(where: { "\"“".contains($0) }) ?? rest.startIndex
        let closing = rest[rest.index(after: opened)...].firstIndex(where: { "\"”".contains($0) })
        let after = closing.map { Word.words(in: rest[$0...]) } ?? []
        for index in after.indices where saying.contains(after[index].folded) {
            let near = (index > 0 ? [after[index - 1]] : []) + (index + 1 < after.count ? [after[index + 1]] : [])
            if near.contains(where: { $0.isCapitalized && !["She", "He", "I", "Then"].contains(String(rest[$0.range])) && !people.isPerson($0.folded) }) { return nil }
        }
        return end
    }

    /// "And the phone bank Thurs nite?", "+ the 7/23 town hall? -> no", "What about Sat the 22nd?": a second ask put
    /// as a bare question right after a first. The caller says whether an ask was just made.
    static func followUpQuestion(_ unit: TextUnit) -> Found? {
        let words = unit.words
        guard words.count >= 2, let mark = unit.text.firstIndex(of: "?") else { return nil }
        var first = 0
        if words.matches(["what", "about"], at: 0) || words.matches(["how", "about"], at: 0) {
            first = 2
        } else if ["and", "also", "plus"].contains(words[0].folded) {
            first = 1
            // "And would you co-lead it?", "And would he come himself?"
            if first + 2 < words.count, ["would", "will", "could", "can"].contains(words[first].folded),
                ["you", "she", "he", "they"].contains(words[first + 1].folded)
            {
                first += 2
            }
        } else if !unit.string[unit.range.lowerBound..<words[0].range.lowerBound].contains("+") {
            return nil
        }
        // "And how's her mom?", "And the landlord??", "What about the kids?": not a question after information. The
        // question must name a thing to do ("And talk to the newspaper?") or a gathering ("And the phone bank Thurs?").
        guard first < words.count, !informationWords.contains(words[first].folded), !["you", "your"].contains(words[first].folded),
            let last = words.lastIndex(where: { $0.range.upperBound <= mark }), last >= first,
            CommitmentReader.isCommonVerb(NoteExtractor.verbOfCompound(words[first].folded)) || words[first...last].contains(where: { gatherings.contains($0.folded) })
        else { return nil }
        return Found(text: words[first].range.lowerBound..<words[last].range.upperBound, answerStart: last + 1)
    }

    /// What a second ask may name without a verb: "the phone bank", "the door knock", "the 7/23 town hall": the
    /// gatherings a date may name, and the organizing shifts an ask may fill.
    static let gatherings: Set<String> = DateVocabulary.eventFollowers.union(DateVocabulary.gatheringsAfterDay).union([
        "knocking", "hall", "action", "walk-in", "sign-in", "table", "shift",
    ])

    /// Capitalized words that open a sentence, not a name after "St." or "Dr.": "…on Elm St. She'll do it Tues."
    private static let notNames: Set<String> = [
        "she", "he", "they", "i", "we", "it", "yes", "no", "maybe", "said", "her", "his", "the", "she'll", "he'll", "shell", "hell",
        "she's", "he's", "shes", "hes", "def", "sure", "ok", "okay", "nope", "nah", "not", "can't", "cant", "will", "then",
    ]

    /// What the organizer asks someone to do, after "would she": not "Would he stick with it?", "Would she mind…?".
    static let askedDoings: Set<String> = [
        "host", "lead", "speak", "testify", "bring", "ask", "pull", "sign", "co-sign", "join", "drive", "lend", "help", "talk",
        "chair", "recruit", "call", "share", "write", "post", "collect", "translate", "invite", "organize", "run", "knock",
        "canvass", "print", "cook", "make", "table", "volunteer", "serve", "cover", "take", "set", "hand", "put", "teach",
        "facilitate", "co-chair", "interpret", "door-knock", "phone", "text", "email", "introduce", "connect", "reach", "let", "come",
        "open", "give", "wear", "march", "walk", "be", "gather", "fill", "log", "find", "send", "sew", "paint", "fix",
        "build", "design", "deliver", "distribute", "hang", "film", "coordinate", "donate", "emcee", "photograph", "staff",
        "tell", "haul", "read", "pick", "sing", "record", "train", "mentor", "cater", "bake",
    ]

    /// "Testifying at the budget hearing on April 14 was a firm no": the ask named first, then its answer. Only what
    /// a person is asked to do ("testifying", "hosting", "being quoted"), answered flat; not someone else's decision
    /// ("Renewing her lease was a no from the landlord", "Fixing the elevator is a no until spring").
    static func verdictFirst(_ unit: TextUnit) -> Found? {
        let words = unit.words
        guard let first = words.first?.folded, askGerunds.contains(first), words.count > 3 else { return nil }
        for index in 1..<words.count - 2 where ["was", "is"].contains(words[index].folded) && words[index + 1].folded == "a" {
            let verdict = index + 2 < words.count - 1 && verdictAdjectives.contains(words[index + 2].folded) ? index + 3 : index + 2
            guard ["yes", "no", "maybe"].contains(words[verdict].folded) else { return nil }
            // "a no show", "a no from the landlord", "a maybe per HR": not the person's own answer.
            if verdict + 1 < words.count, !unit.gap(before: verdict + 1).contains(where: { ",;.:(—–-".contains($0) }) {
                return nil
            }
            return Found(text: words[0].range.lowerBound..<words[index - 1].range.upperBound, answerStart: index)
        }
        return nil
    }
    /// What a person is asked to do, as the "-ing" word that names it.
    private static let askGerunds: Set<String> = [
        "testifying", "speaking", "hosting", "coming", "leading", "bringing", "signing", "joining", "canvassing", "knocking",
        "phonebanking", "tabling", "driving", "cooking", "baking", "recruiting", "chairing", "co-chairing", "volunteering",
        "translating", "interpreting", "sharing", "posting", "talking", "being", "doing", "going", "telling", "lending",
        "donating", "filming", "emceeing", "marching", "walking", "calling", "texting", "writing", "running", "housing",
        "sitting", "serving", "organizing", "facilitating", "presenting", "singing", "playing", "cosigning", "co-signing",
    ]
    private static let verdictAdjectives: Set<String> = ["firm", "hard", "soft", "definite", "clear", "flat", "big", "strong", "solid", "polite"]

    /// "\"will you do the 1:1 training w/ us?\" - \"yes if…\"": the organizer's question quoted with no "asked"
    /// before it. Not the person's own ("\"Can you help me with my lease?\" she asked"), nor a question that
    /// asks for nothing to be done ("\"Can you believe it?\"").
    static func quotedRequest(_ unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        guard let open = unit.text.first, open == "\"" || open == "“", words.count > 3, ["you", "u", "ya"].contains(words[1].folded),
            CommitmentReader.isCommonVerb(words[2].folded) || askedDoings.contains(words[2].folded) || words[2].folded == "go",
            let mark = unit.text.firstIndex(of: "?"),
            !words.contains(where: { $0.range.lowerBound < mark && ["me", "my", "i"].contains($0.folded) })
        else { return nil }
        // Only with its answer after it: "\"…?\" - \"yes if…\"", "\"…?\" she said yes", "\"…?\" -> no". Not the
        // person asking us ("\"Can you bring the flyers?\" she asked", "\"…?\" she said, I said yes").
        let after = unit.string[unit.string.index(after: mark)...].drop { "\"”' ".contains($0) }.prefix(40).lowercased()
        let answered = ["-", "→", "–", "—", ":", "“"].contains { after.hasPrefix($0) }
            || ["she said ", "he said ", "they said ", "said "].contains { said in
                after.hasPrefix(said) && ["yes", "no", "maybe", "ok", "sure", "yeah", "yep", "nah", "not", "prob", "\"", "“"].contains {
                    after.dropFirst(said.count).hasPrefix($0)
                }
            }
        // '"Would you go on the board slate?" Laughed a long time. Then no.': a question of organizing work, quoted
        // alone, is the organizer's; the answer may come in the sentences after it.
        let sentenceRest = unit.string[unit.string.index(after: mark)..<max(unit.string.index(after: mark), unit.range.upperBound)]
        // Only a question about organizing work: not "\"Would you go back to that job?\"", "\"Would you send him to Lincoln
        // again?\"".
        let alone = sentenceRest.allSatisfy { "\"”' ".contains($0) }
            && words.contains { gatherings.contains($0.folded) || organizingWork.contains($0.folded) }
            && !["she asked", "he asked", "they asked", "i asked", "she said", "he said", "asked "].contains { after.hasPrefix($0) }
        guard answered || alone else { return nil }
        return request(unit, people: people)
    }

    /// The stem of a thing to hand over that opens a question ("pics of the frayed ropes?", "copies of her lease?"),
    /// if `first` names one: not a fact or a state checked ("mold in the bathroom?", "her hours cut?").
    static func thingAsked(first: Word) -> String? {
        handedThings.contains(first.folded) ? first.stem : nil
    }
    private static let handedThings: Set<String> = [
        "pics", "photos", "pictures", "videos", "flyers", "names", "numbers", "copies", "chairs", "tables", "receipts",
        "stubs", "paystubs", "letters", "stories", "signatures", "screenshots", "forms", "sheets", "contacts",
    ]

    /// Whether the verb at `verb` takes the thing a question opened on (`opening`): "pics of the frayed ropes? -> he'll
    /// send me the pics tonight".
    static func takesThingAsked(opening: Word, verb: Int, in words: [Word]) -> Bool {
        guard let thing = thingAsked(first: opening) else { return false }
        return objectHead(after: verb, in: words)?.stem == thing
    }

    /// The word a verb at `verb` takes, past "me" or "us" and a determiner: "send me the pics" → "pics".
    static func objectHead(after verb: Int, in words: [Word]) -> Word? {
        var thing = verb + 1
        if thing < words.count, ["me", "us", "you", "u"].contains(words[thing].folded) { thing += 1 }
        if thing < words.count, ["the", "those", "these", "all", "some", "her", "his", "their"].contains(words[thing].folded) { thing += 1 }
        return thing < words.count ? words[thing] : nil
    }

    /// "Grills + trailer for the bond fund cookout Sun May 3? -> \"Oui, bien sûr.\"": a question with its answer after an
    /// arrow asks, though it names no verb. Not one after information ("Is the rally still on? -> yes") nor one the
    /// arrow answers with no answer word ("Shift change? -> 6am").
    static func arrowQuestion(_ unit: TextUnit) -> Found? {
        let words = unit.words
        guard words.count >= 3, let opening = words.first?.folded, !informationWords.contains(opening),
            !NoteExtractor.askedAfterFact.contains(opening), !["you", "your", "i", "me", "my", "we", "should", "shall"].contains(opening),
            let mark = unit.text.firstIndex(of: "?"),
            let last = words.lastIndex(where: { $0.range.upperBound <= mark }), last >= 1, last + 1 < words.count
        else { return nil }
        let between = unit.string[unit.string.index(after: mark)..<words[last + 1].range.lowerBound]
        // "come to tenant fono Tues 7pm in the church hall? = \"ioe, save me a front row seat\"": "=" (and so "=>") leads
        // to the answer too.
        guard ["->", "→", "="].contains(where: { between.contains($0) }),
            let response = ResponseReader.response(in: words, text: unit.string, from: last + 1),
            // "pics of the frayed ropes? -> he'll send me the pics tonight": a thing asked for, promised by name.
            let start = doingAsked(in: words, through: last) ?? (response == .yes && thingAsked(first: words[0]) != nil && ResponseReader.plainPromise(in: words, text: unit.string, from: last + 1) ? 0 : nil)
        else { return nil }
        return Found(text: words[start].range.lowerBound..<words[last].range.upperBound, answerStart: last + 1)
    }

    /// A list item that puts a doing to the person as a question and answers it after the mark, wherever the list
    /// stands: "- speak at the board mtg Weds 4/22 at 6:30? \"ugh. ...fine, put me down\"". Not one with no answer
    /// read there ("- book the library room?", an open question), nor a fact checked ("- speak french? yes").
    static func questionItem(_ unit: TextUnit) -> Found? {
        let words = unit.words
        guard unit.block.isListItem, unit.block.task == nil, words.count >= 3, let opening = words.first?.folded,
            !informationWords.contains(opening), !NoteExtractor.askedAfterFact.contains(opening),
            !["you", "your", "i", "me", "my", "we", "q", "a"].contains(opening),
            CommitmentReader.isCommonVerb(NoteExtractor.verbOfCompound(opening)) || askedDoings.contains(opening),
            // "- talk w/ her husband abt the union? yes", "- speak w/ her manager? yes": whether she has, not an ask.
            !(["talk", "speak"].contains(opening) && ["with", "w"].contains(words[1].folded)),
            // "- need a ride to the hearing? yes", "- go to church? yes", "- check in next wk? yes": a fact or our own step;
            // "- get 20 parent signatures…?" and "- get her floor to sign…?" ask.
            !["need", "go", "take", "see", "try", "keep", "check", "call", "let", "have", "get"].contains(opening) || opening == "get" && words.count > 2
                && (words[1].folded.first?.isNumber == true || words.dropFirst().prefix(5).contains(where: { $0.folded == "to" })),
            let mark = unit.text.firstIndex(of: "?"),
            let last = words.lastIndex(where: { $0.range.upperBound <= mark }), last >= 1, last + 1 < words.count,
            // The question is the item's opening clause: "- Chair the mtg?", not "- works nights, free Sat?".
            case let question = unit.string[words[0].range.lowerBound..<mark],
            !question.contains(where: { [",", ";", "(", "\"", "“"].contains($0) }), !question.contains(". "), !question.contains(": "),
            !words[...last].contains(where: { ["myself", "again", "instead"].contains($0.folded) }),
            doingAsked(in: words, through: last) == 0,
            // "- bring her mom? she asked if that's ok", "- bring her kids? I said yes": her own question, not ours.
            !words[(last + 1)...].prefix(4).contains(where: { ["asked", "asks", "wondered", "know", "i"].contains($0.folded) }),
            // A doing for a day or a gathering to come, not a habit or a fact: "- drive for Uber? yes, nights".
            words[...last].contains(where: { gatherings.contains($0.folded) || organizingWork.contains($0.folded) || namesADay($0.folded) })
                || question.contains(where: { $0 == "/" }),
            ResponseReader.response(in: words, text: unit.string, from: last + 1) != nil
        else { return nil }
        return Found(text: words[0].range.lowerBound..<words[last].range.upperBound, answerStart: last + 1)
    }

    /// A word that names a day: "weds", "tmrw", "tonight", "next", "Dec".
    private static func namesADay(_ word: String) -> Bool {
        switch DateKeyword.lookup(word) {
        case .weekday?, .month?, .relativeDay?, .tonight?, .next?, .eod?, .eow?: return true
        default: return false
        }
    }

    /// Where the doing asked of the person starts in a question that ends at word `last`, after a frame
    /// ("would u", "will she"), if the question asks for a doing or a gathering at all.
    private static func doingAsked(in words: [Word], through last: Int) -> Int? {
        // "[8:07 PM] \"would u talk to the Tribune reporter…?\" -> no": what was asked starts after the frame.
        let frame = (0..<min(last, 6)).first { ["would", "will", "could", "can"].contains(words[$0].folded) && ["you", "u", "ya", "she", "he", "they"].contains(words[$0 + 1].folded) }
        let start = frame.map { $0 + 2 } ?? 0
        guard start <= last else { return nil }
        // "Chair the mtg? -> no", "Grills + trailer for the cookout Sun May 3? -> \"Oui\"": a doing or a gathering.
        // Not a fact checked ("Heat working? -> no", "Still on nights? -> yes", "Speaks Spanish? -> yes"), nor the
        // organizer's errand ("Send her the lease law stuff? -> yes by Fri").
        let first = words[start].folded
        let opensOnDoing = CommitmentReader.isCommonVerb(NoteExtractor.verbOfCompound(first)) || askedDoings.contains(first)
        guard frame != nil || opensOnDoing || words[...last].contains(where: { gatherings.contains($0.folded) }),
            !(opensOnDoing && NoteExtractor.namesReceiver(among: ["you", "u", "him", "me", "my", "us"], after: start, in: Array(words[...last]))),
            // "Speaks Spanish?" checks a fact; "speak at the board mtg?" asks for a doing.
            !factWords.contains(first) || first == "speak" && start + 1 <= last
                && ["at", "to", "on", "for", "up", "about", "abt", "in", "with", "w", "w/"].contains(words[start + 1].folded),
            // "Email ok for updates? -> yes", "Thank-you text sent? -> not yet": a check, not a request
            !(start + 1 <= last && ["ok", "okay", "fine"].contains(words[start + 1].folded)),
            !["sent", "given", "done", "made", "taken", "added", "signed", "fixed", "paid", "filed", "mailed", "dropped"].contains(words[last].folded)
        else { return nil }
        return start
    }

    /// First words of a question that checks a fact about the person: "Speaks Spanish?", "Still on nights?".
    private static let factWords: Set<String> = [
        "speak", "speaks", "know", "knows", "free", "still", "ready", "interested", "safe", "worth", "been", "signed", "talked",
        "worried", "ok", "okay", "good", "open", "added", "sent", "given", "ask", "follow",
    ]

    /// What an organizer asks someone to take on, besides a gathering: a seat on the board, the petition, the phone tree.
    private static let organizingWork: Set<String> = [
        "board", "slate", "committee", "cmte", "team", "petition", "letter", "flyer", "flyers", "cards", "survey", "campaign",
        "union", "strike", "tree", "delegation", "testimony", "bargaining", "leader", "captain", "chair", "host",
    ]

    /// Any question that is not after information ("¿vienes a la junta el sábado?", "y cocinar pa la kermés?");
    /// "how's your mom?" asks for none.
    static func question(_ unit: TextUnit, people: People) -> Found? {
        guard let first = unit.words.first?.folded, !informationWords.contains(first) else { return nil }
        return text(after: -1, in: unit, people: people)
    }

    private static let informationWords: Set<String> = [
        "how", "what", "why", "where", "who", "when", "which", "how's", "what's", "cómo", "como", "qué", "que", "por",
        "dónde", "donde", "cuándo", "cuando", "quién", "quien", "cuál", "cual",
    ]

    /// "✓ flatbed for the float, parade Sat 4/18 -- long as somebody else drives it home", "✗ doorknock Lake Rd w/ me --
    /// \"my hips quit\"", "?? coffee for the fire guys Thurs -- \"ask me when the oats are in\"": a mark opening a line, what
    /// was asked, and after a dash or an arrow the person's answer. ✓ and ✗ are the answer; after "??" the words say.
    /// Not a done chore with a note after it: "✓ called Maria -- she's in".
    static func markedItem(_ unit: TextUnit) -> (found: Found, mark: Ask.Response?)? {
        let text = unit.text.drop { $0 == " " }
        guard let opened = SentenceSplitter.openingMark(of: text) else { return nil }
        let mark = opened == .pending ? nil : opened
        let words = unit.words
        guard let opening = words.first,
            let separator = [" -- ", " — ", " – ", " -> ", " → "].compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
            let answerStart = words.firstIndex(where: { $0.range.lowerBound >= separator.upperBound }), answerStart > 0,
            // "✓ agenda sent to the committee -- she liked it", "✓ Maria -- in for Sat": done, or only a name
            !words[..<answerStart].contains(where: { doneChores.contains($0.folded) }), !words[..<answerStart].allSatisfy(\.isCapitalized)
        else { return nil }
        return (Found(text: opening.range.lowerBound..<words[answerStart - 1].range.upperBound, answerStart: answerStart), mark)
    }

    private static let doneChores: Set<String> = [
        "called", "texted", "emailed", "sent", "dropped", "met", "talked", "gave", "left", "mailed", "posted", "booked", "printed",
        "got", "did", "followed", "checked", "asked", "told", "picked", "signed", "filed", "finished", "done", "follow-up", "delivered",
        "reserved", "confirmed", "spoke", "vm", "voicemail",
    ]
    /// Words that carry an ask on to its next line: "…to the mtg" over "on Thurs at 6pm".
    private static let continuingWords: Set<String> = [
        "on", "at", "about", "abt", "in", "for", "to", "with", "w", "and", "or", "by", "from", "of", "the", "a", "an", "her", "his",
        "their", "re", "before", "after", "b4", "w/",
    ]

    /// An item under an "Ask" heading is an ask as a whole; the answer may follow a dash or arrow.
    static func whole(_ unit: TextUnit, people: People) -> Found? {
        if let found = find(in: unit, people: people) { return found }
        guard !unit.words.isEmpty else { return nil }
        return text(after: -1, in: unit, people: people)
    }

    /// The index after the question's frame at `index` ("will you", "would you be willing to", "ok if we"), if one
    /// opens there.
    private static func afterFrame(at index: Int, in words: [Word]) -> Int {
        for frame in questionFrames where words.matches(frame, at: index) { return index + frame.count }
        return index
    }

    private static let questionFrames: [[Substring]] = [
        "would you be willing to", "would you be interested in", "are you willing to", "are you up for", "do you want to", "do you wanna",
        "will you", "would you", "can you", "could you", "are you", "would u", "will u", "can u", "could u",
        "ok if we", "okay if we", "alright if we", "all right if we", "cool if we", "mind if we", "ok to", "okay to",
        "are you good to", "you good to", "you down to", "you able to", "you willing to", "you up for", "you ok to",
    ].map { $0.split(separator: " ") }

    private static func text(after verbIndex: Int, in unit: TextUnit, people: People) -> Found? {
        let words = unit.words
        var index = verbIndex + 1
        if index < words.count, ["was", "is", "ask", "made"].contains(words[index].folded) { index += 1 }
        // "Will you come…?", "Would you be willing to host…?": the question's frame is not the request.
        // …also after whom it was put to: "I asked him, \"Will you tell what happened…?\"".
        var framed = false
        while index < words.count {
            if !framed, case let after = afterFrame(at: index, in: words), after > index {
                index = after
                framed = true
            } else if objectWords.contains(words[index].folded) || people.personNames.contains(words[index].folded)
                // a letter to the person: "I asked if you could translate…"
                || ["you", "you'd", "youd"].contains(words[index].folded) && people.isPerson("you")
                || ["you", "would", "will", "could", "can"].contains(words[index].folded) && index == verbIndex + 1
            {
                index += 1
            } else {
                break
            }
        }
        guard index < words.count else { return nil }
        let start = words[index].range.lowerBound
        var end = unit.range.upperBound
        var answerStart = words.count
        for candidate in index..<words.count where candidate > index {
            let gap = unit.gap(before: candidate)
            // A new line opens the answer when it starts a sentence, or in a list item whose lines were broken by hand:
            // "- bring 3 of the dish room ladies along" over "    no promises, two of them only speak Kreyol".
            // Not a line that goes on with the ask: "…to the mtg" over "on Thurs at 6pm", "about the mold in 2E".
            let startsLine = unit.line(at: words[candidate].range.lowerBound) != unit.line(at: words[candidate - 1].range.lowerBound)
                && (words[candidate].isCapitalized
                    || unit.block.isListItem && unit.block.text.isDeliberateLineBreak(at: words[candidate].range.lowerBound)
                        && !continuingWords.contains(words[candidate].folded) && DateKeyword.lookup(words[candidate].folded) == nil)
            if startsLine || gap.contains(where: { "—–→;?(".contains($0) }) || gap.contains(" - ") || gap.contains("->")
                // "Kitchen mtg next Thurs 3:30 [yes]": a bracket that holds the answer (not "[not sure which one]").
                || gap.contains("[") && ["yes", "no", "maybe", "pending", "declined", "tbd"].contains(words[candidate].folded)
                || gap.contains("--")
                // "…the hearing in St. Paul on December 3": a dot that keeps a name going ends nothing.
                || (gap.contains(". ") && !(gap.hasPrefix(". ") && SentenceSplitter.keepsNameGoing(after: words[candidate - 1].folded)
                    && words[candidate].isCapitalized && !notNames.contains(words[candidate].folded)))
                || gap.contains("=>") || gap.contains(": ") || gap.contains(" = ")
                // "…Fri morning +  \"baby I'm out here anyway\"": a plus that marks the yes, before her words
                || ResponseReader.plusMark(gap)
                // "- host a town hall at the Grange? ✅ any night": a sign opens the answer
                || gap.unicodeScalars.contains(where: ResponseReader.isAnswerSign)
                || (gap.contains(",") && startsAnswerClause(at: candidate, in: words, text: unit.string, people: people))
                || gap.contains(", \"") || gap.contains(", “") || gap.contains(",\"")
                || (words[candidate].folded == "and" && candidate + 1 < words.count
                    && startsAnswerClause(at: candidate + 1, in: words, text: unit.string, people: people))
                || (words[candidate].folded == "but" && candidate + 1 < words.count)
                // "**asked** would she come to the lunch mtg **said** \"Ill be there\"": a bare "said" with no one
                // before it opens the answer (not "…what she said", someone's word inside the ask).
                || (["said", "says"].contains(words[candidate].folded) && candidate > index + 2
                    && !words[max(index, candidate - 3)..<candidate].contains(where: { reportClauses.contains($0.folded) })
                    && !Lexicon.determiners.contains(words[candidate - 2].folded)
                    && !["she", "he", "they", "i", "we", "you", "it", "who", "had", "has", "have", "be", "was", "is"].contains(words[candidate - 1].folded)
                    && !words[candidate - 1].isCapitalized && !Lexicon.relations.contains(words[candidate - 1].stem)
                    && !(candidate + 1 < words.count && ["was", "is", "were", "would", "will", "had", "has", "that"].contains(words[candidate + 1].folded)))
                // Dictated notes without a stop: "…about the split shift she said yeah if…".
                // Not "…believed the manager when he said he'll fix the AC", "…bc she said she'd think about it last time":
                // someone else's word, or hers from before, inside the question.
                || (candidate > index + 2 && ["she", "he", "they"].contains(words[candidate].folded) && people.isPerson(words[candidate].folded)
                    && !reportClauses.contains(words[candidate - 1].folded)
                    && candidate + 2 < words.count && words[candidate + 1].folded == "said"
                    && saysAnswer(at: candidate + 2, in: words, text: unit.string))
            {
                end = words[candidate - 1].range.upperBound
                answerStart = candidate
                break
            }
        }
        // "- ask: get on the phone tree +": the mark after the last word is the answer, not part of the ask.
        if answerStart == words.count, let last = words.last, ResponseReader.plusMark(unit.string[last.range.upperBound..<end], atEnd: true) {
            end = last.range.upperBound
        }
        guard start < end else { return nil }
        return Found(text: start..<end, answerStart: answerStart)
    }

    /// "she said", "he's in", "answer": where the answer to the ask begins.
    private static func startsAnswerClause(at index: Int, in words: [Word], text: String, people: People) -> Bool {
        let word = words[index].folded
        if ResponseReader.startsAnswer(at: index, in: words, text: text) { return true }  // "…for the block party, claro"
        // "…in her Transit van, first não, her son needs it": the first of several answers.
        // Not "first maybe we do a practice run": only a yes or a no.
        if word == "first", index + 1 < words.count, ["no", "não", "nao", "yes", "sí", "si", "sim", "ok", "nah", "nope"].contains(words[index + 1].folded) {
            return true
        }
        if ["answer", "response", "result", "reply", "said", "yes", "no", "maybe", "nope", "nah", "absolutely", "definitely", "prob",
            "probably", "def", "cant", "can't", "cannot", "won't", "wont", "bet", "sure"].contains(word) { return true }
        // "…at the rally, not yet, wants to see…"
        if word == "not", index + 1 < words.count,
            ["yet", "ready", "sure", "now", "interested", "this", "right", "tonight", "today", "tomorrow", "tmrw", "that"].contains(words[index + 1].folded)
        {
            return true
        }
        let subject = Word.stem(of: word)
        // "…the bus stop before the mtg, she just grabbed like 50 flyers", "…in the window, she just held out her hand":
        // the answer is what she did there and then, told in the past.
        if people.isPerson(subject), let verb = (index + 1..<min(words.count, index + 3)).first(where: { !["just", "right", "already"].contains(words[$0].folded) }),
            case let done = words[verb].folded, done.utf8.count > 4 && done.hasSuffix("ed") || NoteExtractor.pastForms.contains(done)
        {
            return true
        }
        return people.isPerson(subject) && index + 1 < words.count
            && answerVerbs.contains(words[index + 1].folded)
            || ["she's", "he's", "they're", "she'll", "he'll", "they'll", "she'd", "he'd", "they'd", "shes", "hes", "theyre"].contains(word)
    }

    /// After a dictated "she said": an answer word ("yeah if…") or the person doing something in answer ("he needs
    /// to look at…"), not "what he said about the layoffs".
    private static func saysAnswer(at index: Int, in words: [Word], text: String) -> Bool {
        guard index < words.count else { return false }
        if ResponseReader.startsAnswer(at: index, in: words, text: text) { return true }
        // "…the button on the floor Thursday he said he'll wear it", "…about TOT he said lemme get back to you",
        // "…she said put me down": a promise, a put-off or a word on what to do next.
        if dictatedAnswers.contains(words[index].folded) { return true }
        return ["she", "he", "they", "i"].contains(words[index].folded) && index + 1 < words.count
            && answerVerbs.contains(words[index + 1].folded)
    }

    /// Words that put a "she said" inside the question rather than after it.
    private static let reportClauses: Set<String> = [
        "when", "since", "because", "bc", "cuz", "cause", "like", "as", "that", "after", "before", "if", "until", "what", "how", "why",
    ]

    private static let dictatedAnswers: Set<String> = [
        "she'll", "he'll", "they'll", "i'll", "shell", "hell", "theyll", "she'd", "he'd", "shed", "hed",
        "put", "count", "text", "call", "check", "talk",
    ]

    /// What a person does in answer: "she said", "he laughed", "she kind of dodged it".
    private static let answerVerbs: Set<String> = [
        "said", "says", "agreed", "declined", "is", "was", "wasn't", "isn't", "can't", "will", "won't", "wants", "needs", "might",
        "would", "thought", "laughed", "smiled", "shrugged", "hesitated", "paused", "kind", "sort", "dodged", "looked", "didn't",
        "got", "texted", "told", "didnt", "did", "doesnt", "does", "never", "kinda", "sorta", "cant", "wont", "couldnt",
        "couldn't", "took", "went", "can", "has", "hasn't", "hasnt", "goes", "nodded", "shook", "gave",
    ]
}
