/// How to reach the person for a thank-you: their preference, else what the note gives.
public enum Channel: String, Hashable, Sendable, CaseIterable {
    case text, email, card, call

    init(for contact: Contact?) {
        if let prefers = contact?.prefers, let channel = Channel(rawValue: prefers) {
            self = channel
        } else if contact?.phone != nil {
            self = .text
        } else if contact?.email != nil {
            self = .email
        } else {
            self = .card
        }
    }

    /// "by text (555-0100)", "by email (maria@example.org)", "with a handwritten card".
    func thanksPhrase(_ contact: Contact?) -> String {
        switch self {
        case .text: return "by text" + (contact?.phone.map { " (\(Phrasing.oneLine($0)))" } ?? "")
        case .email: return "by email" + (contact?.email.map { " (\(Phrasing.oneLine($0)))" } ?? "")
        case .call: return "with a call" + (contact?.phone.map { " (\(Phrasing.oneLine($0)))" } ?? "")
        case .card: return "with a handwritten card"
        }
    }
}
