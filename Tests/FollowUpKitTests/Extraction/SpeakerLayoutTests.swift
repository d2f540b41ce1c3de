import Testing

@testable import FollowUpKit

/// Layouts that say who is speaking or which part of the note a line is in: a bold label folded into the list item
/// above it, a label item with its items nested under it, transcript lines marked O: and S:, and a
/// note written as a letter to the person. Met Saturday 2026-11-14.
@Suite("Labels, speakers and letters")
struct SpeakerLayoutTests {
    private func note(_ body: String, person: String = "Maria Lopez", organizer: String = "Sam Chen") throws -> Note {
        let text = "---\nperson: \(person)\ndate: 2026-11-14\norganizer: \(organizer)\n---\n" + body + "\n"
        return try NoteReader.read(text: text, path: "t.md").get()
    }

    @Test("A label written under a list item with no blank line still heads the list after it, and Next ends the asks")
    func foldedLabels() throws {
        let found = try note(
            "**She brings:**\n- CNA back home\n- her Corolla, picks up 3 coworkers every morning\n**Asks:**\n"
                + "- come to the wage board hearing Thurs 11/19 at 10am? → \"I won't miss it\", already putting in for the day off\n"
                + "- be on the bargaining cmte? → shrugged, has to talk to her husband\n"
                + "- prayer group at the vigil on the 24th? her ride pulled up, never got an answer\n**Next:**\n"
                + "- Jocelin wants everybody at a team mtg Fri, his thing not ours\n- talk to Wilner Pierre, he knows everybody on nights")
        #expect(found.asks.map(\.response) == [.yes, .maybe, .pending])
        #expect(!found.commitments.contains { $0.text.hasPrefix("Jocelin") })
        #expect(found.referrals.map(\.name) == ["Wilner Pierre"])
    }

    @Test("A label folded into the last ask item heads the prose after it, and an item heading ends with its items")
    func labelScope() throws {
        let folded = try note("**Asks:**\n- come to the hearing Dec 2? -> yes\n- bring 5 coworkers? -> has to ask her sister\nNext:\n\n"
            + "She'll call the super about the leak tomorrow. Her cousin Rutendo works housekeeping on 4.")
        #expect(folded.asks.count == 2)
        #expect(folded.commitments.contains { $0.owner == .supporter && $0.text.hasPrefix("call the super") })

        let nested = try note("- asks\n  - come to the hearing Dec 2? -> yes\n- I'll send her the mileage survey tomorrow\n- has a van, 15 seats")
        #expect(nested.asks.map(\.response) == [.yes])
        #expect(nested.commitments.contains { $0.owner == .organizer && $0.text.hasPrefix("send her the mileage survey") })
        #expect(nested.issues.isEmpty)
    }

    @Test("An item that names a section heads the items nested under it")
    func nestedLabelItem() throws {
        let found = try note(
            "- who\n  - 30 yrs at the Ford plant\n- asks\n  - sign the consent form? → \"ok ok\", folded it into her pocket\n"
                + "  - sit on the working group → \"I'm too old for meetings\"\n  - host the filter giveaway in her garage?\n"
                + "    - no answer, started talking abt the Vikings\n- next\n  - me: call Public Works by Mon")
        #expect(found.asks.map(\.response) == [.yes, .no, .pending])
        #expect(found.commitments.contains { $0.owner == .organizer && $0.text.hasPrefix("call Public Works") })
    }

    @Test("O: and S: mark the organizer's lines and the person's, unless the letter is only the other speaker's initial")
    func speakerLetters() throws {
        let marked = try note(
            "O: asked him to announce the bus route mtg after Jummah this Friday\nS: \"I'll do it, and I'll say it twice\"\n"
                + "O: asked him to be a bus captain 2 mornings a wk\nS: \"no, I'm asleep at 7am\"\n"
                + "O: I'll get him the flyers in Somali tmrw\nS: talk to Abdiqani Yusuf, he drives the 14 route",
            person: "Mahad Egal", organizer: "Hodan Ali")
        #expect(marked.asks.map(\.response) == [.yes, .no])
        #expect(marked.commitments.contains { $0.owner == .organizer && $0.text.hasPrefix("get him the flyers") && $0.due?.description == "2026-11-15" })
        #expect(marked.referrals.map(\.name) == ["Abdiqani Yusuf"])

        // "S:" is Sam's own line when Sam is the organizer and the person's name starts otherwise.
        let sam = try note("S: asked her to host the potluck Sat\nMaria said yes, she'll bring the tables")
        #expect(sam.asks.map(\.response) == [.yes])
    }

    @Test("Speaker letters behind a typed bullet, in lower case or set off by a dash; an arrow after a question leads to its answer")
    func speakerMarks() throws {
        let marked = try note(
            "• O: can you come Thursday?\n• S: yes I'll be there\no: will you sign the petition?\ns: not yet, need to read it\n"
                + "O - asked if she'd host a house mtg\nS - sure, my place Sat",
            organizer: "Jo Kim")
        #expect(marked.asks.map(\.response) == [.yes, .no, .yes])
        #expect(!marked.commitments.contains { $0.owner == .organizer })
        #expect(marked.commitments.first { $0.text.hasPrefix("host a house mtg") }?.due?.description == "2026-11-21")

        let arrow = try note("• Q: \"will you do 1:1s with 4 coworkers before the assembly?\" → not 4, she'll do 1:1s w/ Norma + Itzel from the 2s room")
        #expect(arrow.asks.map(\.response) == [.no])
        #expect(arrow.commitments.map(\.owner) == [.supporter])
        #expect(arrow.commitments.first?.text.hasPrefix("do 1:1s w/ Norma + Itzel") == true)
    }

    @Test("A Q: line that opens on a doing for the campaign asks, and its A: line answers it; a question after a fact does not ask")
    func transcriptDoings() throws {
        let found = try note(
            "Q: put the bus lane petition in the drivers whatsapp?\nA: \"Give me the link. Two hundred drivers see it before the sun is up.\"\n"
                + "Q: proofread the Malayalam flyer by Fri?\nA: thumbs up, took a photo of the draft\n"
                + "Q: do a facebook live w/ us abt the lane?\nA: \"That's for you young people. I'll share it after though.\"\n"
                + "Q: do you ride the 31 every day?\nA: since 2009")
        #expect(found.asks.map(\.response) == [.yes, .yes, .no])
        #expect(found.asks[1].due?.description == "2026-11-20")
    }

    @Test("A Q: line that asks after a fact, offers the organizer's help, or lists options is no ask; asking something for us still is")
    func transcriptNonAsks() throws {
        let found = try note(
            "Q: Lend us your folding tables for the Dec 5 potluck?\nA: sure\nQ: Read the new subsidy rules yet?\nA: no\n"
                + "Q: do the night shift still?\nA: yeah\nQ: print more copies for you?\nA: no thanks\n\n"
                + "A - march from the capitol steps, I'll call the permits office Monday")
        #expect(found.asks.map(\.text) == ["Lend us your folding tables for the Dec 5 potluck"])
        #expect(found.asks.map(\.response) == [.yes])
        #expect(found.commitments.contains { $0.owner == .organizer && $0.text.hasPrefix("call the permits office") })
    }

    @Test("What follows an arrow after a question is the organizer's report, and a sign right after an ask gives way to words the other way")
    func arrowAndSign() throws {
        let found = try note(
            "Q: Would she testify at the state hearing Dec 9? → I said I'd ask again after her surgery\n\n"
                + "- asked her to chair the Feb meeting ✅ (room booked already) — she said she'd think about it")
        #expect(found.asks.map(\.response) == [.maybe, .maybe])
        #expect(found.commitments.map(\.owner) == [.organizer])
    }

    @Test("Answers set off by \"=\", a bracket, an inline \"/ A:\" or a bare bold \"said\"; a \"next:\" after them is the organizer's")
    func answerMarks() throws {
        let found = try note(
            "treasurer of the women's fellowship, they all listen to her\n"
                + "come to tenant fono Tues 7pm in the church hall? = \"ioe, save me a front row seat\"\n"
                + "sign the letter to Redstone? = wants to read it w/ her son first\n"
                + "speak to the reporter from the Tribune? = never answered, grandkids came in hungry\n"
                + "lead the opening prayer at the tenant fono 12/14? = \"who else is gonna do it\"\n\n## Asks\n"
                + "1) Kitchen mtg next Thurs 3:30 in the basement conf rm [yes] \"where else would I be\"\n"
                + "2) Bargaining survey team [no] laughed + pointed at her knee brace\n\n## Notes\n"
                + "Q: come to the Parks budget hearing Tues 12/1 at 6 / A: \"I go. you drive me.\" / next: find her a ride\n\n"
                + "**asked** would she come to the break room lunch mtg next Thurs 12:30 **said** \"Ill be there, save me a seat\"")
        #expect(found.asks.map(\.response) == [.yes, .maybe, .pending, .yes, .yes, .no, .yes, .yes])
        #expect(found.asks[6].text == "come to the Parks budget hearing Tues 12/1 at 6")
        #expect(found.commitments.contains { $0.owner == .organizer && $0.text == "find her a ride" })
    }

    @Test("An item answered by the item nested under it asks, wherever the list stands; an errand and how it went does not")
    func answeredBelow() throws {
        let found = try note(
            "- speak at the bldg A mtg next Sat abt the elevator\n  - first \"ne znayu\" then after coffee \"ok davai, if you stand next to me\"\n"
                + "- can St Volodymyr lend the hall for the potluck Dec 20\n  - has to ask Father Taras, will text me by Mon\n"
                + "- call the landlord\n  - done, he said no")
        #expect(found.asks.map(\.response) == [.yes, .maybe])
        #expect(found.asks.map { $0.due?.description } == ["2026-11-21", "2026-12-20"])
        // a fact asked after, the organizer's wondering or errand, answered below, asks nothing
        let none = try note("- rent went up $200?\n  - yes, since March\n- I wonder if the mosque hall is free Fri?\n  - yes, checked w/ the imam\n"
            + "- check if the gym is free Thurs\n  - yes, booked till 9")
        #expect(none.asks.isEmpty)
    }

    @Test("A checked item's tick does not carry to the prose a folded Next: label heads")
    func foldedNextAfterTask() throws {
        let found = try note("- [ ] call her Friday abt the hearing\n- [x] sent the flyer\nNext:\nBring the sign-up sheets to the Tuesday mtg.\n"
            + "She'll talk to her neighbor first.", organizer: "Jo Kim")
        #expect(found.commitments.filter(\.done).map(\.text) == ["sent the flyer"])
        #expect(found.commitments.contains { $0.owner == .supporter && $0.text.hasPrefix("talk to her neighbor") && !$0.done })
    }

    @Test("A letter that opens by greeting the person makes \"you\" the person")
    func greetedLetter() throws {
        let letter = try note(
            "Dear Marisa,\n\nThank you for the coffee. You said you'd bring your cousin to the Thursday meeting.\n"
                + "I asked if you could translate at the hearing; you said maybe.\nI'll send you the flyer tomorrow.",
            person: "Marisa Delgado", organizer: "Jo Kim")
        #expect(letter.commitments.contains { $0.owner == .supporter && $0.text.hasPrefix("bring your cousin") })
        #expect(letter.commitments.contains { $0.owner == .organizer && $0.text.hasPrefix("send you the flyer") })
        #expect(letter.asks.map(\.text) == ["translate at the hearing"])
        #expect(letter.asks.map(\.response) == [.maybe])
    }

    @Test("A letter to the person makes \"you\" the person; a note to oneself keeps \"you\" the organizer")
    func secondPerson() throws {
        let letter = try note(
            "Lajos, writing this down so I dont forget what you told me. You were a tool and die man for 31 yrs.\n"
                + "I asked if youd testify at the transit board hearing Dec 2 at 6pm. You said you'd write out your pickup times.\n"
                + "Could we use the community room? You have to ask the super, you'll call me back tmrw.",
            person: "Lajos Szalai", organizer: "Dana Whitfield")
        #expect(letter.commitments.contains { $0.owner == .supporter && $0.text.hasPrefix("write out your pickup times") })
        #expect(letter.commitments.contains { $0.owner == .supporter && $0.text.hasPrefix("call me back") })
        #expect(!letter.commitments.contains { $0.owner == .organizer })

        let toSelf = try note("You asked her to host the potluck and she said yes. You said you'd send her the flyer by Friday. You told her about the vote.")
        #expect(toSelf.commitments.contains { $0.owner == .organizer && $0.text.hasPrefix("send her the flyer") })
    }

    @Test("A reported question keeps the person's condition in her answer; words of doing it may ask", arguments: [
        ("Would she haul the water jugs from the distribution in her pickup? probably, if her knee behaves.", [Ask.Response.maybe]),
        ("Would she tell her story to the Bee reporter? no way, not with her papers.", [.no]),
        // a musing keeps its "if", "even" or "ever" before the question mark
        ("Would she even show up if it rains? who knows.", []),
        ("Would she ever haul for us again? prob not.", []),
        ("Would he pass the NCLEX retake? he's nervous.", []),
        ("Would he hold up under a deposition?", []),
    ])
    func reportedQuestion(body: String, responses: [Ask.Response]) throws {
        #expect(try note(body).asks.map(\.response) == responses)
    }

    @Test("Answers given by what the person does or says instead of yes, no or maybe", arguments: [
        ("- host a house mtg Mon 11/16 at 3? → \"ok ok\", wrote it on the calendar by the register", Ask.Response.yes),
        ("- ask: drivers mtg Sun 11/22 2pm = \"already on my calendar, jefe\"", .yes),
        ("Would she take a stack of pledge cards to the jam? Laughed, \"thats my room, give me 20.\"", .yes),
        ("- ask: break room lunch Thurs at 12:30pm => \"save me a seat, I'm coming\"", .yes),
        ("Asked her to put the flyers in the laundromat window. She just took a stack for the counter.", .yes),
        ("## Asks\n- put her name on the press release? \"Im good, my sup reads the paper\"", .no),
        ("Asked abt the march on the 28th, she'll sit that one out, wedding gig in Toledo.", .no),
        ("- co-chair the riders cmte? she laughed: \"let me get through the commission first.\"", .maybe),
        ("## Asks\n- organizing cmte? -> \"after midterms, then we talk\"", .maybe),
        // a sign right after the ask opens its answer
        ("## Asks\n- ask: letter to the editor for the Courier ❌ \"I don't do writing, honey\"", .no),
        ("## Asks\n- ask: host a town hall at the Grange? ✅ any night but bingo night", .yes),
        // what she did there and then, after a comma
        ("Asked her to put the flyers in the window, she just held out her hand for a stack.", .yes),
        ("Asked if she'd testify Dec 2; \"honey I've been waiting for somebody to ask me that\".", .yes),
        ("Asked him to announce the clinic Friday -- he said \"no problem, imam likes me\"", .yes),
        ("Asked her to ride the bus to the lobby day Dec 2? she already put in for the day off", .yes),
        ("Asked him to speak at the hearing, he waved me off, \"let the young fellers do the hollerin\"", .no),
        ("Asked her to be in the video; she laughed, find somebody younger.", .no),
        ("Asked her to speak at the hearing. She said give me some time.", .maybe),
        // …and what only looks like those answers
        ("Asked her to come Dec 3 -> said no, problem with her shift", .no),
        ("Asked her to do the survey -> \"give me the weekend to think\"", .maybe),
        ("Asked her to speak Dec 4 -> \"give me some time\" and then \"ok yeah.\"", .yes),
        // a thought still going is a maybe; a condition of ours to meet is no no; a hesitation alone says nothing yet
        ("## Asks\n- be on the drivers council? still thinking, she'll call me by Friday", .maybe),
        ("## Asks\n- send her pay stubs to the reporter? acha acha, fine, just no name", .yes),
        ("Asked her to drive families to the visitation day Dec 5. She hesitated, the interstate after dark scares her.", .pending),
        ("Asked him to come Dec 5 -> \"acha, let me check with my wife first\"", .maybe),
        ("Asked her to be in the group photo Dec 5 -> \"No photos. My boss reads the paper.\"", .no),
        // an aside in brackets, someone's word inside the ask, a place she goes are no answers
        ("Asked her to speak to the reporter [not sure which one] and she said yes.", .yes),
        ("Asked her to repeat what the inspector said no to.", .pending),
        ("asked him to picket the hub Fri 6am. \"Friday mornings is the clinic for my father, thats where I go.\" so no.", .no),
        // a chat app's sign by name, and answers in Ukrainian
        ("## Asks\n- go on record for the Kotaku piece? :x: \"not while im on a 6 mo contract lol\"", .no),
        ("## Asks\n- post the survey in #general? :white_check_mark: did it during standup", .yes),
        ("- asks\n  - tenant mtg Thurs 12/10 at 7pm?\n    - \"tak, konechno\" and put it in her phone right there", .yes),
    ])
    func answeredByDeeds(body: String, response: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [response])
    }

    @Test("What only sounds like a yes is no yes", arguments: [
        "## Asks\n- the council hearing Dec 2? → \"it's not on my calendar yet, my schedule comes out Friday\"",
        "Asked her to speak at the hearing Dec 2. She shook my hand and said she'd think on it.",
        "## Asks\n- get 10 cards signed? → \"10 is a lot. give me a week, I'll try for 6\"",
        "## Asks\n- come to the vigil Dec 2? → \"I'm coming around to it, but I'm scared\"",
    ])
    func soundsLikeYes(body: String) throws {
        let asks = try note(body).asks
        #expect(asks.count == 1)
        #expect(asks.first?.response != .yes)
    }
}
