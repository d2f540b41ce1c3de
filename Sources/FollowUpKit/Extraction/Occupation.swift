/// Telling a job from any other noun: a word list of trades and professions, and the endings most
/// job names share ("-er", "-or", "-ist", "-ian"), less the many ordinary words with those endings.
enum Occupation {
    static let names: Set<String> = [
        "nurse", "rn", "lpn", "cna", "np", "teacher", "electrician", "plumber", "carpenter", "lawyer", "attorney",
        "paralegal", "accountant", "designer", "photographer", "chef", "cook", "mechanic", "driver", "worker", "pastor",
        "translator", "interpreter", "engineer", "programmer", "developer", "doctor", "physician", "organizer",
        "librarian", "musician", "artist", "writer", "journalist", "reporter", "contractor", "painter", "welder",
        "barber", "hairdresser", "stylist", "baker", "caterer", "therapist", "counselor", "dj", "videographer", "analyst",
        "bookkeeper", "steward", "postmistress", "postmaster", "realtor", "professor", "tutor", "coach", "emt", "paramedic", "firefighter",
        "seamstress", "tailor", "pharmacist", "dentist", "aide", "caregiver", "midwife", "doula", "janitor", "custodian",
        "cashier", "server", "bartender", "barista", "gardener", "landscaper", "farmer", "roofer", "mason", "machinist",
        "trucker", "pilot", "veterinarian", "vet", "administrator", "secretary", "clerk", "principal", "minister",
        "deacon", "rabbi", "imam", "chaplain", "priest", "filmmaker", "illustrator", "editor", "coder", "scientist",
        "researcher", "planner", "architect", "surveyor", "handyman", "technician", "manicurist", "housekeeper",
        "picker", "packer", "stower", "loader", "guard", "dishwasher", "nanny", "babysitter", "courier", "dispatcher",
        "receptionist", "hygienist", "practitioner", "usher", "organist", "treasurer", "paraprofessional", "para",
        "cleaner", "drywaller", "upholsterer", "cobbler", "butcher", "florist", "activist", "chemist",
        "economist", "nutritionist", "pediatrician", "optician", "mortician", "auditor", "inspector",
        "assessor", "estimator", "operator", "supervisor", "foreman", "forewoman", "lead", "manager", "owner", "admin",
        "attendant", "assistant", "stenographer", "ot", "pt", "moderator", "tech", "milker",
        "notary", "carrier", "elder", "longshoreman", "fisherman", "doorman", "repairman", "lineman", "mailman",
        "craftsman", "tradesman", "salesman", "saleswoman", "cameraman", "deliveryman", "instructor",
        // positions held and the aides' and care workers' titles
        "president", "pres", "vice-president", "chair", "chairwoman", "chairman", "chairperson", "co-chair", "captain",
        "trustee", "delegate", "rep", "ra", "ta", "headmistress", "headmaster", "deaconess", "committeeman",
        "committeewoman", "dsp", "hha", "pca", "cma", "lvn", "cutter", "cpa", "lifeguard", "technologist", "sonographer",
        // hospital and trade shorthand: "PCT on 6W nights", "RRT on 2nd shift", "maint mech", "cafeteria mgr"
        "pct", "rrt", "rcis", "cst", "evs", "crna", "mech", "mgr", "supv",
        // "crane op in the BOF 22 yrs", "machine op, 2nd shift": an operator, in shop talk
        "op",
        // Spanish, as bilingual notes write it
        "costurera", "costurero", "cocinera", "cocinero", "mesera", "mesero", "carpintero", "albañil", "plomero",
        "electricista", "mecánico", "mecanico", "chofer", "jardinero", "niñera", "enfermera", "enfermero", "maestra",
        "maestro", "catequista", "cajera", "cajero", "panadero", "soldador", "techero",
        // job names with none of the endings below, or with an ending the rule turns away ("-ier", short words)
        "waitress", "hostess", "actress", "stewardess", "surgeon", "valet", "maid", "nun", "medic", "concierge",
        "cantor", "vicar", "rector", "bishop", "sexton", "sacristan", "apprentice",
        "chauffeur", "cabbie", "bellhop", "busboy", "poet", "miner", "tiler", "glazier", "soldier", "deputy",
        "sheriff", "sergeant", "lieutenant", "consultant", "merchant", "deckhand", "stevedore", "roughneck",
        "farrier", "grocer", "brewer", "knight", "ump", "umpire", "referee", "busser", "barback",
        "marine", "sailor", "airman", "houseman", "selector", "bombeiro", "bombeira", "camareira", "camareiro", "faxineira",
        "promotora", "promotor", "abogada", "abogado", "contadora", "contador", "doctora", "partera", "curandera",
        "estilista", "peluquera", "peluquero", "pintor", "herrero", "carnicero", "taquero", "panadera", "costureira",
        "cozinheira", "cozinheiro", "enfermeira", "pescador", "pedreiro", "carpinteiro", "eletricista", "motorista",
        "professora", "sacristán", "delegado", "delegada", "mayordomo", "mayordoma", "tesorero",
        "tesorera", "presidenta", "presidente", "secretaria", "secretario", "coordinadora", "coordinador", "lavaplatos",
        "tractorista", "mecánica", "cuidadora", "trabajadora", "jornalero", "jornalera", "sastre",
        // French and Kreyòl, as Haitian and West African notes write them
        "professeur", "professeure", "infirmière", "infirmier", "électricien", "électricienne", "tresseuse", "coiffeuse",
        "couturière", "couturier", "comptable", "expert-comptable", "trésorier", "trésorière", "cuisinière", "cuisinier",
        "mécanicien", "maçon", "plombier", "menuisier", "enseignante", "enseignant", "chofè", "pastè", "diakon",
    ]

    /// Trades named with "-man" or "-woman", which ordinary words share ("gentleman", "middleman").
    private static let tradesInMan: Set<String> = [
        "lineman", "linemen", "longshoreman", "longshoremen", "fisherman", "fishermen", "foreman", "forewoman", "handyman",
        "repairman", "doorman", "postman", "deliveryman", "councilman", "councilwoman", "alderman", "alderwoman", "chairman",
        "chairwoman", "cameraman", "craftsman", "journeyman", "serviceman", "salesman", "saleswoman", "policeman",
        "policewoman", "fireman", "maintenanceman", "lobsterman", "draftsman", "businessman", "businesswoman", "congressman",
        "congresswoman", "signalman", "brakeman", "trackman", "groundsman", "groundskeeper", "seaman", "yardman", "milkman",
    ]

    /// Services that say where someone served: "ex-army", "ex-navy".
    private static let services: Set<String> = ["army", "navy", "military", "marine", "marines", "cop", "police", "coast", "airforce"]

    /// Ordinary words with a job-like ending.
    private static let notJobs: Set<String> = [
        "member", "mother", "father", "sister", "brother", "daughter", "neighbor", "neighbour", "leader", "fighter",
        "partner", "user", "beginner", "newcomer", "believer", "supporter", "renter", "homeowner", "customer", "rider",
        "voter", "smoker", "drinker", "other", "another", "either", "neither", "number", "letter", "paper", "water",
        "center", "centre", "corner", "summer", "winter", "october", "november", "december", "september", "after",
        "never", "ever", "over", "under", "together", "later", "sooner", "older", "younger", "bigger", "better", "manner",
        "matter", "dinner", "major", "minor", "color", "colour", "favor", "floor", "door", "monitor", "sticker", "flyer",
        "trailer", "teenager", "regular", "power", "tower", "computer", "printer", "answer", "error", "mirror",
        "register", "quarter", "character", "grandmother", "grandfather", "stepfather", "stepmother", "foster",
        "christian", "guardian", "median", "civilian", "list", "twist", "wrist", "assist", "exist", "insist", "resist",
        "whether", "rather", "weather", "together", "however", "whatever", "whoever", "wonder", "order", "border",
        "offer", "proper", "super", "super's", "sooner", "cancer", "tumor", "labor", "labour", "harbor", "rumor",
        "humor", "honor", "mayor", "senator", "governor", "landlord", "tenant", "roommate", "ladder", "leader's",
        "elevator", "radiator", "refrigerator", "generator", "calculator", "indicator", "ventilator", "escalator",
        "kinder", "walker", "stroller", "incubator", "laminator", "grinder", "chipper", "freezer", "cooler", "maker", "speaker", "senior", "junior", "interior", "exterior", "superior", "baptist", "methodist", "adventist", "lutheran", "presbyterian", "episcopalian", "unitarian", "vegetarian",
    ]

    static func isOccupation(_ word: String) -> Bool {
        if names.contains(word) { return true }
        if word.hasPrefix("ex-") {  // "ex-longshoreman", "ex-army"
            let rest = String(word.dropFirst(3))
            return services.contains(rest) || isOccupation(rest)
        }
        // "A-mech", "EMT-B": a grade joined to a job by a hyphen.
        let parts = word.split(separator: "-")
        if parts.count == 2, parts.contains(where: { $0.count == 1 && $0.allSatisfy(\.isLetter) }),
            parts.contains(where: { $0.count > 1 && names.contains(String($0)) })
        {
            return true
        }
        guard word.count >= 6, !notJobs.contains(word), word.allSatisfy(\.isLetter) else { return false }
        // "locksmith", "millwright": the old trade endings.
        if word.hasSuffix("smith") || word.hasSuffix("wright") { return true }
        // "longshoreman", "postmistress", "councilwoman"; not "gentleman", "middleman"
        if tradesInMan.contains(word) || word.hasSuffix("mistress") { return true }
        return ["er", "or", "ist", "ian"].contains { word.hasSuffix($0) } && !word.hasSuffix("ier") && !word.hasSuffix("water")
    }

    /// Titles that are jobs only after the kind of work and before where or how long: "library associate at
    /// Eastside", "election judge at her precinct"; not "a good judge of character", "an associate member".
    private static let modifiedTitles: Set<String> = ["associate", "judge"]

    private static func isModifiedTitle(at index: Int, from start: Int, in words: [Word]) -> Bool {
        guard index > start, modifiedTitles.contains(words[index].folded) else { return false }
        guard index + 1 < words.count else { return true }
        let next = words[index + 1].folded
        return ["at", "in", "for", "on", "with", "since", "ii", "iii"].contains(next) || next.first?.isNumber == true
    }

    /// "dog walker": a walker with the work named before it; a walker alone helps someone walk.
    private static func isDogWalker(at index: Int, in words: [Word]) -> Bool {
        words[index].folded == "walker" && index > 0 && words[index - 1].folded == "dog"
    }

    /// A job within the next four words ("a home care aide", "a high school chemistry teacher"), or within three
    /// words of a credential named on the way: "a Part 107 certified drone pilot", "a Class C certified water operator".
    static func follows(from index: Int, in words: [Word]) -> Bool {
        var limit = 4
        var offset = 0
        while offset < limit, index + offset < words.count {
            let word = words[index + offset].folded
            if isOccupation(word) || isModifiedTitle(at: index + offset, from: index, in: words)
                || isDogWalker(at: index + offset, in: words)
            {
                return true
            }
            if ["certified", "licensed", "registered"].contains(word) { limit = offset + 4 }
            offset += 1
        }
        return false
    }

    /// The last word of a job name that starts at `index`: "nurse", "nurse practitioner", "PTA treasurer",
    /// "school bus driver". Words before the job must be job words themselves, modifiers such as "union"
    /// or "home", or acronyms written in capitals.
    static func compound(at index: Int, in unit: TextUnit) -> Int? {
        let words = unit.words
        var last: Int? = nil
        var plain = false
        var offset = index
        while offset < words.count, offset < index + 3 {
            let word = words[offset].folded
            // "Pepper, who died": a capital in mid-sentence is a name, whatever its ending.
            // …but a title with its grade is a title: "yard hostler 4 yrs, Hostler II on their scale".
            let graded = offset + 1 < words.count && ["i", "ii", "iii", "iv"].contains(words[offset + 1].folded)
                && unit.string[words[offset + 1].range].allSatisfy(\.isUppercase)
            let named = words[offset].isCapitalized && offset > 0 && !names.contains(word) && !word.contains("-") && !graded
            // …and a "photo op" is no operator
            let photoOp = word == "op" && offset > 0 && words[offset - 1].folded == "photo"
            if isOccupation(word) || isModifiedTitle(at: offset, from: index, in: words) || isDogWalker(at: offset, in: words), !named, !photoOp {
                last = offset
            } else if last != nil {
                break
            } else if !(Lexicon.occupations.contains(word) || isAcronym(words[offset], in: unit)) {
                // "mixer operator", "stationary engineer", "Hwy Maint Worker III", "county staff accountant": one or two
                // plain words may name the kind of job.
                guard offset < index + 2, word.allSatisfy({ $0.isLetter || $0 == "-" }), !modifierStopWords.contains(word),
                    !Lexicon.relations.contains(word),
                    (offset + 1..<min(words.count, index + 3)).contains(where: {
                        names.contains(words[$0].folded) || isModifiedTitle(at: $0, from: index, in: words)
                    })
                else { break }
                plain = true
            }
            offset += 1
            if offset < words.count, unit.gap(before: offset) != " " { break }
        }
        // Two words before the job, one of them plain, only in shorthand that ends there or gives a grade: "Hwy Maint
        // Worker III", "county staff accountant, grade 14", "motor vehicle rep 2". Not a sentence's subject: "Night
        // shift worker at the plant got fired", "Front desk secretary at the clinic keeps losing her forms".
        if let found = last, plain, found - index >= 2, found + 1 < words.count,
            !unit.gap(before: found + 1).contains(where: { ",;:.(".contains($0) }),
            !(["i", "ii", "iii", "iv"].contains(words[found + 1].folded) || words[found + 1].folded.first?.isNumber == true)
        {
            return nil
        }
        return last
    }

    /// Words that never name a kind of job before a job title.
    private static let modifierStopWords: Set<String> = Lexicon.determiners.union([
        "she", "he", "they", "i", "we", "you", "it", "no", "not", "any", "every", "each", "one", "other", "new", "old",
        "former", "ex", "same", "only", "also", "and", "or", "but", "so", "then", "now", "talk", "ask", "call", "text",
        "email", "meet", "see", "tell", "her", "his", "is", "was", "as", "like", "to", "from", "with", "for", "at", "in",
        "on", "by", "of", "mom", "dad",
    ])

    private static func isAcronym(_ word: Word, in unit: TextUnit) -> Bool {
        let text = unit.string[word.range]
        return text.count >= 2 && text.count <= 5 && text.allSatisfy { $0.isUppercase }
    }

    /// Shorthand "nurse at St Luke's" or "Housekeeper 11 yrs": the job ends the clause or is followed by
    /// where, how long or when.
    static func standsAlone(after index: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        guard index + 1 < words.count else { return true }
        let gap = unit.gap(before: index + 1)
        if gap.contains(where: { ",;:(.—–@".contains($0) }) { return true }  // "diesel mech @ city fleet garage"
        if ["+", "&"].contains(gap.trimmed) { return true }  // "cashier + cash office at #118"
        let next = words[index + 1].folded
        // "SPD tech II, 2nd shift", "Custodian III": a grade after the title.
        if ["ii", "iii", "iv"].contains(next), unit.string[words[index + 1].range].allSatisfy(\.isUppercase) { return standsAlone(after: index + 1, in: unit) }
        // "Equip Operator I, 8 yrs": a first grade, which only a comma or the line's end tells from "I".
        if next == "i", unit.string[words[index + 1].range] == "I" {
            return index + 2 == words.count || unit.gap(before: index + 2).contains(where: { ",;.(".contains($0) })
        }
        // "electrician apprentice yr 3": the year of an apprenticeship is a grade.
        if ["yr", "year"].contains(next), index + 2 < words.count, words[index + 2].folded.first?.isNumber == true { return true }
        return ["at", "in", "for", "on", "by", "with", "out", "since"].contains(next) || next.first?.isNumber == true
    }
}
