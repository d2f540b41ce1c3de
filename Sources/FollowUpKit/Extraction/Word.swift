/// A word of plain text, lower-cased for matching, with where it stands in its string.
struct Word: Hashable, Sendable {
    /// Lower-cased, curly apostrophes folded to `'`.
    var folded: String
    var range: Range<String.Index>
    /// Whether the word starts with a capital letter as written.
    var isCapitalized: Bool

    /// Splits text into words: letters, digits, apostrophes and inner hyphens or periods ("St.", "e-mail").
    static func words(in text: Substring) -> [Word] {
        var words: [Word] = []
        var start: String.Index? = nil
        var index = text.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            var last = end
            // Trailing apostrophes and hyphens belong to the punctuation, not the word.
            while last > begin, let previous = text.index(last, offsetBy: -1, limitedBy: begin),
                "'’-".contains(text[previous])
            {
                last = previous
            }
            if last > begin {
                let raw = text[begin..<last]
                let folded = String(raw.lowercased().map { $0 == "’" ? "'" : $0 })
                words.append(Word(folded: folded, range: begin..<last, isCapitalized: raw.first?.isUppercase ?? false))
            }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber || (start != nil && "'’-".contains(character)) {
                if start == nil { start = index }
            } else {
                close(at: index)
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return words
    }
}

extension Array where Element == Word {
    /// Whether the words starting at `index` are exactly `phrase` (space-separated, lower-case).
    func matches(_ phrase: [Substring], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= count else { return false }
        for (offset, part) in phrase.enumerated() where self[index + offset].folded != part {
            return false
        }
        return true
    }

    /// The first index at or after `start` where `phrase` begins.
    func firstIndex(of phrase: String, from start: Int = 0) -> Int? {
        let parts = phrase.split(separator: " ")
        guard !parts.isEmpty, start < count else { return nil }
        for index in start..<count where matches(parts, at: index) {
            return index
        }
        return nil
    }
}
