/// Word lists that decide whether a number or an ambiguous word really is part of a date.
enum DateVocabulary {
    /// Gatherings a short numeric date may follow: "board mtg 4/7", "the rally 5/2".
    /// The events a date may follow, less those that also count or rank ("training session 2/6", "the march 3").
    static let gatheringsBeforeDate: Set<String> = eventFollowers.subtracting(["march", "event", "deadline", "training", "session", "mass", "service"])

    /// Gatherings a short day name may stand before: "the sun mtg", "Sat rally", "wed huddle".
    static let gatheringsAfterDay: Set<String> = [
        "mtg", "mtgs", "meeting", "meetings", "rally", "huddle", "training", "service", "mass", "vigil", "potluck", "hearing",
        "canvass", "phonebank", "picnic", "cookout", "clinic", "session",
        // "the park cleanup sat", "the phone bank thurs", "the door knock Sat", "orientation Weds"
        "cleanup", "clean-up", "bank", "knock", "orientation", "forum", "walkout", "protest", "fundraiser", "workshop",
        "caravan", "speakout", "tabling", "picket", "teach-in", "wash", "sale",
    ]

    /// Words right before a number that make it a label, not a date or time ("Room 12/3", "Route 9").
    static let numberLabels: Set<String> = [
        "room", "rm", "apt", "apartment", "unit", "suite", "ste", "route", "rt", "rte", "hwy",
        "highway", "interstate", "floor", "grade", "no", "number", "num", "page", "pg", "pp",
        "chapter", "ch", "section", "sec", "vol", "version", "ver", "v", "step", "line", "exit",
        "bus", "gate", "building", "bldg", "lot", "box", "ext", "ward", "district", "precinct",
        "item", "question", "table", "figure", "fig", "row", "seat", "level", "phase", "aisle",
        "booth", "locker", "channel", "verse", "platform", "track", "pier", "dock", "ticket",
        "flight", "model", "part", "article", "ordinance", "prop", "proposition", "#", "$", "€",
        "£", "№",
    ]

    /// Words that may introduce a single-digit "M/D" such as "on 3/4".
    static let dateLeads: Set<String> = [
        "on", "by", "due", "until", "till", "til", "before", "after", "from", "thru", "through",
        "starting", "since",
    ]

    /// Stricter leads for pairs that are usually fractions ("by 1/2" is a fraction).
    static let strictDateLeads: Set<String> = [
        "on", "due", "until", "till", "til", "before", "after", "thru", "through", "starting",
    ]

    /// "M/D" pairs (as M*10+D) that are far more often fractions than dates.
    static let commonFractions: Set<Int> = [12, 13, 23, 14, 34, 15, 25, 35, 45, 16, 56, 18, 38, 58, 78]

    /// Verbs before "her" that make a day after her the errand's: "text her Sun to check…".
    static let errandsForHer: Set<String> = ["text", "call", "email", "remind", "ping", "see", "meet", "visit", "ask", "tell", "phone"]

    /// Events that make a bare "7/9" before them a day: "the 7/9 rally".
    static let eventFollowers: Set<String> = [
        "rally", "mtg", "meeting", "hearing", "march", "vigil", "event", "deadline", "training", "forum", "picnic", "potluck",
        "party", "session", "walkout", "protest", "cookout", "fundraiser", "assembly", "presser", "canvass", "workshop",
        "cleanup", "mass", "service", "orientation", "caravan", "speakout", "teach-in", "convention", "conference", "retreat",
    ]

    /// Words after a numeric date that show it was a measure ("1/2 cup", "3/4 grade").
    static let measureFollowers: Set<String> = [
        "floor", "grade", "graders", "percent", "pct", "ratio", "odds", "split", "cup", "cups",
        "tsp", "tbsp", "inch", "inches", "mile", "miles", "way", "off", "share", "scale",
    ]

    /// Words before a capitalized "Sun"/"Sat"/"Wed"/"Mon" that make it a weekday.
    static let weekdayLeads: Set<String> = [
        "on", "by", "until", "till", "til", "before", "after", "from", "thru", "through", "to",
        "since", "due", "starting", "this", "next", "last", "following", "coming",
    ]

    /// Words that may follow a day named mid-sentence: "the van Sat to move…", "the PA Sat so we…".
    static let weekdayFollowers: Set<String> = [
        "to", "so", "and", "for", "if", "or", "w", "with", "but", "then", "when", "after", "before", "too", "also",
        "instead", "unless", "since", "because", "bc", "b", "ok", "okay", "either", "abt", "about", "re",
    ]

    /// Subjects after which "sat", "wed" or "sun" is a verb: "she sat.", "they wed."
    static let subjectPronouns: Set<String> = [
        "i", "you", "she", "he", "we", "they", "it", "who", "everyone", "everybody", "us", "them", "all", "together",
    ]

    /// Determiners that make "Sun"/"Sat" a noun ("the Sun reported").
    static let determiners: Set<String> = [
        "the", "a", "an", "my", "his", "her", "their", "our", "your", "its",
    ]

    /// Words before a bare hour that make it a clock time ("at 7").
    static let timeLeads: Set<String> = ["at", "@", "around"]

    /// Hours said as words, as dictated notes write them: "at six thirty", "tomorrow at five".
    static let spelledHours: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]
    static let spelledMinutes: [String: Int] = ["fifteen": 15, "thirty": 30, "forty-five": 45, "fortyfive": 45]

    /// Days of the month said as words after a weekday: "saturday the thirtieth".
    static let spelledOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    /// Words after a spelled hour that make it a count: "at one point", "around two hundred people".
    static let spelledCountFollowers: Set<String> = ["point", "points", "hundred", "thousand", "dozen", "of", "or", "more", "percent"]

    /// Words before a bare hour range that make it clock time ("from 6 to 8", "afternoon 2-4").
    static let rangeLeads: Set<String> = [
        "from", "between", "morning", "afternoon", "evening", "eve", "night", "tonight",
    ]

    /// Nouns after a number that make it a count ("at 7 people", "May 5 volunteers").
    static let countNouns: Set<String> = [
        "people", "persons", "folks", "kids", "children", "adults", "members", "volunteers",
        "organizers", "families", "households", "votes", "voters", "signatures", "doors", "houses",
        "homes", "calls", "texts", "emails", "tickets", "seats", "spots", "slots", "shifts",
        "tables", "chairs", "blocks", "miles", "minutes", "hours", "days", "weeks", "months",
        "years", "times", "things", "items", "points", "percent", "dollars", "bucks", "of", "out",
        "more", "less", "others", "main", "street", "st", "ave", "avenue", "road", "rd", "blvd",
        "lane", "person", "kid", "adult", "member", "volunteer", "family", "year", "month",
        "week", "day", "hour", "minute", "time", "min", "mins", "hr", "hrs",
    ]

    /// Words ending in "s" that are not plural nouns, so they may follow a time.
    static let notPlural: Set<String> = [
        "this", "thus", "works", "starts", "sounds", "seems", "looks", "suits", "fits", "gets",
        "makes", "needs", "wants", "means", "helps", "goes", "does", "ends", "opens", "closes",
        "begins", "happens", "unless", "always", "perhaps", "sometimes", "afterwards", "towards",
        "plus", "thanks", "yes", "less", "across", "says", "was", "has", "is", "as", "its",
    ]

    /// Words that may follow "the 3rd" when it names a day ("the 3rd at 7", "the 3rd works").
    static let ordinalDayFollowers: Set<String> = [
        "at", "around", "from", "by", "until", "till", "til", "then", "so", "when", "if", "to",
        "is", "was", "would", "could", "should", "will", "works", "work", "we", "i", "you", "he",
        "she", "they", "as", "but", "because", "since", "before", "after", "instead", "too",
        "also", "ok", "okay", "maybe", "right", "morning", "afternoon", "evening", "night",
        "eod", "cob", "please", "latest", "sounds", "anyway", "anyways", "for", "with", "or", "again", "though",
        "unless", "which", "who", "he'll", "she'll", "i'll", "we'll", "they'll", "hell", "shell", "ill",
        // "Text her on the 20th re co-lead": what the day is about
        "re", "abt", "about", "regarding",
    ]

    /// Any of these anywhere in a sentence makes bare hours pm ("at 9 tonight").
    static let eveningWords: Set<String> = [
        "evening", "evenings", "night", "nights", "tonight", "tonite",
    ]

    /// What may sit between a day phrase and a following time ("Dec 3 at 7pm").
    static let joinersAfterDay: Set<String> = [
        "at", "@", ",", "from", "around", "by", "-", "about", "between",
    ]

    /// What may sit between a time and a following day phrase ("7pm on Tuesday").
    static let joinersBeforeDay: Set<String> = ["on", ",", "-"]
}
