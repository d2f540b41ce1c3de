/// The plain text of a block (Markdown markup removed), remembering which file line each part
/// came from so that a sentence or a date found in it can be traced back to its line.
struct InlineText: Hashable, Sendable {
    private(set) var string: String = ""
    /// UTF-8 offsets in `string` where a new source line begins, with that line's number.
    private(set) var lineStarts: [(offset: Int, line: Int)] = []

    init() {}

    init(_ string: String, line: Int) {
        self.string = string
        lineStarts = [(0, line)]
    }

    var isEmpty: Bool { string.isEmpty }

    mutating func append(_ text: String, line: Int) {
        if lineStarts.last?.line != line {
            if !string.isEmpty && string.last != " " { string.append(" ") }
            lineStarts.append((string.utf8.count, line))
        }
        string.append(text)
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

    static func == (lhs: InlineText, rhs: InlineText) -> Bool {
        lhs.string == rhs.string && lhs.lineStarts.elementsEqual(rhs.lineStarts, by: ==)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(string)
        for start in lineStarts { hasher.combine(start.line) }
    }
}
