import Testing

@testable import FollowUpKit

/// Promises in the shapes hurried notes give them: a subject carried over "and will", the person's full name, an
/// adverb before "offered to", a to-do set off by an arrow, legwork that names only its day. Each note is met on
/// Saturday 2026-11-14 by Sam Chen with Maria Lopez.
@Suite("Shapes of a promise")
struct PromiseShapeTests {
    typealias Case = CommitmentCase

    @Test("Whose it is, and by when", arguments: [
        // a subject carried over "and will", and "and would" in what was said
        Case(body: "She has to check her work schedule and will let me know by Thursday.", owner: .supporter, text: "let me know", due: "2026-11-19"),
        Case(body: "She wanted to sleep on it and will email me by Wednesday.", owner: .supporter, text: "email me", due: "2026-11-18"),
        Case(body: "She said she has to ask her daughter, who lives with her, and would call me by Sunday.", owner: .supporter, text: "call me", due: "2026-11-15"),
        Case(body: "I called her landlord and will follow up Tues.", owner: .organizer, text: "follow up", due: "2026-11-17"),
        Case(body: "I told her about the hearing and will send her the flyer tmrw.", owner: .organizer, text: "send her the flyer", due: "2026-11-15"),
        // the person's full name, and an adverb before a promise made in so many words
        Case(body: "Maria Lopez will call the elders before the meeting on the 24th.", owner: .supporter, text: "call the elders", due: "2026-11-24"),
        Case(body: "She kindly offered to bring lemon bars to the council meeting.", owner: .supporter, text: "bring lemon bars"),
        Case(body: "She said no, not at the microphone. She offered instead to write it down for someone to read.", owner: .supporter, text: "write it down"),
        Case(body: "Shes getting me the list of park families in 2 weeks.", owner: .supporter, text: "getting me the list", due: "2026-11-28"),
        Case(body: "I still need to ask Father Meehan about announcing the hearing.", owner: .organizer, text: "ask Father Meehan"),
        // a to-do set off by an arrow after the organizer, or an arrow before a label
        Case(body: "- me -> send him the settlement sheet tmrw", owner: .organizer, text: "send him the settlement sheet", due: "2026-11-15"),
        Case(body: "- me -> kreyol flyer for the mtg by weds", owner: .organizer, text: "kreyol flyer", due: "2026-11-18"),
        Case(body: "- me → line up food for the band", owner: .organizer, text: "line up food"),
        Case(body: "-> him: write down the dates of every notice by the 29th", owner: .supporter, text: "write down the dates", due: "2026-11-29"),
        Case(body: "- ela: bring 3 women from the 3rd floor to the house mtg", owner: .supporter, text: "bring 3 women"),
        // legwork that names its day, in prose
        Case(body: "Call the legal aid lawyer Mon abt the hearing.", owner: .organizer, text: "Call the legal aid lawyer", due: "2026-11-16"),
        Case(body: "Asked him to bring the generator to the rally. Check w/ him Weds.", owner: .organizer, text: "Check w/ him", due: "2026-11-18"),
        Case(body: "Remind everyone tmrw abt the vigil.", owner: .organizer, text: "Remind everyone", due: "2026-11-15"),
        Case(body: "bring buttons to the employee lot Wednesday before shift", owner: .organizer, text: "bring buttons", due: "2026-11-18"),
        Case(body: "Print 40 sign-in sheets Fri.", owner: .organizer, text: "Print 40 sign-in sheets", due: "2026-11-20"),
        Case(body: "Also need to get her added to the 2nd shift group text before the 27th.", owner: .organizer, text: "get her added", due: "2026-11-27"),
        Case(body: "Asked him to bring pledge cards to bowling. He said ask him again after league Thurs.", owner: .organizer, text: "ask him again", due: "2026-11-19"),
        // to-do marks without a colon, and what she told me she would do
        Case(body: "TODO text her Thurs re: the van", owner: .organizer, text: "text her", due: "2026-11-19"),
        Case(body: "note to self print the petition in Spanish and put copies in her car Friday", owner: .organizer, text: "print the petition", due: "2026-11-20"),
        Case(body: "- [ ] eu → call her Thurs night to write the speech", owner: .organizer, text: "call her Thurs night", due: "2026-11-19"),
        Case(body: "He already filed his own complaint. Told me he'd send pics of the broken lifts tonite.", owner: .supporter, text: "send pics", due: "2026-11-14"),
        Case(body: "She told me she would bring me copies of her stubs on Friday.", owner: .supporter, text: "bring me copies", due: "2026-11-20"),
        Case(body: "also need to get him the heat numbers from the OSHA complaint", owner: .organizer, text: "get him the heat numbers"),
        // a label opening a later sentence of the line, "Ill" before a verb's object, a follow-up after a dotted day
        Case(body: "He'll bring 10 signatures by Friday. Moi: email Sr Bernadette abt the bond numbers.", owner: .organizer, text: "email Sr Bernadette"),
        Case(body: "He offered to bring the temp log. Ill catch him at the yard Friday abt captain.", owner: .organizer, text: "catch him at the yard", due: "2026-11-20"),
        Case(body: "Ill send her the rally run of show by Thurs. f/u on the neighbors in 2 wks either way.", owner: .organizer, text: "f/u on the neighbors", due: "2026-11-28"),
        Case(body: "I'll send her the card tracker link tonight + intro her to Devika on the data cmte", owner: .organizer, text: "intro her to Devika", due: "2026-11-14"),
        // her own word said again and again, and the person named with her title
        Case(body: "She's in, keeps saying she'll bring her whole floor to the Dec 3 mtg.", owner: .supporter, text: "bring her whole floor", due: "2026-12-03"),
        Case(body: "Ms. Lopez (chair) says she'll run the Dec 3 mtg.", owner: .supporter, text: "run the Dec 3 mtg", due: "2026-12-03"),
        Case(body: "Still keeps saying she'll get 10 signatures by Fri, we'll see.", owner: .supporter, text: "get 10 signatures", due: "2026-11-20"),
        Case(body: "Her and the boys, they'll be at the rally Sat. She's in, she's fired up, she said so.", owner: .supporter, text: "be at the rally", due: "2026-11-21"),
        // an answer promised by a capitalized short day with no "by"
        Case(body: "> no answer yet, she'll let me know Mon", owner: .supporter, text: "let me know Mon", due: "2026-11-16"),
        // what the organizer told her it would do, with the "I" left off
        Case(body: "- told her I'd ride the 31 w/ her sometime to see the crowding", owner: .organizer, text: "ride the 31"),
        Case(body: "Wants to learn canva, told her we'd pair her w/ someone.", owner: .organizer, text: "pair her w/ someone"),
        // sending it to us, dropping it off, finding out, and asking someone about her
        Case(body: "hes sending me his work sched by Thurs.", owner: .supporter, text: "sending me his work sched", due: "2026-11-19"),
        Case(body: "- drop off the sign-up sheets at practice Tues", owner: .organizer, text: "drop off the sign-up sheets", due: "2026-11-17"),
        Case(body: "Find out from Ana at the union if the 24 hr rule covers agency aides.", owner: .organizer, text: "Find out from Ana"),
        Case(body: "need to ask Sandeep at the Chronicle if they can blur her.", owner: .organizer, text: "ask Sandeep"),
        // her quote goes on past its first sentence; a closed quote, even one ending on a number, does not
        Case(body: "Asked her to host. Then: \"Fine. I'll put the coffee on Sat.\"", owner: .supporter, text: "put the coffee on", due: "2026-11-21"),
        Case(body: "She said \"ok, but only the 38\". I'll send her the flyer Sat.", owner: .organizer, text: "send her the flyer", due: "2026-11-21"),
        Case(body: "Bought two 10\" speakers for the rally. I'll bring them Sat.", owner: .organizer, text: "bring them", due: "2026-11-21"),
    ])
    func owner(_ example: Case) throws { try example.check() }

    @Test("Not sent to us, nor an errand for her family", arguments: [
        "hes sending me to the back office lol", "Pick up her kids Tues", "Drop off was Monday.", "Need to find a new apartment for her.",
    ])
    func notSentNorHers(body: String) throws {
        #expect(try ExtractionRuleTests.note(body + "\n").commitments.isEmpty)
    }

    @Test("Review mend, round two: whose quote, what is sent, news with a task after it", arguments: [
        Case(body: "I told her \"We need you there. I'll drive you Sat.\"", owner: .organizer, text: "drive you", due: "2026-11-21"),
        Case(body: "She said \"get the 10\" speakers, they're loud.\" I'll pick them up Fri.", owner: .organizer, text: "pick them up", due: "2026-11-20"),
        Case(body: "- chairs 30 / tables \" 6. I'll get the tables Fri", owner: .organizer, text: "get the tables", due: "2026-11-20"),
        // the news stays with the task after it (read as one item, as before the rule)
        Case(body: "## Next steps\n- Landlord says no pets; she'll get the vet letter by Mon", owner: .supporter, text: "Landlord says no pets", due: "2026-11-16"),
    ])
    func reviewRoundTwo(_ example: Case) throws { try example.check() }

    @Test("Review mend, round two: not sent to us, not a day, not news of hers", arguments: [
        "She's sending me mixed signals about the Dec 3 hearing.", "She's sending me over to Rosa's tomorrow to see the leak.",
        "## Next steps\nShe mentioned the boiler has been out since Tuesday.", "## Next steps\n- Ana retires in Jan so she'll hand off the phone tree to Maria by Dec 15",
    ])
    func reviewRoundTwoNone(body: String) throws {
        #expect(try ExtractionRuleTests.note(body + "\n").commitments.isEmpty)
    }

    @Test("Not a promise of hers or ours", arguments: [
        "Print shop on 5th closes Fri.", "Drop off was Monday.", "Need to get her papers in order first.",
        "Book club meets Sat at her place.", "Order came in Mon so the shirts are here.", "Bring tamales Saturday, she insisted.",
        "Still need to get her expired green card renewed before the 10th, she's stressed.",
        // an answer she will have, not a thing she will do
        "Asked her to bring people to the rally Feb 12. Yes if she can swap her shift, she'll know Tues.",
        "Testifying Dec 3: depends on her granddaughter's graduation, she'll know next Tuesday.",
        // "and will" after another subject's clause, or after a thought
        "She says the elevator is out and will be fixed Tues.",
        "She told me her husband works nights and will drive her Sat.",
        "She has a son who works nights and will drive her Sat.",
        "Maria's son lives with her and will drive her Sat.",
        "- me -> felt like I talked too much",
        "Me - thought it went well overall",
        "me -> told her abt the mtg Tues",
        "me -> call went to vm twice before she picked up",
        "me -> she seemed tired",
        // a promise taken back or in the past, and a remark that is no errand
        "She initially agreed to host but then backed out.",
        "I still have to say, she impressed me.",
        // legwork words as nouns, in someone's words, or asked
        "Text from her Mon: can't make it.",
        "Call came in Monday from her sister.",
        "Email chain w/ the landlord Tues got ugly.",
        "\"Call the office Monday,\" she said.",
        "Ask around at church Sunday, she said.",
        "Check the date Mon?",
        // a business named like an errand, "Ill" the adjective, the person's words after her label
        "Check Cashing Place on 5th is where she met Rosa.",
        "Her son is ill. Ill with the flu since Sat, so she missed the mtg.",
        "Met at the bus stop. Her: lives in Delmar 4C, 2 kids.",
        // an ask put off to an event is her maybe, not a to-do until a day is named
        "Asked her to co-chair the late bus committee. She said to ask her again after the hearing.",
        "She's getting married in June.",
        // someone else who keeps saying they will, and "they" once the note has shown she is "she"
        "City keeps saying they'll open one lane back up by the holidays.",
        "Angry that payroll keeps saying they'll fix it next cycle.",
        "Alderman Costigan's office keeps saying theyll mow it next cycle.",
        "She told me she is worried, she heard the rumor theyll close 2 L&D rooms in Jan.",
        "- Sharon (director) says she'll \"look into\" raises after the audit.",
        "Told him I'd like to meet his wife sometime.",
        "- told her I'd worked at the Marriott too, 6 yrs",
        "Her sup Dolores keeps saying she'll fix the schedule.",
    ])
    func notAPromise(_ body: String) throws {
        #expect(try ExtractionRuleTests.note(body + "\n").commitments.isEmpty)
    }

    @Test("The person's label on the answer to an ask just made answers it", arguments: [
        ("Asked her to host the house mtg Thurs.\n-> her: yes!! will bring chairs", Ask.Response.yes),
        ("Q: come to the rally Sat?\n-> ela: sim", .yes),
        ("ASK: testify at council Tues 6pm\n-> her: not ready yet", .no),
        ("Asked her to host the mtg.\nher: she'll think abt it", .maybe),
    ])
    func labelledAnswer(body: String, expected: Ask.Response) throws {
        let note = try ExtractionRuleTests.note(body + "\n")
        #expect(note.asks.map(\.response) == [expected])
        // the answer word is no commitment of its own
        #expect(!note.commitments.contains { ["yes", "sim", "not ready yet"].contains($0.text) })
    }

    @Test("Under Next steps, news of someone else is no task; the person's word and a chore naming someone are", arguments: [
        ("- mgmt says painters back the 1st. believe it when i see it", [Commitment.Owner]()),
        ("13. Mr. Haskett the park supervisor retires in October, nothing for us to do.", []),
        ("- Dolores Haines says she'll sign Fri", []),
        ("- Maria says she'll bring chairs Fri", [.supporter]),
        ("- Call Rosa Mon", [.organizer]),
        ("- Flyers are at the office, she said she'll pick them up", [.supporter]),
    ])
    func newsOfSomeoneElse(item: String, owners: [Commitment.Owner]) throws {
        #expect(try ExtractionRuleTests.note("## Next steps\n" + item + "\n").commitments.map(\.owner) == owners)
    }

    @Test("Under Commitments, a line with no box that opens on someone to talk to is a referral, not a chore")
    func referralUnderCommitments() throws {
        let note = try ExtractionRuleTests.note("## Commitments\n- [ ] me: email her the FAQ tonight\n- talk to Hanan in 2E, same mold, her son has asthma\n")
        #expect(note.commitments.map(\.text) == ["email her the FAQ tonight"])
        #expect(note.referrals.map(\.name) == ["Hanan"])
        // a chore with a day or an errand after the name stays a chore; so does one with a box to tick
        for chore in ["- call Jose Mon re: the van for Sat", "- talk to HR, get it in writing", "- [ ] talk to Siu Mui, nail tech at his shop"] {
            let found = try ExtractionRuleTests.note("## Commitments\n\(chore)\n")
            #expect(found.commitments.count == 1, "\(chore)")
            #expect(found.referrals.isEmpty, "\(chore)")
        }
    }

    @Test("A list item or labelled line with two errands of their own is two tasks, each with the item's day", arguments: [
        ("- me: send her the link tonight + intro her to Devika", ["send her the link tonight", "intro her to Devika"]),
        ("Eu: send her the flyer em português amanhã, and find out if the AG complaint can go in w/o SSN.",
         ["send her the flyer em português amanhã", "find out if the AG complaint can go in w/o SSN"]),
        ("10. Me: find out from the local if aides can be in the unit + get back to her by Weds.",
         ["find out from the local if aides can be in the unit", "get back to her by Weds"]),
        ("## Next steps\n- bring water, snacks, get her a chair up front", ["bring water, snacks", "get her a chair up front"]),
    ])
    func twoErrands(_ body: String, _ texts: [String]) throws {
        let note = try ExtractionRuleTests.note(body + "\n")
        #expect(note.commitments.map(\.text) == texts)
        #expect(Set(note.commitments.map(\.owner)) == [.organizer])
        #expect(Set(note.commitments.map { $0.due?.description }).count == 1)
    }

    @Test("On a list item whose label gives the owner, legwork with a day stays the label's")
    func labelledLegwork() throws {
        let note = try ExtractionRuleTests.note("- him: ask pastor abt the van + count how many want a ride, by Sat\n")
        #expect(note.commitments.map(\.owner) == [.supporter])
    }

    @Test("One errand stays one: the same thing taken on after a \"+\", what finishes it, or a box to tick")
    func oneErrand() throws {
        let plus = try ExtractionRuleTests.note("I'll print her 15 cards + bring them Fri.\n")
        #expect(plus.commitments.map(\.text) == ["print her 15 cards + bring them Fri"])
        for body in [
            "- [ ] me: send her the link tonight + intro her to Devika", "- me: print 3 petition clipboards, drop at the lot Sun",
            "- me: print sign-in sheets + bring chairs", "- him: draft his 3 min remarks, email them to me by next Fri",
            "me: call the alderman's office Monday re the 7118 vacant, ask for a board-up", "- me: print 40 flyers, get them signed",
            // review mends: what a call or a question is for, the same thing handed on, a list after a colon, a return
            "me: call the clinic, find out the hours", "her: ask around the 3rd floor, count how many want a ride",
            "me: pick her up at 6 + get her to the hearing", "me: text Ana + intro her to Maria", "me: print 20 flyers tmrw, get her a stack",
            "- me: prep the agenda for Thurs: welcome, intro Devika, the vote", "her: rest up after surgery, get back to work by the 1st",
        ] {
            #expect(try ExtractionRuleTests.note(body + "\n").commitments.count == 1, "\(body)")
        }
        #expect(try ExtractionRuleTests.note("She was ill. Ill for weeks after the surgery.\n").commitments.isEmpty)
    }

    @Test("An errand closed with its own day ends there: a second one after \"and\" is a promise of its own")
    func secondAfterDay() throws {
        let two = try ExtractionRuleTests.note("I will send her the talking points by Friday and look into whether the library can lend her a hotspot.\n")
        #expect(two.commitments.map(\.text) == ["send her the talking points by Friday", "look into whether the library can lend her a hotspot"])
        #expect(two.commitments.map { $0.due?.description } == ["2026-11-20", "2026-11-20"])
        // the same thing again, the reply to what was asked, and what is done together stay one
        for body in [
            "I'll draft the agenda Friday and send it to her.", "She'll ask Father Elias after liturgy tomorrow and call me back.",
            "I'll sit down w/ him Thurs evening and write the letter together.", "I'll pick her up at 6 on Tues and drive her to the hearing.",
            "I'll call her Friday and ask her about the van.", "She'll ask her boss tomorrow and get back to me.",
            "I'll print the flyer Weds and send the flyer to Rosa.", "I'll get together with him Thursday and write the testimony.",
            "- Sam: send Maria the talking points by Friday and look into the hotspot",
        ] {
            #expect(try ExtractionRuleTests.note(body + "\n").commitments.count == 1, "\(body)")
        }
    }

    @Test("Where a task list labels the person's items and not the organizer's, an item with no label is the organizer's")
    func unlabelledTasks() throws {
        let labelled = try ExtractionRuleTests.note(
            "## Next steps\n- [ ] Print the survey forms in Navajo\n- [ ] Korean copies of petition to her by Fri\n- [ ] Maria: write down the adits she remembers\n- [ ] Attend the hearing Dec 3\n")
        #expect(labelled.commitments.map(\.owner) == [.organizer, .organizer, .supporter, .supporter])
        // a Promises list of the organizer's own leaves the other list the person's
        let apart = try ExtractionRuleTests.note(
            "## Commitments\n- [ ] Recruit two deacons by Saturday\n- [ ] Maria: draft a story for the packet\n## Promises\n- [ ] Find a notetaker\n")
        #expect(apart.commitments.map(\.owner) == [.supporter, .supporter, .organizer])
        // labels on both sides leave an unlabelled line as it was
        let both = try ExtractionRuleTests.note("## Next steps\n- [ ] her: photos of the mold\n- [ ] me: email her the FAQ\n- [ ] Recruit two neighbors\n")
        #expect(both.commitments.map(\.owner) == [.supporter, .organizer, .supporter])
    }

    @Test("A text keeps the mark that closes what it opened")
    func closingMark() throws {
        let note = try ExtractionRuleTests.note("- me -> line up food for the band (abuela's kitchen does trays)\n")
        #expect(note.commitments.map(\.text) == ["line up food for the band (abuela's kitchen does trays)"])
    }
}
