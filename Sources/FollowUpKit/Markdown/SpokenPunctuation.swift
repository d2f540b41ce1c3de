/// Voice-to-text leaves its punctuation commands as words when the phone misses them: "met him in the cell lot
/// period he drives uber new line". Read as the marks they stand for, the sentences end where the organizer said.
/// A word that is only a word stays: "pay period", "7th period", "the new line at Ford", "the Oxford comma".
enum SpokenPunctuation {
    /// `literal` with each spoken command turned into its mark; one line of text, as cmark-gfm gives it.
    static func marks(in literal: String) -> String {
        // Cheap test first, one pass over the bytes: almost no text says any of these.
        guard mayCommand(literal) else { return literal }
        var tokens = literal.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < tokens.count {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let spoken: (mark: Character, length: Int)?
            switch tokens[index] {
            // "…11 years period new line", "…with afua period she does lyft": at the end, or before a new clause; not
            // "the busy period ends Dec 3"
            case "period" where (next == nil || clauseOpeners.contains(next!.lowercased())) && dictatedPeriod(after: word(before: index, in: tokens)):
                spoken = (".", 1)
            // not "the new line at Ford", "she's new line cook", "moved to new line 3"
            case "new" where (next == "line" || next == "paragraph") && dictatedBreak(after: word(before: index, in: tokens), before: index + 2 < tokens.count ? tokens[index + 2] : nil):
                spoken = (".", 2)
            case "comma" where next != nil && !["the", "a", "oxford", "no"].contains(word(before: index, in: tokens)):
                spoken = (",", 1)
            // not "about the question mark on her pay stub"
            case "question" where next == "mark" && !determiners.contains(word(before: index, in: tokens)):
                spoken = ("?", 2)
            default:
                spoken = nil
            }
            guard let spoken, let previous = tokens[..<index].lastIndex(where: { !$0.isEmpty }) else {
                index += 1
                continue
            }
            // "…three hours sometimes, period" is said for emphasis; a mark already there stands.
            if spoken.mark == ".", tokens[previous].last == "," {
                index += 1
                continue
            }
            if let last = tokens[previous].last, !".,;:!?".contains(last) { tokens[previous].append(spoken.mark) }
            tokens.removeSubrange(index..<index + spoken.length)
            // the space before the command goes with it
            if index > 0, tokens[index - 1].isEmpty { tokens.remove(at: index - 1); index -= 1 }
        }
        return tokens.joined(separator: " ")
    }

    private static let commandOpenings: [[UInt8]] = ["period", "new line", "new paragraph", "comma", "question mark"].map { Array($0.utf8) }

    /// Whether a command word opens anywhere in `literal`: one pass over the bytes, looking further only at "p", "n",
    /// "c" or "q".
    private static func mayCommand(_ literal: String) -> Bool {
        var literal = literal
        return literal.withUTF8 { bytes in
            for index in bytes.indices {
                switch bytes[index] {
                case UInt8(ascii: "p"), UInt8(ascii: "n"), UInt8(ascii: "c"), UInt8(ascii: "q"):
                    for command in commandOpenings where command[0] == bytes[index] && index + command.count <= bytes.count {
                        if bytes[index..<index + command.count].elementsEqual(command) { return true }
                    }
                default: continue
                }
            }
            return false
        }
    }

    private static func word(before index: Int, in tokens: [String]) -> String {
        guard index > 0 else { return "" }
        return String(tokens[index - 1].lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// "the 3rd period", "pay period", "a grace period" name a stretch of time; after anything else a bare "period"
    /// closes the sentence.
    private static func dictatedPeriod(after previous: String) -> Bool {
        guard !previous.isEmpty else { return false }
        if let first = previous.first, first.isNumber { return false }  // "7th period", "30 day period"
        return !determiners.contains(previous) && !periodKinds.contains(previous)
    }

    /// Words that open the clause after a dictated "period": "…period she does lyft mornings", "…period was an accountant".
    private static let clauseOpeners: Set<String> = [
        "she", "he", "they", "i", "we", "it", "was", "is", "then", "so", "also", "but", "and", "me", "asked", "said", "says",
        "new", "her", "his", "my", "no", "yes", "wants", "worried", "angry", "talk", "call", "text",
    ]

    /// A spoken "new line" between two thoughts: not after a verb or preposition that wants it as a noun ("she's new
    /// line cook", "moved to new line 3"), nor before a word that makes it one.
    private static func dictatedBreak(after previous: String, before following: String?) -> Bool {
        guard !previous.isEmpty, !determiners.contains(previous), !["is", "on", "to", "at", "shes", "hes", "s", "was", "the"].contains(previous) else { return false }
        guard let following else { return true }
        let next = following.lowercased().filter { $0.isLetter || $0.isNumber }
        return !(next.first?.isNumber ?? false) && !lineNouns.contains(next)
    }
    private static let lineNouns: Set<String> = [
        "cook", "cooks", "worker", "workers", "lead", "leader", "supervisor", "item", "items", "of", "at", "on", "in", "for",
        "manager", "speed", "is", "was",
    ]

    private static let determiners: Set<String> = [
        "a", "an", "the", "this", "that", "each", "every", "per", "any", "one", "same", "whole", "entire", "her", "his",
        "their", "my", "your", "our", "its", "brand", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "last", "next", "short", "long",
    ]
    private static let periodKinds: Set<String> = [
        "pay", "payroll", "grace", "trial", "waiting", "probation", "probationary", "notice", "comment", "lunch", "class",
        "free", "study", "billing", "reporting", "enrollment", "open", "cooling", "transition", "rest", "break", "time",
        "holiday", "vacation", "grading", "marking", "assessment", "review", "sick", "day", "week", "month", "year",
        "homeroom", "planning", "prep", "recess",
    ]
}
