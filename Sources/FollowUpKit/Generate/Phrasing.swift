/// Small pieces of natural English that the plan and the drafts share.
enum Phrasing {
    /// "housing", "housing and transit", "housing, transit and childcare".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    static func firstName(of name: String) -> String {
        name.split(separator: " ").first.map(String.init) ?? name
    }

    /// Text made safe for one line: no line breaks, no runs of spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" || $0 == " " }).joined(separator: " ")
    }

    /// A commitment's action without its date phrase, so that the date can be said in full instead.
    /// "send her the survey by Friday" → "send her the survey".
    static func withoutDates(_ text: String, meeting: CalendarDay) -> String {
        let scan = DateFinder(meeting: meeting).scan(text)
        guard !scan.mentions.isEmpty else { return oneLine(text).trimming(" ,;:.-–—") }
        var kept = ""
        var cursor = text.startIndex
        for mention in scan.mentions where mention.range.lowerBound >= cursor {
            var lower = mention.range.lowerBound
            // Take the word that leads into the date with it ("by Friday", "on Dec 3").
            let before = text[cursor..<lower]
            for lead in ["by ", "on ", "at ", "before ", "until ", "for ", "from ", "due "] {
                let folded = before.lowercased()
                // A whole word only: "description 📅 …" keeps its "on".
                guard folded == lead || folded.hasSuffix(" " + lead) else { continue }
                lower = text.index(lower, offsetBy: -lead.count)
                break
            }
            kept += text[cursor..<lower]
            cursor = mention.range.upperBound
        }
        kept += text[cursor...]
        return oneLine(kept).trimming(" ,;:.-–—")
    }

    /// Turns a note's third-person words about the person into second person for a message to them:
    /// "bring her photos" → "bring your photos", "send her the flyer" → "send you the flyer".
    /// "her" is an object ("you") before a determiner, a preposition or the end, else possessive ("your").
    static func addressed(_ text: String) -> String {
        let objectFollowers: Set<String> = [
            "the", "a", "an", "some", "this", "that", "these", "those", "our", "my", "two", "three", "to", "by", "at",
            "on", "in", "for", "about", "with", "from", "and", "or", "after", "before", "tomorrow", "today", "tonight",
            "next", "this", "when", "if", "up", "back", "again", "know", "",
        ]
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        for (index, word) in words.enumerated() {
            let bare = word.lowercased().trimming(".,;:!?")
            let suffix = String(word.reversed().prefix(while: { ".,;:!?".contains($0) }).reversed())
            let next = index + 1 < words.count && suffix.isEmpty ? words[index + 1].lowercased().trimming(".,;:!?") : ""
            var replacement: String? = nil
            switch bare {
            case "she", "he": replacement = "you"
            case "her": replacement = objectFollowers.contains(next) || next.first?.isNumber == true ? "you" : "your"
            case "his", "their": replacement = "your"
            case "him", "them": replacement = "you"
            case "herself", "himself", "themselves": replacement = "yourself"
            case "she's", "he's": replacement = "you're"
            case "she'll", "he'll": replacement = "you'll"
            default: break
            }
            out.append(replacement.map { $0 + suffix } ?? word)
        }
        return out.joined(separator: " ")
    }
}
