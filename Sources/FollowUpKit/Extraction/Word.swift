/// A word of plain text, lower-cased for matching, with where it stands in its string.
struct Word: Hashable, Sendable {
    /// Lower-cased, curly apostrophes folded to `'`.
    var folded: String
    var range: Range<String.Index>
    /// Whether the word starts with a capital letter as written.
    var isCapitalized: Bool

    /// The word before its apostrophe: "she" for "she's", "husband" for "husband's".
    var stem: String { Self.stem(of: folded) }

    /// The stem as a subject: "shes" and "hes", written without their apostrophe, are "she" and "he".
    var subjectStem: String {
        let stem = self.stem
        return stem == "shes" || stem == "hes" ? String(stem.dropLast()) : stem
    }

    static func stem(of word: String) -> String {
        word.split(separator: "'").first.map(String.init) ?? word
    }

    /// Splits text into words: letters and digits, with apostrophes and hyphens inside a word
    /// ("she'll", "e-mail", "4th-grade"). Walks Unicode scalars once; ASCII needs no table look-up.
    static func words(in text: Substring) -> [Word] {
        var words: [Word] = []
        let scalars = text.unicodeScalars
        var start: String.Index? = nil
        var folded = String.UnicodeScalarView()
        var capitalized = false
        var pendingJoiner: (index: String.Index, scalar: Unicode.Scalar)? = nil

        func close(at end: String.Index) {
            if let begin = start {
                var word = String(folded)
                // Note-taking shorthand reads as the word it stands for: "angry abt", "frustrated w/ the fares".
                if let expanded = shorthand[word] { word = expanded }
                words.append(Word(folded: word, range: begin..<end, isCapitalized: capitalized))
            }
            start = nil
            folded = String.UnicodeScalarView()
            pendingJoiner = nil
        }

        var index = scalars.startIndex
        var lastWordEnd = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWordScalar(scalar) {
                if start == nil {
                    start = index
                    capitalized = isUppercase(scalar)
                } else if let joiner = pendingJoiner {
                    folded.append(joiner.scalar == "’" ? "'" : joiner.scalar)
                }
                pendingJoiner = nil
                appendLowercased(scalar, to: &folded)
                lastWordEnd = next
            } else if start != nil, pendingJoiner == nil, scalar == "'" || scalar == "’" || scalar == "-" {
                // Only a joiner when a letter follows: "she'll" but not "students'".
                pendingJoiner = (index, scalar)
            } else if start != nil {
                close(at: lastWordEnd)
            }
            index = next
        }
        if start != nil { close(at: lastWordEnd) }
        return words
    }

    /// Abbreviations organizers write for common words, matched as those words.
    private static let shorthand: [String: String] = ["abt": "about", "w": "with", "bc": "because", "b4": "before", "ppl": "people", "thru": "through", "wd": "would", "wud": "would"]

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to folded: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            folded.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
        } else {
            folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }
}

extension Array where Element == Word {
    /// Whether the words starting at `index` are exactly `phrase` (space-separated, lower-case).
    func matches<Phrase: Collection<Substring>>(_ phrase: Phrase, at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= count else { return false }
        for (offset, part) in phrase.enumerated() where self[index + offset].folded != part {
            return false
        }
        return true
    }
}
