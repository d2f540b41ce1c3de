/// Two requests made in one breath and answered apart: "get 5 aides to the meeting + host it in the
/// church hall -> aides yes, hall no", "asked whether the choir would sing and whether she would speak…
/// She said the choir would sing, gladly, but she will not speak." Each part becomes an ask of its own.
enum AskSplitter {
    /// Joiners that start a second request whatever follows them.
    private static let strongJoiners: [[Substring]] = [
        "and whether", "and also whether", "and also if", "and if", "and to", "and also to", "and also",
    ].map { $0.split(separator: " ") }

    /// The ask's text cut where a second request starts, or nil when it reads as one request.
    /// `startsRequest` says whether a word can open a request ("bring", "host") after a plain "and".
    static func parts(of text: String, startsRequest: (String) -> Bool) -> (String, String)? {
        let words = Word.words(in: text[...])
        guard words.count >= 4 else { return nil }
        var plainAnd: Int? = nil
        var plusBeforeThing: Int? = nil
        for index in 1..<words.count - 1 {
            let gap = text[words[index - 1].range.upperBound..<words[index].range.lowerBound]
            // "+ host it in the church hall" starts a request; "w/ his paystubs + the texts, and to bring…" lists
            // things, so a later joiner has the cut, and only without one does "+ a house meeting" make it.
            if gap.contains("+") || gap.contains("&") {
                guard listsThing(words[index].folded) else { return cut(text, before: words[index], resumingAt: words[index]) }
                if plusBeforeThing == nil { plusBeforeThing = index }
            }
            guard words[index].folded == "and" else { continue }
            for joiner in strongJoiners where words.matches(joiner, at: index) {
                var resume = index + joiner.count
                // "and whether she would speak", "and if he'd say": the subject and modal are the frame.
                while resume < words.count - 1, framing.contains(words[resume].folded) { resume += 1 }
                return cut(text, before: words[index], resumingAt: words[resume])
            }
            // ", and bring…", "and bring the dominoes guys": a plain "and" before a comma or a request's verb.
            if plainAnd == nil, gap.contains(",") || startsRequest(words[index + 1].folded) { plainAnd = index }
        }
        if let and = plainAnd { return cut(text, before: words[and], resumingAt: words[and + 1]) }
        // "the 4400 + 4500 blocks": one thing counted twice.
        guard let plus = plusBeforeThing, !(words[plus - 1].folded.first?.isNumber == true && words[plus].folded.first?.isNumber == true) else { return nil }
        return cut(text, before: words[plus], resumingAt: words[plus])
    }

    private static func listsThing(_ word: String) -> Bool {
        word.first?.isNumber == true || ["the", "a", "an", "his", "her", "their", "my", "our", "some", "any", "all", "one", "two", "three"].contains(word)
    }

    private static let framing: Set<String> = [
        "she", "he", "they", "she'd", "he'd", "they'd", "shed", "hed", "would", "could", "will", "can", "be", "willing", "to",
    ]

    private static func cut(_ text: String, before joiner: Word, resumingAt next: Word) -> (String, String)? {
        let first = text[..<joiner.range.lowerBound].trimming(" ,;:+&-")
        let second = text[next.range.lowerBound...].trimming(" ,;:+&-")
        guard !first.isEmpty, !second.isEmpty else { return nil }
        return (first, second)
    }
}
