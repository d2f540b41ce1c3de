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
        return TextUnit(block: block, range: start..<range.upperBound)
    }

    /// Plain text between two indexes, trimmed of spaces and clause punctuation at both ends.
    func clean(_ lower: String.Index, _ upper: String.Index) -> String {
        guard lower < upper else { return "" }
        return string[lower..<upper].trimming(" ,;:.!?-–—*_\"'()[]")
    }
}
