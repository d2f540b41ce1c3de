/// A sentence together with the dates found in it, scanned once.
struct ScannedSentence {
    var unit: TextUnit
    var scan: DateScan
}

extension NoteExtractor {
    /// Splits a unit into sentences, scans each once for dates, and records every date mention.
    mutating func scanSentences(of unit: TextUnit) -> [ScannedSentence] {
        var result: [ScannedSentence] = []
        let text = unit.block.text
        for range in SentenceSplitter.sentences(in: text) where range.overlaps(unit.range) {
            let clipped = range.clamped(to: unit.range)
            let sentence = TextUnit(clipped, within: unit)
            let sentenceText = String(sentence.text)
            var scan = finder.scan(sentenceText)
            // Rebase each mention from the scanned copy onto the block's own string.
            scan.mentions = scan.mentions.map { mention in
                var rebased = mention
                let lower = sentenceText.utf8.distance(from: sentenceText.startIndex, to: mention.range.lowerBound)
                let length = sentenceText.utf8.distance(from: mention.range.lowerBound, to: mention.range.upperBound)
                let start = text.string.utf8.index(clipped.lowerBound, offsetBy: lower)
                rebased.range = start..<text.string.utf8.index(start, offsetBy: length)
                return rebased
            }
            result.append(ScannedSentence(unit: sentence, scan: scan))
            for mention in scan.mentions {
                records.dates.append(DateReference(text: mention.text, value: mention.value, line: text.line(at: mention.range.lowerBound)))
            }
        }
        return result
    }

    /// The due date of the span `range`: an explicit task date wins, else the first date mention in it,
    /// joined with a time said elsewhere in the same sentence.
    func due(of range: Range<String.Index>, in sentences: [ScannedSentence]) -> DateValue? {
        var first: (mention: DateMention, scan: DateScan)? = nil
        for sentence in sentences where sentence.unit.range.overlaps(range) || range.isEmpty {
            for mention in sentence.scan.mentions where mention.range.overlaps(range) || mention.range.isEmpty {
                if mention.isExplicitDue {
                    // A task date with no time takes the time the sentence gives for that same day.
                    var value = mention.value
                    if value.time == nil {
                        value.time = sentence.scan.mentions.first { $0.value.day == value.day && $0.value.time != nil }?.value.time
                            ?? sentence.scan.looseTimes.first
                    }
                    return value
                }
                if first == nil { first = (mention, sentence.scan) }
            }
        }
        guard var value = first?.mention.value else { return nil }
        if value.time == nil, let time = first?.scan.looseTimes.first { value.time = time }
        return value
    }

    mutating func addAsk(_ found: AskReader.Found, in unit: TextUnit, sentences: [ScannedSentence]) {
        let requests = Self.requestVerbs(of: String(unit.string[found.text]))
        let heard = ResponseReader.response(in: unit.words, text: unit.string, from: found.answerStart, restating: requests)
            ?? promisedAnswer(to: found, in: unit, requests: requests)
        let text = withoutTaskDates(unit.clean(found.text.lowerBound, found.text.upperBound), sentences: sentences)
        let ask = Ask(text: text, response: heard ?? .pending, due: due(of: unit.range, in: sentences), line: unit.line(at: found.text.lowerBound))
        records.asks.append(ask)
        // With no answer written, the next sentences may give it. After "no answer yet, got paged" only news may
        // ("Update: she said yes"), not the next thing the note says ("so she can't help w/ the Honduran families").
        openAsk = heard == nil || heard == .pending ? (records.asks.count - 1, 2, heard == .pending) : nil
        if !splitAsk(at: records.asks.count - 1, answeredBy: unit, from: found.answerStart, sentences: sentences, restating: requests), heard != nil, heard != .pending {
            answeredAsk = (records.asks.count - 1, 2, unit.block)
        }
    }

    /// "- asked: 15 signatures from the prayer group by the 30th → she'll get 15, easy": an ask named without a verb,
    /// answered by the person's promise of the thing asked for, named by its number or its words. Not after a no
    /// ("→ not 15, she'll get 5"), nor a hedged promise ("she'll try to get some").
    private func promisedAnswer(to found: AskReader.Found, in unit: TextUnit, requests: Set<String>) -> Ask.Response? {
        let words = unit.words
        guard requests.isEmpty, words.indices.contains(found.answerStart) else { return nil }
        let answer = unit.dropping(upTo: words[found.answerStart].range.lowerBound)
        guard let promise = CommitmentReader.findAll(in: answer, people: people, isAnswer: true).first, promise.owner == .supporter,
            let verb = words.firstIndex(where: { $0.range.lowerBound == promise.text.lowerBound }), verb - found.answerStart <= 2,
            !words[found.answerStart..<verb].contains(where: { ["not", "no", "nah", "cant", "can't", "but", "if", "maybe"].contains($0.folded) }),
            !words[verb...].contains(where: { ["try", "if", "maybe", "unless", "prob", "probably"].contains($0.folded) })
        else { return nil }
        // Another count is less, or more, than asked: "→ she'll get 5" after "10 volunteers" is no counter-offer of ours
        // to judge here.
        let asked = Set(Word.words(in: unit.string[found.text]).map(\.folded).filter { $0.first?.isNumber == true })
        let counts = words[verb...].map(\.folded).filter { $0.first?.isNumber == true }
        if !counts.isEmpty { return counts.allSatisfy(asked.contains) ? .yes : nil }
        return Self.names(String(unit.string[found.text]), among: Array(verb..<words.count), in: words) ? .yes : nil
    }

    /// "Texted me later: yes on the potluck", "update: roommate is fine w/ it so hosting = yes": a yes or no
    /// that names an earlier ask still open (pending or maybe) by one of its words answers that ask.
    mutating func answerEarlierAsk(in unit: TextUnit) {
        guard let (index, response) = earlierAskAnswered(in: unit) else { return }
        records.asks[index].response = response
    }

    /// The earlier ask still open that a yes or no in `unit` names, and that answer.
    func earlierAskAnswered(in unit: TextUnit) -> (index: Int, response: Ask.Response)? {
        guard records.asks.contains(where: { $0.response == .pending || $0.response == .maybe }) else { return nil }
        for answer in ResponseReader.answers(in: unit.words, text: unit.string) where answer.response == .yes || answer.response == .no {
            guard let index = records.asks.indices.last(where: { index in
                let ask = records.asks[index]
                return (ask.response == .pending || ask.response == .maybe) && Self.names(ask.text, near: answer.words, in: unit.words)
            }) else { continue }
            return (index, answer.response)
        }
        return nil
    }

    /// Whether a word within three of the answer at `span` shares a stem with a word of `request`.
    private static func names(_ request: String, near span: Range<Int>, in words: [Word]) -> Bool {
        names(request, among: (max(0, span.lowerBound - 3)..<min(words.count, span.upperBound + 3)).filter { !span.contains($0) }, in: words)
    }

    /// Whether one of the words at `near` shares a stem with a word of `request`.
    static func names(_ request: String, among near: [Int], in words: [Word]) -> Bool {
        let topics = Set(near.map { topicStem(words[$0].folded) }.filter { $0.count >= 4 && !answerFiller.contains($0) })
        return Word.words(in: request[...]).contains { topics.contains(topicStem($0.folded)) }
    }

    private static let answerFiller: Set<String> = ["said", "says", "that", "this", "with", "from", "about", "will", "would", "just", "text", "call"]

    /// "hosting" and "host", "potlucks" and "potluck": a word without its common endings.
    private static func topicStem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// The verbs that open the requests of an ask ("sign the petition + get the techs to sign" gives sign and get),
    /// when they are plain verbs of doing: a promise in the same words answers it.
    /// First words of an ask that are no verb: "her van for Sat", "the hall", "if she'd host".
    private static let notRequestVerbs: Set<String> = [
        "the", "a", "an", "her", "his", "their", "to", "if", "whether", "about", "abt", "for", "on", "in", "at", "she", "he", "they",
        "we", "you", "i", "would", "will", "could", "can", "some", "any", "more", "one", "two", "that", "this", "what",
    ]

    /// `roles`: also the verbs of a role asked for ("be one of the drivers" gives driv).
    static func requestVerbs(of text: String, roles: Bool = true) -> Set<String> {
        let parts = AskSplitter.parts(of: text, startsRequest: CommitmentReader.isCommonVerb).map { [$0.0, $0.1] } ?? [text]
        var verbs = Set(parts.compactMap { part in
            // "asked her abt speaking at the hearing - shell speak": a request named by its gerund.
            // "co-sign the letter": the verb a compound ends on.
            // "pull the overtime records -> she'll pull them": any verb an ask opens with may be restated.
            Word.words(in: part[...]).first.map { verbOfCompound($0.folded) }.flatMap {
                CommitmentReader.isCommonVerb($0) || AskReader.askedDoings.contains($0) || $0.hasSuffix("ing")
                    || ($0.allSatisfy(\.isLetter) && !notRequestVerbs.contains($0)) ? ResponseReader.verbStem($0) : nil
            }
        })
        // "be one of the drivers -> She'll drive", "be a speaker at the vigil -> she'll speak", "be the host": a request
        // to take a role is restated by the role's verb. The ask's text may have lost its "be" ("one of the drivers").
        for part in parts where roles {
            let words = Word.words(in: part[...]).map(\.folded)
            guard let first = words.first, ["be", "being", "one", "a", "an", "the", "our"].contains(first) else { continue }
            // The role comes before any verb: not "the parish would let us use the hall".
            for (offset, word) in words.enumerated().prefix(6) where offset > 0 || first != "be" {
                if ["would", "will", "could", "can", "to", "for", "at", "on"].contains(word) { break }
                verbs.formUnion(roleVerbs(of: word, afterArticle: offset > 0 && ["a", "an", "the", "our"].contains(words[offset - 1])))
            }
        }
        return verbs
    }

    /// The stems of the verb a role is named from: "drivers" and "driver" give driv, "speaker" speak, "translator"
    /// translat; after an article, "host" and "emcee" are their own verbs.
    private static func roleVerbs(of noun: String, afterArticle: Bool) -> [String] {
        if afterArticle, CommitmentReader.isCommonVerb(noun) || AskReader.askedDoings.contains(noun) { return [ResponseReader.verbStem(noun)] }
        let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        guard singular.count >= 6, singular.allSatisfy(\.isLetter), singular.hasSuffix("er") || singular.hasSuffix("or") else { return [] }
        let base = String(singular.dropLast(2))
        return [base, base + "e"].map(ResponseReader.verbStem)
    }

    /// "aides yes, hall no": an ask of two requests whose answer gives each its own verdict becomes two asks,
    /// on the same line with the same due date. The first verdict must be the answer the ask already has.
    /// `sentences`: the ask's own sentences, when the answer is in them, so that each request keeps its own day
    /// ("testify Mon 10/19 6:30pm + work the phone bank Weds the 14th -> board NO, phone bank yes").
    @discardableResult
    mutating func splitAsk(
        at index: Int, answeredBy unit: TextUnit, from start: Int = 0, sentences: [ScannedSentence]? = nil, restating requests: Set<String> = []
    ) -> Bool {
        let answers = ResponseReader.answers(in: unit.words, text: unit.string, from: start, restating: requests)
        // A promise in the ask's words may open a two-part answer whose hedge became the ask's answer ("she'll sign,
        // techs prob").
        guard let first = answers.first,
            first.response == records.asks[index].response || ResponseReader.isPromise(first.words, in: unit.words, restating: requests),
            let second = answers.first(where: { $0.response != first.response }),
            let (text, rest) = AskSplitter.parts(of: records.asks[index].text, startsRequest: CommitmentReader.isCommonVerb)
        else { return false }
        // One of the verdicts names its request ("aides yes", "no speaking"): a verdict and a hedge about the same
        // request ("not yet, wants to see who else steps up") stay one answer. "moms yes…, speaking no" answers the
        // second request first.
        // Each verdict looks only at its own side of the other. Between them, the words up to the first comma go
        // with the first: in "no to speaking, she'll come and sit in the front row", "come" is the second's.
        let between = first.words.upperBound..<max(first.words.upperBound, second.words.lowerBound)
        let cut = between.first { $0 > 0 && unit.gap(before: $0).contains { ",;:.".contains($0) } } ?? between.upperBound
        // An answer's own words name nothing, but for a promise that restates a request ("she'll speak").
        func window(_ lower: Int, _ upper: Int, around answer: Range<Int>) -> [Int] {
            let promise = ResponseReader.isPromise(answer, in: unit.words, restating: requests)
            return (lower..<max(lower, upper)).filter { !answer.contains($0) || (promise && requests.contains(ResponseReader.verbStem(unit.words[$0].folded))) }
        }
        let firstNear = window(max(start, first.words.lowerBound - 3), min(cut, first.words.upperBound + 3), around: first.words)
        let secondNear = window(max(cut, second.words.lowerBound - 3), min(unit.words.count, second.words.upperBound + 3), around: second.words)
        // A verdict names one request and not the other; the answer that stands by itself takes the other.
        func names(_ request: String, only near: [Int], not other: String) -> Bool {
            Self.names(request, among: near, in: unit.words) && !Self.names(other, among: near, in: unit.words)
        }
        let inOrder = names(text, only: firstNear, not: rest) || names(rest, only: secondNear, not: text)
        let reversed = !inOrder && (names(rest, only: firstNear, not: text) || names(text, only: secondNear, not: rest))
        guard inOrder || reversed else { return false }
        records.asks[index].response = reversed ? second.response : first.response
        split(at: index, into: text, rest, answered: reversed ? first.response : second.response, in: unit, sentences: sentences)
        return true
    }

    /// "…and to bring the other 3 guys. The clinic - def. The 3 guys, he'll ask them but no promete nada.": a later
    /// sentence that opens by naming only the second request ("The 3 guys,", "Fellowship:"), with another verdict,
    /// answers that request alone. "Her neighbors have no car though." names it in passing.
    mutating func splitAsk(at index: Int, answeredApartBy unit: TextUnit) -> Bool {
        let words = unit.words
        guard words.count >= 2, let topicEnd = (0..<min(words.count - 1, 4)).first(where: { unit.gap(before: $0 + 1).contains(where: { ",:-–—".contains($0) }) }),
            let answer = ResponseReader.answers(in: words, text: unit.string, from: topicEnd + 1).first,
            answer.response != records.asks[index].response,
            let (text, rest) = AskSplitter.parts(of: records.asks[index].text, startsRequest: CommitmentReader.isCommonVerb),
            Self.names(rest, among: Array(0...topicEnd), in: words), !Self.names(text, among: Array(0...topicEnd), in: words)
        else { return false }
        split(at: index, into: text, rest, answered: answer.response)
        return true
    }

    private mutating func split(
        at index: Int, into text: String, _ rest: String, answered response: Ask.Response, in unit: TextUnit? = nil, sentences: [ScannedSentence]? = nil
    ) {
        let ask = records.asks[index]
        // A request with a day of its own is due that day; otherwise both share the ask's.
        func ownDue(_ part: String) -> DateValue? {
            guard let unit, let sentences, let range = unit.string.range(of: part), !range.isEmpty else { return nil }
            return due(of: range, in: sentences)
        }
        records.asks[index].text = text
        records.asks[index].due = ownDue(text) ?? ask.due
        records.asks.insert(Ask(text: rest, response: response, due: ownDue(rest) ?? ask.due, line: ask.line), at: index + 1)
    }

    mutating func addCommitment(_ found: CommitmentReader.Found, in unit: TextUnit, sentences: [ScannedSentence], done: Bool, due explicitDue: DateValue?? = nil) {
        var text = withoutTaskDates(unit.clean(found.text.lowerBound, found.text.upperBound), sentences: sentences)
        if text.lowercased().hasPrefix("to ") { text.removeFirst(3) }
        guard !text.isEmpty else { return }
        let due = explicitDue ?? due(of: found.text, in: sentences) ?? due(of: unit.range, in: sentences)
        records.commitments.append(Commitment(owner: found.owner, text: text, due: due, done: done, line: unit.line(at: found.text.lowerBound)))
    }

    /// Commitments stated in prose; a sentence that answers an ask "yes" does not repeat the ask's commitment.
    /// `item` is the whole list item the unit is part of, whose first date is the due date when the unit has none.
    /// `continuesAnswer`: the unit goes on with the person's answer to an ask made earlier in its list item.
    mutating func addProseCommitments(
        in unit: TextUnit, sentences: [ScannedSentence], answering askIndex: Int?, item: Range<String.Index>? = nil, continuesAnswer: Bool = false
    ) {
        let found = CommitmentReader.findAll(in: unit, people: people, isAnswer: askIndex != nil || continuesAnswer)
        // The due date comes from the whole sentence, even when only its answer part is read here.
        let sentence = sentences.count == 1 ? sentences[0].unit.range : unit.range
        for commitment in found {
            // In an answer, a day of its own beats the ask's: "…Oct 4? -> has to ask Abba Tesfay, will call me sun".
            let own = found.count == 1 && askIndex == nil ? nil : due(of: commitment.text, in: sentences)
            // "-> think about it, will tell me after finals": a condition, not the ask's day.
            // "…he'll drive the box truck for the rally after": a last "after" is when, not a condition.
            let conditional = askIndex != nil && own == nil
                && unit.words.contains { word in
                    commitment.text.contains(word.range.lowerBound) && ["after", "once", "when"].contains(word.folded)
                        && unit.words.contains { $0.range.lowerBound > word.range.lowerBound && commitment.text.contains($0.range.lowerBound) }
                }
            let due = conditional ? nil : own ?? due(of: sentence, in: sentences) ?? item.flatMap { self.due(of: $0, in: sentences) }
            // "15 signatures by the 30th → she'll get 15": an ask with no verb is restated by the promise that answers it.
            if let askIndex, commitment.owner == .supporter, records.asks[askIndex].response == .yes,
                due == nil || due == records.asks[askIndex].due,
                restatesAsk(commitment, in: unit, ask: records.asks[askIndex]) || Self.requestVerbs(of: records.asks[askIndex].text).isEmpty
            {
                continue
            }
            // "he said he would try but he may have a shift, so that is a maybe": a hedge, not a promise. After a no,
            // "but shell try to keep a list of everyone on 5" is a smaller offer of its own.
            if let askIndex, commitment.owner == .supporter, records.asks[askIndex].response != .yes,
                isHedge(commitment, in: unit, ask: records.asks[askIndex])
            {
                continue
            }
            addCommitment(commitment, in: unit, sentences: sentences, done: task(of: unit) == .done, due: .some(due))
        }
    }

    /// "she'll try", "he'll try to make it": a try at what was asked, not at something else; a promise on the
    /// condition that left the ask a maybe.
    private func isHedge(_ commitment: CommitmentReader.Found, in unit: TextUnit, ask: Ask) -> Bool {
        let words = unit.words.filter { $0.range.lowerBound >= commitment.text.lowerBound && $0.range.upperBound <= commitment.text.upperBound }
        // "-> \"i'll be there if i'm not stuck at the gate\"": the promise carries the condition that made it a maybe.
        if ask.response == .maybe, words.contains(where: { ["if", "unless"].contains($0.folded) }) { return true }
        guard words.first?.folded == "try" else { return false }
        guard ask.response == .no else { return true }
        let rest = words.dropFirst().drop { ["to", "and"].contains($0.folded) }
        guard let verb = rest.first, rest.count >= 3, !["make", "come", "be", "show", "attend", "go", "get", "stop", "swing"].contains(verb.folded)
        else { return true }
        let attempt = CommitmentReader.Found(owner: commitment.owner, text: verb.range.lowerBound..<commitment.text.upperBound)
        return restatesAsk(attempt, in: unit, ask: ask)
    }

    /// "She said she will bring seven" after "asked her to bring five": the answer repeats the ask's verb.
    /// "…and that he would bring Kojo" after "asked him to speak" is a second promise.
    private func restatesAsk(_ commitment: CommitmentReader.Found, in unit: TextUnit, ask: Ask) -> Bool {
        guard let verb = unit.words.first(where: { $0.range.lowerBound >= commitment.text.lowerBound })?.folded else { return true }
        let askWords = Word.words(in: ask.text[...]).map(\.folded)
        // "Will you be one of the drivers…? She'll drive.": the verb of the role asked for.
        return askWords.contains(verb) || ["do", "be", "come", "it", "that", "this"].contains(verb)
            || Self.requestVerbs(of: ask.text).contains(ResponseReader.verbStem(verb))
    }

    mutating func addReferral(_ found: ReferralReader.Found?, line: Int) {
        guard let found, !found.name.isEmpty else { return }
        records.referrals.append(Referral(name: found.name, text: found.text, line: line))
    }

    /// A referral from prose, on the line where its name stands: a sentence may run over a line break ("…she said go
    /// see\nClovis Guidry on Prairie Ln").
    mutating func addReferral(_ found: ReferralReader.Found, in unit: TextUnit) {
        let named = unit.string.range(of: found.name, range: unit.range)
        addReferral(found, line: named.map { unit.line(at: $0.lowerBound) } ?? unit.line)
    }

    mutating func addIssues(_ labels: [String]) {
        for label in labels where !label.isEmpty { records.issues.append(label) }
    }

    /// Task-plugin dates ("📅 2026-12-03", "due:: 2026-12-03") are for the tool, not part of what to do.
    private func withoutTaskDates(_ text: String, sentences: [ScannedSentence]) -> String {
        guard sentences.contains(where: { $0.scan.mentions.contains(where: \.isExplicitDue) }) else {
            return text.trimming(" ,;:.-–—")
        }
        var result = text
        for marker in ["📅", "[due::", "due::", "due:"] {
            guard let range = result.range(ofMarker: marker) else { continue }
            var end = range.upperBound
            while end < result.endIndex, result[end] == " " || result[end].isNumber || result[end] == "-" || result[end] == "]" {
                end = result.index(after: end)
            }
            result.removeSubrange(range.lowerBound..<end)
        }
        return result.trimming(" ,;:.-–—")
    }
}

extension String {
    fileprivate func range(ofMarker marker: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(marker) { return index..<self.index(index, offsetBy: marker.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
