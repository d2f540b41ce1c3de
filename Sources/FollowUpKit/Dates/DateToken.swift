/// One scanned unit of a sentence: a word, a run of digits, or a single mark.
struct DateToken: Sendable {
    enum Kind: Sendable, Equatable {
        case word, number
        /// ASCII punctuation plus dashes and quotes (folded to ASCII).
        case punct
        /// Anything else that is not a letter or digit, such as 📅 or €.
        case symbol
    }

    let kind: Kind
    let range: Range<String.Index>
    /// Words: lowercased, ’ folded to '. Numbers: the digits. Marks: the mark, dashes folded to "-".
    let text: String
    /// Numbers only: the value (saturates for absurdly long digit runs).
    let value: Int
    /// Whether whitespace or the sentence start comes right before this token.
    let spaceBefore: Bool
    /// Words only: the first letter is uppercase.
    let isCapitalized: Bool
    /// Words only: every letter is uppercase and there is more than one ("PA", "GM").
    var isAcronym: Bool = false

    /// Numbers only: how many digits were written ("03" has 2).
    var digitCount: Int { kind == .number ? text.utf8.count : 0 }
}
