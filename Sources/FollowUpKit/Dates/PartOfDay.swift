/// A coarse part of the day that settles am/pm for a bare hour ("Thursday evening at 7").
enum PartOfDay: Sendable, Equatable {
    case morning, afternoon, evening

    /// Reads "morning", "afternoon", "evening" ("eve"), "night" ("nite") or "tonight"; night counts as evening.
    init?(word: String?) {
        switch word {
        case "morning": self = .morning
        case "afternoon": self = .afternoon
        case "evening", "eve", "night", "nite", "tonight", "tonite": self = .evening
        default: return nil
        }
    }
}
