/// Finds what the person brings in a sentence of prose: "she's a nurse", "speaks Tagalog",
/// "has a truck", "knows the pastor at St. Mark's", "good at social media".
enum SkillReader {
    /// Phrases that open a skill; the skill runs from the phrase to the end of its clause.
    private static let openers = PhraseTable(openerList)
    private static let openerList = [
        "speaks", "speak", "fluent in", "bilingual", "trilingual", "translates", "interprets", "works as",
        "worked as", "used to be", "used to work as", "used to work in", "used to work at", "trained as", "trained in",
        "certified", "licensed", "knows how to", "good at", "great at", "good on", "good with", "great with",
        "skilled at", "skilled in", "experience with", "experience in", "experienced in", "experience as",
        "background in", "degree in", "expert in", "handy with", "handy", "big on", "can drive", "can cook",
        "can translate", "can host", "can design", "can print", "can build", "can fix", "can bake", "can make",
        "can film", "can sing", "can play", "can code", "can write", "can paint", "can open", "can get", "can store",
        "can read", "can lend", "can borrow", "can bring", "knows", "well connected", "well-connected",
        "is connected to", "runs a", "runs the", "runs her", "runs his", "leads the", "leads a", "manages", "coaches",
        "owns a", "owns the", "owns", "on the board of", "sits on", "plays", "sings in", "does", "coordinates",
        "organizes", "organized", "designs", "drives a", "drives for", "drives rideshare", "drives", "has driven",
        "keeps the", "has keys to", "edits", "makes", "builds", "repairs", "fixes", "teaches", "taught",
        "volunteers at", "volunteers with", "tutors", "bakes", "cooks for", "directs", "chairs", "advises", "hosts",
        "delivers", "works the", "works at", "works in", "works for", "works construction", "works overnight",
        "works nights", "has run", "has tools", "has connections", "is in", "belongs to", "retired from", "retired as",
        "close with", "is close with", "tight with", "is tight with", "is friends with", "friends with the",
        "is on", "on the", "serves on", "active in", "is active in", "involved in", "is involved in", "member of",
        "a member of", "president of", "prez of", "pres of", "vp of", "chair of", "head of", "captain of", "admin of", "admin for", "ran a", "ran the",
        "started a", "has testified", "testified at", "testified before", "testified in", "spoke at", "has spoken at", "has organized", "organized a", "the go-to", "the one",
        "drove a", "drove for", "years as a", "yrs as a", "years as an", "yrs as an", "moderator of", "admins of",
        "one of the admins", "founder of", "coordinator of", "organizer of", "djs", "dj's", "reads", "talks to",
        "cooked at", "cooked for", "cooks at", "sewed", "sews", "sells", "sold", "paints", "draws", "knits", "refs",
        "referees", "umpires", "speaking", "grew up speaking", "learned", "first-name basis", "first name basis",
        "unofficial", "started the", "admin del", "admin de", "has all", "vende", "sabe", "habla", "la conoce",
        "lo conoce", "la conocen", "lo conocen", "cleans houses", "cleans offices", "cleaned", "limpia casas", "limpia oficinas", "sat on the", "as a", "as an", "as the",
        "on a first-name basis", "on a first name basis",
        "runs an", "ran an", "mods", "moderates", "was on", "has been on", "served on", "served", "vice-chair of",
        "vice chair of", "co-chair of", "vice president of", "vice-president of", "treasurer of", "secretary of",
        "treasurer at", "secretary at", "did", "does the books", "did the books", "braids", "does hair", "writes",
        "flies", "talks", "grew up in", "can run", "the guy", "the lady", "the woman", "the man", "the person", "has",
        "in the", "collected", "gathered", "got",
        "runs that", "runs their", "runs our", "runs about", "rents a", "rents the", "rents out", "crochets", "quilts", "rides a", "keeps a",
        "shoots", "freelances as", "voted onto", "elected to", "gets by in", "can manage in", "manages in",
        "understands", "talk", "preaches", "mends", "codes in", "codes", "tas", "trucks", "carried mail", "carries mail",
        "delivers mail", "delivered mail", "drove taxi", "drove cab", "drives taxi", "drives cab", "drove school bus", "drives school bus", "drove bus", "drives bus", "grew up bilingual",
        "raised bilingual", "holds a", "holds the", "used to run", "used to lead", "used to coach", "used to teach",
        "used to organize", "used to cook", "used to manage", "used to do", "used to dj", "rebuilds", "restores",
        "has the key to", "has the keys to", "has a key to", "has key to", "has keys for", "holds the keys to", "keys to the", "key to the",
        "goes back and forth", "switches to", "switches between", "code-switches",
        // "heads the quilting circle", "trains them on the Hoyer lift", "welds the other vendors' carts"
        "heads the", "heads up the", "trains", "welds", "wires", "got keys to", "got the keys to", "got a key to",
        // Spanish: "es sacristán en…", "fue delegado ejidal", "tiene llave del salón"
        "es", "fue", "era", "trabaja de", "trabaja como", "trabajaba de", "trabajó de", "tiene llave", "tiene la llave",
        "tiene las llaves",
        // Spanish, French and Kreyòl trades and standing: "corta el pelo at the camp", "toca el bajo sexto", "fait la
        // cuisine pour tous les baptêmes", "tient la boutique on the corner", "pale kreyòl, français"
        "corta el pelo", "corta pelo", "toca el", "toca la", "maneja el", "maneja la", "organizó", "conoce a todas", "conoce a todos",
        "conoce a toda", "da las pláticas", "da pláticas", "fait la cuisine", "tient la boutique", "tient le restaurant",
        "tient le salon", "tient la caisse", "organise la", "organise le", "parle", "pale", "konnen tout", "chante dans",
        "dirige la", "dirige le", "coud",
        // what they put out, keep or got done: "puts out the bulletin", "kept the books for the co-op elevator",
        // "got the 4-way stop put in", "went to HS w/ the parks director"
        "puts out the", "puts out a", "puts out their", "put out the", "kept the books", "keeps the books", "kept books",
        "done the bookkeeping", "does the bookkeeping", "did the bookkeeping", "got the",
        // who learns the job from them: "trains all the new hires on the RF gun", "the one who orients the new techs"
        "trains the new", "trains all the new", "trains new", "trains the temps", "orients the new", "orients all the new",
        "orients new",
        // what they lend: "the big canopy he lends the fruit guys", "lends her extra carrito"
        "lends the", "lends her", "lends his", "presta su", "presta sus",
        // service: "Marine Corps 79 to 83", "ex-Army medic", "ex marine, 2 tours"
        "marine corps", "ex marine", "ex-marine", "ex-army", "ex army", "army vet", "navy vet", "ex-navy", "ex navy",
        "air force vet", "ex-air force",
    ] + servingVerbs + pastServingVerbs.sorted() + schoolmateOpeners + ["draft", "write", "organize", "start", "run", "found", "lead", "pass", "win", "build", "plan", "set up"].map { "helped " + $0 }
        + ["weekends", "nights", "days", "mornings", "evenings", "overnights", "doubles", "part-time", "part time", "full-time", "full time", "weekdays"]
        .flatMap { ["works \($0) at", "works \($0) for", "works \($0) in"] }

    /// What a person does for others, habitually: "posts the outages on Nextdoor", "calls bingo at the Legion",
    /// "co-hosts the call-in show on Radyo Pa Nou". These verbs name a skill only when the clause says for whom
    /// or where (`servesOthers`), so "she bowls" alone is not one.
    private static let servingVerbs = [
        "posts", "co-hosts", "cohosts", "calls", "bowls", "skates", "drums", "lifeguards", "volunteers", "types",
        "cuts", "tunes", "trains", "serves", "emcees", "mcs", "mentors", "caters", "streams", "livestreams",
        "notarizes", "ushers", "photographs", "films", "records", "announces", "bartends",
        "babysits", "grills", "cooks", "frames", "wires", "welds", "hauls", "mows",
        "transcribes", "subs", "proofreads", "prints", "runs", "leads", "installs", "hems", "alters",
    ]
    private static let servingVerbSet = Set(servingVerbs)

    /// Work for others told as a story: "chaired the parish building committee", "coached Little League at Ogden
    /// Park 15 summers", "did the Hawthorne PTO coat swap", "built the new stage for St Rita's parish hall". Like the
    /// serving verbs, these need to say for whom or where, or to name the group or event (`isPastService`).
    private static let pastServingVerbs: Set<String> = [
        "chaired", "co-chaired", "cochaired", "coached", "built", "trained", "installed", "tuned", "interpreted", "translated",
        "led", "ran", "founded", "hosted", "catered", "emceed", "mentored", "tutored", "coordinated", "directed", "did",
        "designed", "painted", "wired",
    ]
    /// Of those, the ones that name organizing: their object alone may say it was for a community ("ran Save Hoyt Park").
    private static let organizingVerbs: Set<String> = [
        "chaired", "co-chaired", "cochaired", "coached", "led", "ran", "founded", "hosted", "coordinated", "directed", "did",
    ]
    /// Events and bodies that organizing is done for: "the coat swap", "the Christmas toy drive".
    private static let communityEvents: Set<String> = [
        "drive", "swap", "fundraiser", "campaign", "strike", "walkout", "festival", "fair", "clinic", "program", "tournament",
        "vigil", "march", "rally", "cleanup", "clean-up", "giveaway", "dinner", "bazaar", "census", "petition", "league",
        "picnic", "parade", "sale", "potluck", "tenants", "negotiation", "boycott", "pantry",
    ]

    /// Openers that carry their own subject: what the person can get through others.
    private static let ownSubjectOpeners = PhraseTable([
        "we can borrow", "we could borrow", "we can use", "lets him use", "lets her use", "lets us use", "let us use",
        "can get us", "day job is", "job is", "unofficial",
    ])

    /// Openers that name a skill only when one of these words comes within the next few words:
    /// "she's in 3 parent facebook groups", "is on the parish council", "the one everyone goes to".
    /// Where speaking up is civic experience.
    private static let publicBodies: Set<String> = [
        "hearing", "hearings", "council", "board", "commission", "committee", "legislature", "capitol", "rally", "forum",
        "press", "congress", "senate", "assembly", "meeting",
    ]
    private static let needsAhead: [String: Set<String>] = [
        "is on": Lexicon.groups, "on the": Lexicon.groups, "the one": ["go", "goes", "call", "calls", "ask", "asks", "trust", "trusts", "turn", "turns", "who", "with"],
        "friends with the": Lexicon.groups.union(Occupation.names),
        "reads": Lexicon.languages, "talks to": ["half", "all", "everyone", "everybody", "most", "every"],
        // "rides a moped now", "keeps a spare battery + tools in a milk crate": a vehicle ridden, gear kept
        "rides a": ["moped", "motorcycle", "motorbike", "scooter", "ebike", "e-bike", "harley", "vespa"], "keeps a": Lexicon.resources,
        "speaking": Lexicon.languages, "grew up speaking": Lexicon.languages, "learned": Lexicon.languages,
        "habla": Lexicon.languages, "parle": Lexicon.languages, "pale": Lexicon.languages,
        // "Sat on the Dunbar LSC 6 yrs": a body she served on; not "sat on the bus"
        "sat on the": publicBodies.union(Lexicon.groups).union(["lsc", "vestry", "commission", "cmte"]),
        // "toca el bajo sexto", not "toca la puerta"; "maneja el loader", not "maneja la ansiedad"
        "toca el": instruments, "toca la": instruments, "maneja el": Lexicon.vehicles.union(["loader", "montacargas", "tractor", "camión", "forklift"]),
        "maneja la": Lexicon.vehicles.union(["troca", "camioneta", "grúa", "caja", "cocina"]), "started the": Lexicon.groups.union(["pantry", "program", "drive", "listserv", "garden", "chat", "page", "petition", "fridge", "newsletter", "clinic", "kitchen"]),
        "has all": Lexicon.groups.union(["families", "parents", "numbers", "contacts", "neighbors", "tenants", "workers"]),
        "was on": Lexicon.groups, "has been on": Lexicon.groups, "served": Lexicon.groups, "served on": Lexicon.groups,
        "has": ["speed"], "gets by in": Lexicon.languages, "can manage in": Lexicon.languages, "manages in": Lexicon.languages,
        "goes back and forth": Lexicon.languages,
        "switches to": Lexicon.languages, "switches between": Lexicon.languages, "code-switches": Lexicon.languages,
        "es": Occupation.names, "fue": Occupation.names, "era": Occupation.names,
        // "spoke at the county health board hearing": a public body, not a friend's party.
        "spoke at": publicBodies, "has spoken at": publicBodies, "understands": Lexicon.languages, "talk": Lexicon.languages,
        "trucks": ["long", "local", "regional", "otr"], "holds a": Lexicon.credentials.union(["class", "seat"]),
        "holds the": ["seat", "record", "keys", "key", "license", "licence", "permit"],
        "rents a": Lexicon.resources, "rents the": Lexicon.resources, "rents out": Lexicon.resources,
        "the guy": ["who", "with"], "the lady": ["who", "with"], "the woman": ["who", "with"], "the man": ["who", "with"],
        "the person": ["who", "with"],
        "in the": ["chat", "chats", "groupchat", "whatsapp", "facebook", "signal", "telegram", "listserv"],
        "got the": ["put", "installed", "fixed", "passed", "changed", "built", "repaired", "removed", "reopened", "painted", "lowered", "added",
                    "moved", "stopped", "reversed", "dropped", "restored", "paved", "named", "cancelled", "canceled"],
        "collected": ["signatures", "sigs", "signature"], "gathered": ["signatures", "sigs", "signature"], "got": ["signatures", "sigs"],
    ].merging(schoolmateOpeners.map { ($0, schoolmates) }) { listed, _ in listed }

    /// "went to HS w/ the parks director": a schoolmate, who must be someone worth knowing.
    private static let schoolmateOpeners = [
        "went to school with", "went to school w", "went to hs with", "went to hs w", "went to high school with", "went to high school w",
    ]

    /// Whom a schoolmate is worth knowing: "went to HS w/ the parks director", not "went to school with my cousin".
    private static let schoolmates = Occupation.names.union([
        "director", "alderman", "alderwoman", "mayor", "councilman", "councilwoman", "councilmember", "superintendent", "principal",
        "pastor", "commissioner", "chief", "sheriff", "senator", "rep", "representative", "supervisor", "manager", "owner",
    ])

    /// Openers that name the person only after the person is named or a pronoun for them: "he's the guy with
    /// the smoker", never "the guy who owns the building".
    private static let needsPersonBefore: Set<String> = ["the guy", "the lady", "the woman", "the man", "the person"]
    /// Openers whose clause runs on through "who": "the one who got the stop sign put in".
    private static let throughWho = needsPersonBefore.union(["the one"])

    /// What may not follow a general opener for it to name a skill ("knows that…", "does not…").
    private static let notAfterOpener: [String: Set<String>] = [
        "knows": ["that", "about", "what", "why", "when", "where", "if", "whether", "her", "him", "them", "it", "this", "me", "you", "us", "we", "i", "she", "he", "they", "nothing", "how", "who", "exactly", "who's", "whos", "what's", "whats"],
        // "does pickup", "does nights at Mercy", "does like half the block": a chore, a shift, a manner of speaking
        "does": ["not", "n't", "it", "that", "this", "so", "too", "what", "anything", "nothing", "well", "everything", "pickup", "dropoff",
                 "drop-off", "nights", "days", "doubles", "overnights"],
        "owns": ["up", "it", "that"],
        // "Ex marine husband", "ex-Navy boyfriend": someone of hers
        "ex marine": Lexicon.relations, "ex-marine": Lexicon.relations, "ex-navy": Lexicon.relations, "ex navy": Lexicon.relations,
        "ex-army": Lexicon.relations, "ex army": Lexicon.relations,
        "drives": ["me", "her", "him", "them", "up", "down", "home", "to", "past", "by", "everywhere", "around", "herself", "himself", "is"],
        "makes": ["it", "me", "her", "him", "them", "sure", "sense", "time", "a", "the", "no"],
        "is in": ["the", "a", "her", "his", "their", "pain", "trouble", "debt", "school", "charge", "town", "and", "but", "so", "too", "now", "for", "on", "with"],
        "hosts": ["it"], "directs": ["me", "her", "him"], "manages": ["to", "it"],
        "repairs": ["lawsuit", "case", "request", "requests", "list", "issue", "issues", "are", "were", "have", "to", "in", "on", "and"],
        // "can get 6", "can get eight of the morning drivers there": a count given in answer to an ask, not a skill
        "fixes": ["are", "were", "to", "in", "on", "and"], "can get": ["back", "to", "there", "out", "off", "away", "in", "it", "me", "anywhere", "somebody", "someone", "anyone", "anybody",
                    "nervous", "upset", "angry", "mad", "defensive", "emotional", "scared", "tired", "sick", "loud", "heated"],
        "ran a": ["red", "fever", "temperature", "risk"], "ran the": ["red", "risk", "numbers"],
        "speaks": speakExclusions, "speak": speakExclusions,
        "habla": ["con", "de", "a"], "sells": ["out", "it", "them"], "sold": ["out", "it", "them", "his", "her", "the"],
        "cleaned": ["up", "out", "it", "the", "her", "his", "for"], "sewed": ["the", "it", "them", "up"], "learned": ["that", "about", "how", "to"],
        "did": ["not", "n't", "it", "that", "this", "so", "too", "what", "anything", "nothing", "well", "the", "a", "an", "her", "his", "their",
                "say", "said", "get", "go", "come", "know", "want", "have", "make", "show", "you", "we", "i", "they", "he", "she", "me", "him",
                "them", "all", "some", "more", "most", "any", "and", "but", "before", "last", "everything", "something", "his", "great", "ok", "okay",
                "in", "to"],
        "writes": ["me", "to", "back", "down", "it", "that", "him", "her", "them", "up", "off"],
        "flies": ["to", "back", "home", "out", "in", "into", "off", "by"], "paints": ["over", "it", "them"], "braids": ["it", "them"],
    ]

    /// Numbers written as words, a count given in answer: "can get eight of the morning drivers there".
    private static let countWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty"]

    private static let speakExclusions: Set<String> = [
        "at", "to", "up", "with", "about", "on", "out", "for", "in", "of", "highly", "well", "it",
        // "speak 2 min at the hearing", "speak first", "speak publicly": a turn to speak, not a language
        "1", "2", "3", "5", "10", "one", "two", "three", "five", "ten", "first", "last", "publicly", "briefly", "tonight", "tomorrow",
    ]

    /// The openers that begin with "is", without it, for a contraction that carries the verb: "she's in", "he's close with".
    private static let afterIs = PhraseTable(openerList.compactMap { $0.hasPrefix("is ") ? String($0.dropFirst(3)) : nil })

    /// Phrases that introduce something the person has or is, checked against the lexicons.
    private static let possessions: [[Substring]] = [
        "has a", "has an", "has two", "has her", "has his", "has the", "'s got a", "has got a", "has access to", "got her", "got his",
        "does a", "has their", "have a", "keeps his", "keeps her",
        // written without the apostrophe, and in Spanish: "Hes got a Sprinter van", "tiene un comal grande"
        "hes got a", "shes got a", "hes got an", "shes got an", "tiene un", "tiene una", "tiene su", "tiene dos",
    ].map { $0.split(separator: " ") }
    /// What the person's own institution has is theirs to offer: "her church has a van we could borrow".
    private static let institutions: Set<String> = [
        "church", "mosque", "masjid", "temple", "synagogue", "congregation", "parish", "union", "local", "job", "work",
        "employer", "company", "shop", "school", "club", "group", "business", "store", "restaurant", "office", "center",
    ]
    /// First words of the identity and possession phrases.
    private static let identityAndPossessionWords: Set<String> = ["is", "was", "works", "retired", "has", "have", "owns", "used", "former", "and", "shes", "hes", "got", "does", "yrs", "years", "yr", "keeps"]
    private static let identities: [[Substring]] = [
        "is a", "is an", "was a", "was an", "'s a", "'s an", "'s been a", "'s been an", "has been a", "has been an", "works as a", "used to be a",
        "retired", "former", "a retired", "shes a", "shes an", "hes a", "hes an", "is the", "'s the", "shes the", "hes the",
        "was the",
    ].map { $0.split(separator: " ") }
    /// "She's PTA treasurer", "he is head steward": no article, so the job must come at once.
    private static let bareIdentities: [[Substring]] = ["'s", "is", "shes", "hes", "was"].map { $0.split(separator: " ") }

    /// `pronounsMeanOthersFrom`: where someone else has been named (a referral), so that "she" or "he" from
    /// there on is that person, not the one met.
    static func findAll(in unit: TextUnit, people: People, pronounsMeanOthersFrom othersFrom: String.Index? = nil) -> [Range<String.Index>] {
        let words = unit.words
        var people = people
        var pronounsEnd = words.count
        if let othersFrom, let first = words.firstIndex(where: { $0.range.lowerBound >= othersFrom }) { pronounsEnd = first }
        let clauseStarts = words.indices.map { startsClause(at: $0, in: unit) }
        var found: [Range<String.Index>] = []
        var index = 0
        while index < words.count {
            let word = words[index].folded
            if let phrase = ownSubjectOpeners.longest(at: index, in: words),
                index == 0 || !Lexicon.relations.contains(words[index - 1].stem) || phrase.first != "day",
                !conditional(before: index, in: unit)
            {
                // "said we can borrow the portable PA", "her brother-in-law lets him use the back kitchen"
                let end = clauseEnd(from: index + phrase.count, in: unit)
                found.append(words[index].range.lowerBound..<end.bound)
                index = max(end.nextWord, index + 1)
                continue
            }
            var opener = openers.longest(at: index, in: words).flatMap { phrase in
                isExcluded(phrase, at: index, in: unit) ? nil : phrase
            }
            var openerAfterContraction = false
            if opener == nil, word.hasSuffix("'s") || word == "shes" || word == "hes", startsWithPerson(index, in: words, people: people) || ["shes", "hes"].contains(word) && people.isPerson(String(word.dropLast())),
                let phrase = afterIs.longest(at: index + 1, in: words), !isExcluded(["is"] + phrase, at: index, in: unit)
            {
                opener = phrase  // "she's in 3 parent facebook groups": the skill starts after the contraction
                openerAfterContraction = true
            }
            if index == pronounsEnd { people = people.withoutPronouns }
            let clauseStart = clauseStarts[index]
            // Cheap test first: most words open no skill phrase at all.
            guard opener != nil || identityAndPossessionWords.contains(word) || word.contains("'") || clauseStart
                || word.hasSuffix("ing") || word == "her" || word == "his" || word == "on" || word == "as" || word == "own" || crowd.contains(word)
                || Lexicon.languages.contains(word) || capacityVerbs.contains(word) || gatherVerbs.contains(word)
            || (index > 0 && leadIns.contains(words[index - 1].folded))
            // "she fills out the forms for half of Birch St", "still checks sugar for half the 2nd floor"
            || (index > 0 && word.hasSuffix("s") && (words[index - 1].folded == "still" || people.isPerson(words[index - 1].subjectStem)))
            else {
                index += 1
                continue
            }
            let afterComma = index >= 2 && clauseStarts[index - 1]
            let subjectOK = index < pronounsEnd
                ? (clauseStart || hasPersonSubject(at: index, in: words, people: people, afterComma: afterComma) || startsWithPerson(index, in: words, people: people))
                    && !afterRelationsName(index, in: unit, people: people)
                : namedJustBefore(index, in: words, people: people)
            var start: Int? = nil
            var possessionStart: Int? = nil
            var knownEnd: (bound: String.Index, nextWord: Int)? = nil
            // "She works overnights as a pharmacy tech": the work verb carries the subject.
            let worksAs = opener.map { $0 == ["as", "a"] || $0 == ["as", "an"] || $0 == ["as", "the"] } == true && index < pronounsEnd
                && (max(0, index - 6)..<index).contains { workWords.contains(words[$0].folded) }
                && !(max(0, index - 6)..<index).contains { Lexicon.relations.contains(words[$0].stem) }
            let openerKey = opener?.joined(separator: " ") ?? ""
            let personBefore = !needsPersonBefore.contains(openerKey)
                || (index > 0 && index < pronounsEnd && hasPersonSubject(at: index, in: words, people: people))
            // "grew up in Kisumu speaking Luo and Swahili": the upbringing carries the subject.
            let grewUpSpeaking = openerKey == "speaking" && (max(0, index - 5)..<index).contains { ["grew", "raised"].contains(words[$0].folded) }
            if let opener, personBefore, subjectOK || worksAs || grewUpSpeaking {
                start = openerAfterContraction ? index + 1 : index
                // "keeps a cargo bike, a trailer, two bullhorns and a folding table": the gear runs on past its commas.
                if openerKey == "keeps a" { possessionStart = start }
                // "Did: wired the Legion hall", "**Does:** bakes overnight at Bellweather": a label, and what follows it.
                let after = index + opener.count
                if !openerAfterContraction, opener.count == 1, after < words.count, unit.gap(before: after).contains(":") { start = after }
            } else if let (phrase, next) = contracted(identities, at: index, in: words) ?? plain(plainIdentities, at: index, in: words),
                subjectOK, next < words.count, Occupation.follows(from: next, in: words),
                !caresForFamily(from: next, to: clauseEnd(from: next, in: unit).nextWord, in: words)
            {
                // "was a seamstress", "used to be a cook": a past trade keeps its tense.
                // "retired lineman from the co-op": a past trade keeps the word that says so.
                start = phrase && !["was", "used", "retired", "former"].contains(word) ? next : index
            } else if clauseStart, index < pronounsEnd, Lexicon.languages.contains(word), index == 0 || !Lexicon.languages.contains(words[index - 1].folded),
                isLanguageList(from: index, in: unit)
            {
                start = index  // "…, Dari and Pashto." "Tamil and Hindi."
            } else if index + 1 < words.count, languageKinds.contains(word), Lexicon.languages.contains(words[index + 1].folded),
                // not "Decent French would be nice", "Good Spanish teachers are hard to find", "Working English class"
                index + 2 == words.count || !languageNotSpoken.contains(words[index + 2].folded),
                index == 0 || ["plus", "also"].contains(words[index - 1].folded) || unit.gap(before: index).contains("+")
                    // not the last of a list of languages: "French, Darija, and enough Spanish to joke…"
                    || (clauseStart && words[index - 1].folded != "and"
                        && !words[max(0, index - 3)..<index].contains(where: { Lexicon.languages.contains($0.folded) }))
            {
                start = index  // "kitchen Spanish, enough to argue w/ the line", "plus enough ASL to get by"
            } else if ["her", "his"].contains(word), subjectOK || index == 0 || clauseStarts[index] || ["so", "and", "but"].contains(words[index - 1].folded),
                languageQuality(after: index, in: words)
            {
                start = index  // "her Portuguese is decent", "Her French and Darija are native"
            } else if word.hasSuffix("ing"), !nonSkillGerunds.contains(word), index > 0, index < pronounsEnd,
                ["job", "jobs", "work", "works", "home", "yrs", "years", "gig", "gigs", "living", "been", "business", "hustle"].contains(words[index - 1].folded),
                index < 2 || !Lexicon.relations.contains(words[index - 2].stem),
                // "it's been dripping since March" is the leak, not the person
                words[index - 1].folded != "been" || (index >= 2 && (people.isPerson(words[index - 2].subjectStem) || ["has", "have"].contains(words[index - 2].folded)))
            {
                start = index  // "her job doing customer service", "works from home doing bookkeeping"
            } else if word.hasSuffix("ing"), word != "running", index >= 2, index < pronounsEnd, ["yrs", "years"].contains(words[index - 1].folded),
                words[index - 2].folded.first?.isNumber == true
            {
                start = index  // "10 yrs fixing cars at a body shop"
            } else if ["on", "as"].contains(word), index >= 2, ["yrs", "years"].contains(words[index - 1].folded), words[index - 2].folded.first?.isNumber == true {
                start = index  // "6 yrs on the tunnel washer"
            } else if clauseStarts[index] || (index > 0 && leadIns.contains(words[index - 1].folded)), index < pronounsEnd,
                index + 1 < words.count, certifiedSoon(after: index, in: unit) || (!clauseStarts[index] && Occupation.compound(at: index, in: unit) != nil)
            {
                start = index  // "forklift certified", "CPR/first aid certified", "now line lead on 2nd shift"
            } else if ["yrs", "years", "yr"].contains(word), index >= 1, index + 1 < words.count, index < pronounsEnd,
                words[index - 1].folded.first?.isNumber == true,
                !(max(0, index - 5)..<index).contains(where: { Lexicon.relations.contains(words[$0].stem) }),
                let next = Optional(["a", "an"].contains(words[index + 1].folded) ? index + 2 : index + 1), next < words.count,
                next == index + 2 ? Occupation.follows(from: next, in: words) : Occupation.compound(at: next, in: unit) != nil
            {
                start = next  // "34 yrs a licensed master plumber", "12 yrs cab driver"
            } else if clauseStart || (index > 0 && ["and", "so", "but", "honestly", "basically", "literally"].contains(words[index - 1].folded))
                // "when the power goes out half the township calls him": the crowd after a "when" clause with no comma
                || (word != "the" && crowd.contains(word) && (max(0, index - 8)..<index).contains { ["when", "whenever"].contains(words[$0].folded) }),
                index < pronounsEnd, let verb = networkClauseEnd(from: index, in: unit, people: people)
            {
                start = index  // "all the parents know him", "everyone on 7 + 8 goes to him"
                knownEnd = clauseEnd(from: verb + 1, in: unit)
                // "all have her cell and call her before they call dispatch": one crowd, two ways it turns to her.
                if let stop = knownEnd?.nextWord, stop + 1 < words.count, words[stop].folded == "and",
                    turnsTo.contains(words[stop + 1].folded) && turnsToPerson(at: stop + 1, in: words, people: people, objects: ["him", "her"])
                        || seeksOut(at: stop + 1, in: words)
                {
                    knownEnd = clauseEnd(from: stop + 2, in: unit)
                }
                // "the teenagers text her before they text their own parents": the comparison is the point.
                if let stop = knownEnd?.nextWord, stop + 1 < words.count, ["before", "than"].contains(words[stop - 1].folded),
                    ["they", "anyone", "anybody"].contains(words[stop].folded)
                {
                    knownEnd = clauseEnd(from: stop + 1, in: unit)
                }
            } else if index < pronounsEnd, subjectOK || (index > 0 && leadIns.union(["still"]).contains(words[index - 1].folded) && clauseStarts[index - 1]),
                let last = servesCrowd(verbAt: index, in: unit)
            {
                start = index  // "fills out the forms for half of Birch St", "reads the notices out loud for the seniors"
                knownEnd = (words[last].range.upperBound, last + 1)
            } else if clauseStart, word == "in", index + 1 < words.count, tradeFields.contains(words[index + 1].folded) {
                start = index  // "- in hvac, does service calls"
            } else if let (_, next) = contracted(bareIdentities, at: index, in: words) ?? plain(plainBareIdentities, at: index, in: words),
                subjectOK, next < words.count, !["a", "an", "the"].contains(words[next].folded),
                // not "hes 71, electrician…": the age is no trade
                Occupation.isOccupation(words[next].folded)
                    || (next + 1 < words.count && !clauseStarts[next + 1] && Occupation.isOccupation(words[next + 1].folded))
            {
                // "was PTA president": a past post keeps its tense, unless the line breaks after "was".
                start = word == "was" && unit.line(at: words[index].range.lowerBound) == unit.line(at: words[next].range.lowerBound) ? index : next
            } else if word == "got", index < pronounsEnd, subjectOK || clauseStart, index == 0 || !notThePersonsPast.contains(words[index - 1].folded),
                turnedOut(after: index, in: words)
            {
                start = index  // "got a whole bus to Albany", "got 30 trucks to sit out at the gate"
            } else if word == "and", index + 2 < words.count, ["a", "an"].contains(words[index + 1].folded), !found.isEmpty,
                Occupation.follows(from: index + 2, in: words)
            {
                start = index + 2  // "a security guard and a deacon at…"
            } else if let (_, next) = contracted(possessions, at: index, in: words) ?? plain(plainPossessions, at: index, in: words),
                subjectOK || ownInstitution(before: index, in: words, people: people), next < words.count,
                lexiconHit(Lexicon.resources, from: next, in: words), !words.matches(["lot", "of"], at: next),
                // "shes got a lot going on", "a lot on her plate"
                !(next + 1 < words.count && words[next].folded == "lot" && ["going", "on", "to", "more"].contains(words[next + 1].folded))
            {
                start = index
                possessionStart = index
            } else if clauseStart, index < pronounsEnd, let last = Occupation.compound(at: shiftNamed(at: index, in: words) ?? index, in: unit),
                Occupation.standsAlone(after: last, in: unit)
            {
                start = index  // shorthand: "- nurse at St Luke's, nights", "Housekeeper 11 yrs", "2nd shift loader at Brightway"
            } else if index < pronounsEnd, let last = workLine(at: index, in: words),
                clauseStart || (index >= 2 && words[index - 2].folded == "on" && words[index - 1].folded == "the" && hasPersonSubject(at: index - 2, in: words, people: people))
            {
                start = index  // "deboning line, 2nd shift", "shes on the sorting line at Del Rio Packing"
                knownEnd = clauseEnd(from: last + 1, in: unit)
            } else if clauseStart, index < pronounsEnd, let last = gigWork(at: index, in: unit) {
                start = index  // "DoorDash + Instacart afternoons", "Uber + Lyft 6 yrs"
                knownEnd = clauseEnd(from: last + 1, in: unit)
            } else if clauseStart || (index > 0 && ["so", "and", "but", "plus"].contains(words[index - 1].folded)), index < pronounsEnd,
                let end = languageClause(at: index, in: unit)
            {
                start = index  // "Spanish at home", "so Spanish was the house language"
                knownEnd = end
            } else if index > 0, index < pronounsEnd, languageGrades.contains(words[index - 1].folded), clauseStarts[index - 1],
                let end = languageClause(at: index, in: unit)
            {
                start = index - 1  // "decent Spanish from the yard guys"
                knownEnd = end
            } else if index < pronounsEnd, let phraseStart = speakerStart(at: index, in: words),
                !(max(0, phraseStart - 4)..<phraseStart).contains(where: { Lexicon.relations.contains(words[$0].stem) })
            {
                start = phraseStart  // "a first-language Mvskoke speaker"
                knownEnd = (words[index + 1].range.upperBound, index + 2)
            } else if clauseStart, index < pronounsEnd, ["ex", "former", "retired"].contains(word), index + 1 < words.count,
                let last = Occupation.compound(at: index + 1, in: unit), Occupation.standsAlone(after: last, in: unit)
            {
                start = index  // "- ex army cook (92G)", "former union rep, now…"
            } else if word == "and", !found.isEmpty, index < pronounsEnd, index + 1 < words.count,
                let last = Occupation.compound(at: index + 1, in: unit), Occupation.standsAlone(after: last, in: unit) || last + 1 < words.count && ["too", "also"].contains(words[last + 1].folded)
            {
                start = index + 1  // "the ag mechanic for most of the growers and AWS certified welder too"
            } else if word == "own", index < pronounsEnd, let last = ownThing(at: index, in: words) {
                start = index - 1  // "rolling his own pallet jack off his box truck", "take her own Suburban"
                knownEnd = (words[last].range.upperBound, last + 1)
            } else if index < pronounsEnd, let vehicle = possessedVehicle(at: index, in: words, people: people),
                found.last.map({ $0.upperBound <= words[index].range.lowerBound }) ?? true
            {
                start = index  // "the cooler in the back of her Sienna"
                knownEnd = (words[vehicle].range.upperBound, vehicle + 1)
            } else if clauseStart, index < pronounsEnd, namesVehicleOrCredential(from: index, in: unit) {
                start = index  // "- 2004 Chevy Silverado 4x4", "CDL-A", "forklift cert", "2 kayaks + a trailer"
                possessionStart = index
            } else if index < pronounsEnd, let (first, last) = groupMeetsAt(index, in: unit),
                found.last.map({ $0.upperBound <= words[first].range.lowerBound }) ?? true
            {
                start = first  // "Block club meets in her basement"
                knownEnd = (words[last].range.upperBound, last + 1)
            } else if index < pronounsEnd, let phraseStart = capacityStart(at: index, in: unit),
                found.last.map({ $0.upperBound <= words[phraseStart].range.lowerBound }) ?? true
            {
                start = phraseStart  // "her basement fits 30"
                knownEnd = clauseEnd(from: index + 1, in: unit)
            }
            if let start, !relationIsSubject(ofSkillAt: start, in: unit, people: people), !worriedAbout(start, in: words) {
                var from = start + 1
                // "the one who got the stop sign put in": the skill is what follows "who".
                if throughWho.contains(openerKey), let opener, index + opener.count + 1 < words.count,
                    words[index + opener.count].folded == "who"
                {
                    from = index + opener.count + 2
                }
                var end = knownEnd ?? clauseEnd(from: from, in: unit)
                if possessionStart == start { end = resourceListEnd(after: end, in: unit) }
                // "sews too", "IBCLC also", "has a truck lol": an aside at the end is not part of the skill.
                var last = end.nextWord - 1
                while last > start, last < words.count, asides.contains(words[last].folded) { last -= 1 }
                let bound = last < end.nextWord - 1 ? words[last].range.upperBound : end.bound
                if !givenUp(after: end.nextWord, skillAt: start, in: unit) { found.append(words[start].range.lowerBound..<bound) }
                index = max(end.nextWord, index + 1)
            } else if start != nil {
                index = max(clauseEnd(from: index + 1, in: unit).nextWord, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }

    /// An item under a "Has:" or "Knows:" label that brings nothing of the person's: "nothing rn - truck repo'd in May",
    /// "nobody yet, moved in Aug", "n/a", "wants a generator b4 winter", "son has a truck, lives in Ohio", "husband's
    /// bass boat (his, not hers)".
    static func offersNothing(_ unit: TextUnit) -> Bool {
        let words = unit.words
        guard let first = words.first else { return true }
        let word = first.folded
        // "the kiln is the dept's, not hers", "car's in the shop till March": someone else's, or out of reach for now.
        if words.indices.dropLast().contains(where: { words[$0].folded == "not" && ["hers", "his", "theirs", "mine", "ours"].contains(words[$0 + 1].folded) })
            || words.indices.contains(where: { words.matches(["in", "the", "shop"], at: $0) && ($0 == 0 || words[$0 - 1].folded != "not") })
                && !words.contains(where: { ["anymore", "fixed", "back"].contains($0.folded) })
        {
            return true
        }
        let negated = ["nothing", "nobody", "none", "n/a", "na", "nada", "nothin", "idk", "unknown", "tbd"].contains(word)
            || words.matches(["no", "one"], at: 0) || words.matches(["not", "much"], at: 0) || words.matches(["not", "sure"], at: 0)
        // "nothing fancy, just a minivan + a folding table", "not much time but a big truck": something after all.
        // …but "nothing rn - truck repo'd in May" has lost it.
        if negated {
            return words.dropFirst(2).contains { lostOrNotTheirs.contains($0.folded) }
                || !words.dropFirst().contains { Lexicon.isResource($0.folded) || Occupation.isOccupation($0.folded) || Lexicon.languages.contains($0.folded) }
        }
        if wishes.contains(word) || (["says", "said"].contains(word) && words.count > 1 && ["nothing", "nobody", "none"].contains(words[1].folded)) { return true }
        // someone else's: "son has a truck", "her daughter in Tulsa handles her money", "husband's bass boat"; not "Mom of 3,
        // knows all the moms", "husband + her both speak Spanish"
        let owner = ["her", "his", "their"].contains(word) && words.count > 1 ? 1 : 0
        let name = words[owner].folded
        // …but "her son's coach, Dre" is someone she knows.
        if name.hasSuffix("'s"), family.contains(String(name.dropLast(2))) {
            return !(owner + 1 < words.count && Occupation.isOccupation(words[owner + 1].folded))
        }
        guard family.contains(name), owner + 1 < words.count, !unit.gap(before: owner + 1).contains("+") else { return false }
        // "son has a truck", "daughter Funmi is a nurse"
        let verb = owner + 1 < words.count && words[owner + 1].isCapitalized ? owner + 2 : owner + 1
        return verb < words.count && ["has", "have", "owns", "got", "is", "works", "drives", "handles", "knows", "does"].contains(words[verb].folded)
    }
    private static let family: Set<String> = [
        "son", "daughter", "husband", "wife", "brother", "sister", "mom", "mother", "dad", "father", "cousin", "uncle", "aunt",
        "nephew", "niece", "partner", "boyfriend", "girlfriend", "kids", "grandson", "granddaughter", "sons", "daughters", "roommate",
    ]
    private static let wishes: Set<String> = ["wants", "want", "needs", "need", "wishes", "hopes", "hoping", "looking", "saving", "dreams"]

    /// What "toca" plays: "toca el bajo sexto", "toca la guitarra".
    private static let instruments: Set<String> = [
        "bajo", "sexto", "guitarra", "acordeón", "acordeon", "piano", "trompeta", "violín", "violin", "tambor", "batería", "bateria",
        "requinto", "tuba", "clarinete", "saxofón", "teclado", "órgano", "organo", "marimba", "tololoche", "jarana",
    ]

    /// Openers that say nothing without what follows them.
    private static let objectVerbs: Set<String> = ["speak", "speaks", "does", "did", "has", "knows", "talks", "reads", "makes", "plays", "drives a"]

    /// After "got": a crowd counted, then what they were got to do or where: "got 60 vendors + riders to sign a
    /// letter", "got a whole bus to Albany". Past organizing, not "got 2 tickets", "got a ride to work".
    private static func turnedOut(after index: Int, in words: [Word]) -> Bool {
        guard index + 3 < words.count else { return false }
        let next = words[index + 1].folded
        // "got the whole kitchen to wear red", "got every custodian in the district to sign": the whole of a place or
        // trade, whatever it is called.
        let whole = ["a", "the"].contains(next) && words[index + 2].folded == "whole" || next == "every"
            || (next == "all" || next == "half") && words[index + 2].folded == "the"
        let count = Int(next) ?? (bigCounts.contains(next) ? 20 : nil)
        guard whole || count != nil, let to = (index + 2..<min(words.count, index + 7)).first(where: { words[$0].folded == "to" }) else { return false }
        // Not a load to carry: "got 3 kids to feed", "got 2 trucks to fix", "got 2 nurses to cover her shift".
        // A crowd of ten or more may go "to the climate strike"; "got 3 kids to the dentist" is an errand.
        if to + 1 < words.count, choreVerbs.contains(words[to + 1].folded),
            !(words[to + 1].folded == "the" && (count ?? 0) >= 10 && words[(to + 2)..<min(words.count, to + 5)].contains { turnoutEvents.contains($0.folded) })
        {
            return false
        }
        if whole { return true }
        // the crowd is people or the vehicles they came in, not things
        return words[(index + 1)..<to].contains { crowdNouns.contains($0.folded) || crowdNouns.contains(String($0.folded.dropLast())) }
    }
    /// Where a crowd is got to: "got 200 kids to the climate strike", not "got 12 kids to the dentist".
    private static let turnoutEvents: Set<String> = [
        "strike", "rally", "march", "hearing", "meeting", "mtg", "vigil", "protest", "walkout", "capitol", "council", "board", "picket", "polls",
    ]
    /// Counts written as words that make a crowd: "got forty neighbors to sign".
    private static let bigCounts: Set<String> = [
        "ten", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozens", "hundreds",
    ]
    private static let choreVerbs: Set<String> = [
        "feed", "fix", "take", "pick", "cover", "sleep", "school", "get", "watch", "care", "move", "cook", "clean", "raise",
        "support", "deal", "drive", "pay", "finish", "do", "work", "the", "bed", "stay",
    ]
    private static let crowdNouns: Set<String> = [
        "bus", "busload", "people", "ppl", "vendor", "rider", "truck", "driver", "worker", "tenant", "neighbor", "parent", "member",
        "guy", "women", "men", "student", "coworker", "signature", "sig", "van", "congregation", "crew", "shift", "building", "kid",
        "custodian", "nurse", "teacher", "mom", "family", "families", "resident",
        "bldg", "block", "floor", "local", "department", "dept", "parish",
    ]

    /// Words a note tacks on after a skill: "sews too", "has a van lol".
    private static let asides: Set<String> = ["too", "also", "lol", "tho", "though", "haha", "lmao"]

    /// Words after "good Spanish" that make it a wish or a thing, not the person's: "would be nice", "teachers".
    private static let languageNotSpoken: Set<String> = [
        "would", "could", "will", "is", "are", "was", "were", "teachers", "teacher", "speakers", "speaker", "class", "classes",
        "lessons", "lesson", "course", "program", "tutor", "interpreter", "interpreters", "books", "version", "majority",
    ]

    /// Words before a language that say how it is spoken and that it is enough: "kitchen Spanish", "enough ASL".
    private static let languageKinds: Set<String> = [
        "kitchen", "street", "church", "conversational", "decent", "good", "fluent", "native", "solid", "enough", "working",
    ]

    /// How well a language is spoken, said before it: "decent Spanish", "fluent Tagalog".
    private static let languageGrades: Set<String> = ["decent", "good", "fluent", "solid", "conversational", "native", "great", "perfect", "excellent"]

    /// "fits 30", "holds ~80", "seats 7": how many a space or a vehicle takes.
    static let capacityVerbs: Set<String> = ["fits", "fit", "holds", "hold", "seats", "seat", "sleeps"]

    /// Words before a bare job title that still leave it the clause's subject: "now line lead on 2nd shift".
    private static let leadIns: Set<String> = ["now", "currently", "also"]

    /// "-ing" words after "been" or "job" that say how things are, not what the person does.
    private static let nonSkillGerunds: Set<String> = [
        "living", "waiting", "trying", "thinking", "going", "getting", "having", "dealing", "struggling", "asking",
        "coming", "calling", "staying", "sleeping", "feeling", "looking", "hoping", "wanting", "fighting", "paying",
        "renting", "using", "taking", "saying", "telling", "complaining", "worrying", "meaning", "nothing", "something",
        "anything", "everything", "morning", "evening", "building", "missing", "losing", "leaving", "hurting",
        "starving", "crying", "sick",
    ]

    /// Fields of work named with "in": "in hvac", "in construction".
    private static let tradeFields: Set<String> = [
        "hvac", "construction", "healthcare", "tech", "it", "retail", "childcare", "education", "nursing", "sales",
        "insurance", "finance", "accounting", "logistics", "trucking", "landscaping", "plumbing", "roofing", "security",
        "hospitality", "catering", "printing", "media", "radio", "journalism", "law", "real",
    ]

    /// A clause that is only languages: "Dari and Pashto", "Tamil and Hindi", "Krio, French", "French obviously and Lingala".
    private static func isLanguageList(from index: Int, in unit: TextUnit) -> Bool {
        var end = clauseEnd(from: index + 1, in: unit).nextWord
        // "Somali, understands some Arabic from the masjid": the list is what comes before the lesser language.
        if let lesser = (index + 1..<end).first(where: { lesserLanguage(at: $0, in: unit.words) != nil }) { end = lesser }
        return unit.words[index..<end].allSatisfy {
            Lexicon.languages.contains($0.folded)
                || ["and", "some", "a", "little", "also", "plus", "fluent", "obviously", "too", "both", "natively", "fluently", "well", "of", "course",
                    "gets", "by", "in", "understands"].contains($0.folded)
        }
    }

    /// "her Portuguese is decent", "Her French and Darija are native": the person's languages and how well.
    private static func languageQuality(after index: Int, in words: [Word]) -> Bool {
        var next = index + 1
        guard next < words.count, Lexicon.languages.contains(words[next].folded) else { return false }
        next += 1
        while next + 1 < words.count, ["and", "or"].contains(words[next].folded), Lexicon.languages.contains(words[next + 1].folded) { next += 2 }
        guard next + 1 < words.count, ["is", "are", "'s"].contains(words[next].folded) else { return false }
        // "are both strong", "is also good"
        if next + 2 < words.count, ["both", "also", "still"].contains(words[next + 1].folded) { next += 1 }
        let quality = words[next + 1].folded
        let after = next + 2 < words.count ? words[next + 2].folded : ""
        // "her Portuguese is passable", "Her Spanish is serviceable"
        return ["good", "decent", "fluent", "great", "solid", "strong", "perfect", "excellent", "native", "pretty", "really", "very",
                "passable", "serviceable", "fine", "okay", "ok", "functional", "conversational", "legit", "real", "flawless",
                "proper", "impeccable", "beautiful"].contains(quality)
            && !["limited", "basic", "bad", "broken", "weak"].contains(after)
            // "Her Italian is the real Calabrese", not "Her English is the problem"
            || quality == "the" && ["real", "best"].contains(after)
            // "her Kiche is better than her Spanish": one language over another of hers, not "better than mine"
            || quality == "better" && after == "than" && next + 3 < words.count && ["her", "his"].contains(words[next + 3].folded)
    }

    /// "forklift certified", "CPR/first aid certified": the clause's first few words end in a certificate.
    private static func certifiedSoon(after index: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        var next = index + 1
        while next < words.count, next <= index + 3 {
            if ["certified", "licensed"].contains(words[next].folded) { return true }
            if startsClause(at: next, in: unit) || !words[next].folded.allSatisfy({ $0.isLetter }) { return false }
            next += 1
        }
        return false
    }

    /// "if the church lets her use their kitchen": a condition offers nothing yet.
    private static func conditional(before index: Int, in unit: TextUnit) -> Bool {
        var back = index - 1
        while back >= 0, index - back <= 4 {
            if unit.words[back].folded == "if" { return true }
            if startsClause(at: back, in: unit) { return false }
            back -= 1
        }
        return false
    }

    /// "has a 10x10 canopy tent and a generator": a list of things had runs on through "and a".
    private static func resourceListEnd(after end: (bound: String.Index, nextWord: Int), in unit: TextUnit) -> (bound: String.Index, nextWord: Int) {
        let words = unit.words
        var and = end.nextWord
        // "a heat press + a vinyl cutter": a plus joins the list as "and" does.
        if and > 0, and < words.count, unit.gap(before: and).trimmed == "+" { and -= 1 }
        else if and < words.count, words[and].folded != "and" { return end }
        // "+ a generator", "+ 40 chairs", "+ pop-up canopy"
        guard and + 2 < words.count, !["no", "not", "zero"].contains(words[and + 1].folded) else { return end }  // "a truck + no license"
        let counted = ["a", "an", "two", "some"].contains(words[and + 1].folded) || words[and + 1].folded.first?.isNumber == true
        guard lexiconHit(Lexicon.resources, from: counted ? and + 2 : and + 1, in: words) else { return end }
        return clauseEnd(from: and + 2, in: unit)
    }

    /// "all the parents know him", "everyone on 7 + 8 goes to him": a crowd that turns to the person.
    private static let crowd: Set<String> = ["all", "everyone", "everybody", "everybody's", "everyone's", "half", "most", "every", "whole", "lots", "todos", "the"]
    private static let turnsTo: Set<String> = [
        "know", "knows", "trust", "trusts", "respect", "respects", "listen", "listens", "go", "goes", "come", "comes", "call", "calls", "conocen",
        "love", "loves", "bring", "brings", "ask", "asks", "follow", "follows", "text", "texts",
        // "the guys on nights all look to him"
        "look", "looks",
    ]
    private static func networkClauseEnd(from index: Int, in unit: TextUnit, people: People) -> Int? {
        let words = unit.words
        guard index + 1 < words.count else { return nil }
        guard crowd.contains(words[index].folded) else { return pluralTurnsTo(from: index, in: unit, people: people) }
        if words[index].folded == "the" {
            // "the other temps", "the lolas in Building C": a crowd is plural; "the landlord calls her" is one man.
            // "the younger guards", "the 5th fl moms": words may describe the crowd before it is named.
            // "The new guy sits w/ him", "The landlord has her number": one man, whatever verb follows.
            let isCrowd = { (noun: String) in
                collectives.contains(noun) || (noun.hasSuffix("s") && !noun.hasSuffix("ss") && !notPlural.contains(noun))
            }
            // "the Brazilian + Cape Verdean women on 2 and 3 come to her": a crowd may be named after a few words.
            guard (index + 1..<min(words.count, index + 6)).prefix(while: { !turnsTo.contains(words[$0].folded) && !seeksOut(at: $0, in: words) })
                .contains(where: { isCrowd(words[$0].folded) })
            else { return nil }
        }
        for offset in index + 1..<min(words.count, index + 14) {
            // "The 3 guys, he'll ask them": a comma ends the crowd's clause.
            if unit.gap(before: offset).contains(where: { ",;".contains($0) }) { return nil }
            if let verb = seekingVerb(at: offset, in: words) { return verb }
            guard turnsTo.contains(words[offset].folded) else { continue }
            if turnsToPerson(at: offset, in: words, people: people, objects: ["him", "her", "them", "lo", "la"]) { return offset }
            if words[offset].folded == "conocen", offset > index { return offset }
        }
        return nil
    }

    /// "families up and down the road trust her", "East African seasonals know and trust him", "they trust
    /// her": a clause whose subject is many people, who turn to the person. Returns the verb's index.
    private static func pluralTurnsTo(from index: Int, in unit: TextUnit, people: People) -> Int? {
        let words = unit.words
        var plural = false
        for offset in index..<min(words.count, index + 12) {
            let word = words[offset].folded
            if offset > index, startsClause(at: offset, in: unit) { return nil }
            if ["i", "we", "it", "you"].contains(words[offset].subjectStem) || ["she", "he"].contains(words[offset].subjectStem)
                || Lexicon.relations.contains(words[offset].stem) || (word != "they" && people.isPerson(words[offset].subjectStem)) || word.contains("'")
            {
                return nil
            }
            if plural, let verb = seekingVerb(at: offset, in: words) { return verb }
            if turnsTo.contains(word), plural, offset + 1 < words.count {
                if turnsToPerson(at: offset, in: words, people: people, objects: ["him", "her"]) { return offset }
                continue
            }
            plural = plural || word == "they" || (word.count >= 4 && word.hasSuffix("s") && !word.hasSuffix("ss") && !notPlural.contains(word))
        }
        return nil
    }

    /// Words for many people at once: "the whole crew", "the Vietnamese crew at Central", "the 2nd shift".
    private static let collectives: Set<String> = [
        "whole", "neighborhood", "block", "crew", "shift", "floor", "building", "bldg", "dock", "congregation", "parish", "local",
        "union", "team", "department", "dept", "kitchen", "class", "village", "valley", "community", "barrio", "colonia", "fleet",
        "youth", "women", "men", "people", "ppl", "children", "folks",
    ]

    /// "know her", "go to him": the verb at `offset` has the person for its object, with or without "to".
    private static func turnsToPerson(at offset: Int, in words: [Word], people: People, objects: Set<String>) -> Bool {
        let object = offset + 1 < words.count ? words[offset + 1].folded : ""
        // "go to him", "ask for him by name"
        let at = (object == "to" || object == "for") ? offset + 2 : offset + 1
        let after = at < words.count ? words[at].folded : ""
        // "know her story", "come to her stop", "know her as a troublemaker": her things, or what they think of her
        if ["her", "his"].contains(after), at + 1 < words.count, herThings.contains(words[at + 1].folded) { return false }
        // "the buses don't come to her stop", "the staff never come to her unit": a negation says no one turns to her.
        if offset > 0, ["never", "don't", "dont", "doesn't", "doesnt", "won't", "wont", "not"].contains(words[offset - 1].folded) { return false }
        return objects.contains(after) || people.personNames.contains(after)
    }
    /// What of hers a crowd may come to or know without turning to her: "her stop", "her story", "her bills".
    private static let herThings: Set<String> = [
        "as", "story", "stop", "unit", "bills", "case", "complaint", "complaints", "rent", "file", "paperwork", "history", "situation",
        "problems", "apt", "apartment",
    ]

    /// "sit in his chair", "all sit w/ him at lunch", "eat lunch at his bench", "have his number", "do whatever she
    /// asks", "end up in his chair": a crowd that seeks the person out, said without a verb of turning to them.
    private static func seeksOut(at offset: Int, in words: [Word]) -> Bool {
        let verb = words[offset].folded
        let rest = words[(offset + 1)..<min(words.count, offset + 5)].map(\.folded)
        func his(_ word: String) -> Bool { ["his", "her"].contains(word) }
        switch verb {
        case "sit", "sits", "sat", "eat", "eats", "ate", "hang", "hangs", "end", "ends", "ended", "come", "stop", "stops":
            // "in his chair", "w/ him", "at his bench", "up in her chair", "come through her chair", "stop in her kitchen"
            for (k, word) in rest.enumerated() where k + 1 < rest.count {
                if ["w", "with"].contains(word), ["him", "her"].contains(rest[k + 1]), !["come", "stop", "stops"].contains(verb) { return true }
                if ["in", "at", "through", "thru"].contains(word), his(rest[k + 1]) { return true }
            }
            return false
        case "buy", "buys":
            // "whole 2nd shift buys from her"
            return rest.count >= 2 && rest[0] == "from" && ["him", "her"].contains(rest[1])
        case "leave", "leaves", "left":
            // "everybody on her floor leaves their spare keys with her"; not "leave their trash with her bins"
            let wider = words[(offset + 1)..<min(words.count, offset + 7)].map(\.folded)
            return wider.contains { ["key", "keys", "kids", "packages", "mail", "money", "spare", "papers"].contains($0) }
                && wider.indices.dropLast().contains { ["with", "w"].contains(wider[$0]) && ["him", "her"].contains(wider[$0 + 1]) }
        case "show", "shows", "give", "gives", "hand", "hands", "bring", "brings":
            // "half the building shows her their pill bottles", "everybody on A-shift gives her their $": they hand her
            // their own things; not "give her a hard time", "show her no respect"
            return rest.count >= 2 && ["her", "him"].contains(rest[0]) && rest[1] == "their"
        case "know", "knows":
            // "everybody in the valley knows his voice"
            return rest.count >= 2 && his(rest[0]) && rest[1] == "voice"
        case "have", "has":
            return rest.count >= 2 && his(rest[0]) && ["number", "numbers", "cell", "#"].contains(rest[1])
        case "do":
            return rest.count >= 2 && rest[0] == "whatever" && ["she", "he"].contains(rest[1])
        default:
            return false
        }
    }

    /// Where the clause of a crowd that seeks the person out goes on from, for `networkClauseEnd`: after "do
    /// whatever she" ("do whatever she asks"), else after the verb.
    private static func seekingVerb(at offset: Int, in words: [Word]) -> Int? {
        guard seeksOut(at: offset, in: words) else { return nil }
        return words[offset].folded == "do" ? offset + 2 : offset
    }

    /// "2nd shift" before a job: the index of the job's first word. Only a numbered shift: "Night shift worker at the
    /// plant got fired" is someone in the news.
    private static func shiftNamed(at index: Int, in words: [Word]) -> Int? {
        guard index + 2 < words.count, words[index + 1].folded == "shift", ["1st", "2nd", "3rd"].contains(words[index].folded),
            // "2nd shift nurse at St Luke's told her about the union": someone else.
            !words[(index + 2)..<min(words.count, index + 10)].contains(where: { ["told", "said", "says", "got", "was", "came", "asked", "called"].contains($0.folded) })
        else { return nil }
        return index + 2
    }

    /// A place on a line of work: "the deboning line", "sorting line", "the assembly line", "the picket line".
    /// Returns the index of "line".
    private static func workLine(at index: Int, in words: [Word]) -> Int? {
        guard index + 1 < words.count, words[index + 1].folded == "line", workLines.contains(words[index].folded) else { return nil }
        // "Assembly line at the Ford plant is shutting down", "Chow line at the shelter is where she met Tina": news.
        if words[(index + 2)..<min(words.count, index + 9)].contains(where: { ["is", "was", "are", "were", "got", "closed", "closing", "shutting"].contains($0.folded) }) {
            return nil
        }
        return index + 1
    }
    private static let workLines: Set<String> = [
        "deboning", "boning", "sorting", "packing", "cutting", "trimming", "kill", "bottling", "canning", "processing",
        "evisceration", "production", "assembly", "prep", "fry", "grill", "tray", "picket", "filleting", "grading",
    ]

    /// Gig work named by its apps: "DoorDash + Instacart afternoons", "Uber + Lyft 6 yrs", "Instacart 3 days a wk".
    /// The app alone at a clause's start is no job ("Uber cut the rates"): it must be joined to another app, or say
    /// how long or when. Returns the index of the last app named.
    private static func gigWork(at index: Int, in unit: TextUnit) -> Int? {
        let words = unit.words
        // "drives uber + lyft full time": the second app is part of the first's skill.
        guard gigApps.contains(words[index].folded), index + 1 < words.count, index == 0 || !["+", "&", "/"].contains(unit.gap(before: index).trimmed)
        else { return nil }
        var last = index
        while last + 2 < words.count, ["+", "&", "/"].contains(unit.gap(before: last + 1).trimmed) || words[last + 1].folded == "and",
            let next = Optional(words[last + 1].folded == "and" ? last + 2 : last + 1), gigApps.contains(words[next].folded)
        {
            last = next
        }
        // "Uber + Lyft 6 yrs", "DoorDash + Grubhub on an e-bike", "Instacart afternoons"; not "Uber + Lyft got her to the
        // clinic", "Uber 2 times last month", "Uber nights to get home", "Lyft and Uber both deactivated her"
        let end = clauseEnd(from: last + 1, in: unit).nextWord
        if words[(last + 1)..<end].contains(where: { ["to", "since", "bc", "because", "deactivated", "price", "surge", "got", "cut"].contains($0.folded) }) { return nil }
        guard last + 1 < end else { return last > index && end < words.count ? last : nil }
        let next = words[last + 1].folded
        let after = last + 2 < words.count ? words[last + 2].folded : ""
        if next.first?.isNumber == true { return ["yrs", "years", "yr", "hrs", "hours", "days", "months"].contains(after) || after.hasPrefix("hrs") ? last : nil }
        if ["afternoons", "nights", "weekends", "wknds", "mornings", "evenings", "weekdays"].contains(next) { return last }
        if ["full", "part"].contains(next) { return after == "time" || after == "-time" ? last : nil }
        if next == "on", ["a", "an", "his", "her", "my"].contains(after) { return last }
        return nil
    }
    private static let gigApps: Set<String> = [
        "doordash", "instacart", "uber", "lyft", "grubhub", "ubereats", "postmates", "shipt", "taskrabbit", "rover", "handy",
        "gopuff", "spark", "caviar", "seamless",
    ]

    /// A verb in the present, done for a crowd: "fills out the forms for half of Birch St", "reads government letters
    /// out loud for the seniors", "keeps half the bikes on Oriole St running". Not "pays rent for half the year",
    /// "waits for the bus", "worries for the kids".
    /// Returns the index of the clause's last word; a "+" inside it joins two things done ("checks sugar + blood
    /// pressure for half the 2nd floor").
    private static func servesCrowd(verbAt index: Int, in unit: TextUnit) -> Int? {
        let words = unit.words
        let verb = words[index].folded
        guard verb.count > 3, verb.hasSuffix("s"), verb.allSatisfy(\.isLetter), !notServing.contains(verb), !notPlural.contains(verb),
            !Lexicon.isResource(verb), !Lexicon.languages.contains(verb), !Lexicon.groups.contains(verb), !Occupation.isOccupation(verb),
            index + 1 < words.count, !Lexicon.relations.contains(words[index + 1].stem), DateKeyword.lookup(verb) == nil
        else { return nil }
        var end = clauseEnd(from: index + 1, in: unit).nextWord
        while end + 1 < words.count, unit.gap(before: end).trimmed == "+" { end = clauseEnd(from: end + 1, in: unit).nextWord }
        // "…for half of Birch St in Spanish and English": the languages are a skill of their own.
        if end > index + 2, let language = (index + 2..<end).first(where: { words[$0 - 1].folded == "in" && Lexicon.languages.contains(words[$0].folded) }) {
            end = language - 1
        }
        // "keeps half the bikes on Oriole St running": the crowd is the object itself; not "keeps half the year in Mexico".
        if words[index + 1].folded == "half", index + 3 < end, ["the", "of"].contains(words[index + 2].folded),
            !notCrowds.contains(words[index + 3].folded), !["her", "his", "their"].contains(words[index + 3].folded)
        {
            return end - 1
        }
        var at = index + 1
        while at + 1 < end {
            if words[at].folded == "for", crowdServed(at: at + 1, before: end, in: unit) { return end - 1 }
            at += 1
        }
        return nil
    }
    /// Halves that are no crowd: "half the year", "half her paycheck".
    private static let notCrowds: Set<String> = [
        "year", "yr", "time", "day", "days", "week", "month", "night", "money", "rent", "paycheck", "check", "pay", "price", "cost",
    ]

    /// After "for": "half (of) the building", "every family on the floor", "the old ladies on her floor", "the seniors".
    private static func crowdServed(at index: Int, before end: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        let first = words[index].folded
        // "for everybody on the block", "for half of Birch St"; not "for half the year"
        if ["everybody", "everyone"].contains(first) { return true }
        var at = index
        if ["half", "every", "all"].contains(first) {
            at += 1
            while at < end, ["the", "of"].contains(words[at].folded) { at += 1 }
            guard at < end, !notCrowds.contains(words[at].folded) else { return false }
            return servedPeople.contains(words[at].folded) || words[at].isCapitalized || words[at].folded.first?.isNumber == true
                || (at + 1 < end && servedPeople.contains(words[at + 1].folded))
        }
        guard ["the", "other", "older", "new"].contains(first) else { return false }
        for at in index + 1..<min(end, index + 4) where servedPeople.contains(words[at].folded) {
            // "applies for the seniors' housing": a possessive names what is theirs, not them.
            let after = unit.string[words[at].range.upperBound...].prefix(1)
            return after != "'" && after != "’"
        }
        return false
    }
    /// Who a person's work is done for: "for the seniors", "for the Sierra Leonean moms".
    private static let servedPeople: Set<String> = [
        "seniors", "elders", "neighbors", "neighbours", "ladies", "moms", "mothers", "mamas", "mamás", "families", "kids",
        "children", "tenants", "workers", "drivers", "guys", "parents", "members", "women", "residents", "patients",
        "aunties", "abuelas", "abuelitas", "viejitos", "students", "congregation", "newcomers", "immigrants", "couriers",
        "riders", "teens", "youth", "veterans", "vets", "retirees", "widows", "folks", "shut-ins", "elderly", "block", "building",
        "bldg", "floor", "street", "fleet", "parish", "whole", "colonia", "complex", "tower",
    ]
    /// Verbs in the present that do nothing for anyone, whatever follows them.
    private static let notServing: Set<String> = [
        "says", "thinks", "wants", "needs", "gets", "goes", "comes", "likes", "loves", "hates", "worries", "cares", "pays",
        "votes", "waits", "asks", "hopes", "prays", "looks", "seems", "feels", "lives", "stays", "works", "fights", "argues",
        "complains", "yells", "blames", "lets", "means", "plans", "tries", "uses", "speaks", "knows", "misses", "leaves",
        "stands", "sits", "believes", "wishes", "guesses", "agrees", "promises", "offers", "shows", "pushes", "begs",
        "buys", "saves", "spends", "owes", "charges", "sends", "takes", "gives", "puts", "hears", "sees", "struggles", "cries",
        "hustles", "holds", "eats", "applies", "registers", "signs", "rents", "shops", "sacrifices", "suffers",
    ]

    /// Words ending in "s" that name no crowd.
    private static let notPlural: Set<String> = [
        "this", "was", "does", "has", "yrs", "years", "days", "times", "always", "sometimes", "plus", "bus", "hers", "his", "thus", "unless", "towns",
        // verbs: "wants his grandson to show him Google Docs"
        "wants", "needs", "says", "thinks", "likes", "hopes", "gets", "goes", "makes", "takes", "lets", "tries", "plans", "asks",
    ]

    /// Whether the words after an opener rule it out: "knows that…", or no group named after "is on".
    private static func isExcluded(_ phrase: [Substring], at index: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        let key = phrase.joined(separator: " ")
        let next = index + phrase.count
        // "she'll speak, the seasonals she couldn't promise": a verb that needs its object, with none.
        if objectVerbs.contains(key), next < words.count, unit.gap(before: next).contains(where: { ",;.!?".contains($0) }) { return true }
        let ahead = next..<min(next + 6, words.count)
        if key == "is in" {
            if next >= words.count || startsClause(at: next, in: unit) { return true }  // "he's in, but…"
            if ahead.contains(where: { Lexicon.groups.contains(words[$0].folded) }) { return false }  // "is in the choir"
        }
        // "as a certified arborist"; "as the" only after work: "thirty-one years as the postmistress", not "As the
        // manager told her"
        if key == "as the", !(max(0, index - 6)..<index).contains(where: { workWords.contains(words[$0].folded) }) { return true }
        if key == "as a" || key == "as an" || key == "as the" { return !Occupation.follows(from: next, in: words) }
        if key == "talks" || key == "grew up in" {
            // "talks Cajun French", "grew up in Kreyòl and French", but not "grew up in Galway, fluent in Irish"
            return !(next..<min(next + 2, words.count)).contains { Lexicon.languages.contains(words[$0].folded) && ($0 == next || !startsClause(at: $0, in: unit)) }
        }
        if servingVerbSet.contains(key) || (key == "does" && next < words.count && ownedObjectWords.contains(words[next].folded)) {
            // "does the livestream for his church", "calls bingo at the Legion"; not "calls her mom", "runs into the
            // landlord", "posts on Facebook", "serves time". Verbs with no object of their own ("volunteers in the
            // kitchen", "bowls in the Tues league") may go straight on to where.
            guard next < words.count else { return true }
            let toPlace = ["on", "in", "at"].contains(words[next].folded) && placeVerbs.contains(key)
            if key != "does", !toPlace, notWorkObjects.contains(words[next].folded) { return true }
            // "does her hair", "does his homework", "does the laundry": her own chores.
            if key == "does", ["her", "his", "their"].contains(words[next].folded) || (next + 1 < words.count && chores.contains(words[next + 1].folded)) { return true }
            // "his daughter, who is a nurse, handles anything on the computer": someone else's work.
            if someoneElseBefore(index, in: words) { return true }
            return !servesOthers(from: next, in: unit)
        }
        // "did payroll for the county" stays the plain opener below; "did the coat swap" must say for whom.
        if pastServingVerbs.contains(key), key != "did" || (next < words.count && ownedObjectWords.contains(words[next].folded)) {
            return !isPastService(key, from: next, at: index, in: unit)
        }
        // "Her late husband Dale farmed and sat on the co-op board": his seat, not hers.
        if key == "sat on the", (max(0, index - 6)..<index).contains(where: { Lexicon.relations.contains(words[$0].stem) }) { return true }
        // "sat on the committee room floor", "sat on the phone w/ the board of health", "sat on the board of ed meeting"
        if key == "sat on the", words[next..<min(words.count, next + 6)].contains(where: {
            ["floor", "steps", "stairs", "phone", "meeting", "mtg", "room", "chamber", "bench", "bus", "hearing", "couch", "curb"].contains($0.folded)
        }) {
            return true
        }
        // "Keys to the laundry room were changed": news about keys, not hers.
        if key == "keys to the" || key == "key to the",
            words[next..<clauseEnd(from: next, in: unit).nextWord].contains(where: { ["were", "was", "got", "changed", "stolen", "lost", "missing"].contains($0.folded) })
        {
            return true
        }
        // "back when they got the road paved": someone else got it done.
        if key == "got the", index > 0, notThePersonsPast.contains(words[index - 1].folded) { return true }
        // "keeps a 1,200-gallon tank": a measure the clause would break at its comma
        if key == "keeps a", next < words.count, words[next].folded.first?.isNumber == true { return true }
        if let wanted = needsAhead[key] {
            return !ahead.contains { wanted.contains(words[$0].folded) }
        }
        // "Makes the funeral programs for Mt Olive", "makes the fish cakes for every christening": made for others.
        if key == "makes", next + 1 < words.count, ["the", "a"].contains(words[next].folded),
            !["fuss", "big", "deal", "lunch", "lunches", "dinner", "breakfast", "plate", "point", "living"].contains(words[next + 1].folded),
            servesOthers(from: next, in: unit)
        {
            return false
        }
        guard let excluded = notAfterOpener[key] else { return false }
        // …but a count of things to lend is a resource: "can get twenty folding chairs from the church basement".
        // "can get 6.", "can get 10 easy", "can get eight of the morning drivers there": a count given in answer; not
        // "can get 50 ppl from her church", nor things to lend ("can get twenty folding chairs").
        if key == "can get", next < words.count, words[next].folded.first?.isNumber == true || Self.countWords.contains(words[next].folded) {
            guard next + 1 < words.count else { return true }
            if Lexicon.isResource(words[next + 1].folded) || next + 2 < words.count && Lexicon.isResource(words[next + 2].folded) { return false }
            return ["of", "there", "easy", "for", "to", "tops", "max", "maybe", "prob"].contains(words[next + 1].folded) || startsClause(at: next + 1, in: unit)
        }
        // "Does nights as a CNA", "does nights cleaning offices", "does pickup truck hauling": the work follows the shift.
        if key == "does", next + 1 < words.count, ["nights", "days", "doubles", "overnights", "pickup", "dropoff", "drop-off"].contains(words[next].folded),
            ["as", "on", "for", "truck"].contains(words[next + 1].folded) || words[next + 1].folded.hasSuffix("ing")
        {
            return false
        }
        return next >= words.count || excluded.contains(words[next].folded)
    }

    /// Whether the past verb `key` at `index` tells of work done for a community, by the person: the clause says for
    /// whom or where, or names the group or event it was for. With no subject of its own ("Coached Little League at
    /// Ogden Park 15 summers") it must also say when or how long, so that the organizer's own "Ran the numbers for the
    /// hearing" is not read as the person's.
    private static func isPastService(_ key: String, from next: Int, at index: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        guard next < words.count else { return false }
        let object = words[next].folded
        if notWorkObjects.contains(object) || pastNotWork.contains(object) { return false }
        if words[max(0, index - 4)..<index].contains(where: { notThePersonsPast.contains($0.folded) }) { return false }
        // "ran for township supervisor", not "ran for the bus".
        if key == "ran", object == "for" {
            return (next + 1..<min(next + 4, words.count)).contains { publicBodies.contains(words[$0].folded) || offices.contains(words[$0].folded) }
        }
        if key == "did", next + 1 < words.count, chores.contains(words[next + 1].folded) || ["her", "his", "their"].contains(object) { return false }
        if someoneElseBefore(index, in: words) { return false }
        let end = clauseEnd(from: next, in: unit).nextWord
        let forOthers = servesOthers(from: next, in: unit)
            || organizingVerbs.contains(key) && (next..<min(end, next + 6)).contains { at in
                let word = words[at].folded
                return Lexicon.groups.contains(word) || communityPlaces.contains(word) || communityEvents.contains(word)
                    || (words[at].isCapitalized && DateKeyword.lookup(word) == nil && !startsClause(at: at, in: unit))
            }
        guard forOthers else { return false }
        guard startsClause(at: index, in: unit) else { return true }
        return (next..<end).contains { at in
            let word = words[at].folded
            if ["running", "twice", "ago", "summers", "seasons", "terms", "yrs", "years"].contains(word) { return true }
            if word.count == 4, let year = Int(word), (1950...2025).contains(year) { return true }
            return at + 1 < end && ["last", "back"].contains(word) && ["yr", "year", "in", "when", "home"].contains(words[at + 1].folded)
        }
    }

    /// Words before "as a…" that make it the person's work: "works overnights as a pharmacy tech".
    private static let workWords: Set<String> = ["works", "worked", "working", "work", "job", "employed", "hired", "started", "years", "yrs", "been", "spent"]

    /// What after a past verb makes it no work done: "ran late", "did well", "led to", "built up", "painted herself
    /// into a corner".
    private static let pastNotWork: Set<String> = [
        "well", "fine", "great", "badly", "nothing", "anything", "everything", "so", "not", "n't", "there", "here", "down",
        "herself", "himself", "themselves", "myself",
    ]
    /// Subjects and wishes before a past verb that make it not the person's work: "They hosted the potluck", "wishes
    /// she had hosted".
    private static let notThePersonsPast: Set<String> = ["they", "we", "i", "you", "wish", "wishes", "wished", "should", "could", "would", "if"]
    /// Offices one runs for: "ran for township supervisor".
    private static let offices: Set<String> = [
        "supervisor", "alderman", "alderwoman", "mayor", "trustee", "office", "clerk", "treasurer", "sheriff", "judge", "rep", "representative",
        "councilman", "councilwoman", "commissioner", "president", "delegate", "steward",
    ]

    /// "His daughter, who is a nurse, handles…", "Her husband coached soccer…": someone else is the subject of the verb
    /// at `index`, named within ten words before it.
    private static func someoneElseBefore(_ index: Int, in words: [Word]) -> Bool {
        (max(0, index - 10)..<index).contains(where: { Lexicon.relations.contains(words[$0].stem) && isSomeonesRelation(at: $0, in: words) && !isObject(relationAt: $0, in: words) })
    }

    /// Serving verbs that take no object of their own: "volunteers in the kitchen at Chua Quang Minh".
    private static let placeVerbs: Set<String> = ["volunteers", "bowls", "skates", "drums", "lifeguards", "ushers", "subs", "bartends", "babysits"]

    /// What after a serving verb makes it no work for others: "calls her mom", "runs into", "posts on", "serves time".
    private static let notWorkObjects: Set<String> = [
        "her", "him", "me", "us", "them", "it", "that", "this", "back", "out", "up", "off", "to", "about", "home", "people",
        "into", "late", "away", "errands", "over", "around", "on", "in", "at", "time", "911", "311", "cops", "police",
    ]

    /// Words after "does" that open its object: "does the books", "does all the graphics", "does a radio show".
    private static let ownedObjectWords: Set<String> = ["the", "a", "an", "her", "his", "their", "all"]

    /// What people do for a living or for others, named after "does the": "does the books", "does all the club's graphics".
    private static let serviceNouns: Set<String> = [
        "books", "bookkeeping", "payroll", "livestream", "stream", "sound", "lights", "graphics", "flyers",
        "newsletter", "bulletin", "announcements", "website", "catering", "bbq", "barbecue", "photos", "photography",
        "video", "videos", "translating", "translation", "interpreting", "collection", "carpool", "scheduling",
        "minutes", "braids", "alterations", "repairs", "murals", "signs", "banners",
        "design", "layout", "social", "instagram", "facebook", "podcast", "show", "radio",
        "music", "wiring", "electrical", "plumbing", "framing", "drywall", "roofing", "welding", "sewing",
    ]
    /// Occasions a trade serves: "caters quinces", "does weddings".
    private static let servedEvents: Set<String> = [
        "quinces", "quinceañeras", "weddings", "parties", "funerals", "birthdays", "baptisms", "christenings", "events", "showers",
    ]
    /// A household's own work after "does the": "does the laundry", "does the school run".
    private static let chores: Set<String> = [
        "laundry", "dishes", "shopping", "cleaning", "cooking", "homework", "school", "double", "shift", "errands", "groceries", "driving",
    ]

    /// Places and bodies that serve a community: "at the Legion", "in the fellowship hall", "for the parish".
    private static let communityPlaces: Set<String> = Lexicon.groups.union([
        "church", "mosque", "masjid", "temple", "synagogue", "parish", "shelter", "pantry", "center", "centre", "school",
        "hall", "legion", "vfw", "clinic", "library", "y", "ymca", "cafeteria", "kitchen", "grange", "rec", "gym", "park",
        "fair", "festival", "market", "depot", "picnic", "tournament", "tournaments", "games", "services", "service", "mass",
    ])

    /// The clause from `start` says whom or where the work serves: "for his church" (not "for her mom"),
    /// "at the Legion", "on Nextdoor", "for 2 crew buses" (not "in May"); or names a service ("does the books").
    private static func servesOthers(from start: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        let end = clauseEnd(from: start, in: unit).nextWord
        var index = start
        while index < end {
            let word = words[index].folded
            if index < start + 4, serviceNouns.contains(word) || servedEvents.contains(word) { return true }
            // "cuts hair out of her kitchen", "out of 9C", "installs heat pumps on the side": a trade worked from home.
            if word == "out", index + 2 < end, words[index + 1].folded == "of",
                ["her", "his", "their"].contains(words[index + 2].folded) || words[index + 2].folded.first?.isNumber == true
            {
                return true
            }
            // …but not "on the side of the building"
            if word == "on", words.matches(["on", "the", "side"], at: index), index + 3 >= words.count || words[index + 3].folded != "of" { return true }
            if index + 1 < end {
                let next = words[index + 1]
                // A name of a day or month ("in May", "on Monday") is when, not where.
                let isWhen = DateKeyword.lookup(next.folded) != nil
                switch word {
                case "for":
                    // "for his church", "for 2 crew buses"; not "for her mom", "for his wife", "for herself", "for free"
                    var whom = index + 1
                    if ["her", "his", "their", "my", "the"].contains(next.folded), index + 2 < end { whom = index + 2 }
                    let target = words[whom]
                    if !Lexicon.relations.contains(target.stem), !isWhen,
                        !["herself", "himself", "me", "us", "fun", "now", "years", "yrs", "a", "an", "him", "them", "it", "divorce", "bankruptcy", "unemployment"].contains(target.folded)
                    {
                        return true
                    }
                case "at", "on", "in":
                    // "at the Legion", "at Chua Quang Minh", "in the fellowship hall", "on Nextdoor"
                    if next.isCapitalized, !isWhen { return true }
                    if next.folded == "the" || next.folded == "her" || next.folded == "his",
                        (index + 2..<min(end, index + 5)).contains(where: { communityPlaces.contains(words[$0].folded) })
                    {
                        return true
                    }
                default: break
                }
            }
            index += 1
        }
        return false
    }

    /// "his own box truck", "her own Suburban", "their own sound system": a thing the person owns, named in passing.
    /// Returns the index of the thing's last word. "on her own", "her own kids", "his own pocket" name nothing to lend.
    private static func ownThing(at index: Int, in words: [Word]) -> Int? {
        guard index >= 1, ["her", "his", "their"].contains(words[index - 1].folded), index < 2 || words[index - 2].folded != "on" else { return nil }
        var last: Int? = nil
        for at in index + 1..<min(index + 4, words.count) {
            if Lexicon.isResource(words[at].folded) { last = at } else if last != nil { break }
        }
        // "sold his own van", "used to have his own pickup", "her own car got repossessed", "pay for their own freezer
        // suits", "saving up for her own truck"; "her husband drives his own truck" is his.
        guard let last else { return nil }
        let before = words[max(0, index - 6)..<(index - 1)]
        if before.contains(where: { Lexicon.relations.contains($0.stem) }) { return nil }
        let around = before.map(\.folded) + words[(last + 1)..<min(words.count, last + 4)].map(\.folded)
        return around.contains { lostOrNotTheirs.contains($0) || notYetOwned.contains($0) } ? nil : last
    }

    /// Words around "her own X" that make it a cost, a wish or a plan: "pay for", "saving up for", "once she gets".
    private static let notYetOwned: Set<String> = [
        "pay", "pays", "paid", "buy", "buys", "bring", "brings", "saving", "save", "saves", "dream", "dreams", "someday",
        "once", "afford", "get", "gets", "getting", "if", "wish", "wishes", "hopes", "hoping", "landlord", "parks",
    ]

    /// "her church has a van": the person's own church, union or job, just before the verb.
    private static func ownInstitution(before index: Int, in words: [Word], people: People) -> Bool {
        for back in stride(from: index - 1, through: max(0, index - 6), by: -1) where institutions.contains(words[back].folded) {
            return back > 0 && (["her", "his", "their"].contains(words[back - 1].folded) || people.isPerson(words[back - 1].stem))
        }
        return false
    }

    /// The word opens a clause: the sentence's first word, or one after a comma, semicolon, colon or dash.
    static func startsClause(at index: Int, in unit: TextUnit) -> Bool {
        guard index > 0 else { return true }
        let range = unit.words[index - 1].range.upperBound..<unit.words[index].range.lowerBound
        // Bytes, not characters: this runs for every word of every note.
        var previous: UInt8 = 0
        for byte in unit.string.utf8[range] {
            switch byte {
            case UInt8(ascii: ":") where unit.string[range] == ":" && isTime(around: index, in: unit.words):
                return false  // "the 3:10 pickup line"
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: "+"),
                UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ">"):
                return true
            case UInt8(ascii: " ") where previous == UInt8(ascii: "-"): return true  // " - "
            case 0xE2 where unit.string[range].contains(where: { "—–•".contains($0) }): return true
            case 0xF0: return true  // an emoji between two words: "out 2 wks at a time 😕 drove taxi in Asmara"
            default: break
            }
            previous = byte
        }
        return unit.block.text.isDeliberateLineBreak(at: unit.words[index].range.lowerBound)
    }

    /// "3:10": the words either side of a colon are the hours and minutes of a time.
    private static func isTime(around index: Int, in words: [Word]) -> Bool {
        words[index - 1].folded.allSatisfy(\.isNumber) && words[index].folded.first?.isNumber == true
    }

    /// "she's a" (the verb inside a contraction): returns whether the skill starts after the phrase.
    private static func contracted(_ phrases: [[Substring]], at index: Int, in words: [Word]) -> (Bool, Int)? {
        let word = words[index].folded
        guard let apostrophe = word.firstIndex(of: "'") else { return nil }
        for phrase in phrases where phrase.first == word[apostrophe...] {
            let rest = Array(phrase.dropFirst())
            if words.matches(rest, at: index + 1) { return (true, index + 1 + rest.count) }
        }
        return nil
    }

    /// Phrase tables of the lists above, for the forms written out in full ("she is a", not "she's a").
    private static let plainIdentities = written(identities)
    private static let plainBareIdentities = written(bareIdentities)
    private static let plainPossessions = written(possessions)
    private static func written(_ list: [[Substring]]) -> PhraseTable {
        PhraseTable(list.filter { !$0[0].hasPrefix("'") }.map { $0.joined(separator: " ") })
    }

    private static func plain(_ table: PhraseTable, at index: Int, in words: [Word]) -> (Bool, Int)? {
        guard let phrase = table.longest(at: index, in: words) else { return nil }
        return (true, index + phrase.count)
    }

    private static func lexiconHit(_ lexicon: Set<String>, from index: Int, in words: [Word]) -> Bool {
        for offset in 0..<4 where index + offset < words.count {
            let word = words[index + offset].folded
            // "speakers", "tables": a plural; not "twice", which is no TWIC card.
            if lexicon.contains(word) || (word.hasSuffix("s") && lexicon.contains(String(word.dropLast()))) { return true }
        }
        return false
    }

    /// "Her husband, Mark, is a retired judge": a relative's name set off by commas is the subject of what follows.
    private static func afterRelationsName(_ index: Int, in unit: TextUnit, people: People) -> Bool {
        let words = unit.words
        guard index >= 3 else { return false }
        var name = index - 1
        guard unit.gap(before: index).trimmed == ",", words[name].isCapitalized, !people.isPerson(words[name].folded) else { return false }
        // "Mark", "Mrs. Pruitt", "Dona Ruth"
        while name > 0, words[name - 1].isCapitalized,
            unit.gap(before: name).trimmed.isEmpty || unit.gap(before: name).trimmed == "." && ["mr", "mrs", "ms", "dr", "sr", "fr"].contains(words[name - 1].folded)
        {
            name -= 1
        }
        guard name >= 1, unit.gap(before: name).trimmed == "," else { return false }
        return Lexicon.relations.contains(words[name - 1].stem)
    }

    /// A skill belongs to the person: the phrase opens the sentence ("Speaks Tagalog.") or follows the
    /// person's name, a pronoun for them, or a connector ("and", "also") — never "her husband is a nurse".
    private static func hasPersonSubject(at index: Int, in words: [Word], people: People, afterComma: Bool = false) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1].folded
        let stem = words[index - 1].subjectStem  // "so shes good w/ spreadsheets"
        if Lexicon.relations.contains(stem) { return false }
        if people.isPerson(stem) || people.isFamilyName(at: index - 1, in: words) { return true }
        // "She is the one who runs the tenants' Signal group."
        if stem == "who", index >= 3, words[index - 2].folded == "one", words[index - 3].folded == "the" { return true }
        if ["is", "was", "the", "a", "an", "also", "of", "has", "had"].contains(previous) {
            // "He is close with Father Tim", "she is also the moderator of", "Soraya has cleaned rooms at…":
            // a verb or article stands between.
            var back = index - 1
            while back >= 0, index - back <= 4, ["is", "was", "the", "a", "an", "also", "of", "one", "has", "had"].contains(words[back].folded) { back -= 1 }
            if back >= 0, back < index - 1 {
                let before = words[back].folded
                if people.isPerson(Word.stem(of: before)) { return true }
            }
        }
        if previous == "that", index >= 2, ["before", "after"].contains(words[index - 2].folded) { return true }  // "before that cooked at the Marriott"
        // Spanish leaves the subject out: "antes fue cocinera en una fonda", "en Guanajuato fue delegado ejidal".
        if ["antes", "también", "tambien", "ya", "ahora", "allá", "alla"].contains(previous) { return true }
        if index >= 2, words[index - 2].folded == "en", words[index - 1].isCapitalized { return true }
        if ["and", "also", "both", "really", "very", "she's", "he's", "even", "already", "still", "plus", "just", "recently", "finally", "now"].contains(previous) {
            // "…Musa, who coaches the team and knows half the families": the skill is Musa's.
            for back in stride(from: index - 2, through: max(0, index - 12), by: -1) {
                let word = words[back].folded
                // "…, also president of": a new clause after a comma leaves any "which" behind.
                if ["who", "whose", "which"].contains(word) { if afterComma { continue } else { return false } }
                // "Her husband's in the union and has a truck": the clause is about him. Not so for
                // "runs a shop with his brother and has a garage bay", where the brother is an object.
                if Lexicon.relations.contains(Word.stem(of: word)) {
                    // "has been a member at Bethel for years and directs the choir", "a shop steward and knows all
                    // the drivers": a relation word nobody owns ("her", "the") is what she is, not someone else.
                    if isObject(relationAt: back, in: words, orAfter: ["and"]) || !isSomeonesRelation(at: back, in: words) { continue }
                    return false
                }
                if people.isPerson(Word.stem(of: word)) { break }
            }
            // "…with his brother and has a garage bay": the brother is the object of "with".
            return index < 2 || !Lexicon.relations.contains(words[index - 2].folded) || isObject(relationAt: index - 2, in: words)
        }
        return false
    }

    /// "his cousin has a minivan that fits 7", "Son's a lawyer in Gary", "husband drives for UPS, teamster": the
    /// sentence opens on a relative as its subject, and nothing between that and the skill turns back to the person.
    /// Not "Mom of 3, knows all the moms", "husband + her both speak Spanish", "grandma raising 2 grandkids".
    private static func relationIsSubject(ofSkillAt start: Int, in unit: TextUnit, people: People) -> Bool {
        let words = unit.words
        var first = start
        while first > 0, start - first < 24, !unit.gap(before: first).contains(where: { ".!?;\n".contains($0) }),
            !unit.block.text.isDeliberateLineBreak(at: words[first].range.lowerBound)
        {
            first -= 1
        }
        if ["her", "his", "their", "my", "our"].contains(words[first].folded) { first += 1 }
        guard first < start else { return false }
        let subject = words[first].folded
        var kin = subject.split(separator: "'").first.map(String.init) ?? subject
        if kin.hasSuffix("-in-law") { kin = String(kin.dropLast(7)) }
        guard kinSubjects.contains(kin), !people.personNames.contains(kin) else { return false }
        if !subject.contains("'") {
            guard unit.gap(before: first + 1).allSatisfy(\.isWhitespace) else { return false }
            let next = words[first + 1].folded
            if ["of", "to", "and", "with", "w", "who", "that", "&"].contains(next) || next.hasSuffix("ing") { return false }
        } else if first + 1 < words.count, Lexicon.relations.contains(words[first + 1].stem) {
            return false  // "her son's coach, Dre": someone she knows
        }
        // "Husband works nights, she does days", "Mother was from Trois-Rivières so his French is good", "Sister got her
        // the job, works nights at the warehouse": the person comes back as the subject or straight after a verb, or a
        // new clause opens. ("…haul for her in his box truck" keeps the nephew's truck his.)
        return !(first + 1..<start).contains { at in
            let stem = words[at].subjectStem
            if ["her", "him"].contains(stem), !["for", "to", "with", "w", "of", "from", "at", "by", "about", "abt"].contains(words[at - 1].folded) {
                return true
            }
            return ["she", "he", "i", "so", "but", "while", "because", "bc"].contains(stem) || people.personNames.contains(stem)
        }
    }
    private static let kinSubjects: Set<String> = family.union([
        "bf", "gf", "hubby", "neighbor", "neighbour", "grandma", "grandpa", "grandmother", "grandfather", "stepdad", "stepmom",
        "stepson", "stepdaughter", "fiance", "fiancé", "fiancée", "twin",
    ])

    /// "worried abt her license", "scared of losing the car": a worry, not something she brings.
    private static func worriedAbout(_ start: Int, in words: [Word]) -> Bool {
        if worry.contains(words[start].folded) { return true }
        guard start > 0 else { return false }
        if worry.contains(words[start - 1].folded) { return true }
        return start > 1 && ["about", "abt", "over", "for", "of", "bout"].contains(words[start - 1].folded) && worry.contains(words[start - 2].folded)
    }

    private static let worry: Set<String> = ["worried", "worries", "worry", "scared", "afraid", "nervous", "anxious", "concerned", "stressed"]

    /// "used to run a dozer but sold it", "used to DJ, sold the speakers", "did hair, stopped after the wrist surgery",
    /// "ran the Discord, handed it off in March": given up, within the next few words of the same sentence.
    private static func givenUp(after next: Int, skillAt start: Int, in unit: TextUnit) -> Bool {
        let words = unit.words
        var at = next
        // Only straight after the skill, or after "but", "and" or a subject: not "on the cmte till 2022 when he quit".
        while at < words.count, at - next < 3, givenUpLeads.contains(words[at].folded) { at += 1 }
        guard at < words.count, at == next || !unit.gap(before: at).contains(where: { ".!?;(\n".contains($0) }),
            next >= words.count || !unit.gap(before: next).contains(where: { ".!?;(\n".contains($0) })
        else { return false }
        let word = words[at].folded
        let following = at + 1 < words.count ? words[at + 1].folded : ""
        // "sold the speakers" ends a skill told in the past ("used to DJ"), not "Has a truck, sold the van last year".
        let past = ["used", "was", "had", "ran", "drove", "did"].contains(words[start].folded)
        switch word {
        case "sold": return ["it", "them", "that", "those"].contains(following) || past && ["the", "his", "her"].contains(following)
        // not "quit smoking in 88", "stopped by the office Tues"
        case "stopped", "quit": return !following.hasSuffix("ing") && !["by", "in", "over", "at", "to", "for", "off", "into", "the"].contains(following)
        case "repo'd", "repossessed": return true
        case "gave", "handed": return following == "it" || following == "up" || following == "off"
        case "got": return following == "rid" && past
        default: return false
        }
    }
    private static let givenUpLeads: Set<String> = ["but", "and", "then", "he", "she", "has", "had", "just", "already", "finally"]

    /// "her husband", "the landlord", "Husband works nights": a relation word that names another person.
    private static func isSomeonesRelation(at index: Int, in words: [Word]) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1].folded
        return ["her", "his", "their", "my", "our", "your", "the"].contains(previous) || previous.hasSuffix("'s")
    }

    /// "with his brother": a relation named after a preposition is its object, not the clause's subject.
    private static func isObject(relationAt index: Int, in words: [Word], orAfter others: Set<String> = []) -> Bool {
        index >= 2 && ["her", "his", "their"].contains(words[index - 1].folded)
            && (["with", "for", "to", "from", "at", "of", "by"].contains(words[index - 2].folded) || others.contains(words[index - 2].folded))
    }

    /// "full-time caregiver for his younger brother": looking after family is not something the person brings.
    private static func caresForFamily(from start: Int, to end: Int, in words: [Word]) -> Bool {
        var index = start
        while index + 1 < min(end, words.count) {
            if words[index].folded == "for", (index + 1..<min(index + 4, end, words.count)).contains(where: { Lexicon.relations.contains(words[$0].stem) }) { return true }
            index += 1
        }
        return false
    }

    /// After someone else is named, only the person's own name makes a skill theirs: "…, and Pedro has a truck".
    private static func namedJustBefore(_ index: Int, in words: [Word], people: People) -> Bool {
        let names = people.personNames
        return names.contains(words[index].stem) || (index > 0 && names.contains(words[index - 1].stem))
            || (index > 1 && ["is", "was"].contains(words[index - 1].folded) && names.contains(words[index - 2].stem))
    }

    /// A contraction subject ("she's a") carries its own subject.
    private static func startsWithPerson(_ index: Int, in words: [Word], people: People) -> Bool {
        let word = words[index].folded
        guard let stem = word.split(separator: "'").first, word.contains("'") else { return false }
        return people.isPerson(String(stem))
    }

    private static let languageVerbs: Set<String> = ["reads", "writes", "speaks", "understands", "signs"]

    /// Where the language after "gets by in" or "understands" starts, when that phrase opens at `index` right after a
    /// language ("Hungarian, gets by in Romanian", "Punjabi + Hindi, understands Urdu", "polish obviously and gets by in…").
    private static func lesserLanguage(at index: Int, in words: [Word]) -> Int? {
        guard index >= 1, words[max(0, index - 3)..<index].contains(where: { Lexicon.languages.contains($0.folded) }),
            Lexicon.languages.contains(words[index - 1].folded) || ["obv", "obviously", "fluent", "native", "too", "first"].contains(words[index - 1].folded)
        else { return nil }
        var at = index
        // Not "…and she gets by in Amharic": a sentence of its own.
        if at < words.count, words[at].folded == "and" { at += 1 }
        if words.matches(["gets", "by", "in"], at: at) { at += 3 } else if at < words.count, words[at].folded == "understands" { at += 1 } else { return nil }
        if at < words.count, ["some", "a", "little"].contains(words[at].folded) { at += 1 }
        return at < words.count && Lexicon.languages.contains(words[at].folded) ? at + 1 : nil
    }

    /// The end of the clause that starts at word `start`: a comma, "and" before a new verb, or the sentence end.
    static func clauseEnd(from start: Int, in unit: TextUnit) -> (bound: String.Index, nextWord: Int) {
        let words = unit.words
        var index = start
        while index < words.count {
            // "Spanish obv, gets by in Portuguese": a lesser language after the first is the same skill.
            if let next = lesserLanguage(at: index, in: words) {
                index = next
                continue
            }
            let gap = unit.gap(before: index)
            // "speaks Ukrainian, Russian and Polish", "Polish + English": a list of languages is one skill.
            // …but "twi + ga + english, french is so-so" ends at the comma: the next language starts a clause of its own.
            let languageList = Lexicon.languages.contains(words[index].folded) && Lexicon.languages.contains(words[index - 1].folded)
                && (gap.trimmed != "," || index + 1 == words.count || ["and", "or", "plus"].contains(words[index + 1].folded)
                    || Lexicon.languages.contains(words[index + 1].folded) || startsClause(at: index + 1, in: unit))
            // "Speaks Malayalam, Hindi, some Tamil": a lesser language closing the list is still in it.
            // …not "Hindi, some Tamil ladies from the temple come to her": the language must close its phrase.
            let lesser = ["some", "enough", "basic", "little"].contains(words[index].folded) ? index + 1 : words.matches(["a", "little"], at: index) ? index + 2 : words.count
            let gradedLanguage = gap.trimmed == "," && Lexicon.languages.contains(words[index - 1].folded)
                && lesser < words.count && Lexicon.languages.contains(words[lesser].folded)
                && (lesser + 1 == words.count || !unit.gap(before: lesser + 1).trimmed.isEmpty
                    || ["from", "and", "too", "also", "at", "in", "with", "she", "he", "they", "i", "that", "which"].contains(words[lesser + 1].folded))
            if gap.contains(where: { ",;:()—–".contains($0) }) || gap.contains(" - "), !(languageList && gap.trimmed == ","), !gradedLanguage,
                !(gap == ":" && isTime(around: index, in: words)) { break }
            if gap.contains("+"), !languageList { break }
            // "headmistress in Ibadan b4 coming => the other nannies…": an arrow starts a new thought.
            if gap.contains("=>") || gap.contains("->") { break }
            if gap.contains(" "), unit.block.text.isDeliberateLineBreak(at: words[index].range.lowerBound) { break }
            // "does mudanças w/ his own box truck", "Landscaper w/ his own trailer": what they own is a skill of its own.
            // Not "with her own clients", "with her own recipes": only a thing to lend stands apart.
            if ["with", "w"].contains(words[index].folded), words.matches(["his", "own"], at: index + 1) || words.matches(["her", "own"], at: index + 1)
                || words.matches(["their", "own"], at: index + 1),
                (index + 3..<min(words.count, index + 6)).contains(where: { Lexicon.isResource(words[$0].folded) })
            {
                break
            }
            // "reads and writes Amharic": two verbs that share their languages are one skill.
            // "drove for UPS he was on the committee": a new subject starts a new clause.
            if ["he", "she", "they", "hes", "shes", "he's", "she's"].contains(words[index].folded) { break }
            if ["and", "but", "who", "which", "so", "because", "since", "while", "plus", "if", "when", "until", "unless", "whose"].contains(words[index].folded),
                index + 1 < words.count, !Lexicon.languages.contains(words[index + 1].folded),
                !(words[index].folded == "and" && languageVerbs.contains(words[index + 1].folded)
                    && (languageVerbs.contains(words[index - 1].folded) || Lexicon.languages.contains(words[index - 1].folded)))
            {
                break
            }
            index += 1
        }
        return (words[index - 1].range.upperBound, index)
    }
}
