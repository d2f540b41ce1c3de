/// Word lists the readers share: what counts as a trade, a resource, a relation, a clause break.
enum Lexicon {
    static let occupations: Set<String> = [
        "nurse", "teacher", "electrician", "plumber", "carpenter", "lawyer", "attorney", "paralegal", "accountant",
        "designer", "photographer", "chef", "cook", "mechanic", "driver", "worker", "pastor", "translator",
        "interpreter", "engineer", "programmer", "developer", "doctor", "physician", "organizer", "librarian",
        "musician", "artist", "writer", "journalist", "reporter", "contractor", "painter", "welder", "barber",
        "hairdresser", "stylist", "baker", "caterer", "therapist", "counselor", "dj", "videographer", "analyst",
        "bookkeeper", "steward", "realtor", "professor", "tutor", "coach", "emt", "paramedic", "firefighter",
        "seamstress", "tailor", "printer", "pharmacist", "dentist", "aide", "caregiver", "cna", "midwife",
        "social", "janitor", "custodian", "cashier", "server", "bartender", "gardener", "landscaper", "farmer",
        "roofer", "mason", "machinist", "trucker", "pilot", "veterinarian", "vet", "admin", "administrator",
        "secretary", "clerk", "manager", "principal", "minister", "deacon", "rabbi", "imam", "chaplain",
        "volunteer", "filmmaker", "illustrator", "editor", "coder", "scientist", "researcher", "planner",
        "architect", "surveyor", "handyman", "technician", "electrical", "hvac", "union", "shop", "graphic", "web",
        "community", "youth", "health", "home", "bus", "school", "retired", "former", "trained", "registered",
        "certified", "licensed", "public", "legal", "childcare", "daycare", "preschool", "elementary", "high",
        "middle", "special", "substitute", "paraprofessional", "para", "crossing", "lunch", "cafeteria", "warehouse",
        "delivery", "construction", "restaurant", "line", "grocery", "retail", "tech", "software", "data", "it",
        "room", "night", "pediatric", "medical", "court", "family", "security", "hospital", "kitchen", "dish", "head",
        "care", "office", "bank", "sales", "navy", "army", "dental", "floor", "night-shift", "prep", "van", "cab", "taxi",
    ]

    /// What a person can lend, host or use: things, spaces, channels, and every vehicle and licence below.
    static let resources: Set<String> = ([
        "car", "printer", "projector", "camera", "sound", "pa", "microphone", "tiller", "cricut", "workbench",
        "karaoke", "mics", "shed", "rototiller", "kiln", "backyard", "yard", "basement", "garage", "kitchen", "space",
        "venue", "hall", "storefront", "shop", "restaurant", "laptop", "grill", "tent", "tables", "chairs", "porch",
        "living", "church", "office", "bakery", "cafe", "café", "barbershop", "salon", "studio", "room", "copier",
        "megaphone", "bullhorn", "drone", "following", "platform", "newsletter", "podcast", "blog", "list", "network",
        "contacts", "bike", "cargo", "wagon", "bus", "boat", "garden", "lot", "building", "chat", "audience", "mailing",
        "smoker", "monitor", "sensor", "generator", "tools", "toolbox", "equipment", "ladder", "drill", "speaker",
        "speakers", "mic", "machine", "cooler", "canopy", "easel", "scanner", "channel", "show", "radio", "zine",
        "column", "page", "degree", "diploma", "permit", "badge", "ged", "masters", "master's", "bachelor's", "phd",
        "llc", "business", "catering", "daycare", "driveway", "parking", "setup", "laminator", "maker", "scaffolding",
        "chipper", "grinder", "freezer", "coolers", "comales", "carpa", "camioneta", "dj", "embosser", "bay", "key",
        "keys", "serger", "oven", "fryer", "griddle", "dolly", "forklift", "tractor", "carport", "barn", "troca",
        "carro", "camión", "camion", "mower", "trimmers", "press", "cutter", "burners", "kayak", "canoe", "raft", "pallet", "jack",
        "washer", "vac", "shop-vac", "urn", "sprayer", "compressor", "ez-up", "ezup", "pop-up", "popup", "card", "cart",
    ] as Set<String>).union(vehicles).union(credentials)

    /// Whether `word` names a resource, singular or plural: "speakers", "freezer".
    static func isResource(_ word: String) -> Bool {
        resources.contains(word) || (word.hasSuffix("s") && resources.contains(String(word.dropLast())))
    }

    /// Vehicles and machines by kind, make and model: "a 2004 Chevy Silverado", "7-seat Sienna", "f-250 w/ a hitch".
    static let vehicleModels: Set<String> = [
        "chevy", "chevrolet", "ford", "toyota", "honda", "dodge", "gmc", "nissan", "jeep", "subaru", "hyundai", "kia",
        "volkswagen", "vw", "mazda", "buick", "chrysler", "deere", "kubota", "bobcat", "silverado", "f-150", "f150",
        "f-250", "f250", "f-350", "f350", "tacoma", "tundra", "sprinter", "odyssey", "sienna", "civic", "accord",
        "camry", "corolla", "prius", "explorer", "expedition", "suburban", "tahoe", "highlander", "rav4", "cr-v",
        "econoline", "e-350", "astro", "wrangler", "outback", "forester", "altima", "sentra", "elantra", "sonata",
        "malibu", "impala", "frontier", "avalanche", "sedona", "pacifica", "4x4",
        // trucks by make: "his own 2011 Kenworth dump truck"
        "kenworth", "freightliner", "peterbilt", "isuzu", "hino",
    ]
    static let vehicles: Set<String> = vehicleModels.union([
        "truck", "pickup", "van", "minivan", "suv", "sedan", "hatchback", "flatbed", "trailer", "e-bike", "ebike",
        "motorcycle", "moto", "motorbike", "scooter", "moped", "dozer", "chassis", "semi", "trackhoe", "backhoe", "excavator", "skid-steer",
    ])

    /// Licences and certificates a person holds: "CDL-A", "forklift cert", "journeyman card", "her PTIN".
    static let credentials: Set<String> = [
        "cdl", "cdl-a", "cdl-b", "cdl-c", "cdl-p", "ptin", "twic", "ase", "osha", "osha-10", "osha-30", "servsafe", "cert", "certs", "cda", "cpr", "notary",
        "credential", "credentials", "endorsement", "journeyman", "certification", "certificate", "license", "licence",
    ]

    /// What a person can belong to: "in 3 parent facebook groups", "on the parish council".
    static let groups: Set<String> = [
        "group", "groups", "chat", "chats", "club", "clubs", "choir", "league", "council", "committee", "association",
        "union", "board", "team", "ministry", "caucus", "congregation", "parish", "network", "coalition", "co-op",
        "cooperative", "pta", "pto", "collective", "circle", "society", "alliance", "guild", "crew", "band", "local",
        "lodge", "chapter", "auxiliary", "vestry", "session", "sisterhood", "brotherhood", "usher", "ushers",
        "commission", "whatsapp", "facebook", "groupchat", "listserv", "nextdoor", "assoc", "association's", "signal",
        "telegram", "wechat", "discord", "slack", "cmte", "comm", "cte",
    ]

    static let languages: Set<String> = [
        "canto", "toisan", "hokkien", "teochew", "shanghainese", "pulaar", "soninké",
        "spanish", "english", "tagalog", "mandarin", "cantonese", "chinese", "vietnamese", "korean", "arabic",
        "french", "haitian", "creole", "kreyol", "portuguese", "russian", "ukrainian", "polish", "somali", "amharic",
        "hindi", "urdu", "bengali", "punjabi", "gujarati", "farsi", "persian", "dari", "pashto", "turkish", "greek",
        "italian", "german", "japanese", "hmong", "khmer", "lao", "thai", "nepali", "swahili", "yoruba", "igbo",
        "tigrinya", "asl", "sign", "braille", "portugues", "portugese", "português", "español", "espanol", "ingles", "inglés", "twi", "ga", "krio",
        "tamil", "telugu", "malayalam", "kannada", "marathi", "shona", "zulu", "wolof", "fula", "kaqchikel", "irish",
        "patois", "hebrew", "yiddish", "armenian", "albanian", "bosnian", "serbian", "croatian",
        "romanian", "quechua", "mixteco", "k'iche'", "zapotec", "ilocano", "cebuano", "samoan", "tongan", "marshallese",
        "navajo", "lingala", "darija", "xhosa", "kreyòl", "kriol", "nahuatl", "náhuatl", "taishanese", "toisanese",
        "fuzhounese", "hakka", "burmese", "oromo", "hausa", "bambara", "soninke", "mandinka", "dinka", "nuer",
        "kinyarwanda", "kirundi", "luganda", "dutch", "swedish", "norwegian", "danish", "finnish", "czech", "slovak",
        "hungarian", "bulgarian", "macedonian", "georgian", "azeri", "uzbek", "kazakh", "tajik", "kurdish", "uyghur",
        "tibetan", "mongolian", "malay", "indonesian", "javanese", "sinhala", "chamorro", "chuukese", "fijian",
        "maori", "hawaiian", "cherokee", "ojibwe", "lakota", "garifuna", "mixtec", "triqui", "purepecha", "otomi",
        "aymara", "guarani", "patwa", "bangla", "sylheti", "sindhi", "konkani", "odia", "tigre", "ewe",
        "fante", "akan", "ndebele", "sesotho", "setswana", "afrikaans", "chichewa", "kikuyu", "luo", "malagasy",
        "cajun", "mam", "q'anjob'al", "akateko", "chuj", "ixil", "q'eqchi'", "kiche", "mvskoke", "muscogee",
        "kriolu", "crioulo", "qanjobal", "kanjobal", "qeqchi", "q'eqchi", "kekchi", "pidgin", "tlapaneco", "zapoteco", "chatino", "amuzgo", "purépecha", "tzotzil", "tzeltal",
    ]

    /// Words for the people around the person: "her husband", "his boss", "their landlord".
    static let relations: Set<String> = [
        "husband", "wife", "partner", "son", "daughter", "kid", "kids", "child", "children", "mom", "mother", "dad",
        "father", "sister", "brother", "cousin", "aunt", "uncle", "grandma", "grandmother", "grandpa", "grandfather",
        "niece", "nephew", "neighbor", "neighbors", "neighbour", "friend", "friends", "coworker", "co-worker",
        "coworkers", "boss", "supervisor", "manager", "landlord", "roommate", "pastor", "priest", "teacher",
        "colleague", "colleagues", "family", "parents", "in-law", "fiance", "fiancée", "fiancé", "girlfriend",
        "boyfriend", "ex", "tenant", "tenants", "member", "members", "deacon", "rabbi", "imam", "principal", "coach",
        "steward", "buddy", "classmate", "mentor", "godmother", "godfather", "stepdad", "stepmom", "baby",
        "compadre", "comadre", "cuñado", "cuñada", "primo", "prima",
    ]

    /// Whether `word` names a relation, or several of one written with a plain "s": "brother", "brothers", "cousins".
    static func isRelative(_ word: String) -> Bool {
        relations.contains(word) || word.hasSuffix("s") && relations.contains(String(word.dropLast()))
    }

    static let determiners: Set<String> = [
        "the", "a", "an", "her", "his", "their", "its", "my", "our", "this", "that", "these", "those", "how", "what",
        "some", "all", "about",
    ]

    /// Capitalized words that start sentences or name times, never people.
    static let notNames: Set<String> = [
        "i", "i'll", "i'm", "she", "he", "they", "we", "the", "a", "an", "her", "his", "their", "and", "or", "but",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "april", "june", "july", "august", "september", "october", "november", "december", "today", "tomorrow",
        "also", "maybe", "yes", "no", "who", "she's", "he's", "if", "when", "then", "about", "to",
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "march", "may", "tonight", "tmrw", "am", "pm",
    ]
}
