/// Finds what the person cares about in prose ("cares about bus service", "worried about rent going up",
/// "angry that the heat is out") and turns an item under an "Issues" heading into a short label.
enum IssueReader {
    private static let openers: [[Substring]] = [
        "cares about", "care about", "cares a lot about", "cares deeply about", "cared about", "worried about",
        "worries about", "worried that", "worry about", "concerned about", "concerned that", "angry about",
        "angry that", "angry at", "mad about", "mad that", "upset about", "upset that", "frustrated with",
        "frustrated about", "frustrated by", "frustrated that", "fed up with", "passionate about", "scared about",
        "afraid of", "fighting for", "fights for", "biggest issue is", "main issue is", "main concern is",
        "big issue is", "top issue is", "issue is", "concern is", "priority is", "stressed about", "tired of",
        "sick of", "furious about", "furious that", "excited about", "interested in", "wants to fix", "wants better",
        "struggling with", "struggles with", "dealing with",
    ].map { $0.split(separator: " ") }

    /// Every issue phrase in a sentence, lower-cased and cut to a short label.
    static func findAll(in unit: TextUnit, people: People) -> [String] {
        let words = unit.words
        var found: [String] = []
        var index = 0
        while index < words.count {
            var matched: [Substring]? = nil
            for phrase in openers where words.matches(phrase, at: index) && phrase.count > (matched?.count ?? 0) {
                matched = phrase
            }
            guard let phrase = matched, isAboutPerson(before: index, in: words) else {
                index += 1
                continue
            }
            let start = index + phrase.count
            guard start < words.count else { break }
            let end = SkillReader.clauseEnd(from: start + 1, in: unit)
            if let label = label(unit.clean(words[start].range.lowerBound, end.bound)) { found.append(label) }
            index = end.nextWord
        }
        return found
    }

    /// A short lower-case label from an item or phrase: up to the first separator, without leading determiners.
    static func label(_ raw: String) -> String? {
        var text = raw.lowercased()
        for separator in [" — ", " – ", " - ", ": ", " (", "; ", ". "] {
            if let range = text.range(of: separator) { text = String(text[..<range.lowerBound]) }
        }
        var parts = text.split(whereSeparator: { $0 == " " })
        while let first = parts.first, Lexicon.determiners.contains(String(first)), parts.count > 1 { parts.removeFirst() }
        if parts.count > 6 { parts = Array(parts.prefix(6)) }
        let label = parts.joined(separator: " ").trimming(" ,;:.!?-–—*_\"'()[]")
        return label.isEmpty ? nil : label
    }

    private static func isAboutPerson(before index: Int, in words: [Word]) -> Bool {
        let window = words[max(0, index - 3)..<index]
        for (offset, word) in zip(window.indices, window) where Lexicon.relations.contains(word.folded) {
            if offset > 0, ["her", "his", "their", "the"].contains(words[offset - 1].folded) { return false }
        }
        return true
    }
}
