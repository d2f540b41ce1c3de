import Testing

@testable import FollowUpKit

/// Promises whose subject a hurried note leaves out: the person's smaller offer after an answer, the
/// organizer's own to-dos written as bare verbs, and "offered to" after "and". Met Saturday 2026-11-14.
@Suite("Promises without a subject")
struct ElidedSubjectTests {
    typealias Case = CommitmentCase

    @Test("Whose it is, and by when", arguments: [
        // the person's own offer, in an answer
        Case(body: "- ask: speak at the budget hearing Dec 3 at 6pm -> no way, his english \"not for microphone\". will sit in the front row tho",
             owner: .supporter, text: "sit in the front row", due: "2026-12-03T18:00"),
        Case(body: "- ask: the hall for the assembly Dec 5? -> has to ask the pastor, will call me sun", owner: .supporter, text: "call me", due: "2026-11-15"),
        Case(body: "Asked if hed present the map at the hearing Dec 1st -- said no, hes not a public speaker, but hed come sit in the front row.",
             owner: .supporter, text: "come sit in the front row", due: "2026-12-01"),
        Case(body: "Ask: co-lead the door-knock on Dec 12 at 10am -> think about it, will tell me after finals", owner: .supporter, text: "tell me after finals"),
        // "offered to" after "and": whoever the sentence began with
        Case(body: "She's an IT project manager and offered to build us a tracker spreadsheet.", owner: .supporter, text: "build us a tracker"),
        Case(body: "Shes a graphic designer on the side and offerd to do our flyers.", owner: .supporter, text: "do our flyers"),
        Case(body: "I called her back and offered to drive her to the clinic.", owner: .organizer, text: "drive her to the clinic"),
        Case(body: "- has a pickup, offered to haul the coolers", owner: .supporter, text: "haul the coolers"),
        Case(body: "Offered to haul the coolers Sat.", owner: .supporter, text: "haul the coolers", due: "2026-11-21"),
        // the organizer's to-dos as bare verbs
        Case(body: "Bring him the audit map Thurs.", owner: .organizer, text: "Bring him the audit map", due: "2026-11-19"),
        Case(body: "Also find him an interpreter for the hearing.", owner: .organizer, text: "find him an interpreter"),
        Case(body: "never got an answer on the PA. txt him tmrw", owner: .organizer, text: "txt him", due: "2026-11-15"),
        Case(body: "He wants to ask his wife first. f/u Mon.", owner: .organizer, text: "f/u", due: "2026-11-16"),
        Case(body: "Need to get the shirt sizes from Dana before that.", owner: .organizer, text: "get the shirt sizes"),
        Case(body: "Gotta call him Thurs to see if he found someone.", owner: .organizer, text: "call him", due: "2026-11-19"),
        Case(body: "We promised to send him the heat standard and to get him a stack of cards by Monday.", owner: .organizer, text: "get him a stack", due: "2026-11-16"),
        Case(body: "I'll send her the survey link tonight + gonna drop off the masa money Fri.", owner: .organizer, text: "drop off the masa money", due: "2026-11-20"),
        // an owner's label set off by a dash, and an answer promised by an abbreviated day
        Case(body: "Me - bring her 10 petitions Tues + a clipboard", owner: .organizer, text: "bring her 10 petitions", due: "2026-11-17"),
        Case(body: "- [ ] Me - book the library room as backup", owner: .organizer, text: "book the library room"),
        Case(body: "- she'll let me know by Sun either way", owner: .supporter, text: "let me know", due: "2026-11-15"),
        Case(body: "Me - she should meet Rosa Diaz, then I'll call Rosa.", owner: .organizer, text: "call Rosa"),
        Case(body: "## Next steps\n- [ ] f/u Fri re: testifying", owner: .organizer, text: "f/u", due: "2026-11-20"),
        Case(body: "## Next steps\n- [ ] bring the water jugs + survey sheets to his garage by the 17th", owner: .organizer, text: "bring the water jugs", due: "2026-11-17"),
        // the person's word on when to reach them again, and the same ask put another day
        Case(body: "Asked could we use the basement Sat Dec 5. she said text her sunday, shell know by then.", owner: .organizer, text: "text her sunday", due: "2026-11-15"),
        Case(body: "He said to text him Saturday morning and he would know by then.", owner: .organizer, text: "text him", due: "2026-11-21"),
        Case(body: "Said to check w/ her Monday after work, she wants to ask her sister.", owner: .organizer, text: "check w/ her", due: "2026-11-16"),
        Case(body: "\"my wife decides that\" lol. ask him again weds", owner: .organizer, text: "ask him again", due: "2026-11-18"),
        Case(body: "Follow up 11/20 abt the basement if she hasnt called.", owner: .organizer, text: "Follow up", due: "2026-11-20"),
        // a deadline the yes gives; an "after" that says when, not on what condition
        Case(body: "Asked her to print 200 flyers for ward night, she said \"200?? fine, by the 20th.\"", owner: .supporter, text: "print 200 flyers", due: "2026-11-20"),
        Case(body: "asked him to speak at the school board tues 11/17 at 7 -> NO bc of his wife, BUT he'll drive the box truck for the rally after",
             owner: .supporter, text: "drive the box truck", due: "2026-11-17T19:00"),
        // third review: an inch mark opens no quote; the person's quoted promise stays theirs
        Case(body: "## Asks\n- bring the 10\" speakers to the rally Dec 5 -> \"I'll bring them, I'll be there early\"", owner: .supporter, text: "bring the 10", due: "2026-12-05"),
        Case(body: "Needs a 6\" pipe. asked him to help at the cleanup Dec 5, he said \"sure.\" I'll text him the address.", owner: .organizer, text: "text him the address"),
        // a quote that closed the sentence before opens nothing; "Moi:" is the organizer's label too
        Case(body: "Asked if hed sign the letter Dec 3. Wants to read it first, \"send it over and Ill let you know.\"\nIll text him the letter tonight.",
             owner: .organizer, text: "text him the letter", due: "2026-11-14"),
        Case(body: "Moi: get him the resolution text by Weds.", owner: .organizer, text: "get him the resolution text", due: "2026-11-18"),
        // a title's dot ends no sentence
        Case(body: "Need to ask Br. Kamal for the hall for a workers mtg by the 20th.", owner: .organizer, text: "ask Br. Kamal for the hall", due: "2026-11-20"),
        // a second errand after "and"
        Case(body: "I will bring him the fact sheet on Wednesday, and find a volunteer to type up his translation.", owner: .organizer, text: "find a volunteer", due: "2026-11-18"),
    ])
    func owner(_ example: Case) throws { try example.check() }

    @Test("Two errands after \"and\" are two; one errand done with someone, or a call to ask, stays one", arguments: [
        ("I'll bring the petition tomorrow after mass, and find out from the OSHA office if it can be anonymous.", 2),
        ("I'm going to sit w her and write the two minutes Thurs evening.", 1),
        ("I'll call her and ask about the van.", 1),
        ("I'll text him and Jose the address.", 1),
        // review mend: the second verb is the first errand's purpose
        ("I'll pick her up at 6 and bring her to the hearing.", 1),
        ("I'll email the city and find out who the inspector is.", 1),
        // a second thing brought after a deed of its own is two; a way there, a step to it, or the same thing is one
        ("I'll print the flyers + find out where to drop them.", 2),
        ("I'll call the clinic Mon + find out the hours.", 1),
        ("I'll swing by and bring her the flyer.", 1),
        ("I'll get copies made and bring the stack to her Thurs.", 1),
    ])
    func secondErrand(body: String, count: Int) throws {
        let note = try ExtractionRuleTests.note(body + "\n")
        #expect(note.commitments.filter { $0.owner == .organizer }.count == count, "\(note.commitments)")
    }

    @Test("The person's second thing taken on after \"and bring\" or \"and show\" is a promise of its own", arguments: [
        ("hell carry the banner and bring his speakers.", ["carry the banner", "bring his speakers"]),
        ("she'll lend us her backup camera and show Jonah how to use it", ["lend us her backup camera", "show Jonah how to use it"]),
        ("She'll go home and bring the lease after lunch.", ["go home and bring the lease after lunch"]),
        ("She'll fill it out and bring the form Thurs.", ["fill it out and bring the form Thurs"]),
        ("She'll come out and show her support.", ["come out and show her support"]),
    ])
    func secondThing(body: String, texts: [String]) throws {
        let note = try ExtractionRuleTests.note(body + "\n")
        #expect(note.commitments.map(\.text) == texts)
    }

    @Test("A yes's own deadline dates the ask; someone else's day after the yes does not", arguments: [
        ("Asked her to print 200 flyers, she said \"200?? fine, by the 20th.\"", "2026-11-20"),
        ("Asked her to join the negotiating team. She said yes, but she's moving out by the 30th.", nil),
        ("Asked him to sign the petition. He said sure, his lease is up by Dec 1 anyway.", nil),
        ("Asked her to bring 10 people to the hearing. She said \"yes, text me the details by Weds.\"", nil),
        ("Asked her to hand out flyers at church. She said yes, not before the 22nd though.", nil),
    ] as [(String, String?)])
    func yesDeadline(body: String, due: String?) throws {
        let note = try ExtractionRuleTests.note(body + "\n")
        #expect(note.asks.map(\.response) == [.yes])
        #expect(note.asks.first?.due?.description == due)
    }

    @Test("Two yeses for the same day are two promises")
    func sameDay() throws {
        let note = try ExtractionRuleTests.note("## Asks\n- come to the rally sat -> yes\n- help w/ potluck sat -> yes\n")
        #expect(note.commitments.map(\.line) == [7, 8])
    }

    @Test("An answer still to come, or a saying, is no promise", arguments: [
        "Wants to read it first, \"send it over and Ill let you know.\"",
        "\"Let me see how the Knights mtg goes Thurs, then Ill tell you.\"",
        "He'll decide after he talks with Father Dominic.",
        "Mgmt says the painters come back the 1st. I'll believe it when I see it.",
    ])
    func answerToCome(_ body: String) throws {
        #expect(try ExtractionRuleTests.note(body + "\n").commitments.isEmpty)
    }

    @Test("\"She'll know\" is no promise, but what she'll do once she knows is")
    func knowing() throws {
        let note = try ExtractionRuleTests.note("She'll know her schedule Friday and will text me.\n")
        #expect(note.commitments.map(\.owner) == [.supporter])
        #expect(try ExtractionRuleTests.note("She'll know more after the doctor Tues.\n").commitments.isEmpty)
        #expect(try ExtractionRuleTests.note("She'll decide by Friday.\n").commitments.map(\.owner) == [.supporter])
    }

    @Test("Not a promise: a yes said as \"will do\", help with nothing named, a need of her own", arguments: [
        "- ask: come to the budget hearing -> will do",
        "Asked her to speak at the vigil. She said she can't, because of her own status, but she'd help behind the scenes.",
        "Gotta pick up her kids from daycare by 6.",
        "- ask: host the house meeting -> maybe, need to check w/ her husband",
        "## Next steps\n- [ ] Bring her printed mold photos to the delivery Nov 18",
        // review mend: someone else's offer, a need of her own, an organizer's plan after the answer, a reason
        "The landlord came by and offered to pay her $2000 to leave.",
        "Her son stopped by and offered to fix the door.",
        "Need to find a new apartment by January.",
        "Need to call the housing office about her voucher.",
        "- ask: host the house mtg -> maybe. will follow up next week",
        "- ask: host the house mtg -> no. Will get the talking points to her by Mon.",
        "- ask: speak at the board mtg -> no, but she'd get fired",
        "She'll try to come, gonna be hard with her schedule.",
        "Asked her to host Dec 5. She'll know by Friday.",
        // review mend: someone else to call, a channel, a standing invitation, a name, a condition: no day to reach her
        "She said to call her husband about the van, he drives it.",
        "She said text her, she never checks email.",
        "She said call her anytime, she's up late.",
        "He says to call him Junior.",
        "Said to text him if we need a body at the door tho.",
    ])
    func none(_ body: String) throws {
        let note = try ExtractionRuleTests.note(body + "\n")
        let invented = ["do", "help", "check", "pick", "pay", "fix", "find", "call", "follow", "get", "be"]
        #expect(note.commitments.allSatisfy { commitment in
            commitment.owner == .supporter && !invented.contains { commitment.text.hasPrefix($0) }
        }, "\(note.commitments)")
    }
}
