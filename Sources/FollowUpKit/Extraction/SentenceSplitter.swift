import Foundation

/// Splits a block's plain text into sentences, without breaking after common abbreviations
/// ("Dec.", "St.", "a.m.") and treating a new capitalised line after a complete one as a new sentence.
enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "ave", "rd", "blvd", "jr", "sr", "vs", "etc", "e.g", "i.e", "a.m", "p.m",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "apt", "approx",
        "mt", "ft", "rev", "fr", "sgt", "dept", "bros", "inc", "prof", "hwy", "pkwy", "ln",
    ]

    /// Titles in faith organizing that are also words ("her sis.", "a 2 br.", "with Msgr."): a title only before a name.
    private static let titles: Set<String> = ["br", "bro", "sis", "msgr", "dcn", "pr"]
    /// Capitalized words that open a sentence rather than name someone after a title.
    private static let openers: Set<String> = [
        "asked", "invited", "will", "knows", "she", "he", "i", "we", "they", "it", "the", "her", "his", "said", "also", "then",
        "and", "but", "so", "talked", "met", "came", "went", "told", "called", "texted", "brought", "has", "is", "was", "wants",
        "can", "did", "does", "not", "no", "yes", "my", "our", "their", "this", "that", "there", "maybe", "who",
    ]

    /// Day and month abbreviations, and "no", after which a dot may still end the sentence: "by Fri. I'll call",
    /// "so no. But she'll slip flyers…" (but "No. 5", "Dec. 3").
    private static let calendarAbbreviations: Set<String> = abbreviations.filter { word in
        switch DateKeyword.lookup(word) {
        case .weekday?, .month?: return true
        default: return word == "no"
        }
    }

    /// Whether a dot after `word` (folded, without the dot) leaves a name or place going: "St. Paul", "Mt. Olive",
    /// "Dr. Ruiz", "J. Ramirez". Day, month and faith-title abbreviations may end a sentence, so they do not count.
    static func keepsNameGoing(after word: String) -> Bool {
        (abbreviations.contains(word) && !calendarAbbreviations.contains(word)) || (word.count == 1 && word.first?.isLetter == true)
    }

    /// Lower-case words that open a new sentence in a hurried note: "bring him the log sat. follow up…".
    private static let lowercaseOpeners: Set<String> = [
        "i", "i'll", "ill", "i'm", "im", "she", "he", "they", "we", "she'll", "he'll", "shes", "hes", "she's", "he's",
        "me", "also", "then", "follow", "call", "text", "send", "email", "remind", "asked", "said",
        // "…by Thurs. f/u on the neighbors in 2 wks"
        "f",
    ]

    /// Errands that open the next sentence after a day's abbreviation that does not follow "the", "a", "this", "that" or
    /// "every": "Me: drop off 20 petition sheets Tues. find a K'iche' interpreter". Not "join the Thurs. check-in call",
    /// "the Sat. set-up crew". A note's "need to" and "gotta" open one too: "…flyers in Vietnamese Sat. need to find…".
    private static let errandOpeners: Set<String> = ["find", "print", "mail", "reserve", "confirm", "figure", "need", "gotta"]

    /// Words that leave a line unfinished, so a capitalised next line continues the same sentence.
    private static let continuing: Set<String> = [
        "the", "a", "an", "to", "and", "or", "but", "at", "on", "of", "with", "for", "from", "in", "her", "his",
        "their", "my", "our", "by", "about", "named", "called", "is", "was", "as", "like", "into", "that", "&",
    ]

    /// Words that open a clause of their own at the start of a line.
    private static let clauseOpeners: Set<String> = [
        "i", "i'm", "im", "i'll", "ill", "i’m", "i’ll", "she", "he", "they", "we", "she's", "he's", "shes", "hes", "she'll", "he'll",
        "asked", "told", "also", "then", "me", "need", "gotta", "gonna", "call", "text", "send", "bring", "ask", "follow",
    ]

    static func sentences(in text: InlineText) -> [Range<String.Index>] {
        let string = text.string
        var result: [Range<String.Index>] = []
        var start = string.startIndex
        var index = string.startIndex
        // The starts of the lines after the first, in order; `nextLine` is the first not yet passed.
        let lineStarts = text.lineStarts.dropFirst().map { string.utf8.index(string.startIndex, offsetBy: $0.offset) }
        var nextLine = 0

        func push(_ end: String.Index) {
            let range = trimmed(start..<end, in: string)
            if !range.isEmpty { result.append(range) }
            start = end
        }

        while index < string.endIndex {
            let character = string[index]
            let next = string.index(after: index)
            while nextLine < lineStarts.count, lineStarts[nextLine] < index { nextLine += 1 }
            if nextLine < lineStarts.count, lineStarts[nextLine] == index {
                nextLine += 1
                // "…they all listen to her" then "come to tenant fono Tues 7pm? = \"ioe\"": a line that puts its own
                // question and answer starts afresh.
                let lineEnd = nextLine < lineStarts.count ? lineStarts[nextLine] : string.endIndex
                if text.startsWithLabel(at: index) || answersOwnQuestion(string[index..<lineEnd]) || openingMark(of: string[index..<lineEnd]) != nil
                    || startsNewSentence(at: index, in: string, sentenceStart: start, deliberate: text.isDeliberateLineBreak(at: index))
                {
                    push(index)
                }
            }
            // "?? coffee for the fire guys -- …": the marks that open a line end nothing.
            if character == "?", string[start..<index].allSatisfy({ $0 == "?" || $0.isWhitespace }) {
                index = next
                continue
            }
            if character == "." || character == "!" || character == "?" || character == ";" || character == "…" {
                var end = next
                while end < string.endIndex, ".!?)\"'”’".contains(string[end]) { end = string.index(after: end) }
                if end == string.endIndex || (string[end].isWhitespace && isBoundary(before: index, after: end, in: string)
                    && !(character == "?" && echoesCount(string[start..<index])))
                {
                    push(end)
                    index = end
                    continue
                }
            }
            index = next
        }
        push(string.endIndex)
        return result
    }

    /// The mark of yes, no or still open that opens `line`: ✓ ✔ ✅ ☑ yes, ✗ ✘ ❌ no, ?? ❓ ❔ pending. Such a line ("✓ flatbed
    /// for the float -- …", "?? coffee for the fire guys -- …") is a thought of its own, and the ask it puts is answered by
    /// the mark (`AskReader.markedItem`).
    static func openingMark(of line: Substring) -> Ask.Response? {
        guard let first = line.first else { return nil }
        if "✓✔✅☑".contains(first) { return .yes }
        if "✗✘❌".contains(first) { return .no }
        return line.hasPrefix("??") || "❓❔".contains(first) ? .pending : nil
    }

    /// "\"Ten? I can get you six.\"", "she laughed, \"five? you'll have fifteen\"": the count asked for, echoed as a
    /// question where the sentence or a quote in it opens, goes with the answer after it.
    private static func echoesCount(_ text: Substring) -> Bool {
        let quote = text.lastIndex(where: { "\"“".contains($0) })
        // Not the organizer's own quote: 'I said "ten? I'll bring ten sheets"'.
        if let quote, text[..<quote].lowercased().range(of: #"\bi (said|asked|told \w+)[ ,:]*$"#, options: .regularExpression) != nil {
            return false
        }
        let quoted = quote.map { text[$0...] } ?? text
        let word = quoted.trimmingCharacters(in: CharacterSet(charactersIn: " \"“'(")).lowercased()
        return !word.isEmpty && (word.allSatisfy(\.isNumber) || echoedCounts.contains(word))
    }

    private static let echoedCounts: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
        "forty", "fifty", "a hundred",
    ]

    /// Words that open an answer after "? ->": "yes", "no, vacation", "claro", "not yet".
    private static let arrowAnswers: Set<String> = [
        "yes", "no", "yeah", "yep", "yup", "ya", "nah", "nope", "maybe", "sure", "ok", "okay", "def", "definitely", "not", "oui",
        "non", "si", "sí", "claro", "prob", "probably", "idk", "absolutely", "totally", "of", "she", "he", "she'll", "he'll",
        "shell", "hell", "she's", "he's", "shes", "hes", "can't", "cant", "won't", "wont", "says", "said", "lol", "haha", "yess",
    ]

    /// Words that open an answer after "? ->" by naming what it waits on or how it was taken, with the word that must
    /// follow ("" for a mark or the end, no word): "has to ask the super", "depends on her shift", "gotta see w/ his
    /// deckhand first", "shook her head", "shrugged, …". Not "-> will send her the agenda Mon", "-> gotta call her back",
    /// the organizer's own step.
    private static let arrowWaits: [String: Set<String>] = [
        "has": ["to"], "needs": ["to"], "wants": ["to"], "depends": ["on"], "gotta": ["see", "ask"],
        "shook": ["her", "his"], "shrugged": [""], "laughed": [""],
    ]

    private static func isBoundary(before dot: String.Index, after end: String.Index, in string: String) -> Bool {
        // "Grills + trailer for the cookout Sun May 3? -> \"Oui.\"": an answer after an arrow goes with its question;
        // "Follow up? -> text her Tues" is an errand of its own.
        if string[dot] == "?" {
            let next = string[end...].drop(while: \.isWhitespace)
            // "sign the letter to Redstone? = wants to read it w/ her son first": "=" marks the answer too.
            guard let arrow = ["->", "→", "=>", "="].first(where: { next.hasPrefix($0) }) else { return true }
            if arrow == "=", next.dropFirst().first?.isWhitespace == true { return false }
            let answer = next.dropFirst(arrow.count).drop(while: \.isWhitespace)
            if answer.first.map({ "\"“".contains($0) }) ?? false { return false }
            let word = answer.prefix { $0.isLetter || $0 == "'" || $0 == "’" }.lowercased()
            let second = answer.dropFirst(word.count).drop(while: \.isWhitespace).prefix { $0.isLetter }.lowercased()
            if let waits = arrowWaits[word], waits.contains(second) { return false }
            return !arrowAnswers.contains(word)
        }
        guard string[dot] == "." else { return true }
        let wordStart = start(ofWordEndingAt: dot, in: string) { $0.isWhitespace || $0 == "(" }
        let word = string[wordStart..<dot].lowercased()
        // "St. Paul", "Dr. Ruiz", an initial: "J. Ramirez".
        if keepsNameGoing(after: word) { return false }
        // "Dec. 3" and "Fri. Dec 4" keep going; "by Fri. I'll call her" and "log sat. follow up" end there.
        if abbreviations.contains(word) {
            // The word before the day, read back from it rather than by splitting all the text before it.
            var beforeEnd = wordStart
            while beforeEnd > string.startIndex, string[string.index(before: beforeEnd)] == " " { beforeEnd = string.index(before: beforeEnd) }
            let before = string[start(ofWordEndingAt: beforeEnd, in: string) { $0 == " " }..<beforeEnd].lowercased()
            return opensSentence(at: end, in: string, errandsOpen: !["the", "a", "this", "every", "that"].contains(before))
        }
        // "ask Br. Kamal for the hall": a title before a name; "came with her sis. Asked her…" ends there.
        if titles.contains(word) { return !namesSomeone(at: end, in: string) }
        return true
    }

    /// Where the word that ends at `end` starts: just after the nearest character before it that `separates` words.
    private static func start(ofWordEndingAt end: String.Index, in string: String, separatedBy separates: (Character) -> Bool) -> String.Index {
        var start = end
        while start > string.startIndex, case let previous = string.index(before: start), !separates(string[previous]) { start = previous }
        return start
    }

    /// Whether a capitalized name, not a sentence's opening word, follows the space at `end`.
    private static func namesSomeone(at end: String.Index, in string: String) -> Bool {
        let next = string[end...].drop(while: \.isWhitespace).prefix(while: { $0.isLetter })
        guard let first = next.first, first.isUppercase else { return false }
        return !openers.contains(next.lowercased())
    }

    /// Whether the word after the space at `end` starts a sentence of its own after a day or month abbreviation.
    private static func opensSentence(at end: String.Index, in string: String, errandsOpen: Bool = false) -> Bool {
        var start = end
        while start < string.endIndex, string[start].isWhitespace { start = string.index(after: start) }
        var stop = start
        while stop < string.endIndex, string[stop].isLetter || string[stop] == "'" || string[stop] == "’" {
            stop = string.index(after: stop)
        }
        let next = string[start..<stop]
        guard let first = next.first else { return false }
        let folded = next.lowercased().replacingOccurrences(of: "’", with: "'")
        if first.isUppercase {
            switch DateKeyword.lookup(folded) {
            case .weekday?, .month?: return false  // "Fri. Dec 4", "Dec. Tuesday the 3rd"
            default: return true
            }
        }
        // …and not a compound noun ("find-a-doctor night")
        let hyphenated = stop < string.endIndex && string[stop] == "-"
        return lowercaseOpeners.contains(folded) || errandsOpen && !hyphenated && errandOpeners.contains(folded)
    }

    private static func startsNewSentence(at index: String.Index, in string: String, sentenceStart: String.Index, deliberate: Bool) -> Bool {
        guard string[index].isUppercase || string[index] == "-" || string[index] == "•" || deliberate else { return false }
        let before = string[sentenceStart..<index].trimmed
        let lastWords = before.split(separator: " ").suffix(2).map { $0.lowercased() }
        guard let lastWord = lastWords.last else { return false }
        if let last = before.last, ",:-–—(".contains(last) { return false }
        // "…lemme get back to you on that" / "i'm going to text him…": "that" after a preposition is a pronoun when a
        // new clause opens the next line. Not "come to that" / "meeting on the 20th", the same noun phrase going on.
        if deliberate, lastWord == "that", lastWords.count == 2, ["on", "about", "abt", "with", "of", "for", "to", "do", "did"].contains(lastWords[0]) {
            let next = string[index...].prefix { !$0.isWhitespace }.lowercased()
            return clauseOpeners.contains(next)
        }
        return !continuing.contains(lastWord)
    }

    /// Whether `line` holds a question and its answer after "=", "->" or "→".
    private static func answersOwnQuestion(_ line: Substring) -> Bool {
        guard let mark = line.firstIndex(of: "?") else { return false }
        let after = line[line.index(after: mark)...].drop(while: \.isWhitespace)
        return after.hasPrefix("= ") || after.hasPrefix("->") || after.hasPrefix("→")
    }

    private static func trimmed(_ range: Range<String.Index>, in string: String) -> Range<String.Index> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, string[lower].isWhitespace { lower = string.index(after: lower) }
        while upper > lower, string[string.index(before: upper)].isWhitespace { upper = string.index(before: upper) }
        return lower..<upper
    }
}
