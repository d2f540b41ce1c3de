/// Splits a block's plain text into sentences, without breaking after common abbreviations
/// ("Dec.", "St.", "a.m.") and treating a new capitalised line after a complete one as a new sentence.
enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "ave", "rd", "blvd", "jr", "sr", "vs", "etc", "e.g", "i.e", "a.m", "p.m",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "apt", "approx",
    ]

    /// Words that leave a line unfinished, so a capitalised next line continues the same sentence.
    private static let continuing: Set<String> = [
        "the", "a", "an", "to", "and", "or", "but", "at", "on", "of", "with", "for", "from", "in", "her", "his",
        "their", "my", "our", "by", "about", "named", "called", "is", "was", "as", "like", "into", "that", "&",
    ]

    static func sentences(in text: InlineText) -> [Range<String.Index>] {
        let string = text.string
        var result: [Range<String.Index>] = []
        var start = string.startIndex
        var index = string.startIndex
        var lineStarts = Set(text.lineStarts.dropFirst().map { string.utf8.index(string.startIndex, offsetBy: $0.offset) })

        func push(_ end: String.Index) {
            let range = trimmed(start..<end, in: string)
            if !range.isEmpty { result.append(range) }
            start = end
        }

        while index < string.endIndex {
            let character = string[index]
            let next = string.index(after: index)
            if lineStarts.contains(index) {
                lineStarts.remove(index)
                if text.startsWithLabel(at: index) || startsNewSentence(at: index, in: string, sentenceStart: start, deliberate: text.isDeliberateLineBreak(at: index)) {
                    push(index)
                }
            }
            if character == "." || character == "!" || character == "?" || character == ";" || character == "…" {
                var end = next
                while end < string.endIndex, ".!?)\"'”’".contains(string[end]) { end = string.index(after: end) }
                if end == string.endIndex || (string[end].isWhitespace && isBoundary(before: index, after: end, in: string)) {
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

    private static func isBoundary(before dot: String.Index, after end: String.Index, in string: String) -> Bool {
        guard string[dot] == "." else { return true }
        var wordStart = dot
        while wordStart > string.startIndex {
            let previous = string.index(before: wordStart)
            if string[previous].isWhitespace || string[previous] == "(" { break }
            wordStart = previous
        }
        let word = string[wordStart..<dot].lowercased()
        if abbreviations.contains(word) {
            // "Dec. 3" keeps going; "on Dec." at a sentence end before a capital word is rare enough.
            return false
        }
        if word.count == 1, word.first?.isLetter == true { return false }  // an initial: "J. Ramirez"
        return true
    }

    private static func startsNewSentence(at index: String.Index, in string: String, sentenceStart: String.Index, deliberate: Bool) -> Bool {
        guard string[index].isUppercase || string[index] == "-" || string[index] == "•" || deliberate else { return false }
        let before = string[sentenceStart..<index].trimmed
        guard let lastWord = before.split(separator: " ").last?.lowercased() else { return false }
        if let last = before.last, ",:-–—(".contains(last) { return false }
        return !continuing.contains(lastWord)
    }

    private static func trimmed(_ range: Range<String.Index>, in string: String) -> Range<String.Index> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, string[lower].isWhitespace { lower = string.index(after: lower) }
        while upper > lower, string[string.index(before: upper)].isWhitespace { upper = string.index(before: upper) }
        return lower..<upper
    }
}
