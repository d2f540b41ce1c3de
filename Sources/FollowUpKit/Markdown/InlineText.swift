/// The plain text of a block (Markdown markup removed), remembering which file line each part
/// came from so that a sentence or a date found in it can be traced back to its line.
struct InlineText: Hashable, Sendable {
    private(set) var string: String = ""
    /// UTF-8 offsets in `string` where a new source line begins, with that line's number.
    private(set) var lineStarts: [(offset: Int, line: Int)] = []
    /// The length in UTF-8 bytes of the longest source line: the width a hard-wrapped block was wrapped at.
    private(set) var widestLine = 0
    /// For each line break, the width a wrapping editor would have needed to break there: the line before it
    /// plus the next line's first word.
    private(set) var breakWidths: [Int] = []

    init() {}

    init(_ string: String, line: Int) {
        self.string = string
        lineStarts = [(0, line)]
        widestLine = string.utf8.count
    }

    var isEmpty: Bool { string.isEmpty }

    mutating func append(_ text: String, line: Int) {
        if lineStarts.last?.line != line {
            if !string.isEmpty && string.last != " " { string.append(" ") }
            if let previous = lineStarts.last {
                let firstWord = text.utf8.prefix { $0 != UInt8(ascii: " ") }.count
                breakWidths.append(string.utf8.count - previous.offset + firstWord)
            }
            lineStarts.append((string.utf8.count, line))
        }
        string.append(text)
        widestLine = max(widestLine, string.utf8.count - lineStarts[lineStarts.count - 1].offset)
    }

    /// The file line of the character at `index`.
    func line(at index: String.Index) -> Int {
        let offset = string.utf8.distance(from: string.startIndex, to: index)
        var found = lineStarts.first?.line ?? 1
        for start in lineStarts {
            if start.offset > offset { break }
            found = start.line
        }
        return found
    }

    /// Whether a source line other than the block's first begins at `index`.
    func startsLaterLine(at index: String.Index) -> Bool { laterLine(at: index) != nil }

    /// The position in `lineStarts` of the source line, other than the block's first, that begins at `index`.
    private func laterLine(at index: String.Index) -> Int? {
        let offset = string.utf8.distance(from: string.startIndex, to: index)
        guard let position = lineStarts.firstIndex(where: { $0.offset == offset }), position > 0 else { return nil }
        return position
    }

    /// Whether a source line begins at `index` and the writer broke the line on purpose: the line before is
    /// too short for the first word here not to have fit (a wrap would have kept it, at the usual widths or at
    /// the block's own widest line), or longer than any wrapping width. Shorthand notes put one thought on
    /// each line; hard-wrapped prose does not.
    func isDeliberateLineBreak(at index: String.Index) -> Bool {
        guard lineStarts.count > 1, index > string.startIndex, string.utf8[string.utf8.index(before: index)] == UInt8(ascii: " ") else { return false }
        guard let position = laterLine(at: index) else { return false }
        let previousLength = lineStarts[position].offset - lineStarts[position - 1].offset - 1
        // "…frustrated w/ the" then "estimated bills…": a line that stops inside a phrase goes on below it.
        // Only past the usual wrapping widths: a short shorthand line may end on "and" and mean it.
        if previousLength > Self.narrowestWrap, endsInsidePhrase(before: index), !startsWithLabel(at: index) { return false }
        let wrapWidth = max(Self.narrowestWrap, widestLine)
        return breakWidths[position - 1] <= wrapWidth || previousLength > Self.widestWrap || startsWithLabel(at: index)
            || isBrokenByHand(wrapWidth: wrapWidth)
    }

    /// Whether the word just before `index` leaves a long line's sentence open: an article, a conjunction, a
    /// possessive, "to", "will". (A short line may still close a thought with one: "said she would".)
    private func endsInsidePhrase(before index: String.Index) -> Bool {
        let before = string[..<index].dropLast()
        let word = before[(before.lastIndex(of: " ").map(before.index(after:)) ?? before.startIndex)...]
        return word.count <= 7 && Self.phraseOpeners.contains(word.lowercased())
    }

    private static let phraseOpeners: Set<String> = [
        "the", "a", "an", "than", "and", "or", "but", "because", "bc", "b/c", "their", "our", "my", "your", "w/", "abt",
        "to", "will", "would",
    ]

    /// Most of the block's lines stop where no wrapping editor would have broken them: the writer ends lines by
    /// hand, so a line that happens to run long ends a thought too.
    private func isBrokenByHand(wrapWidth: Int) -> Bool {
        guard breakWidths.count >= 2 else { return false }
        var short = 0
        for width in breakWidths where width <= wrapWidth { short += 1 }
        return short * 2 > breakWidths.count
    }

    /// "asked him: …", "Me: …", "ASK: …": a line that opens with a short label is a new entry.
    func startsWithLabel(at index: String.Index) -> Bool {
        var words = 0
        var cursor = index
        while cursor < string.endIndex, words < 3 {
            let character = string[cursor]
            if character == ":" { return cursor > index }
            if character == " " { words += 1 } else if !character.isLetter && character != "'" { return false }
            cursor = string.index(after: cursor)
        }
        return false
    }

    /// The usual widths editors wrap prose at lie between these.
    private static let narrowestWrap = 72
    private static let widestWrap = 100

    static func == (lhs: InlineText, rhs: InlineText) -> Bool {
        lhs.string == rhs.string && lhs.lineStarts.elementsEqual(rhs.lineStarts, by: ==)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(string)
        for start in lineStarts { hasher.combine(start.line) }
    }
}
