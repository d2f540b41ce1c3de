/// Walks a note's blocks in order, knowing which section each sits in, and hands each list item or
/// sentence to the readers for that section. The records come out in the order the note gives them.
struct NoteExtractor {
    var people: People
    let finder: DateFinder
    var records = Records()
    var section: Section = .other { didSet { sectionCount += 1 } }
    /// How many sections the note has opened so far, which numbers the one being read.
    var sectionCount = 0
    /// Commitments on a task list whose owner was only guessed from the verb, with the number of their section.
    var guessedOwners: [(commitment: Int, section: Int)] = []
    /// Sections whose task list labels some items as the person's ("- [ ] Wilbert: write down the adits") and none as the
    /// organizer's: there, an item with no label is the organizer's ("- [ ] Bring the survey forms Tuesday"), unless
    /// the note keeps the organizer's own list apart under a Promises heading.
    var sectionsLabellingThePerson: Set<Int> = []
    var sectionsLabellingTheOrganizer: Set<Int> = []
    var hasPromisesSection = false
    /// The last ask still waiting for an answer, how many more sentences may give it, and whether the note said it
    /// has no answer yet, so that only news answers it ("Update: she's in").
    var openAsk: (index: Int, sentencesLeft: Int, waitsForNews: Bool)? = nil
    /// The task table named by the last table header read, if it named one.
    var taskTable: TaskTable? = nil
    /// The ask made by a transcript's last "Q:" line, which the "A:" line after it answers.
    var questionAsk: Int? = nil
    /// The last ask made by a list item under the asks, and how deep that item is, so that an item nested under
    /// it is read as its answer.
    var askItem: (index: Int, depth: Int)? = nil
    /// The depth of a list item that names a section for the items nested under it ("- asks"), and the section
    /// before it, which comes back once those items end.
    var itemHeading: (depth: Int, previous: Section)? = nil
    /// Whether the line before was the organizer's labelled question ("yo: ¿cómo está tu mamá?"), so that
    /// the person's labelled line after it is their answer.
    var heardQuestion = false
    /// Where a label Markdown folded into a later line of a list item ("- [x] sent the flyer" then "Next:") starts:
    /// the lines from there on are prose under that label, not more of the item or its tick.
    var foldedLabelStart: String.Index? = nil
    /// Whether the list item being read has an item nested under it that reads as an answer.
    var answeredBelow = false
    /// Asks that an answers section has already answered, even if only with "no answer yet".
    var heardAnswers: Set<Int> = []
    /// The list item whose ask the person has just answered: its later sentences go on in their voice
    /// ("- house mtg at her place -> no, mother-in-law moved in. Will bring 2 coworkers to ours instead").
    var answeredItem: MarkdownBlock? = nil
    /// The last ask of two requests that has its answer, how many more sentences of its paragraph may answer its
    /// second request apart ("The clinic - def, he'll be there. The 3 guys, he'll ask them but no promete nada.").
    var answeredAsk: (index: Int, sentencesLeft: Int, block: MarkdownBlock)? = nil

    struct Records {
        var commitments: [Commitment] = []
        var asks: [Ask] = []
        var skills: [Skill] = []
        var referrals: [Referral] = []
        var issues: [String] = []
        var dates: [DateReference] = []
    }

    init(frontMatter: FrontMatter) {
        people = People(person: frontMatter.person, organizer: frontMatter.organizer)
        finder = DateFinder(meeting: frontMatter.date)
    }

    mutating func read(_ document: MarkdownDocument) {
        // Each block is split into words once; the whole note's words also tell whose "she" or "he" it is, and
        // whether "you" is the organizer.
        let wholes = document.blocks.map { TextUnit(block: $0, range: $0.text.string.startIndex..<$0.text.string.endIndex) }
        people = people.withVoice(counting: wholes.lazy.flatMap(\.words))
        for (index, whole) in wholes.enumerated() {
            let next = index + 1 < wholes.count ? wholes[index + 1].block : nil
            let nesting = whole.block.isListItem && next.map { $0.isListItem && $0.listDepth > whole.block.listDepth } == true
            // "- speak at the bldg A mtg next Sat" with "  - \"ok davai, if you stand next to me\"" nested under it: an
            // item answered by the item under it asks, wherever the list stands.
            // Without a question mark, only an answer in the person's words or told of them: not "- call the landlord"
            // with "  - done, he said no" (the organizer's errand and how it went).
            answeredBelow = false
            if nesting, whole.block.task == nil, case let child = wholes[index + 1],
                ResponseReader.response(in: child.words, text: child.string) != nil
            {
                let opensQuote = child.text.first.map { "\"“".contains($0) } ?? false
                answeredBelow = whole.text.hasSuffix("?") || opensQuote
                    || child.words.first.map { ["she'll", "he'll", "they'll", "has", "first", "yes", "no", "maybe", "prob", "probably", "sure", "def", "nah"].contains($0.folded) } == true
            }
            read(block: whole, beforeList: next?.isListItem == true, nestingList: nesting)
        }
    }

    private mutating func read(block whole: TextUnit, beforeList: Bool = false, nestingList: Bool = false) {
        let block = whole.block
        if let heading = itemHeading, !block.isListItem || block.listDepth <= heading.depth {
            section = heading.previous
            itemHeading = nil
        }
        // "- brother drives Uber too\nASKS" then a list: a heading in capitals that Markdown folded into the
        // paragraph or item above it heads the list after it.
        if let heading = trailingHeading(of: whole, beforeList: beforeList) {
            read(block: TextUnit(whole.range.lowerBound..<heading.start, within: whole))
            section = heading.section
            openAsk = nil
            return
        }
        // "FOLLOW UP" then "• thank u text tonight" on the lines below it, all one paragraph: a heading in capitals
        // on the paragraph's first line heads the lines after it.
        if let rest = leadingHeading(of: whole) {
            section = rest.section
            openAsk = nil
            read(block: TextUnit(rest.start..<whole.range.upperBound, within: whole))
            return
        }
        if case .tableRow(isHeader: true, _) = block.kind {
            // "| who | what | when |" makes a table of tasks.
            taskTable = TaskTable(header: whole)
            if taskTable != nil {
                _ = scanSentences(of: whole)
                return
            }
        } else if block.isTableRow, let table = taskTable {
            readTaskRow(whole, in: table)
            return
        }
        // "Follow up" on a line of its own above a list: a heading written without "#".
        let label = whole.text.trimming(" :*_")
        // "ASKS", "WHAT THEY BRING", "NEXT" in capitals above a list name their sections too.
        let shouted = whole.words.count <= 4 && Self.isShouted(label)
        let plainHeading = beforeList && !block.isListItem && !block.isTableRow && whole.words.count <= 4
            && (Self.plainHeadings.contains(label.lowercased()) || shouted) ? Self.shoutedSection(label) : nil
        // "- asks" with the asks indented under it: an item that names a section heads the items nested in it.
        let namedByItem = nestingList && block.task == nil && whole.words.count <= 4 ? Section(label: label[...]) : nil
        if let itemSection = namedByItem {
            itemHeading = (block.listDepth, itemHeading?.previous ?? section)
            section = itemSection
            openAsk = nil
            _ = scanSentences(of: whole)
            return
        }
        if block.isHeading || plainHeading != nil {
            section = plainHeading ?? Section(label: whole.text) ?? .other
            openAsk = nil
            _ = scanSentences(of: whole)
            return
        }
        foldedLabelStart = nil
        for unit in labelledLines(of: whole) { read(unit) }
    }

    /// The task box of the item `unit` belongs to, unless a label folded into the item comes before it.
    func task(of unit: TextUnit) -> MarkdownBlock.TaskState? {
        isUnderFoldedLabel(unit) ? nil : unit.block.task
    }

    /// Whether `unit` comes after a label folded into its list item, as prose under that label.
    private func isUnderFoldedLabel(_ unit: TextUnit) -> Bool {
        foldedLabelStart.map { unit.range.lowerBound >= $0 } ?? false
    }

    /// The last line of a block when it is a section's name and nothing else: in capitals before a list ("ASKS",
    /// "WHAT THEY BRING"), or as a label with its colon before anything ("**Asks:**", "Next:").
    private func trailingHeading(of whole: TextUnit, beforeList: Bool) -> (start: String.Index, section: Section)? {
        let text = whole.block.text
        guard text.lineStarts.count > 1, let last = text.lineStarts.last else { return nil }
        let start = text.string.utf8.index(text.string.startIndex, offsetBy: last.offset)
        guard start > whole.range.lowerBound, start < whole.range.upperBound else { return nil }
        let line = text.string[start..<whole.range.upperBound]
        // A heading in capitals heads a list; a label with its colon ("Next:") heads whatever follows.
        guard beforeList || Self.endsOnColon(line), let section = Self.shoutedHeading(line) else { return nil }
        // "asked if she'd join and she\nAGREED": a line that finishes the sentence above is no heading.
        let before = whole.words.last { $0.range.upperBound <= start }?.folded ?? ""
        if Self.danglingWords.contains(before) { return nil }
        return (start, section)
    }

    /// Where the lines after a paragraph's first line start, when that line is a section's name in capitals and
    /// nothing else ("FOLLOW UP", "ASKS"), and that section.
    private func leadingHeading(of whole: TextUnit) -> (start: String.Index, section: Section)? {
        let text = whole.block.text
        guard !whole.block.isListItem, !whole.block.isHeading, !whole.block.isTableRow, text.lineStarts.count > 1,
            whole.range.lowerBound == text.string.startIndex
        else { return nil }
        let start = text.string.utf8.index(text.string.startIndex, offsetBy: text.lineStarts[1].offset)
        guard start < whole.range.upperBound else { return nil }
        guard let section = Self.shoutedHeading(text.string[whole.range.lowerBound..<start]) else { return nil }
        return (start, section)
    }

    /// The section a line names when it is a section's name and nothing else, in capitals or as a label:
    /// "ASKS", "FOLLOW UP:", "**Asks:**", "Next:".
    private static func shoutedHeading(_ text: Substring) -> Section? {
        let line = text.trimming(" :*_\n")
        guard line.split(separator: " ").count <= 4 else { return nil }
        if isShouted(line) { return shoutedSection(line) }
        // "…picks up 3 coworkers every morning" then "**Asks:**" with no blank line: Markdown folds the label into
        // the item above, and its colon says it is a label.
        guard endsOnColon(text) else { return nil }
        return Section(label: line[...])
    }

    /// Whether a line ends on a label's colon, bold or not: "Asks:", "**Next:**".
    private static func endsOnColon(_ line: Substring) -> Bool {
        line.trimming(" *_\n").hasSuffix(":")
    }

    /// Written in capitals: letters, and none of them lower-case.
    private static func isShouted(_ line: String) -> Bool {
        line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
    }

    /// The section a heading in capitals names: any section's name, and "NEXT" for what comes next.
    private static func shoutedSection(_ line: String) -> Section? {
        line.lowercased() == "next" ? .commitments : Section(label: line[...])
    }

    /// Words a sentence does not end on, so the line after them goes on with it.
    private static let danglingWords: Set<String> = [
        "she", "he", "they", "i", "we", "said", "and", "then", "the", "a", "an", "to", "was", "is", "that", "her", "his", "but",
        "or", "so", "of", "with", "w", "for", "she's", "he's",
    ]

    /// Words that bring news of an answer after the note said there was none: "Update: yes", "Later she texted…".
    private static let newsWords: Set<String> = [
        "update", "updated", "later", "texted", "called", "emailed", "messaged", "wrote", "back", "since", "tonight", "afterwards",
    ]

    /// The section names a note writes alone on a line above its list, with no "#": "Follow up".
    private static let plainHeadings: Set<String> = [
        "follow up", "follow-up", "follow ups", "follow-ups", "followup", "next steps", "to do", "todo", "to-do",
    ]

    /// An arrow right after a question's mark (and a closing quote) that asks on its own: "• Q: \"will you do 1:1s with
    /// 4 coworkers…?\" → not 4".
    private func answerArrow(after rest: TextUnit) -> Range<String.Index>? {
        let text = rest.text
        for arrow in ["→", "->"] {
            guard let found = text.range(of: arrow) else { continue }
            let before = text[..<found.lowerBound].trimming(" \"”'")
            guard before.hasSuffix("?") else { continue }
            // Only a question that asks on its own; "Q: record a short video? -> \"oui\"" is read whole, as prose with
            // its answer after the arrow.
            let question = TextUnit(rest.range.lowerBound..<found.lowerBound, within: rest)
            return AskReader.request(question, people: people) != nil || Self.asksOutright(question) || section == .ask ? found : nil
        }
        return nil
    }

    /// Shorthand puts several labelled lines in one paragraph ("Skills: …" then "Who else: …"):
    /// each labelled line starts a unit of its own.
    private func labelledLines(of unit: TextUnit) -> [TextUnit] {
        let text = unit.block.text
        guard text.lineStarts.count > 1 else { return [unit] }
        var units: [TextUnit] = []
        var start = unit.range.lowerBound
        var inLabelledLine = inlineLabel(of: unit) != nil || transcriptLabel(of: unit) != nil
        for lineStart in text.lineStarts.dropFirst() {
            let index = text.string.utf8.index(text.string.startIndex, offsetBy: lineStart.offset)
            let line = TextUnit(index..<unit.range.upperBound, within: unit)
            let labelled = inlineLabel(of: line) != nil || transcriptLabel(of: line) != nil
            // A labelled entry ends where its line was broken on purpose: "him: take pics…" then "said talk to Irma…".
            if labelled || (inLabelledLine && text.isDeliberateLineBreak(at: index)) {
                units.append(TextUnit(start..<index, within: unit))
                start = index
                inLabelledLine = labelled
            }
        }
        units.append(TextUnit(start..<unit.range.upperBound, within: unit))
        return units.filter { !$0.words.isEmpty }
    }

    private mutating func read(_ labelledUnit: TextUnit) {
        if let (isQuestion, rest) = transcriptLabel(of: labelledUnit) {
            // "- Q: co-sign the letter? A: she's signing it tonight": question and answer on one line.
            // "• Q: \"will you do 1:1s…?\" → not 4, she'll do 1:1s w/ Norma": an arrow after the question leads to its answer.
            if isQuestion, let answer = rest.text.range(of: " / A: ") ?? rest.text.range(of: " A: ") ?? rest.text.range(of: "? A:") ?? answerArrow(after: rest) {
                let mark = rest.text[answer].lastIndex { ":→>".contains($0) }!
                // "Q: come to the Parks budget hearing Tues 6/23 at 6 / A: \"I go. you drive me.\" / next: find her a
                // ride": the answer on the line makes it a question even without its mark, and a "next:" after it is
                // the organizer's to-do.
                readTranscript(TextUnit(rest.range.lowerBound..<answer.lowerBound, within: rest).including(questionMarkOf: rest), question: true,
                               answeredInline: true)
                var answerEnd = rest.range.upperBound
                var toDo: TextUnit? = nil
                if let next = rest.text.range(of: " / next:", options: .caseInsensitive) ?? rest.text.range(of: "/ next:", options: .caseInsensitive),
                    next.lowerBound > answer.upperBound
                {
                    answerEnd = next.lowerBound
                    toDo = rest.dropping(upTo: next.upperBound)
                }
                // After an arrow, "I said…" or "Me" opening the line is the organizer's own word ("→ I said I'd ask again
                // after her surgery"); otherwise the answer reads as after "A:" ("-> I'll ask them, he said").
                let answerText = TextUnit(rest.dropping(upTo: rest.text.index(after: mark)).range.lowerBound..<answerEnd, within: rest)
                let opening = answerText.words.prefix(2).map(\.folded)
                let organizerSpeaks = !rest.text[answer].contains(":")
                    && (opening.first == "me" || opening.first == "i" && ["said", "told", "asked", "promised", "offered"].contains(opening.dropFirst().first ?? ""))
                readTranscript(answerText, question: false, inPersonsVoice: !organizerSpeaks)
                if let toDo { readCommitmentItem(toDo, sentences: scanSentences(of: toDo), defaultOwner: .organizer) }
                return
            }
            readTranscript(rest, question: isQuestion)
            return
        }
        let label = inlineLabel(of: labelledUnit)
        // "Asked her to host Thurs." then "-> her: yes!! will bring chairs", or "Q: come Sat?" then "her: sim": the
        // person's label on the answer to the ask just made.
        if let label, label.owner == .supporter, let open = openAsk?.index ?? questionAsk, records.asks[open].response == .pending,
            ResponseReader.response(in: label.rest.words, text: label.rest.string, restating: Self.requestVerbs(of: records.asks[open].text)) != nil
        {
            questionAsk = open
            readTranscript(label.rest, question: false)
            heardQuestion = false
            return
        }
        if let label, let isQuestion = conversationTurn(label) {
            readTranscript(label.rest, question: isQuestion, anyQuestion: true)
            heardQuestion = isQuestion
            return
        }
        heardQuestion = false
        var unit = labelledUnit
        let block = unit.block
        let task = task(of: unit)
        let inItem = block.isListItem && !isUnderFoldedLabel(unit)
        var blockSection = section
        var labelled = false
        var labelOwner: Commitment.Owner? = nil
        if let (labelSection, rest, owner) = label {
            labelOwner = owner
            // "**Next steps:**" on its own line acts as a heading, and so does "Next:" on a later line of a list item,
            // where Markdown folded it and the lines after it.
            if rest.words.isEmpty && (!block.isListItem || block.text.startsLaterLine(at: labelledUnit.range.lowerBound)) {
                section = labelSection
                openAsk = nil
                if block.isListItem { foldedLabelStart = labelledUnit.range.lowerBound }
                return
            }
            blockSection = labelSection
            unit = rest
            labelled = true
        }
        if labelled, [.skills, .referrals, .issues].contains(blockSection), unit.text.contains(";") {
            // "Skills: bilingual; has a truck": after a label, semicolons separate items.
            for part in parts(of: unit, separatedBy: ";") { readItem(part, in: blockSection) }
            return
        }
        // "has: flatbed trailer, a PA from his DJ days": after a label of things owned, commas separate the things.
        // Not "Honda generator + two work lights, ran the whole block party off them": a clause that says more.
        if labelled, blockSection == .skills, unit.text.contains(","), !unit.text.contains(". "),
            let labelWord = labelledUnit.words.first(where: { $0.range.upperBound <= unit.range.lowerBound })?.folded,
            ["has", "owns", "gear", "equipment", "resources", "stuff"].contains(labelWord),
            // …nor "son has a truck, lives in Ohio": a sentence about someone
            !unit.words.contains(where: { Lexicon.relations.contains($0.stem) || ["has", "have", "is", "was", "lives", "works"].contains($0.folded) }),
            case let things = parts(of: unit, separatedBy: ","),
            // …and each a thing to lend or use: not "bad knees, two jobs, no time on weekends"
            things.allSatisfy({ part in part.words.contains { Lexicon.isResource($0.folded) || Lexicon.vehicles.contains($0.folded) } }),
            things.allSatisfy({ $0.words.count <= 6 && !$0.words.contains { word in
                !word.isCapitalized && (CommitmentReader.isCommonVerb(word.folded) || Self.pastForms.contains(word.folded) || word.folded.hasSuffix("ing")) } })
        {
            for part in things { readItem(part, in: blockSection) }
            return
        }
        var sentences = scanSentences(of: unit)
        // Lines written on under a task without a blank line are prose of their own ("Texted me at 3:45: yes…").
        var afterTask: ArraySlice<ScannedSentence> = []
        if task != nil, let tail = sentences.indices.dropFirst().first(where: { sentences[$0].unit.block.text.isDeliberateLineBreak(at: sentences[$0].unit.range.lowerBound) }) {
            afterTask = sentences[tail...]
            unit = TextUnit(unit.range.lowerBound..<sentences[tail].unit.range.lowerBound, within: unit)
            sentences = Array(sentences[..<tail])
        }
        defer { for sentence in afterTask { readProse(sentence) } }
        let isItem = inItem || block.isTableRow || labelled
        // "- ❓ lend the pop-up + tables for the rally → \"shoots, take em\"": a question mark opening the item marks an ask.
        if block.isListItem, !labelled, unit.text.hasPrefix("❓") || unit.text.hasPrefix("❔") { blockSection = .ask }
        let proseUnderList = !isItem && sentences.contains(where: carriesAskOrPromise)
        switch blockSection {
        case .ask:
            if isItem { readAskItem(unit, sentences: sentences) } else { readAskParagraph(sentences) }
        case .commitments where task == nil && !labelled && sentences.allSatisfy({ $0.scan.mentions.isEmpty }) && isReferralLine(unit):
            // "- talk to Hanan in 2E, same mold" with no box to tick, under Commitments: a name she gave, not a chore.
            for sentence in sentences { readProse(sentence) }
        case .commitments, .promises:
            let owner: Commitment.Owner? = blockSection == .promises ? .organizer : labelOwner
            if block.isListItem, labelOwner == .supporter { sectionsLabellingThePerson.insert(sectionCount) }
            if block.isListItem, labelOwner == .organizer { sectionsLabellingTheOrganizer.insert(sectionCount) }
            if section == .promises { hasPromisesSection = true }
            if isItem, sentences.count > 1, sentences.dropFirst().contains(where: { inlineLabel(of: $0.unit) != nil }) {
                // "Me: email her the agenda tmrw. Me: ask Dee about the rate.": one entry per label.
                var entryOwner = owner
                for sentence in sentences {
                    if let (_, rest, labelOwner) = inlineLabel(of: sentence.unit), let labelOwner {
                        entryOwner = labelOwner
                        readCommitmentItem(rest, sentences: [sentence], defaultOwner: entryOwner)
                    } else {
                        readCommitmentItem(sentence.unit, sentences: [sentence], defaultOwner: entryOwner)
                    }
                }
            } else if labelled, !block.isListItem, sentences.count > 1 {
                // "Me: text her the address tonight. Bring the union cards to the mtg.": a sentence an errand.
                for sentence in sentences { readCommitmentItem(sentence.unit, sentences: [sentence], defaultOwner: owner) }
            } else if isItem {
                readCommitmentItem(unit, sentences: sentences, defaultOwner: owner)
            } else {
                for sentence in sentences { readCommitmentItem(sentence.unit, sentences: [sentence], defaultOwner: owner) }
            }
        case .skills where proseUnderList, .referrals where proseUnderList, .issues where proseUnderList:
            // A sentence of prose under a list heading ("Asked her to…" under Referrals) is still prose.
            for sentence in sentences {
                if carriesAskOrPromise(sentence) { readProse(sentence) } else { readItem(sentence.unit, in: blockSection, prose: true) }
            }
        case .skills:
            if isItem {
                readSkillItem(unit, sentences: sentences)
                break
            }
            for part in sentences.flatMap({ listParts(of: $0.unit) }) where !part.words.isEmpty {
                records.skills.append(Skill(text: part.clean(part.range.lowerBound, part.range.upperBound), line: part.line))
            }
        case .referrals:
            if isItem {
                addReferral(ReferralReader.item(unit, people: people), line: unit.line)
            } else {
                for sentence in sentences { readItem(sentence.unit, in: .referrals, prose: true) }
            }
        case .issues:
            if isItem {
                addIssues([IssueReader.label(unit.clean(unit.range.lowerBound, unit.range.upperBound))].compactMap { $0 })
            } else {
                for sentence in sentences {
                    let found = IssueReader.findAll(in: sentence.unit, people: people)
                    addIssues(found.isEmpty ? listParts(of: sentence.unit).compactMap { IssueReader.label($0.clean($0.range.lowerBound, $0.range.upperBound)) } : found)
                }
            }
        case .answers:
            for sentence in sentences { readAnswers(sentence) }
        case .purpose, .connection, .story, .strategy, .other:
            if !labelled, inItem, answeredBelow, Self.putsADoingToThePerson(unit) {
                readAskItem(unit, sentences: sentences)
            } else if !labelled, block.isListItem, let (found, mark) = AskReader.markedItem(unit) {
                addMarkedAsk(found, mark: mark, in: unit, sentences: sentences)
            } else if !labelled, let found = AskReader.questionItem(unit) {
                // "- drive 3 parents to the board mtg? depends if her sister can keep the baby": an ask item, wherever
                // the list stands. Outside the asks, the answer may also tell what she brings.
                addAskAndAnswer(found, in: unit, sentences: sentences, item: unit.range)
                readPeopleAndIssues(in: unit, asked: found)
            } else if task != nil {
                if let ask = AskReader.find(in: unit, people: people) {
                    addAsk(ask, in: unit, sentences: sentences)
                } else {
                    readCommitmentItem(unit, sentences: sentences, defaultOwner: nil)
                }
            } else {
                for (position, sentence) in sentences.enumerated() {
                    // "He'll bring 10 signatures. Moi: get him the resolution text by Weds. Moi: email Sr Bernadette.":
                    // the organizer's label opening a later sentence of the line, before a verb, is a to-do. The
                    // person's ("Her: yes, bringing her sister") is her answer or her words, read as prose.
                    if position > 0, let (_, rest, owner) = inlineLabel(of: sentence.unit), owner == .organizer,
                        let verb = rest.words.first, CommitmentReader.isCommonVerb(verb.folded), AskReader.find(in: rest, people: people) == nil
                    {
                        readCommitmentItem(rest, sentences: [sentence], defaultOwner: .organizer)
                        readPeopleAndIssues(in: rest, asked: nil)
                        continue
                    }
                    readProse(sentence)
                }
            }
        }
    }

    private func carriesAskOrPromise(_ sentence: ScannedSentence) -> Bool {
        AskReader.find(in: sentence.unit, people: people) != nil || !CommitmentReader.findAll(in: sentence.unit, people: people).isEmpty
    }

    /// One item of a list section: a labelled shorthand item ("Skills: a; b"), or a sentence of a
    /// paragraph under the heading (`prose`, whose dates were already scanned).
    private mutating func readItem(_ unit: TextUnit, in section: Section, prose: Bool = false) {
        if !prose { _ = scanSentences(of: unit) }
        switch section {
        case .skills:
            records.skills.append(Skill(text: unit.clean(unit.range.lowerBound, unit.range.upperBound), line: unit.line))
        case .referrals:
            let found = ReferralReader.findAll(in: unit, people: people)
            // In a paragraph, a sentence is a referral by itself only when short and led by a name.
            if found.isEmpty && (!prose || unit.words.count <= 8) {
                addReferral(ReferralReader.item(unit, people: people), line: unit.line)
            }
            for referral in found { addReferral(referral, in: unit) }
        default:
            addIssues([IssueReader.label(unit.clean(unit.range.lowerBound, unit.range.upperBound))].compactMap { $0 })
        }
    }

    /// An item under a Skills heading is one thing they bring, up to a clause that names another ("teaches Quran
    /// to 25 girls, so the mothers all know her" is two). When a later sentence names one of its own, the item splits
    /// there and keeps only what the later sentences name: "Accountant; can read a district budget line by line";
    /// "Somali + Arabic. says her English reading is better than her talking" keeps "Somali + Arabic".
    private mutating func readSkillItem(_ unit: TextUnit, sentences: [ScannedSentence]) {
        let first = sentences.first?.unit ?? unit
        var head = first
        var more: [Range<String.Index>] = []
        let words = first.words
        for index in words.indices.dropFirst(2) where ["so", "and", "plus", "also"].contains(words[index].folded)
            && first.gap(before: index).contains(where: { ",;".contains($0) }) && index + 2 < words.count
        {
            let tail = TextUnit(words[index + 1].range.lowerBound..<first.range.upperBound, within: first)
            let found = SkillReader.findAll(in: tail, people: people)
            guard let opening = found.first, opening.lowerBound == tail.range.lowerBound else { continue }
            head = TextUnit(first.range.lowerBound..<words[index - 1].range.upperBound, within: first)
            more = found
            break
        }
        let later = sentences.dropFirst().flatMap { SkillReader.findAll(in: $0.unit, people: people) }
        // "Retired bus driver; knows how routes are built": what follows, with no skill of its own, says more of the same.
        if more.isEmpty, later.isEmpty { head = unit }
        if !SkillReader.offersNothing(head) {
            records.skills.append(Skill(text: head.clean(head.range.lowerBound, head.range.upperBound), line: head.line))
        }
        more += later
        for range in more { records.skills.append(Skill(text: unit.clean(range.lowerBound, range.upperBound), line: unit.line(at: range.lowerBound))) }
    }

    func parts(of unit: TextUnit, separatedBy separator: Character) -> [TextUnit] {
        var parts: [TextUnit] = []
        var start = unit.range.lowerBound
        var index = start
        while index < unit.range.upperBound {
            if unit.string[index] == separator {
                parts.append(TextUnit(start..<index, within: unit))
                start = unit.string.index(after: index)
            }
            index = unit.string.index(after: index)
        }
        parts.append(TextUnit(start..<unit.range.upperBound, within: unit))
        return parts.filter { !$0.words.isEmpty }
    }

    // MARK: - Sections

    /// Whether a list item puts a doing to the person: "speak at the bldg A mtg next Sat", "can St Volodymyr lend the
    /// hall". Not a fact asked after ("rent went up $200?", "does management still ignore the heat?"), the organizer's
    /// own wondering or errand ("I wonder if the hall is free?", "we should ask Fr. Dan?", "check if the gym is free").
    private static func putsADoingToThePerson(_ unit: TextUnit) -> Bool {
        let words = unit.words
        guard let first = words.first?.folded else { return false }
        if ["can", "could", "would", "will"].contains(first) {
            return words.count > 1 && !["i", "we", "you", "u"].contains(words[1].folded)
        }
        let verb = verbOfCompound(first)
        return CommitmentReader.isCommonVerb(verb) && !CommitmentReader.organizerChores.contains(verb) && !askedAfterFact.contains(first)
    }

    private mutating func readAskItem(_ unit: TextUnit, sentences: [ScannedSentence]) {
        // "- she offered to put our flyers in the waiting room instead": under the asks, her offer is a promise.
        if let offered = unit.words.prefix(3).firstIndex(where: { ["offered", "offerd", "volunteered"].contains($0.folded) }), offered > 0,
            people.isPerson(unit.words[offered - 1].subjectStem), AskReader.find(in: unit, people: people) == nil,
            CommitmentReader.findAll(in: unit, people: people).first?.owner == .supporter
        {
            addProseCommitments(in: unit, sentences: sentences, answering: nil)
            return
        }
        // "- host the filter giveaway in his garage?" with "- no answer, started talking abt the Vikings" nested under
        // it: the nested item is what came of the ask, not another ask.
        if let (index, depth) = askItem, index == records.asks.count - 1, unit.block.listDepth > depth {
            if records.asks[index].response == .pending,
                let response = ResponseReader.response(
                    in: unit.words, text: unit.string, asking: ResponseReader.askedCount(in: records.asks[index].text))
            {
                records.asks[index].response = response
            }
            addProseCommitments(in: unit, sentences: sentences, answering: index)
            return
        }
        guard let found = AskReader.whole(unit, people: people) else { return }
        addAskAndAnswer(found, in: unit, sentences: sentences, item: unit.range)
        askItem = (records.asks.count - 1, unit.block.listDepth)
        // "- be quoted by name -> NO, worried abt retaliation": the answer says what they care about too.
        readAnswerIssues(of: found, in: unit)
    }

    /// A line opened by a mark: "✓ flatbed for the float -- long as somebody else drives it home". The mark is the answer
    /// when it says one, whatever the words after it hedge.
    private mutating func addMarkedAsk(_ found: AskReader.Found, mark: Ask.Response?, in unit: TextUnit, sentences: [ScannedSentence]) {
        addAskAndAnswer(found, in: unit, sentences: sentences, item: unit.range)
        if let mark { records.asks[records.asks.count - 1].response = mark }
        readPeopleAndIssues(in: unit, asked: found)
    }

    private mutating func readAnswerIssues(of found: AskReader.Found, in unit: TextUnit) {
        guard unit.words.indices.contains(found.answerStart) else { return }
        // Not skills: an answer's "can get the night off", "works nights" tell why, not what they bring. Not
        // referrals: "maybe, she wants to talk to Pastor Reyes first" names whom she will ask, not whom we should.
        let answer = unit.dropping(upTo: unit.words[found.answerStart].range.lowerBound)
        addIssues(IssueReader.findAll(in: answer, people: people))
    }

    /// The ask, and the promises in the answer that follows it in the same unit ("…, she said yes and will bring two").
    mutating func addAskAndAnswer(_ found: AskReader.Found, in unit: TextUnit, sentences: [ScannedSentence], item: Range<String.Index>? = nil) {
        addAsk(found, in: unit, sentences: sentences)
        guard unit.words.indices.contains(found.answerStart) else { return }
        if unit.block.isListItem { answeredItem = unit.block }
        let rest = unit.dropping(upTo: unit.words[found.answerStart].range.lowerBound)
        let listed = records.commitments.count
        addProseCommitments(in: rest, sentences: sentences, answering: records.asks.count - 1, item: item)
        // "call 5 widows → hell call 3", "bring 10 parents? → 6 for sure": the smaller offer that made the answer a no
        // is the person's own promise, when no promise of hers was read from the answer.
        let ask = records.asks[records.asks.count - 1]
        if ask.response == .no, !records.commitments[listed...].contains(where: { $0.owner == .supporter }),
            let asked = ResponseReader.askedCount(in: unit.words[..<found.answerStart], text: unit.string),
            let offer = ResponseReader.offer(in: unit.words, text: unit.string, from: found.answerStart, asked: asked), offer.count < asked
        {
            let range = unit.words[offer.words.lowerBound].range.lowerBound..<unit.words[offer.words.upperBound - 1].range.upperBound
            records.commitments.append(
                Commitment(owner: .supporter, text: unit.clean(range.lowerBound, range.upperBound), due: ask.due, done: false, line: unit.line(at: range.lowerBound)))
        }
    }

    private mutating func readAskParagraph(_ sentences: [ScannedSentence]) {
        var askedHere = false
        for sentence in sentences {
            // Each line broken on purpose under an Ask heading is an ask of its own, and so is a new line that opens
            // on a verb of doing and carries its own arrow or question mark: "Come to the launch Fri -> no, works a
            // double" then "Bring 2 guys from the ER crew -> he'll think abt it"; not "Take her off the maybe list."
            let text = sentence.unit.block.text
            let start = sentence.unit.range.lowerBound
            if text.isDeliberateLineBreak(at: start)
                || (text.startsLaterLine(at: start) && sentence.unit.words.first.map { $0.isCapitalized && CommitmentReader.isCommonVerb($0.folded) } ?? false
                    && ["->", "→", "?"].contains(where: { sentence.unit.text.contains($0) })),
                ResponseReader.response(in: Array(sentence.unit.words.prefix(3)), text: sentence.unit.string) == nil
            {
                askedHere = false
            }
            // "She'll text me a pic tonight.", "Says talk to Ysenia Pou", "Me: measurements to her by Fri": a sentence with a
            // subject or a label of its own under the heading is told, not asked.
            let told = sentence.unit.words.first.map { Self.toldOpenings.contains($0.folded) } ?? false || inlineLabel(of: sentence.unit) != nil
            if let found = AskReader.find(in: sentence.unit, people: people) ?? (askedHere || told ? nil : AskReader.whole(sentence.unit, people: people)) {
                askedHere = true
                addAskAndAnswer(found, in: sentence.unit, sentences: [sentence])
                readAnswerIssues(of: found, in: sentence.unit)
            } else {
                readProse(sentence)
            }
        }
    }

    /// A line that opens on someone to talk to and says who they are ("talk to Rey Batungbakal, OR scrub tech days",
    /// "talk to Hanan in 2E, same mold"), as a referral is written. Not a chore with a day or an errand after the name
    /// ("call Jose Mon re: the van", "talk to HR, get it in writing").
    private func isReferralLine(_ unit: TextUnit) -> Bool {
        let words = unit.words
        guard let referral = ReferralReader.findAll(in: unit, people: people).first,
            let firstName = referral.name.split(separator: " ").first,
            let nameWord = words.firstIndex(where: { $0.folded == firstName.lowercased() }), nameWord <= 3,
            // a person's name, not "HR" or "Legal Aid"
            !String(firstName).allSatisfy({ $0.isUppercase }), !["legal", "local", "city", "county", "state"].contains(words[nameWord].folded)
        else { return false }
        var end = nameWord + 1
        // the rest of the name, not "ASAP" after it
        while end < words.count, words[end].isCapitalized, !unit.gap(before: end).contains(","),
            !unit.string[words[end].range].allSatisfy({ $0.isUppercase }) || words[end].folded.count == 1
        {
            end += 1
        }
        guard end < words.count else { return false }
        let next = words[end].folded
        // "- talk to Rosa in 3C, get her signature": a chore after a comma; "talk to Rosa again", "talk to Hanan ASAP".
        let choreAfterComma = words.indices.dropFirst(end).contains { unit.gap(before: $0).contains(",") && CommitmentReader.isCommonVerb(words[$0].folded) }
        return !["re", "abt", "about", "to", "for", "regarding", "and", "or", "y", "again", "asap", "today", "tonight", "soon"].contains(next)
            && !CommitmentReader.isCommonVerb(next) && !choreAfterComma && !(end + 1 < words.count && next == "in" && words[end + 1].folded == "person")
            && !(unit.gap(before: end).contains("+"))
    }

    private mutating func readCommitmentItem(_ unit: TextUnit, sentences: [ScannedSentence], defaultOwner: Commitment.Owner?) {
        if let ask = AskReader.find(in: unit, people: people) {
            addAsk(ask, in: unit, sentences: sentences)
            return
        }
        guard let found = CommitmentReader.item(unit, people: people, defaultOwner: defaultOwner) else { return }
        for errand in CommitmentReader.errands(of: found, in: unit) {
            addCommitment(errand, in: unit, sentences: sentences, done: task(of: unit) == .done)
        }
        if found.guessed, task(of: unit) != nil, Self.isOrganizersLegwork(unit.words) {
            guessedOwners.append((records.commitments.count - 1, sectionCount))
        }
    }

    /// Openings of a sentence that tells rather than asks: "She'll text me…", "Says talk to…", "I'll…". Not the
    /// person's name ("Maria to host a house meeting Sat -- yes" asks) nor "we" ("We need a driver…").
    private static let toldOpenings: Set<String> = [
        "she", "he", "she'll", "he'll", "shell", "hell", "she's", "he's", "shes", "hes", "says", "said", "i", "i'll", "ill",
    ]

    /// "\"You want the tarantella or the sad one?\"", "Both, I said.": a question put back in quotes, or the organizer's
    /// short reply to one. Not a quote inside a story ("Landlord told her \"you want to get evicted?\"").
    static func isBackAndForth(_ unit: TextUnit) -> Bool {
        let text = unit.text
        if let first = text.first, "\"“".contains(first), text.contains("?\"") || text.contains("?”") { return true }
        let words = unit.words
        return words.count <= 6 && words.indices.contains { words.matches(["i", "said"], at: $0) || words.matches(["said", "i"], at: $0) }
    }

    mutating func readProse(_ sentence: ScannedSentence) {
        let unit = sentence.unit
        if let (found, mark) = AskReader.markedItem(unit) {
            addMarkedAsk(found, mark: mark, in: unit, sentences: [sentence])
            return
        }
        var answering: Int? = nil
        let ask = AskReader.find(in: unit, people: people) ?? AskReader.quotedRequest(unit, people: people)
            ?? AskReader.verdictFirst(unit) ?? AskReader.reportedQuestion(unit, people: people)
            ?? (askedJustBefore(unit, withinLines: 1) ? AskReader.followUpQuestion(unit) : nil) ?? AskReader.arrowQuestion(unit)
        let answered = answeredAsk
        answeredAsk = nil
        if let ask {
            addAskAndAnswer(ask, in: unit, sentences: [sentence])
        } else {
            // "asked her to sign the petition by Fri. she'll sign": a promise in the ask's own words answers it.
            let requests = openAsk.map { Self.requestVerbs(of: records.asks[$0.index].text) } ?? []
            var heard = openAsk.flatMap {
                ResponseReader.response(
                    in: unit.words, text: unit.string, restating: requests, asking: ResponseReader.askedCount(in: records.asks[$0.index].text))
            }
            // "She'll ask Father Elias after liturgy tomorrow and call me back": the answer waits on someone with a say.
            // Not "no answer yet, she'll check w/ her boss first": no answer is what was written.
            if heard == .pending, let open = openAsk,
                ResponseReader.answers(in: unit.words, text: unit.string, restating: requests).allSatisfy({
                    $0.response != .pending || ["get", "call", "text"].contains(unit.words[$0.words.lowerBound].folded)
                }),
                answer(impliedBy: unit, to: records.asks[open.index]) == .maybe
            {
                heard = .maybe
            }
            if let open = openAsk, heard == .yes || heard == .no, let (index, response) = earlierAskAnswered(in: unit), index != open.index {
                // "texted after: generator is fine" answers the ask about the generator, not the last one made.
                records.asks[index].response = response
            } else if let open = openAsk, records.asks[open.index].response == .pending, heard != .pending,
                // …not a promise of her own that names its day ("she'll text me pics of her paystubs tonight").
                !open.waitsForNews || resumedAnswer(in: unit)?.index == open.index
                    || unit.words.contains(where: { Self.newsWords.contains($0.folded) })
                        && !(unit.words.first.map { ["she'll", "he'll", "shell", "hell", "they'll", "will"].contains($0.folded) } ?? false),
                let response = heard ?? (open.sentencesLeft == 2 ? answer(impliedBy: unit, to: records.asks[open.index]) : nil)
            {
                // An answer, or a promise that is one: "She said she will bring seven."
                records.asks[open.index].response = response
                // "…print 200 flyers for ward night, she said \"200?? fine, by the 20th.\"": the day she gives is the ask's.
                if records.asks[open.index].due == nil, heard == .yes, let deadline = deadline(in: sentence, restating: requests) {
                    records.asks[open.index].due = deadline
                } else if records.asks[open.index].due == nil, heard == nil, response == .yes,
                    let promise = CommitmentReader.findAll(in: unit, people: people).first,
                    Self.names(records.asks[open.index].text, among: unit.words.indices.filter { promise.text.contains(unit.words[$0].range.lowerBound) }, in: unit.words)
                {
                    // "Would she pull the numbers? She'll pull them by next Friday.": the day of a promise to do what
                    // was asked; not of another one ("He'll text me photos by sexta").
                    records.asks[open.index].due = due(of: promise.text, in: [sentence])
                }
                answering = open.index
                openAsk = nil
                if heard != nil {
                    // "-> newsletter yes. council, cant speak for them": an item's answer may run over sentences.
                    let answer = unit.block.isListItem ? TextUnit(block: unit.block, range: unit.range.lowerBound..<unit.string.endIndex) : unit
                    if !splitAsk(at: open.index, answeredBy: answer, restating: requests) { answeredAsk = (open.index, 1, unit.block) }
                }
            } else if let open = openAsk {
                // "She didn't answer right away…" leaves the ask open one more sentence, for words that answer it.
                // A question back in quotes or the organizer's reply to it ("\"You want the tarantella or the sad
                // one?\" Both, I said. Hes in.") is the talk going on, not another subject.
                openAsk = heard == .pending ? (open.index, 1, open.waitsForNews)
                    : Self.isBackAndForth(unit) ? open
                    : open.sentencesLeft > 1 ? (open.index, open.sentencesLeft - 1, open.waitsForNews) : nil
            } else if let answered, answered.block == unit.block, splitAsk(at: answered.index, answeredApartBy: unit) {
                // The second request's answer, in a sentence of its own.
            } else if let answered, answered.block == unit.block, let response = ResponseReader.laterAnswer(in: unit.words, text: unit.string),
                response != records.asks[answered.index].response
            {
                // "…let me sleep on it. Texted me an hr later \"ok im in\".": the answer changed before the talk was over.
                records.asks[answered.index].response = response
            } else if let (index, response) = resumedAnswer(in: unit) {
                // "He went quiet. Talked about his buddy Ray… Then he said \"put me down, I'll say my piece.\"": the answer
                // after other talk.
                records.asks[index].response = response
                answering = index
            } else {
                if let answered, answered.block == unit.block, answered.sentencesLeft > 1 {
                    answeredAsk = (answered.index, answered.sentencesLeft - 1, answered.block)
                }
                answerEarlierAsk(in: unit)
            }
            addProseCommitments(in: unit, sentences: [sentence], answering: answering, continuesAnswer: unit.block == answeredItem)
        }
        readPeopleAndIssues(in: unit, asked: ask)
    }

    /// The last ask, still pending and made on this line or the two before, and its answer, when the sentence comes
    /// back to it after other talk: "Then he said \"put me down\"", "Then, when I was already putting on my coat, she
    /// said…", "Then: \"I'll speak.\"". The sentence opens on the turn and reports what was said.
    func resumedAnswer(in unit: TextUnit) -> (index: Int, response: Ask.Response)? {
        let words = unit.words
        guard let first = words.first?.folded, Self.turnsBack.contains(first), let index = records.asks.indices.last,
            records.asks[index].response == .pending, unit.line - records.asks[index].line <= 2,
            words.contains(where: { ["said", "says", "told"].contains($0.folded) }) || unit.text.contains(where: { "\"“".contains($0) })
        else { return nil }
        let ask = records.asks[index]
        let requests = Self.requestVerbs(of: ask.text)
        // The person says it, and the answer opens what she said: "Then he said \"put me down…\"", "Then: \"I'll
        // speak.\"". Not her son's words, nor "Then she said she would help her mom move" or "…ok, she had to go".
        let saying = words.firstIndex { ["said", "says", "told"].contains($0.folded) }
        if let saying, saying > 0, !people.isPerson(words[saying - 1].subjectStem) { return nil }
        let opening = saying.map { $0 + 1 } ?? 1
        guard let answer = ResponseReader.answers(in: words, text: unit.string, from: min(opening, words.count), restating: requests).first,
            answer.words.lowerBound <= opening + 2, answer.response != .pending,
            let response = ResponseReader.response(in: words, text: unit.string, from: min(opening, words.count), restating: requests),
            response != .pending,
            // a no is said outright: "Then she said no, …", not "she said she can't remember the last time…"
            response != .no || ["no", "nope", "nah", "not"].contains(words[min(opening, words.count - 1)].folded),
            !words.indices.contains(where: { words.matches(["had", "to", "go"], at: $0) || words.matches(["has", "to", "go"], at: $0) || words.matches(["had", "to", "leave"], at: $0) })
        else { return nil }
        return (index, response)
    }

    /// Words that open the turn back to an ask after other talk.
    private static let turnsBack: Set<String> = ["then", "finally", "eventually", "later", "afterwards", "after"]

    /// Whether the last ask was made on this line or up to `lines` before it: a bare "And the phone bank Thurs?" asks
    /// again (in a transcript, after the answer's line too).
    func askedJustBefore(_ unit: TextUnit, withinLines lines: Int) -> Bool {
        guard let last = records.asks.last else { return false }
        return last.line >= unit.line - lines && last.line <= unit.line
    }

    /// The day a yes sets as its deadline: "fine, by the 20th", "yeah I can have them by end of month". The "by" comes
    /// within a few words after the yes, with no one else's plan in between: not "yes, but she's moving out by the
    /// 30th", "sure, his lease is up by Dec 1", "yes, text me the details by Weds".
    private func deadline(in sentence: ScannedSentence, restating requests: Set<String> = []) -> DateValue? {
        let words = sentence.unit.words
        let answers = ResponseReader.answers(in: words, text: sentence.unit.string, restating: requests)
        // "She'll ask him, at mahjong on Sunday.", "He'll host it, Wednesday the 13th at 8": a promise in the ask's own
        // words, and the day it names.
        if let promise = answers.first, promise.response == .yes, ResponseReader.isPromise(promise.words, in: words, restating: requests),
            let mention = sentence.scan.mentions.first(where: { $0.range.lowerBound >= words[promise.words.upperBound - 1].range.upperBound }),
            let last = words.lastIndex(where: { $0.range.upperBound <= mention.range.lowerBound }), last < promise.words.upperBound + 6,
            !words[promise.words.upperBound...last].contains(where: { Self.notTheirDeadline.contains($0.folded) && !["she", "he"].contains($0.folded) })
        {
            return due(of: mention.range, in: [sentence])
        }
        guard let yes = answers.first(where: { $0.response == .yes }),
            let by = (yes.words.upperBound..<min(words.count, yes.words.upperBound + 7))
                .first(where: { ["by", "before", "b4"].contains(words[$0].folded) }),
            !words[yes.words.upperBound..<by].contains(where: { Self.notTheirDeadline.contains($0.folded) }),
            by + 1 < words.count,
            let mention = sentence.scan.mentions.first(where: { $0.range.lowerBound >= words[by].range.upperBound }),
            mention.range.lowerBound <= words[by + 1].range.lowerBound
        else { return nil }
        return due(of: mention.range, in: [sentence])
    }

    /// Words between a yes and a "by" that make the day someone else's, or a reason, or an errand of ours.
    private static let notTheirDeadline: Set<String> = [
        "but", "she", "he", "she's", "he's", "shes", "hes", "his", "her", "their", "my", "need", "needs", "moving", "moves",
        "goes", "lease", "text", "send", "call", "email", "tell", "anyway", "sister", "brother", "is", "was", "not",
    ]

    /// The referrals, skills and issues of a sentence of prose; `asked` is the ask it makes, if any.
    mutating func readPeopleAndIssues(in unit: TextUnit, asked ask: AskReader.Found?) {
        // "asked whether he would introduce us to Commissioner Haile": what we asked for is no suggestion of theirs.
        let referrals = ReferralReader.findAll(in: unit, people: people).filter { referral in
            guard let ask, let at = unit.text.range(of: referral.name) else { return true }
            return !ask.text.overlaps(at)
        }
        // After "talk to Adjoa Frimpong, …", "she knows every family" is about Adjoa.
        let othersFrom = referrals.lazy.compactMap { unit.text.range(of: $0.name)?.upperBound }.first
        // What was asked is not what the person brings ("asked her to speak at the hearing").
        // In the person's own words ("A: I teach the CPR class"), "I" is the one who brings it.
        let said = people.isSpeaking ? unit.inThirdPerson : unit
        for range in SkillReader.findAll(in: said, people: people, pronounsMeanOthersFrom: othersFrom) where !(ask?.text.overlaps(range) ?? false) {
            records.skills.append(Skill(text: unit.clean(range.lowerBound, range.upperBound), line: unit.line(at: range.lowerBound)))
        }
        for referral in referrals { addReferral(referral, in: unit) }
        addIssues(IssueReader.findAll(in: unit, people: people))
    }

    /// A line's leading label: the section it names, the text after it, and whose tasks follow.
    typealias InlineLabel = (section: Section, rest: TextUnit, owner: Commitment.Owner?)

    /// "Label: rest" at the start of a block, where the label names a section or an owner.
    /// A person's label ("Teresa:", "her:", "ella:") also says whose the task is.
    func inlineLabel(of unit: TextUnit) -> InlineLabel? {
        // A label is short: look for its colon among the first few characters only, after a chat line's time stamp
        // ("[1:38 PM] ASK: drive the van…").
        let text = unit.text
        let stamp = text.hasPrefix("[") ? text.prefix(14).firstIndex(of: "]").map { text.index(after: $0) } : nil
        let head = text[(stamp ?? text.startIndex)...]
        guard let colon = head.prefix(32).firstIndex(of: ":") else { return dashLabel(of: unit) ?? toDoMark(of: unit) }
        let label = head[..<colon]
        guard label.count <= 30, !label.contains(where: { $0.isNumber }) || Section(label: label[...]) == .answers else {
            return dashLabel(of: unit) ?? toDoMark(of: unit)
        }
        // "-> him: write down the dates…": an arrow may set the labelled line off.
        let folded = Self.droppingArrow(label.lowercased()).trimming(" *_")
        // "todo: order 40 bags": a to-do line in the organizer's own notes is theirs; a "To do" heading is not.
        if ["me", "us", "organizer", "i", "yo", "moi", "eu", "mwen", "todo", "to do", "to-do", "on me", "on us"].contains(folded)
            || people.organizerNames.contains(folded)
        {
            return (.promises, unit.dropping(upTo: colon), .organizer)
        }
        if ["them", "her", "him", "they", "she", "he", "supporter", "ella", "él", "el", "ela", "ele", "elle", "on her", "on him", "on them"].contains(folded) {
            return (.commitments, unit.dropping(upTo: colon), .supporter)
        }
        // "Yolanda: bring the sign-in sheet Sat" and "Yolanda: flyers by Fri" are hers to do; "Yolanda: RN, ICU, 3x12s,
        // 8 yrs" and "Yolanda: speaks Tagalog" say who she is.
        if people.personNames.contains(folded) {
            let rest = unit.dropping(upTo: colon)
            guard let first = rest.words.first?.folded else { return nil }
            if CommitmentReader.isCommonVerb(Self.verbOfCompound(first)) { return (.commitments, rest, .supporter) }
            // "Maria: flyers by Fri", "Maria: snacks Sat": a thing and its day is hers to bring. Anything else is her
            // own words or who she is, read as prose: "Maria: will bring chairs Sat", "[8:01 PM] Maria: hey sorry
            // missed ur call", "Maria: 8 yrs in the bldg, works at the hospital", "Maria: can someone drive me Sat?"
            let namesDay = rest.words.contains { DateKeyword.isWeekday($0.folded) || Self.dayWords.contains($0.folded) }
                || rest.text.contains(where: { $0 == "/" })
            guard namesDay, !Self.describesHer(first), !rest.text.contains("?"),
                !["will", "gonna", "going", "can", "could", "might", "maybe", "prob", "wants", "yes", "yea", "yeah", "no", "ok"].contains(first)
            else { return nil }
            return (.commitments, rest, .supporter)
        }
        // "TODO text her Thurs re: the van": a colon further on is no label's.
        guard let section = Section(label: label[...]) else { return dashLabel(of: unit) ?? toDoMark(of: unit) }
        return (section, unit.dropping(upTo: colon), nil)
    }

    /// Words that name a day, for a thing listed under the person's name: "Maria: flyers by Fri", "snacks tmrw".
    static let dayWords: Set<String> = [
        "today", "tonight", "tonite", "tmrw", "tomorrow", "eod", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "weekend", "wknd",
    ]

    /// The first word of a line that says who the person is, after her name as a label: a job ("RN", "cashier"), a
    /// language, or "has", "speaks", "works", "retired"…
    static func describesHer(_ word: String) -> Bool {
        Occupation.isOccupation(word) || Lexicon.languages.contains(word)
            || ["has", "speaks", "works", "knows", "teaches", "drives", "owns", "is", "was", "retired", "former", "ex", "fluent", "bilingual", "from"].contains(word)
    }

    /// "Me - bring her 10 petitions Tues", "me -> whatsapp him the flyer tmrw": the organizer's label set off by a
    /// dash or an arrow. Only the organizer's words count and a verb must follow, so "Lot 12 - no heat" and
    /// "Her - hard to read" stay prose; after an arrow a day will do ("me -> kreyol flyer by weds").
    private func dashLabel(of unit: TextUnit) -> InlineLabel? {
        let head = unit.text.prefix(16)
        let arrow = Self.arrows.lazy.compactMap { head.range(of: " \($0) ") }.first
        guard let dash = arrow ?? head.range(of: " - ") ?? head.range(of: " – ") ?? head.range(of: " — ") else { return nil }
        let folded = unit.text[..<dash.lowerBound].lowercased().trimming(" *_")
        guard ["me", "organizer", "yo", "on me", "eu", "moi", "i"].contains(folded) || people.organizerNames.contains(folded) else { return nil }
        // The rest must open on a verb: "Me - felt like I talked too much" is a thought, not a to-do.
        let rest = TextUnit(dash.upperBound..<unit.range.upperBound, within: unit)
        guard let verb = rest.words.first?.folded else { return nil }
        let namesDay = rest.words.indices.contains { index in
            let word = rest.words[index].folded
            // "for the 1st", "by 12/3"
            let numbered = word.first?.isNumber == true && (index + 1 < rest.words.count && ["st", "nd", "rd", "th"].contains(rest.words[index + 1].folded)
                || ["st", "nd", "rd", "th"].contains { word.hasSuffix($0) } || rest.gap(before: min(index + 1, rest.words.count - 1)) == "/")
            return DateKeyword.isWeekday(word) || Self.dayWords.contains(word) || numbered
        }
        // After an arrow, a thing for a day will do: "me -> kreyol flyer for the mtg by weds". Not a look back at the
        // talk: "me -> told her abt the mtg Tues", "me -> call went to vm twice", "me -> she's a leader".
        let second = rest.words.dropFirst().first?.folded ?? ""
        let looksBack = verb.hasSuffix("ed") || Self.lookingBack.contains(verb) || second.hasSuffix("ed") || Self.pastForms.contains(second)
        // "me → line up food for the band": a verb with its particle.
        let opensOnVerb = CommitmentReader.isCommonVerb(verb) || arrow != nil && ["up", "out", "down"].contains(second)
        guard !looksBack, opensOnVerb || arrow != nil && namesDay else { return nil }
        return (.promises, rest, .organizer)
    }

    /// Words that open a thought about the talk rather than a to-do: "me -> felt like I talked too much", "me -> gave
    /// her the flyer", "me -> she seemed tired".
    private static let lookingBack: Set<String> = pastForms.union([
        "think", "didn't", "too", "i", "i'm", "im", "not", "no", "should", "should've", "could", "maybe", "probably", "way", "lol",
        "she", "he", "she's", "he's", "shes", "hes", "they", "it", "it's", "her", "his", "ok", "good", "great", "nervous", "already",
    ])

    /// Past forms that do not end in "-ed": "me -> call went to vm twice".
    static let pastForms: Set<String> = [
        "felt", "was", "were", "thought", "said", "had", "went", "did", "got", "told", "gave", "sent", "left", "brought", "kept",
        "spoke", "forgot", "ran", "made", "took", "met", "saw", "heard", "found", "paid", "came", "knew", "lost", "bought", "wrote",
        "drove", "seemed", "held", "stuck", "threw", "shook",
    ]

    /// Whether a task with no owner reads as the organizer's legwork once the list labels the person's own: something
    /// to find, print or send ("Korean copies of petition to her by Fri", "line up Mr. Baek to interpret", "Left the
    /// survey with her"); not what she would do herself ("Attend the hearing", "Invite two friends", "Sign the petition").
    static func isOrganizersLegwork(_ words: [Word]) -> Bool {
        guard let first = words.first?.folded else { return false }
        if personsOwnTasks.contains(first) { return false }
        if first.hasSuffix("ed") || pastForms.contains(first) { return true }
        // "- [ ] bring the card back Mon", "- [ ] borrow a thermometer from facilities": fetching and carrying
        if CommitmentReader.organizerChores.contains(first) || ["line", "drop", "deliver", "bring", "borrow", "grab", "rent"].contains(first) { return true }
        // no verb at all: "Korean copies of petition to her by Fri"
        return !CommitmentReader.isCommonVerb(first) && words.contains { ["her", "him", "them"].contains($0.folded) }
    }

    /// Tasks the person does herself, whoever the list's other items are for.
    private static let personsOwnTasks: Set<String> = [
        "attend", "come", "go", "testify", "speak", "sign", "practice", "invite", "take", "fill", "call", "talk", "share", "post",
        "join", "recruit", "vote", "wear", "host", "lead", "write", "tell", "ask",
    ]

    /// "TODO text her Thurs re: the van", "note to self print the petition in Spanish": the organizer's own to-do,
    /// marked without a colon, with a verb after it (not "TODO list from Sat", "NOTE TO SELF she's a natural leader").
    private func toDoMark(of unit: TextUnit) -> InlineLabel? {
        let words = unit.words
        let length = words.matches(["note", "to", "self"], at: 0) ? 3 : words.first.map { $0.folded == "todo" ? 1 : 0 } ?? 0
        guard length > 0, length < words.count, CommitmentReader.isCommonVerb(words[length].folded) else { return nil }
        return (.promises, TextUnit(words[length].range.lowerBound..<unit.range.upperBound, within: unit), .organizer)
    }

    /// Arrows a note sets a label or an answer off with.
    static let arrows = ["->", "→", "=>"]

    /// `label` without the arrow that opens its line: "-> him" is "him".
    private static func droppingArrow(_ label: String) -> String {
        let trimmed = label.drop(while: { $0 == " " })
        guard let arrow = arrows.first(where: { trimmed.hasPrefix($0) }) else { return label }
        return String(trimmed.dropFirst(arrow.count))
    }

    /// "Spanish, Tagalog and a truck" as three parts; a sentence without commas is one part.
    private func listParts(of unit: TextUnit) -> [TextUnit] {
        var parts: [TextUnit] = []
        var start = unit.range.lowerBound
        let words = unit.words
        for index in words.indices.dropFirst() {
            let gap = unit.gap(before: index)
            let splitsHere = gap.contains(",") || gap.contains(";") || (words[index].folded == "and" && gap.contains(",") == false && words.count <= 8)
            if splitsHere {
                parts.append(TextUnit(start..<words[index - 1].range.upperBound, within: unit))
                start = words[index].folded == "and" && index + 1 < words.count ? words[index + 1].range.lowerBound : words[index].range.lowerBound
            }
        }
        parts.append(TextUnit(start..<unit.range.upperBound, within: unit))
        return parts.filter { !$0.words.isEmpty }
    }
}
