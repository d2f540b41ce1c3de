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

    var string: String { block.text.string }
    var text: Substring { string[range] }
    var line: Int { block.text.line(at: range.lowerBound) }

    func line(at index: String.Index) -> Int { block.text.line(at: index) }

    /// The unit with its first `count` words dropped (for "Me: …", "Ask: …" labels).
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
        return string[lower..<upper].trimming(" ,;:.!?-–—*_\"'()[]")
    }
}
