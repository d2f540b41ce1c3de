/// One sentence of a paragraph, or one whole list item: the span every reader looks at.
struct TextUnit: Sendable {
    let block: MarkdownBlock
    let range: Range<String.Index>
    let words: [Word]

    init(block: MarkdownBlock, range: Range<String.Index>) {
        self.block = block
        self.range = range
        self.words = Word.words(in: block.text.string[range])
    }

    /// A part of `parent`, sharing its words rather than splitting the text again.
    init(_ range: Range<String.Index>, within parent: TextUnit) {
        block = parent.block
        self.range = range
        let words = parent.words
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < words.count, words[end].range.upperBound <= range.upperBound { end += 1 }
        self.words = Array(words[low..<end])
    }

    private init(_ unit: TextUnit, words: [Word]) {
        block = unit.block
        range = unit.range
        self.words = words
    }

    /// The unit as if said of the speaker in the third person, for readers that look for "she has",
    /// "he teaches": "I have the minivan" reads as "she has…", "I'm on the usher board" as "she's on…".
    /// Only the words change; their places in the text, and so every span found, stay the same.
    var inThirdPerson: TextUnit {
        var words = self.words
        for index in words.indices {
            switch words[index].folded {
            case "i": words[index].folded = "she"
            case "i'm", "im": words[index].folded = "she's"
            case "i've": words[index].folded = "she's"
            case "my": words[index].folded = "her"
            default:
                guard index > 0, self.words[index - 1].folded == "i" else { continue }
                words[index].folded = Self.thirdPerson(of: words[index].folded)
            }
        }
        return TextUnit(self, words: words)
    }

    private static func thirdPerson(of verb: String) -> String {
        switch verb {
        case "have": return "has"
        case "do": return "does"
        case "go": return "goes"
        case "am": return "is"
        case "was", "did", "can", "could", "will", "would", "used", "had", "should", "might", "must", "also", "still", "just":
            return verb
        default:
            if verb.hasSuffix("ed") || verb.contains("'") { return verb }
            if ["s", "sh", "ch", "x", "z"].contains(where: verb.hasSuffix) { return verb + "es" }
            if verb.hasSuffix("y"), let last = verb.dropLast().last, !"aeiou".contains(last) { return verb.dropLast() + "ies" }
            return verb + "s"
        }
    }

    var string: String { block.text.string }
    var text: Substring { string[range] }
    var line: Int { block.text.line(at: range.lowerBound) }

    func line(at index: String.Index) -> Int { block.text.line(at: index) }

    /// What stands between word `index - 1` and word `index`: spaces, punctuation, a line break.
    func gap(before index: Int) -> Substring { string[words[index - 1].range.upperBound..<words[index].range.lowerBound] }

    /// The unit with its first `count` words dropped (for "Me: …", "Ask: …" labels).
    /// The unit widened to the "?" right after it in `whole`, if one follows: "Q: bring the ladies?" before " A: …".
    func including(questionMarkOf whole: TextUnit) -> TextUnit {
        var end = range.upperBound
        while end < whole.range.upperBound, string[end].isWhitespace { end = string.index(after: end) }
        guard end < whole.range.upperBound, string[end] == "?" else { return self }
        return TextUnit(range.lowerBound..<string.index(after: end), within: whole)
    }

    func dropping(upTo index: String.Index) -> TextUnit {
        var start = index
        while start < range.upperBound, string[start].isWhitespace || ":-–—".contains(string[start]) {
            start = string.index(after: start)
        }
        return TextUnit(start..<range.upperBound, within: self)
    }

    /// Plain text between two indexes, trimmed of spaces and clause punctuation at both ends.
    func clean(_ lower: String.Index, _ upper: String.Index) -> String {
        guard lower < upper else { return "" }
        let slice = string[lower..<upper].trimmedSlice(" ,;:.!?-–—*_\"'()[]")
        // Keep the mark that closes what the text opened, with what it closes on: "line up food (abuela's kitchen
        // does trays)", "find an interpreter (Padre Tomas?)".
        let tail = string[slice.endIndex..<upper]
        guard let closingAt = tail.firstIndex(where: { ")\"”".contains($0) }) else { return String(slice) }
        let opened = switch string[closingAt] {
        case ")": slice.filter { $0 == "(" }.count > slice.filter { $0 == ")" }.count
        case "\"": slice.filter { $0 == "\"" }.count % 2 == 1
        case "”": slice.filter { $0 == "“" }.count > slice.filter { $0 == "”" }.count
        default: false
        }
        return opened ? String(slice) + string[slice.endIndex...closingAt] : String(slice)
    }
}

extension Substring {
    /// Whether a quotation is still open at the end of this text: straight quotes toggle, curly ones open and close.
    func leavesQuoteOpen(openAtStart: Bool = false) -> Bool {
        var open = openAtStart
        for character in self {
            switch character {
            case "\"": open.toggle()
            case "“": open = true
            case "”": open = false
            default: continue
            }
        }
        return open
    }
}
