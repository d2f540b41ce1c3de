import Testing

@testable import FollowUpKit

/// Small notes, one behaviour each: the rules the README promises organizers.
@Suite("Extraction rules")
struct ExtractionRuleTests {
    /// A note met on Saturday 2026-11-14 by Sam Chen with Maria Lopez, with `body` after the front matter
    /// (so the body's first line is line 6).
    static func note(_ body: String) throws -> Note {
        let text = "---\nperson: Maria Lopez\ndate: 2026-11-14\norganizer: Sam Chen\n---\n" + body
        return try NoteReader.read(text: text, path: "t.md").get()
    }

    struct OwnerCase: Sendable, CustomTestStringConvertible {
        var body: String
        var owner: Commitment.Owner?
        var testDescription: String { body.replacingOccurrences(of: "\n", with: " / ") }
    }

    @Test("Whose commitment it is", arguments: [
        OwnerCase(body: "I'll send her the rent survey by Friday.", owner: .organizer),
        // a list item with no subject: legwork and things done to the person are the organizer's, a goal of
        // people to reach and a record to keep are the person's
        // the organizer's plan with its "I" left out, and labels that say whose a line is
        OwnerCase(body: "Gonna call Principal Haddox next Tuesday abt the library.", owner: .organizer),
        OwnerCase(body: "Told her I would call her Monday at 8 before her shift.", owner: .organizer),
        OwnerCase(body: "told him Id find out abt the overtime claim next week", owner: .organizer),
        OwnerCase(body: "Told him I'd think about it.", owner: nil),
        OwnerCase(body: "gonna be a long summer for the crew", owner: nil),
        OwnerCase(body: "She wants to learn 1:1s, so check in w/ her in 2 wks abt the training.", owner: .organizer),
        OwnerCase(body: "- on me: the OSHA form to him by weds", owner: .organizer),
        OwnerCase(body: "She said the hall was not hers to give, but she would raise it at their meeting.", owner: .supporter),
        OwnerCase(body: "She laughed and said no, but she would ask two of the younger ushers.", owner: .supporter),
        OwnerCase(body: "She would rather stay home, but she would never say it.", owner: nil),
        // review mend: a dropped "she", her own words, a habit, someone else's "would"
        OwnerCase(body: "Works nights at the hospital. Gonna start a new job in January.", owner: nil),
        OwnerCase(body: "Gotta pick up her kids from daycare by 6.", owner: nil),
        OwnerCase(body: "need to book the MSA room for the teach-in", owner: .organizer),
        OwnerCase(body: "Need to book her a flight home for her mother's funeral.", owner: nil),
        OwnerCase(body: "\"Gonna call the landlord again,\" she said.", owner: nil),
        OwnerCase(body: "Told her I'd understand if she can't.", owner: nil),
        OwnerCase(body: "Told her I'd already sent the survey.", owner: nil),
        OwnerCase(body: "Her sister babysits on Tuesdays, so call her sister if the kids are sick.", owner: nil),
        OwnerCase(body: "She says the manager is nice but he would fire anyone who talks union.", owner: nil),
        OwnerCase(body: "She said she used to volunteer at the food bank but she would bring her daughter every Saturday.", owner: nil),
        OwnerCase(body: "She said she can't make Thursday, but I would be welcome at her church's meeting Sunday.", owner: nil),
        OwnerCase(body: "## Next steps\n- Bring her 3 neighbors to the Dec 3 meeting", owner: .supporter),
        OwnerCase(body: "## Next steps\n- Invite coworkers to the Dec 3 meeting", owner: .supporter),
        OwnerCase(body: "## Next steps\n- Record every call to the landlord", owner: .supporter),
        OwnerCase(body: "- on her: sign-in sheets for the mtg", owner: .supporter),
        OwnerCase(body: "## Next steps\n- Find a volunteer to ride paratransit with her on the 16th", owner: .organizer),
        OwnerCase(body: "## Next steps\n- [x] Left her our large-print request form", owner: .organizer),
        OwnerCase(body: "## Next steps\n- print 20 surveys and drop them at the office", owner: .organizer),
        OwnerCase(body: "## Next steps\n- Invite two friends from the senior center by Friday", owner: .supporter),
        OwnerCase(body: "## Next steps\n- call 10 members off the list by Sunday", owner: .supporter),
        OwnerCase(body: "## Next steps\n- Write down every pickup time until the hearing", owner: .supporter),
        OwnerCase(body: "## Next steps\n- Bring a draft of her remarks to practice", owner: .supporter),
        OwnerCase(body: "I promised to call the legal clinic.", owner: .organizer),
        OwnerCase(body: "She agreed to bring two neighbors.", owner: .supporter),
        OwnerCase(body: "Maria will print the flyers.", owner: .supporter),
        OwnerCase(body: "Sam will book the room.", owner: .organizer),
        OwnerCase(body: "- [ ] Me: print flyers", owner: .organizer),
        OwnerCase(body: "- [ ] Maria: print flyers", owner: .supporter),
        OwnerCase(body: "todo: order 40 contractor bags + gloves by Thurs", owner: .organizer),
        OwnerCase(body: "## Next steps\n- Text her the address", owner: .organizer),
        OwnerCase(body: "## Next steps\n- Attend the meeting Dec 3", owner: .supporter),
        OwnerCase(body: "## Next steps\n- Draft her remarks and email them to me", owner: .supporter),
        OwnerCase(body: "## Promises\n- Bring the sign-up sheet", owner: .organizer),
        OwnerCase(body: "Her husband will pick up the kids.", owner: nil),
        OwnerCase(body: "She won't be able to come.", owner: nil),
        OwnerCase(body: "He has to leave early for work.", owner: nil),
        OwnerCase(body: "We'll see whether she will help.", owner: nil),
        OwnerCase(body: "She said I should talk to Joan Ellis.", owner: nil),
        OwnerCase(body: "Call her Monday about the flyer.", owner: .organizer),
        OwnerCase(body: "Shes going to send me the video by Friday.", owner: .supporter),
        OwnerCase(body: "She thinks they'll lose the discount.", owner: nil),
        OwnerCase(body: "She'll let me know by Friday.", owner: .supporter),
        OwnerCase(body: "She'll let me know.", owner: nil),
    ])
    func owner(_ example: OwnerCase) throws {
        let note = try Self.note(example.body)
        #expect(note.commitments.first?.owner == example.owner, "\(note.commitments)")
    }

    struct ResponseCase: Sendable, CustomTestStringConvertible {
        var body: String
        var response: Ask.Response
        var testDescription: String { body }
    }

    @Test("How the person answered", arguments: [
        ResponseCase(body: "Asked her to come to the meeting Dec 3. She said yes.", response: .yes),
        ResponseCase(body: "Asked her to come to the meeting Dec 3 and she's in!", response: .yes),
        ResponseCase(body: "Asked her to come to the meeting Dec 3. She said she'd think about it.", response: .maybe),
        ResponseCase(body: "Asked her to come to the meeting Dec 3. Not ready yet.", response: .no),
        ResponseCase(body: "Asked her to come to the meeting Dec 3. She can't make the 3rd.", response: .no),
        ResponseCase(body: "Asked her to come to the meeting Dec 3. No answer yet.", response: .pending),
        ResponseCase(body: "Asked her to come to the meeting Dec 3.", response: .pending),
        ResponseCase(body: "Asked her to come to the meeting Dec 3. She's not sure.", response: .maybe),
        ResponseCase(body: "Asked her to join the budget committee Dec 3. Not this semester, too much going on.", response: .no),
        ResponseCase(body: "Asked her to be a hotline volunteer Dec 3. Dijo que si!!", response: .yes),
        ResponseCase(body: "Asked her to post it Dec 3. She said yes but she has to ask the other admin first, so maybe.", response: .maybe),
        ResponseCase(body: "Asked her to bring five people Dec 3. She said she will bring seven.", response: .yes),
        ResponseCase(body: "Asked her if the church could host Dec 3. She said that is Father Tom's call. She will ask him.", response: .pending),
        ResponseCase(body: "asked her: get 5 drivers to the mtg Dec 3. she's in\nasked her: be quoted by name. NO", response: .yes),
        ResponseCase(body: "## Ask\n- Host a house meeting Dec 5 → yes", response: .yes),
        ResponseCase(body: "## Ask\n- Host a house meeting Dec 5\n  Maybe, after the holidays", response: .maybe),
        ResponseCase(body: "Asked her to host the meeting Dec 3. She has to ask the board first.", response: .maybe),
        ResponseCase(body: "Asked her to talk to the reporter Dec 3, not yet, wants to see how it goes.", response: .no),
        ResponseCase(body: "Asked her to come Dec 3. Shes there if her sister can babysit.", response: .maybe),
    ])
    func response(_ example: ResponseCase) throws {
        let note = try Self.note(example.body)
        let ask = try #require(note.asks.first)
        #expect(ask.response == example.response)
        #expect(ask.due?.description == (example.body.contains("Dec 3") ? "2026-12-03" : "2026-12-05"))
    }

    @Test("An ask answered yes is also the person's commitment, once")
    func askYesBecomesCommitment() throws {
        let prose = try Self.note("Asked her to come to the tenant meeting Dec 3 at 7pm. She said yes.\n")
        #expect(prose.commitments.map(\.owner) == [.supporter])
        #expect(prose.commitments.first?.due?.description == "2026-12-03T19:00")
        #expect(prose.commitments.first?.line == 6)
        let listed = try Self.note("Asked her to come to the tenant meeting Dec 3 at 7pm. She said yes.\n\n## Commitments\n- [ ] Attend the tenant meeting Dec 3 at 7pm\n")
        #expect(listed.commitments.count == 1)
        #expect(listed.commitments.first?.line == 9)
    }

    @Test("A ticked box is done; task-plugin dates win and leave the text")
    func tasks() throws {
        let note = try Self.note("- [x] Call Jose about the Dec 3 meeting 📅 2026-11-28\n- [ ] Send the survey due:: 2026-11-20\n")
        #expect(note.commitments.map(\.done) == [true, false])
        #expect(note.commitments.map { $0.due?.description } == ["2026-11-28", "2026-11-20"])
        #expect(note.commitments.allSatisfy { !$0.text.contains("2026") && !$0.text.contains("📅") })
    }

    @Test("What the organizer crossed out is not read, and the lines after it keep their numbers")
    func crossedOut() throws {
        let note = try Self.note("- [ ] ~~Call Jose\n  Friday~~\n- [ ] I'll call her ~~Friday~~\n  Monday\n- ~~has a car~~ speaks Tagalog\n")
        #expect(note.commitments.map(\.text) == ["call her Monday"])
        #expect(note.commitments.map(\.line) == [8])
        #expect(note.commitments.map { $0.due?.description } == ["2026-11-16"])
        #expect(note.skills.map(\.text) == ["speaks Tagalog"])
        #expect(note.skills.map(\.line) == [10])
        // a lone "~" is no strike: "7~3 shift", "~10 ppl"
        #expect(try Self.note("- I'll bring ~20 flyers Fri, she said ~10 ppl~ maybe\n").commitments.map(\.text) == ["bring ~20 flyers Fri, she said ~10 ppl~ maybe"])
    }

    struct SkillCase: Sendable, CustomTestStringConvertible {
        var body: String
        /// What each skill found must contain, in order; empty when nothing here is the person's.
        var skills: [String]
        var testDescription: String { body.replacingOccurrences(of: "\n", with: " / ") }
    }

    @Test("What the person brings, said the ways notes say it", arguments: [
        SkillCase(body: "She retired from the county assessor's office two years ago.", skills: ["retired from the county assessor's office"]),
        SkillCase(body: "She is close with Father Tim at St. Mark's.", skills: ["close with Father Tim"]),
        SkillCase(body: "Her church has a van we could borrow.", skills: ["has a van"]),
        SkillCase(body: "- PTA treasurer at Lincoln since 2019", skills: ["PTA treasurer"]),
        SkillCase(body: "- nurse practitioner, works 3 12s a week", skills: ["nurse practitioner"]),
        SkillCase(body: "She's a paralegal and she's in 3 different parent facebook groups.", skills: ["paralegal", "in 3 different parent facebook groups"]),
        SkillCase(body: "- good on camera, does a YouTube channel on sneakers", skills: ["good on camera", "YouTube channel"]),
        SkillCase(body: "She's the one the new aides go to with questions.", skills: ["the one the new aides go to"]),
        SkillCase(body: "She was a midwife back home.", skills: ["was a midwife"]),
        SkillCase(body: "She works as a medical interpreter at County General, Dari and Pashto.", skills: ["medical interpreter", "Dari and Pashto"]),
        SkillCase(body: "She speaks Ukrainian, Russian and Polish.", skills: ["speaks Ukrainian, Russian and Polish"]),
        SkillCase(body: "She coaches soccer and all the parents know her.", skills: ["coaches soccer", "all the parents know her"]),
        SkillCase(body: "- drives uber full time, before that 10 yrs fixing cars at a body shop", skills: ["drives uber", "fixing cars"]),
        SkillCase(body: "She rides the 7 to her job doing customer service for the gas utility.", skills: ["doing customer service"]),
        SkillCase(body: "- in hvac, says the units are old", skills: ["in hvac"]),
        SkillCase(body: "operator out of North Depot, 14 yrs\nwas a Navy cook, has a big smoker on a trailer", skills: ["operator out of North Depot", "was a Navy cook", "has a big smoker"]),
        SkillCase(body: "- Polish + English, some Spanish", skills: ["Polish + English"]),
        SkillCase(body: "She was PTO secretary two years ago and was shop steward at the hotel.", skills: ["PTO secretary", "shop steward at the hotel"]),
        SkillCase(body: "She runs that chat and rents a garage on Pratt St.", skills: ["runs that chat", "rents a garage"]),
        SkillCase(body: "She freelances as a court interpreter and gets by in Spanish.", skills: ["freelances as a court interpreter", "gets by in Spanish"]),
        SkillCase(body: "She has a tiller she lends out.", skills: ["has a tiller"]),
        SkillCase(body: "She rents a one-bedroom on Carver Street.", skills: []),
        SkillCase(body: "Asked her to come Dec 3. She said she's in, but her partner works weekends.", skills: []),
        SkillCase(body: "She said to talk to Norma Villalobos, she's on the PTA and knows the principal.", skills: []),
        SkillCase(body: "Her husband's in the union and has a truck.", skills: []),
        SkillCase(body: "She has a lot of questions about the lease.", skills: []),
        SkillCase(body: "- elevator out again 12 days now", skills: []),
        SkillCase(body: "She wants to see one hearing before she speaks at one.", skills: []),
        SkillCase(body: "Her day job is payroll for the school district, so shes good w/ spreadsheets.", skills: ["payroll for the school district", "good w/ spreadsheets"]),
        SkillCase(body: "She works overnights as a pharmacy tech at the Walgreens on Grand.", skills: ["pharmacy tech"]),
        SkillCase(body: "She is the one who runs the Kestrel tenants' Signal group.", skills: ["runs the Kestrel tenants' Signal group"]),
        SkillCase(body: "- 6 yrs on the tunnel washer, before that cooked at the Marriott", skills: ["on the tunnel washer", "cooked at the Marriott"]),
        SkillCase(body: "Her English is pretty limited.", skills: []),
        SkillCase(body: "The landlord calls her every week.", skills: []),
        SkillCase(body: "She is on the parish council and writes the Spanish page of the bulletin.", skills: ["on the parish council", "writes the Spanish page"]),
        SkillCase(body: "- ex-longshoreman, 20 yrs", skills: ["ex-longshoreman"]),
        SkillCase(body: "Retired now, but 30 yrs a licensed electrician.", skills: ["licensed electrician"]),
        SkillCase(body: "- 9 yrs bus driver, now does dispatch", skills: ["bus driver", "does dispatch"]),
        SkillCase(body: "- mixer operator, nights", skills: ["mixer operator"]),
        SkillCase(body: "- CPR/first aid certified thru the Red Cross", skills: ["CPR/first aid certified"]),
        SkillCase(body: "She's the one who got the crosswalk painted on Elm.", skills: ["the one who got the crosswalk painted"]),
        SkillCase(body: "She's the lady with the big grill at every block party.", skills: ["the lady with the big grill"]),
        SkillCase(body: "The guy who owns the building never calls back.", skills: []),
        SkillCase(body: "She has a canopy tent and a generator in her garage.", skills: ["canopy tent and a generator"]),
        SkillCase(body: "Her Creole and French are native.", skills: ["Creole and French"]),
        SkillCase(body: "twi + ga + english, french is so-so.", skills: ["twi + ga + english"]),
        SkillCase(body: "She grew up in Kreyòl and French.", skills: ["grew up in Kreyòl and French"]),
        SkillCase(body: "She grew up in Galway.", skills: []),
        SkillCase(body: "Back when she drove for FedEx she was on the bargaining committee.", skills: ["drove for FedEx", "on the bargaining committee"]),
        SkillCase(body: "She retired last year and the younger drivers listen to her.", skills: ["the younger drivers listen to her"]),
        SkillCase(body: "She used to have a guide dog, Pepper, who died in May.", skills: []),
        SkillCase(body: "The roof is bad, it's been dripping since March.", skills: []),
        SkillCase(body: "She runs an auto repair shop with her brother and has a garage bay we could use.", skills: ["runs an auto repair shop", "has a garage bay"]),
        SkillCase(body: "She is the full-time caregiver for her brother.", skills: []),
        SkillCase(body: "She reads and writes Amharic.", skills: ["reads and writes Amharic"]),
        SkillCase(body: "## What she brings\n- van with a wheelchair ramp", skills: ["van with a wheelchair ramp"]),
    ])
    func skillPhrasings(_ example: SkillCase) throws {
        try Self.expectSkills(example)
    }

    /// The note finds exactly the skills of `example`, in order, each containing its expected text.
    static func expectSkills(_ example: SkillCase) throws {
        let found = try note(example.body).skills.map(\.text)
        #expect(found.count == example.skills.count, "\(found)")
        for (text, expected) in zip(found, example.skills) {
            #expect(text.lowercased().contains(expected.lowercased()), "\(text) should contain \(expected)")
        }
    }

    @Test("Notes' shorthand: abt, w/, a line per thought, Ill, a gerund chore")
    func shorthand() throws {
        let note = try Self.note("""
            angry abt deactivations, frustrated w/ the fare cuts
            Ill send her the flyer tmrw. Signing her up for the training next Tues at 6:30.
            me: dont push the dues thing yet
            him: take pics of the setup by Fri
            said talk to Irma Castaneda, dispatcher, she hears everything

            """)
        #expect(note.issues == ["deactivations", "fare cuts"])
        #expect(note.commitments.map(\.owner) == [.organizer, .organizer, .supporter])
        #expect(note.commitments.map(\.due?.description) == ["2026-11-15", "2026-11-17T18:30", "2026-11-20"])
        #expect(note.referrals.map(\.name) == ["Irma Castaneda"])
    }

    @Test("A pronoun of the other gender is not the person; a name label says whose a task is")
    func pronounsAndLabels() throws {
        let note = try Self.note("""
            She has two kids and her husband Gus is a retired trooper and he will come to things but not speak.
            She is a nurse and she said her English is fine. She'll bring the sign-in sheet Dec 3.
            Dijo que hable con Rufina Coj, her comadre.

            ## Commitments
            - [ ] Maria: draft her two-minute story
            - [ ] ella: mandarme fotos by Friday

            ## Ask
            Be a floor captain -> yes
            Come to the launch Fri 11/20 at 2 -> no, works a double
            Bring 2 guys from the ER crew -> she'll think abt it

            """)
        #expect(note.commitments.map(\.owner) == [.supporter, .supporter, .supporter, .supporter])
        #expect(!note.commitments.contains { $0.text.contains("come to things") })
        #expect(note.asks.map(\.response) == [.yes, .no, .maybe])
        #expect(note.referrals.map(\.name) == ["Rufina Coj"])
    }

    @Test("Skills the person brings, not their family's")
    func skills() throws {
        let note = try Self.note("She's a nurse and speaks Tagalog. Has a truck. Her husband is an electrician.\n")
        #expect(note.skills.count == 3)
        #expect(note.skills.map(\.text).joined(separator: "|").lowercased().contains("electrician") == false)
    }

    @Test("A referral is a suggestion with a name; a person merely mentioned is not")
    func referrals() throws {
        let note = try Self.note("She suggested I talk to her neighbor Jose Ramirez, who runs the group chat. Her husband Carlos works nights.\n")
        #expect(note.referrals.map(\.name) == ["Jose Ramirez"])
        #expect(note.referrals.first?.text.contains("runs the group chat") == true)
    }

    @Test("A referral said as 'hit up', 'told me to see', 'go see' or 'falar c/', on the line where the name stands", arguments: [
        ("hit up Ruthie Alcindor, runs the community fridge on Ames", "Ruthie Alcindor", 6),
        ("He told me to see Vera Stinnett, who was an EMT on the squad.", "Vera Stinnett", 6),
        ("Falar c/ Valdirene Rocha, cleans in Arlington.", "Valdirene Rocha", 6),
        ("I need to find her a ride for\nthe 13th, she said go see Clovis Guidry on Prairie Ln, retired lineman.", "Clovis Guidry", 7),
    ])
    func referralSaidOtherwise(body: String, name: String, line: Int) throws {
        let note = try Self.note(body + "\n")
        #expect(note.referrals.map(\.name) == [name])
        #expect(note.referrals.map(\.line) == [line])
    }

    @Test("A name opening the line and a suggestion pointing back to it, or a name in a note written all in lower case, is a referral; what is said of them is not the person's skill", arguments: [
        ("- Wendell Graber - drives the bookmobile, she says talk to him, he's hopping mad", "Wendell Graber"),
        ("Shapla Begum got deactivated the same week, Maria says call her, drives nights out of JFK", "Shapla Begum"),
        ("dice habla con Reina Sacalxot, la de los mangos at the gate, 20 yrs fighting this", "Reina Sacalxot"),
        ("- go see junior hensley, runs the senior center in vicco", "junior hensley"),
        ("said i oughta go see dewey maynard, ran the 1468 hall for years", "dewey maynard"),
    ])
    func referralPointedBack(body: String, name: String) throws {
        let note = try Self.note(body + "\n")
        #expect(note.referrals.map(\.name) == [name])
        #expect(note.skills.isEmpty)
    }

    @Test("Lower-case words after a reach verb that name no one are no referral", arguments: [
        "- her nephew does graphic design, she thinks hed do the flyer, his call not hers",
        "she said talk to folks there, they know", "- go see about it, later",
        "we should talk to building management, they control the boiler", "she said go see urgent care",
        "i oughta call Bernice Hall about the laundry keys",
        "Tony Baker from the health dept came by, she said talk to him and he just wrote her a ticket.",
    ])
    func lowerCaseNoReferral(body: String) throws {
        #expect(try Self.note(body + "\n").referrals.isEmpty)
    }

    @Test("After a day's abbreviation, a lower-case errand opens the next sentence")
    func errandAfterDayAbbreviation() throws {
        let note = try Self.note("Me: drop off 20 petition sheets Tues. find an interpreter for the 19th (Padre Tomas?)\n")
        #expect(note.commitments.map(\.text) == ["drop off 20 petition sheets Tues", "find an interpreter for the 19th (Padre Tomas?)"])
        #expect(note.commitments.map { $0.due?.description } == ["2026-11-17", "2026-11-19"])
        // "need to" opens one too, and ends the errand before it
        let need = try Self.note("I'll bring the flyers Sat. need to book the MSA room for the teach-in\n")
        #expect(need.commitments.map(\.text) == ["bring the flyers Sat", "book the MSA room for the teach-in"])
    }

    @Test("Seeing what someone says is no referral")
    func seeWhatTheySay() throws {
        #expect(try Self.note("I'll call her Thurs. to see what Father Joe said. She has to see what Dr. Sandvik says.\n").referrals.isEmpty)
    }

    @Test("Issues: front matter first, then the body, lower-cased, once each")
    func issues() throws {
        let text = "---\nperson: Maria\ndate: 2026-11-14\nissues: [Housing]\n---\nShe is worried about rent increases. I'm worried about turnout.\n\n## Issues\n- Housing\n- Bus service: the 9 never comes\n"
        let note = try NoteReader.read(text: text, path: "t.md").get()
        #expect(note.issues == ["housing", "rent increases", "bus service"])
    }

    @Test("Issues said in a hurry: shes, a child's room, no \"that\"")
    func hurriedIssues() throws {
        let note = try Self.note("mold in the kids room is back, shes worried abt asthma. angry the rent went up.\n")
        #expect(note.issues == ["asthma", "rent went up"])
    }

    @Test("Line numbers count the front matter and follow wrapped paragraphs")
    func lines() throws {
        let note = try Self.note("We talked for a while about\nher building. I'll send her the\nsurvey Friday.\n\nShe speaks Tagalog.\n")
        #expect(note.commitments.first?.line == 7)
        #expect(note.dates.first?.line == 8)
        #expect(note.skills.first?.line == 10)
    }
}
