/// Who a note is about and who wrote it, as words that can stand for them in its text.
struct People: Sendable {
    /// Folded first names (and full names) of the person met.
    let personNames: Set<String>
    /// Folded first names (and full names) of the organizer.
    let organizerNames: Set<String>

    static let thirdPersonPronouns: Set<String> = ["she", "he", "they"]
    static let thirdPersonObjects: Set<String> = ["her", "him", "them"]

    init(person: String, organizer: String?) {
        personNames = Self.names(of: person)
        organizerNames = organizer.map(Self.names(of:)) ?? []
    }

    private static func names(of fullName: String) -> Set<String> {
        let words = Word.words(in: fullName[...]).map(\.folded)
        guard let first = words.first else { return [] }
        return [first]
    }

    /// Whether pronouns still stand for the person met; false once someone else has been named.
    private var pronounsArePerson = true

    /// The same people, with "she", "he" and "they" no longer standing for the person met.
    var withoutPronouns: People {
        var copy = self
        copy.pronounsArePerson = false
        return copy
    }

    /// Whether `word` names the person met: their first name or a third-person pronoun.
    func isPerson(_ word: String) -> Bool {
        (pronounsArePerson && Self.thirdPersonPronouns.contains(word)) || personNames.contains(word)
    }
}
