/// Commitments said in Spanish or Portuguese, as notes from a worker center or a fishing port write them:
/// "Le mando el flyer mañana" (I'll send her the flyer), "Voy a llamar a Lupe", "Vou ligar pra ela",
/// "va a traer las sillas" (she'll bring the chairs), "quedó en mandar la lista" (she agreed to send the list).
extension CommitmentReader {
    /// First-person present verbs that say "I'll" after an object pronoun: "Le mando…", "Les paso…", "Lhe levo…".
    private static let firstPersonErrands: Set<String> = [
        "mando", "envío", "envio", "reenvío", "paso", "llamo", "marco", "escribo", "llevo", "traigo", "aviso", "consigo",
        "confirmo", "busco", "presento", "comparto", "agrego", "apunto", "inscribo", "muestro",
        "ligo", "levo", "trago", "escrevo", "mostro", "compartilho",
    ]
    /// First-person past verbs a ticked box says a done errand with: "Le di las copias", "Le mandé el flyer".
    private static let firstPersonPast: Set<String> = ["di", "dei", "hice", "fiz", "traje", "trouxe", "dije", "disse", "fui", "levei", "liguei"]

    private static let objectPronouns: Set<String> = ["le", "les", "lo", "la", "los", "las", "lhe", "lhes", "te"]

    /// Words a sentence may open with before the errand: "Mañana le mando…", "Hoy le paso…", "Eu vou ligar…".
    private static let leadWords: Set<String> = [
        "mañana", "hoy", "luego", "después", "despues", "también", "tambien", "y", "yo", "amanhã", "amanha", "hoje", "depois",
        "eu", "e",
    ]

    /// Infinitives after "va a" or "vou" that are no promise: "lo va a pensar" (maybe), "va a haber",
    /// "va a estar en el trabajo", "vou tentar" (I'll try).
    private static let nonActionInfinitives: Set<String> = [
        "pensar", "pensarlo", "ver", "haber", "estar", "ser", "tener", "poder", "llover", "perder", "ter", "chover",
        "preguntar", "perguntar", "consultar", "avisar", "tratar", "intentar", "tentar",
        // what happens to her, not what she will do: "va a llegar tarde", "va a faltar", "me va a costar"
        "llegar", "faltar", "costar", "operar", "operarse", "casar", "casarse", "jubilar", "jubilarse", "mudar", "mudarse",
        "salir", "trabajar", "viajar", "chegar", "custar", "trabalhar",
    ]

    /// "mandar", "llamarle", "ligar", "escribirles": an infinitive, with or without a pronoun joined to its end.
    static func isRomanceInfinitive(_ word: String) -> Bool {
        var stem = Substring(word)
        for enclitic in ["les", "le", "los", "las", "lo", "la", "me", "nos", "se", "lhe"] where stem.hasSuffix(enclitic) && stem.count > enclitic.count + 3 {
            let trimmed = stem.dropLast(enclitic.count)
            if ["ar", "er", "ir"].contains(where: trimmed.hasSuffix) { stem = trimmed; break }
        }
        return stem.count > 3 && ["ar", "er", "ir"].contains(where: stem.hasSuffix)
    }

    /// "llamarle", "avisarles", "mandarlo": an infinitive with the person as its object joined to its end.
    private static func hasObjectPronoun(_ word: String) -> Bool {
        // The infinitive before the pronoun is five letters at least: "llamarle", not "Charles".
        ["les", "le", "la", "lo", "lhe"].contains { word.hasSuffix($0) && word.count - $0.count >= 5 && isRomanceInfinitive(String(word.dropLast($0.count))) }
    }

    /// Where the organizer's errand starts in "Le mando…", "Mañana le paso…", "Le voy a mandar…", "Vou ligar…".
    static func romanceOrganizerAction(_ words: [Word]) -> Int? {
        var index = 0
        while index < min(2, words.count), leadWords.contains(words[index].folded) { index += 1 }
        guard index + 1 < words.count else { return nil }
        var verb = index
        if objectPronouns.contains(words[verb].folded) { verb += 1 }
        guard verb + 1 < words.count else { return nil }
        let word = words[verb].folded
        if verb > index, firstPersonErrands.contains(word) { return verb }  // "Le mando…" (the pronoun makes it Spanish)
        let action = word == "voy" && words[verb + 1].folded == "a" ? verb + 2 : word == "vou" ? verb + 1 : nil
        guard let action, action < words.count else { return nil }
        let infinitive = words[action].folded
        return isRomanceInfinitive(infinitive) && !nonActionInfinitives.contains(infinitive) ? action : nil
    }

    /// Subjects a Spanish or Portuguese "va a…" may follow and still be the person's: nothing, "ella", "ele",
    /// the person's name, or a pronoun object ("me va a mandar la lista").
    private static let romanceSubjects: Set<String> = [
        "ella", "él", "ela", "ele", "también", "tambien", "também", "me", "nos", "y", "e", "pero", "mas",
    ]

    /// How many words of a promise in Spanish or Portuguese start at `index`, when the person makes it:
    /// "va a traer…", "vai trazer…", "quedó en mandar…", "ficou de mandar…", "se ofreció a…", "prometió…".
    static func romanceSupporterPromise(at index: Int, in words: [Word], people: People) -> Int? {
        let word = words[index].folded
        let next = index + 1 < words.count ? words[index + 1].folded : ""
        let verb: Int
        if word == "va" && next == "a" || ["vai", "prometió", "prometio", "prometeu"].contains(word) {
            verb = word == "va" ? 2 : 1
        } else if ["quedó", "quedo"].contains(word) && next == "en" || word == "ficou" && next == "de" {
            verb = 2
        } else if ["ofreció", "ofrecio", "ofereceu", "comprometió", "comprometio", "comprometeu"].contains(word),
            ["a", "para"].contains(next), index > 0, words[index - 1].folded == "se"
        {
            verb = 2
        } else {
            return nil
        }
        guard index + verb < words.count else { return nil }
        let infinitive = words[index + verb].folded
        guard isRomanceInfinitive(infinitive), !nonActionInfinitives.contains(infinitive) else { return nil }
        var subject = index - 1
        // "se va a operar", "se va a casar": something that happens to her; "se ofreció a" is an offer.
        if subject >= 0, words[subject].folded == "se" {
            if word == "va" || word == "vai" { return nil }
            subject -= 1
        }
        // "va a hablar con su esposo primero": a hedge, as in English.
        if index + verb + 3 < words.count, words[index + verb + 1].folded == "con",
            ["esposo", "esposa", "marido", "mujer", "familia", "pastor", "padre"].contains(words[index + verb + 3].folded)
        {
            return nil
        }
        // "dijo que va a hablar con su vecina": her own word about what she will do.
        if subject >= 1, ["que", "qué"].contains(words[subject].folded), ["dijo", "dice", "disse", "diz"].contains(words[subject - 1].folded) {
            subject -= 2
        }
        if subject >= 0 {
            let before = words[subject]
            guard romanceSubjects.contains(before.folded) || people.isPerson(before.subjectStem) else { return nil }
            if subject > 0, ["no", "não", "nao", "si", "se"].contains(words[subject - 1].folded) { return nil }
        }
        return verb
    }

    /// Whose a Spanish or Portuguese item with no subject is: the organizer's for "Le di las copias",
    /// "Le mando el flyer" and "Llamarle el lunes" (an errand done to the person).
    static func romanceItemOwner(_ words: [Word]) -> Commitment.Owner? {
        guard let first = words.first?.folded else { return nil }
        if words.count > 1, objectPronouns.contains(first) {
            let verb = words[1].folded
            if firstPersonErrands.contains(verb) || firstPersonPast.contains(verb) || verb.count > 3 && verb.hasSuffix("é") {
                return .organizer
            }
        }
        if hasObjectPronoun(first) { return .organizer }
        return nil
    }
}
