/// What a person brings said without a verb to open it: a language named loosely ("Spanish at home",
/// "ASL was her first language"), a vehicle or a licence in a shorthand clause ("7-seat Sienna", "CDL-A"),
/// and a space or vehicle by how many it holds ("her basement fits 30").
extension SkillReader {
    /// "Spanish at home", "Portuguese first, Spanish too", "ASL was her first language": a clause that opens
    /// with a language and says nothing against it. Returns where the skill ends, or nil.
    static func languageClause(at index: Int, in unit: TextUnit) -> (bound: String.Index, nextWord: Int)? {
        let words = unit.words
        guard Lexicon.languages.contains(words[index].folded), index == 0 || !Lexicon.languages.contains(words[index - 1].folded)
        else { return nil }
        var end = clauseEnd(from: index + 1, in: unit)
        if end.nextWord > index + 1, !languageFollowers.contains(words[index + 1].folded), !Lexicon.languages.contains(words[index + 1].folded) {
            return nil  // "Spanish flyers", "English class"
        }
        if words[index..<end.nextWord].contains(where: { weakLanguage.contains($0.folded) }) { return nil }
        // "Portuguese first, Spanish too": the next clause names another language, one skill.
        while end.nextWord < words.count, Lexicon.languages.contains(words[end.nextWord].folded), startsClause(at: end.nextWord, in: unit) {
            let next = clauseEnd(from: end.nextWord + 1, in: unit)
            if words[end.nextWord..<next.nextWord].contains(where: { weakLanguage.contains($0.folded) }) { break }
            end = next
        }
        return end
    }

    /// What may follow a language at the start of a clause for the clause to be about the person's own.
    private static let languageFollowers: Set<String> = [
        "is", "was", "at", "first", "too", "also", "mostly", "fluent", "native", "natively", "fluently", "and", "y", "e",
        "or", "obviously", "both", "since", "from", "w", "with", "+", "sign", "creole", "speaker", "obv", "obvs", "of", "ofc",
    ]
    /// Words that say a language is not an asset: "English not much", "wants to learn Spanish".
    private static let weakLanguage: Set<String> = [
        "not", "no", "n't", "limited", "little", "learning", "learn", "learns", "broken", "basic", "rusty", "weak", "bad",
        "class", "classes", "lessons", "barely", "doesn't", "doesnt", "can't", "cant", "wish", "wants",
    ]

    /// "a first-language Mvskoke speaker", "native Tagalog speaker": returns where the phrase starts.
    static func speakerStart(at index: Int, in words: [Word]) -> Int? {
        guard Lexicon.languages.contains(words[index].folded), index + 1 < words.count, words[index + 1].folded.hasPrefix("speaker"),
            !words[index + 1].folded.hasSuffix("s")
        else { return nil }
        var start = index
        while start > 0, index - start < 3, ["first-language", "native", "fluent", "first", "language", "heritage"].contains(words[start - 1].folded) {
            start -= 1
        }
        return start
    }

    /// "- 2004 Chevy Silverado 4x4", "7-seat Sienna, can do group rides", "CDL-A", "forklift cert": a short
    /// shorthand clause that names a vehicle by make or model, or a licence, within its first words.
    static func namesVehicleOrCredential(from index: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        let end = clauseEnd(from: index + 1, in: unit).nextWord
        if gearJoined(index..<end, in: unit) { return true }
        // "has a van (white Econoline)": a parenthesis describes the thing just named, it is not another one.
        guard end - index <= 7, index == 0 || !unit.gap(before: index).contains("(")
        else { return false }
        // "Need: 6 folding tables", "Big van? She doesn't know anyone with one": wanted or asked about, not had.
        if let first = words.first, wanted.contains(first.folded) { return false }
        let afterClause = end < words.count ? unit.gap(before: end) : unit.string[words[end - 1].range.upperBound..<unit.range.upperBound]
        if afterClause.contains("?") { return false }
        var sawNumber = false
        for offset in index..<min(end, index + 4) {
            let word = words[offset].folded
            if Lexicon.vehicleModels.contains(word) || Lexicon.credentials.contains(word) { return clauseIsTheirs(index..<end, in: words) }
            // "EPA 608 universal": the refrigerant licence goes by its section number; the agency alone is no licence.
            if word == "epa", offset + 1 < end, words[offset + 1].folded == "608" { return clauseIsTheirs(index..<end, in: words) }
            // "boiler lic. 2nd class"; not "Lic. Ortega", the lawyer.
            if word == "lic", offset > index, !words[offset].isCapitalized, !["drivers", "driver's", "driver"].contains(words[offset - 1].folded) {
                return clauseIsTheirs(index..<end, in: words)
            }
            if sawNumber, Lexicon.vehicles.contains(word) { return clauseIsTheirs(index..<end, in: words) }  // "15-passenger van"
            // "- minivan, 7 seats + portable ramp": a list item that opens on the vehicle itself.
            // Not "- truck: F-250 w/ a hitch", where the word labels what follows.
            if index == 0, offset == 0, Lexicon.vehicles.contains(word), offset + 1 >= words.count || !unit.gap(before: offset + 1).contains(":") {
                return clauseIsTheirs(index..<end, in: words)
            }
            // "2 kayaks + a trailer", "6 folding tables", "20x20 canopy", "deep freezer in her garage": gear counted
            // or described, with no verb before it.
            if sawNumber || (offset > index && gearSizes.contains(words[offset - 1].folded)), isGear(word) {
                return clauseIsTheirs(index..<end, in: words)
            }
            if word == "class", offset + 1 < end, words[offset + 1].folded.count == 1 { return clauseIsTheirs(index..<end, in: words) }  // "Class B"
            sawNumber = sawNumber || word.first?.isNumber == true
        }
        return false
    }

    /// "label maker + laminator at home", "big color laser printer + a paper cutter in the back room": a clause that
    /// is only a piece of gear, joined by "+" or "&" to another, with no verb of its own.
    private static func gearJoined(_ clause: Range<Int>, in unit: TextUnit) -> Bool {
        let words = unit.words
        guard clause.count <= 6, clause.upperBound < words.count, clause.lowerBound == 0 || !unit.gap(before: clause.lowerBound).contains("("),
            !wanted.contains(words[clause.lowerBound].folded), ["+", "&"].contains(unit.gap(before: clause.upperBound).trimmed),
            isGear(words[clause.upperBound - 1].folded) || Lexicon.vehicles.contains(words[clause.upperBound - 1].folded)
        else { return false }
        let next = clause.upperBound..<clauseEnd(from: clause.upperBound + 1, in: unit).nextWord
        guard next.prefix(4).contains(where: { isGear(words[$0].folded) }) else { return false }
        return clauseIsTheirs(clause.lowerBound..<next.upperBound, in: words)
    }

    /// "Need: 6 folding tables", "wishlist - a projector": gear wanted, not had.
    private static let wanted: Set<String> = ["need", "needs", "want", "wants", "wishlist", "missing"]

    /// Words that describe a piece of gear before its name: "deep freezer", "big copier", "folding tables".
    private static let gearSizes: Set<String> = [
        "big", "deep", "heavy", "portable", "folding", "electric", "industrial", "commercial", "huge", "giant", "extra",
        "professional", "pro", "chest", "standing", "pop-up", "pop", "up",
    ]

    /// A thing that can be lent or carried, singular or plural: not a place, a channel or a paper.
    private static func isGear(_ word: String) -> Bool {
        let single = word.hasSuffix("s") ? String(word.dropLast()) : word
        return Lexicon.isResource(word) && !notGear.contains(single) && !notGear.contains(word)
    }
    private static let notGear: Set<String> = [
        "following", "platform", "list", "network", "contact", "audience", "space", "living", "lot", "building", "church",
        "office", "room", "show", "page", "column", "channel", "degree", "diploma", "permit", "badge", "ged", "master",
        "llc", "business", "catering", "daycare", "key", "bus", "chat", "bay", "garden", "yard", "backyard", "basement",
        "venue", "hall", "shop", "restaurant", "bakery", "cafe", "café", "barbershop", "salon", "studio", "storefront",
        "mailing", "parking", "driveway", "porch", "kitchen", "newsletter", "podcast", "blog", "zine", "radio", "dj",
        "setup", "sound", "press", "equipment", "tool", "cert", "credential", "endorsement", "license", "licence",
        "certificate", "certification", "cdl", "notary", "masters", "master's", "bachelor's", "phd", "cpr",
        "card",
    ]

    private static func clauseIsTheirs(_ range: Range<Int>, in words: [Word]) -> Bool {
        !words[range].contains { lostOrNotTheirs.contains($0.folded) || Lexicon.relations.contains($0.stem) }
    }

    /// Words that take a thing away from the person: "the Odyssey died", "sold the truck", "her son's van".
    /// "the cooler in the back of her Sienna", "off his box truck", "in her Transit van": the person's own vehicle,
    /// named in passing. Returns the index of the vehicle's word. Not someone else's ("her son's car", "his
    /// boss's van"), nor one lost ("her car got towed", "his truck broke down").
    static func possessedVehicle(at index: Int, in words: [Word], people: People) -> Int? {
        let pronoun = words[index].folded
        guard pronoun == "her" || pronoun == "his", people.isPerson(pronoun == "her" ? "she" : "he") else { return nil }
        // "Text her the bus pickup spot": "her" receives what is sent, and owns nothing.
        if index + 1 < words.count, Lexicon.determiners.contains(words[index + 1].folded) { return nil }
        var vehicle: Int? = nil
        for at in index + 1..<min(index + 4, words.count) {
            // Not "his trailer roof leaks": a trailer may be a home.
            if Lexicon.vehicles.contains(words[at].folded), words[at].folded != "trailer" { vehicle = at; break }
            // "her brothers van": a relation's, written without its apostrophe.
            let word = words[at].folded
            if word == "own" || Lexicon.relations.contains(words[at].stem) || word.hasSuffix("'s") || Lexicon.isRelative(word) {
                return nil
            }
        }
        guard let vehicle else { return nil }
        // "Her first pickup is at 6:15am": a pickup on a route, not a truck.
        if vehicle + 1 < words.count, ["is", "was", "at", "time", "times", "line", "window", "route", "stop", "spot", "point", "location"].contains(words[vehicle + 1].folded) { return nil }
        // "a title loan on his Buick", "Her pickup got totalled"
        let around = words[max(0, index - 4)..<vehicle].map(\.folded) + words[(vehicle + 1)..<min(words.count, vehicle + 4)].map(\.folded)
        if around.contains(where: { lostOrNotTheirs.contains($0) || vehicleTroubles.contains($0) }) { return nil }
        // "Her husband drives her van", "His wife works nights, she takes her van": someone else's, or someone else at the wheel.
        if words[max(0, index - 6)..<index].contains(where: { Lexicon.relations.contains($0.stem) }) { return nil }
        return vehicle
    }

    /// Words around a vehicle that tell of trouble with it, a debt on it, or a life lived in it, not a thing to lend.
    private static let vehicleTroubles: Set<String> = [
        "loan", "totalled", "crashed", "hasnt", "hasn't", "fix", "fixed", "fixing", "afford", "payment", "payments", "sleeps",
        "sleeping", "slept", "towed", "ticket", "wouldnt", "wouldn't", "start", "booted", "hit", "note", "lease", "paying",
        "company", "took", "rear", "ended", "pulled", "asleep", "lives", "living", "followed", "windshield", "keys", "stayed",
        "ice", "cops", "police",
    ]

    static let lostOrNotTheirs: Set<String> = [
        "sold", "died", "stolen", "towed", "repossessed", "repo'd", "totaled", "wrecked", "lost", "gone", "broke",
        "broken", "used", "borrowed", "rented", "needs", "need", "wants", "want", "no", "not", "lent", "gave", "expired",
        "suspended", "lapsed", "revoked", "doesnt", "doesn't", "didn't", "didnt", "had",
        // "4 generators went down", "20 chairs short", "big truck blocking the alley", "3 cars parked on the lawn"
        "short", "went", "down", "blocking", "blocked", "parked", "repoed", "needed", "missing", "ordered",
        // "TWIC office was closed", "EPA 608 rules changed"
        "closed", "office", "rules", "changed",
    ]

    /// "Block club meets in her basement", "the girls' step team practices in her garage", "the quilting circle
    /// meets at his place": a group that already gathers where the person lives. Returns the phrase's first and
    /// last word.
    static func groupMeetsAt(_ index: Int, in unit: TextUnit) -> (first: Int, last: Int)? {
        let words = unit.words
        guard gatherVerbs.contains(words[index].folded), index > 0, index + 3 < words.count else { return nil }
        // "Book club used to meet in her dining room", "wishes the tenants group could meet in her sala"
        if words[max(0, index - 4)..<index].contains(where: { ["used", "could", "would", "wishes", "wish", "wants", "might", "should"].contains($0.folded) }) {
            return nil
        }
        // "meets in her…", "are already at his…"
        let owner: Int
        if ["in", "at", "out"].contains(words[index + 1].folded) {
            owner = index + 2
        } else if ["already", "still"].contains(words[index + 1].folded), ["in", "at"].contains(words[index + 2].folded) {
            owner = index + 3
        } else {
            return nil
        }
        guard owner + 1 < words.count, ["her", "his", "their"].contains(words[owner].folded), homePlaces.contains(words[owner + 1].folded) else { return nil }
        let last = owner + 2 < words.count && ["room", "yard", "table"].contains(words[owner + 2].folded) ? owner + 2 : owner + 1
        // The group is named in the words before the verb, back to the clause's start.
        var first = index - 1
        while first > 0, index - first < 6, !startsClause(at: first, in: unit) { first -= 1 }
        if ["and", "so", "also"].contains(words[first].folded), first + 1 < index { first += 1 }
        if words[first..<index].contains(where: { ["we", "i", "you", "they"].contains($0.folded) }) { return nil }
        return (first, last)
    }
    static let gatherVerbs: Set<String> = ["meets", "practices", "rehearses", "gathers", "practice", "rehearse", "gather", "meet"]
    private static let homePlaces: Set<String> = [
        "basement", "garage", "house", "place", "apartment", "apt", "kitchen", "yard", "backyard", "living", "front", "barn", "shop",
        "porch", "salon", "store", "home", "den", "workshop", "storefront", "restaurant", "dining", "carport", "patio",
        // "meets in her sala", "en su casa"
        "sala", "casa", "cocina",
    ]

    /// "her basement fits 30", "the back room can fit maybe 25 ppl", "hall upstairs holds ~80": a space or a
    /// vehicle and how many it takes. Returns where the phrase starts.
    /// Numbers written as words, for how many a room seats: "seats twenty".
    private static let numberWords: Set<String> = ["ten", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "dozen"]

    static func capacityStart(at index: Int, in unit: TextUnit) -> Int? {
        let words = unit.words
        guard index > 0, capacityVerbs.contains(words[index].folded) else { return nil }
        // How many: a number within the next two words ("30", "~80", "maybe 25", "up to 40").
        guard (index + 1..<min(words.count, index + 4)).contains(where: { words[$0].folded.first?.isNumber == true || numberWords.contains(words[$0].folded) })
        else { return nil }
        var noun: Int? = nil
        // "her minivan, it seats 7": the thing is named in the clause before.
        let last = index >= 2 && ["it", "which"].contains(words[index - 1].folded) ? max(0, index - 6) : max(0, index - 5)
        for back in stride(from: index - 1, through: last, by: -1) {
            let word = words[back].folded
            if Lexicon.relations.contains(words[back].stem) || lostOrNotTheirs.contains(word) { return nil }
            if Lexicon.resources.contains(word) || Lexicon.resources.contains(String(word.dropLast())) { noun = back }
            if back == index - 1, ["it", "which"].contains(word) { continue }
            // The phrase opens at its article or at the clause: "her basement", "- hall upstairs".
            if startsClause(at: back, in: unit) || ["her", "his", "their", "the", "a", "an"].contains(word) { return noun.map { _ in back } }
        }
        return noun
    }
}
