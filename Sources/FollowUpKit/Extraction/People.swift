/// Who a note is about and who wrote it, as words that can stand for them in its text.
struct People: Sendable {
    /// Folded first names (and full names) of the person met.
    let personNames: Set<String>
    /// Folded first names (and full names) of the organizer.
    let organizerNames: Set<String>

    static let thirdPersonPronouns: Set<String> = ["she", "he", "they"]
    static let thirdPersonObjects: Set<String> = ["her", "him", "them"]

    /// The person's folded family name, when the front matter gives more than one name.
    let personFamilyName: String?

    init(person: String, organizer: String?) {
        personNames = Self.names(of: person)
        organizerNames = organizer.map(Self.names(of:)) ?? []
        let words = Word.words(in: person[...]).map(\.folded)
        personFamilyName = words.count > 1 ? words.last : nil
    }

    /// "Everett Yahola runs a dozer", "Ms. Yahola": the person's family name after their first name or a title.
    func isFamilyName(at index: Int, in words: [Word]) -> Bool {
        guard let family = personFamilyName, index > 0, index < words.count, words[index].folded == family else { return false }
        return personNames.contains(words[index - 1].folded) || ["ms", "mr", "mrs", "miss", "dr", "sister", "brother"].contains(words[index - 1].folded)
    }

    private static func names(of fullName: String) -> Set<String> {
        let words = Word.words(in: fullName[...]).map(\.folded)
        guard let first = words.first else { return [] }
        return [first]
    }

    /// Whether the person met is the one speaking, so that "I" is them: an "A:" line of a transcript.
    private(set) var isSpeaking = false

    /// The same people, in the person's own words.
    var speaking: People {
        var copy = self
        copy.isSpeaking = true
        return copy
    }

    /// Whether the note is written to its author in the second person ("You asked her…", "You said you
    /// would…"), so that "you" is the organizer.
    private(set) var organizerIsYou = false

    /// Whether the note is written to the person met in the second person, as a letter ("you told me…", "I asked if
    /// you'd…"), so that "you" is them and "I" the organizer.
    private(set) var personIsYou = false

    /// Whether pronouns still stand for the person met; false once someone else has been named.
    private var pronounsArePerson = true
    /// "she" or "he", when the note makes plain which one stands for the person met.
    private(set) var pronoun: String? = nil

    /// The same people, knowing from one pass over a note's words the person's pronoun, by how often it
    /// uses each (in a note about a woman, "Her husband Gus … and he will come to things" is about Gus), and
    /// whether it speaks to its author as "you": two or more "you asked", "you said", "you met" and the like.
    func withVoice(counting words: some Sequence<Word>) -> People {
        var she = 0
        var he = 0
        var you = 0
        var youToMe = 0
        var afterYou = false
        var youWords = 0
        var greetsPerson = false
        var position = 0
        // The last three words: "you told me", "you'll call me", "asked if you'd".
        var back: (String, String, String) = ("", "", "")
        for word in words {
            let folded = word.folded
            // "Dear Marisa,", "Hi Marisa": the note opens by greeting the person met.
            if position == 1, Self.greetings.contains(back.2), personNames.contains(folded) { greetsPerson = true }
            position += 1
            if Self.youForms.contains(folded) || folded == "your" { youWords += 1 }
            switch folded {
            case "she", "her", "hers", "herself", "she's", "she'll", "she'd", "shes": she += 1
            case "he", "him", "his", "himself", "he's", "he'll", "he'd", "hes": he += 1
            default: if afterYou, Self.secondPersonVerbs.contains(folded) { you += 1 }
            }
            if folded == "me", Self.youForms.contains(back.1) || Self.youForms.contains(back.2) && !Self.askingWords.contains(back.1) { youToMe += 1 }
            if Self.youForms.contains(folded), back.2 == "asked" || back.1 == "asked" && ["if", "whether"].contains(back.2) { youToMe += 1 }
            afterYou = folded == "you"
            back = (back.1, back.2, folded)
        }
        var copy = self
        if she >= 3 && she >= 3 * he { copy.pronoun = "she" } else if he >= 3 && he >= 3 * she { copy.pronoun = "he" }
        // A letter to the person tells them what they said to "me", or greets them and says "you" more than "she" or
        // "he"; a note to oneself tells "you" what "she" said.
        copy.personIsYou = youToMe >= 2 && she + he < 3 * youToMe || greetsPerson && youWords >= 2 && she + he < youWords
        copy.organizerIsYou = you >= 2 && !copy.personIsYou
        return copy
    }

    private static let greetings: Set<String> = ["dear", "hi", "hey", "hello"]
    private static let youForms: Set<String> = ["you", "you'll", "you'd", "youll", "youd", "you've", "youve"]
    /// "can you send me…", "will you call me…": someone asking a favour, not a note to the person.
    private static let askingWords: Set<String> = ["can", "could", "would", "will", "if", "to"]

    private static let secondPersonVerbs: Set<String> = ["asked", "said", "met", "told", "promised", "went", "offered", "talked", "gave", "owe", "should"]

    /// The same people, with "she", "he" and "they" no longer standing for the person met.
    var withoutPronouns: People {
        var copy = self
        copy.pronounsArePerson = false
        return copy
    }

    /// Whether `word` names the person met: their first name or a third-person pronoun.
    func isPerson(_ word: String) -> Bool {
        (isSpeaking && word == "i") || (personIsYou && word == "you") || (pronounsArePerson && Self.thirdPersonPronouns.contains(word) && (pronoun == nil || word == "they" || word == pronoun))
            || personNames.contains(word)
    }
}
