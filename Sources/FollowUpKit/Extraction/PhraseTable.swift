/// Phrases looked up by their first word, so matching at each word of a sentence costs one
/// dictionary look-up rather than a scan of the whole list.
struct PhraseTable: Sendable {
    private var byFirstWord: [String: [[Substring]]] = [:]

    init(_ phrases: [String]) {
        for phrase in phrases {
            let words = phrase.split(separator: " ")
            guard let first = words.first else { continue }
            byFirstWord[String(first), default: []].append(words)
        }
    }

    /// The longest phrase that starts at word `index`.
    func longest(at index: Int, in words: [Word]) -> [Substring]? {
        guard index < words.count, let candidates = byFirstWord[words[index].folded] else { return nil }
        var best: [Substring]? = nil
        for phrase in candidates where phrase.count > (best?.count ?? 0) && words.matches(phrase, at: index) {
            best = phrase
        }
        return best
    }
}
