/// How to reach the person met, and how they like to be reached.
public struct Contact: Hashable, Sendable {
    public var email: String?
    public var phone: String?
    /// Normalized channel: `text`, `email`, `call` or `card` when recognised, otherwise as written.
    public var prefers: String?

    public init(email: String? = nil, phone: String? = nil, prefers: String? = nil) {
        self.email = email
        self.phone = phone
        self.prefers = prefers
    }

    var isEmpty: Bool { email == nil && phone == nil && prefers == nil }

    /// Folds the many ways people write a channel into the four a follow-up can use.
    static func normalizedChannel(_ raw: String) -> String {
        let folded = raw.lowercased().trimming(" .")
        switch folded {
        case "text", "texts", "sms", "txt", "texting", "text message", "whatsapp", "signal", "message", "messages":
            return "text"
        case "email", "e-mail", "mail", "emails":
            return "email"
        case "call", "phone", "phone call", "calls", "voice", "calling":
            return "call"
        case "card", "letter", "handwritten", "handwritten card", "note", "post", "postcard":
            return "card"
        default:
            return folded
        }
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String { String(trimmedSlice(set)) }

    /// What is left once whitespace and the characters of `set` are trimmed from both ends, sharing this text's
    /// indices, so a caller can look at what was cut just past its end.
    func trimmedSlice(_ set: String) -> SubSequence {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace || set.contains(first) { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace || set.contains(last) { slice.removeLast() }
        return slice
    }

    /// Trimmed of whitespace and newlines at both ends.
    var trimmed: String { trimming("") }
}
