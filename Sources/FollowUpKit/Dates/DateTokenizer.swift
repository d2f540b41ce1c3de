/// Splits a sentence into ``DateToken``s in one pass over its Unicode scalars.
enum DateTokenizer {
    /// Where "-feira" ends, when it follows at `index`.
    private static func feiraEnd(_ scalars: String.UnicodeScalarView, hyphenAt index: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index? {
        guard index < scalars.endIndex, scalars[index] == "-" else { return nil }
        var i = scalars.index(after: index)
        for expected in "feira".unicodeScalars {
            guard i < scalars.endIndex, scalars[i].properties.lowercaseMapping == String(expected) else { return nil }
            scalars.formIndex(after: &i)
        }
        return i < scalars.endIndex && isLetter(scalars[i]) ? nil : i
    }

    /// Tokens of `sentence`, in order; whitespace is dropped but remembered in `spaceBefore`.
    static func tokenize(_ sentence: String) -> [DateToken] {
        let scalars = sentence.unicodeScalars
        let end = scalars.endIndex
        var tokens: [DateToken] = []
        var i = scalars.startIndex
        var spaced = true
        while i < end {
            let c = scalars[i]
            if isSpace(c) {
                spaced = true
                scalars.formIndex(after: &i)
                continue
            }
            if isIgnorable(c) {
                scalars.formIndex(after: &i)
                continue
            }
            let start = i
            if isDigit(c) {
                var value = 0
                var count = 0
                while i < end, isDigit(scalars[i]) {
                    // Saturate: nothing date-like has more than a handful of digits.
                    if count < 15 { value = value * 10 + Int(scalars[i].value - 48) }
                    count += 1
                    scalars.formIndex(after: &i)
                }
                let text = String(Substring(scalars[start..<i]))
                tokens.append(DateToken(kind: .number, range: start..<i, text: text, value: value,
                                        spaceBefore: spaced, isCapitalized: false))
            } else if isLetter(c) {
                var text = String.UnicodeScalarView()
                var allUpper = true
                while i < end {
                    let d = scalars[i]
                    if isLetter(d) {
                        if !isUpper(d) { allUpper = false }
                        appendLowercased(d, to: &text)
                    } else if isApostrophe(d), keepsApostrophe(scalars, at: i) {
                        text.append("'")
                    } else {
                        break
                    }
                    scalars.formIndex(after: &i)
                }
                // Portuguese weekdays are one word: "segunda-feira".
                if let after = feiraEnd(scalars, hyphenAt: i) {
                    text.append(contentsOf: "-feira".unicodeScalars)
                    i = after
                }
                // "nxt wk", "nxt Tues": shorthand for "next".
                var word = String(text)
                if word == "nxt" { word = "next" }
                tokens.append(DateToken(kind: .word, range: start..<i, text: word, value: 0,
                                        spaceBefore: spaced, isCapitalized: isUpper(c),
                                        isAcronym: allUpper && text.count > 1))
            } else {
                scalars.formIndex(after: &i)
                let folded = fold(c)
                tokens.append(DateToken(kind: folded == nil && c.value >= 0x80 ? .symbol : .punct,
                                        range: start..<i, text: folded ?? String(c), value: 0,
                                        spaceBefore: spaced, isCapitalized: false))
            }
            spaced = false
        }
        return tokens
    }

    // An apostrophe stays inside a word ("o'clock", "don't") but not before a final
    // possessive "s", so "Tuesday's" still yields the word "tuesday".
    private static func keepsApostrophe(_ scalars: String.UnicodeScalarView, at i: String.Index) -> Bool {
        let next = scalars.index(after: i)
        guard next < scalars.endIndex, isLetter(scalars[next]) else { return false }
        guard scalars[next] == "s" || scalars[next] == "S" else { return true }
        let afterS = scalars.index(after: next)
        return afterS < scalars.endIndex && isLetter(scalars[afterS])
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        let properties = c.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 9...13, 32: return true
        case 0..<0x80: return false
        default: return c.properties.isWhitespace
        }
    }

    // Variation selectors, joiners and BOMs ride along with emoji; they separate nothing.
    private static func isIgnorable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0xFE0E, 0xFE0F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}"
    }

    private static func appendLowercased(_ c: Unicode.Scalar, to text: inout String.UnicodeScalarView) {
        if c.value >= 65 && c.value <= 90 {
            text.append(Unicode.Scalar(c.value + 32)!)
        } else if c.value < 0x80 {
            text.append(c)
        } else {
            text.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
        }
    }

    // Typographic dashes and quotes behave like their ASCII forms for date purposes.
    private static func fold(_ c: Unicode.Scalar) -> String? {
        switch c.value {
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2018, 0x2019: return "'"
        case 0x201C, 0x201D: return "\""
        default: return nil
        }
    }
}
