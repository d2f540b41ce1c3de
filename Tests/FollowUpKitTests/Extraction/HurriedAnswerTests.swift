import Testing

@testable import FollowUpKit

/// Asks, answers and promises the way a hurried note puts them: slang, late answers, two requests in one
/// breath, someone else's word, a quoted "I'll". Each note is met on Saturday 2026-11-14 by Sam Chen.
@Suite("Hurried answers and promises")
struct HurriedAnswerTests {
    private func note(_ body: String) throws -> Note { try ExtractionRuleTests.note(body) }

    /// The note's one ask gets the answer the example names.
    private func expectAnswer(_ example: (body: String, response: Ask.Response)) throws {
        #expect(try note(example.body).asks.map(\.response) == [example.response])
    }

    @Test("Slang and hedges answer an ask", arguments: [
        ("## Ask\n- speak at the hearing Dec 3 -> def", Ask.Response.yes),
        ("## Ask\n- be on the committee Dec 3 -> \"put me down\"", .yes),
        ("## Ask\n- come to the mtg Dec 3 -> cuenta conmigo!!", .yes),
        ("## Ask\n- talk to the reporter Dec 3 -> nah not this time", .no),
        ("Asked her to speak at the board Dec 3 and she said absolutely not, she gets nervous.", .no),
        ("Asked her if we could use the van Dec 3 and she said most likely, if she isnt on call.", .maybe),
        ("Asked her if we can keep the tables in her garage Dec 3, prob ok but she has to check her lease.", .maybe),
        ("Asked her to MC the speakout Dec 3, she said def.", .yes),
        ("Asked if shed door knock w me Dec 3, shes working a double so no.", .no),
        ("Asked if she'd print 30 shirts for the Dec 3 rally and she was like \"say less\".", .yes),
        ("asked her to bring 4 from meat/deli Dec 3. \"consider it done\"", .yes),
        ("## Ask\n- come to the mtg Sun Dec 6 at 3 -> \"claro que sim\"", .yes),
        ("## Ask\n- talk to the reporter Dec 3 -> nem pensar. but she'll bring food", .no),
        ("## Ask\n- be the dept rep Dec 3 -> \"probs? i need to survive quals first\"", .maybe),
        ("## Ask\n- host a sewing night Dec 3 -> lemme ask my mom, she watches the kids", .maybe),
        // in the person's own language
        ("## Ask\n- traer gente a la marcha Dec 3 -> \"a ver, tengo que hablar con el pastor\"", .maybe),
        ("Asked him to speak at the council Dec 3, eso no, le da pena el micrófono.", .no),
        ("Le pregunté si podemos usar el salón el 25 de julio. Depende del padre.", .maybe),
        ("Also asked abt the comité Dec 3 but he ran, no me contestó.", .pending),
        ("## Ask\n- co-facilitar el taller Dec 3 -> \"ahí estaré\"", .yes),
        ("We asked whether she would speak at the board Dec 3. \"Pas question,\" she said.", .no),
        // a yes said as what they can do, and a dictated note without stops
        ("asked: hand out rider surveys on his runs Dec 3 -> \"I can do 20 a week\"", .yes),
        ("asked if shed come to the meeting Dec 3 and speak she said yeah if somebody covers her run", .yes),
        ("press conf 12/3 at 4:30, asked her to speak. only if we dont use her name", .maybe),
        // batch 14: answers with no answer word, a promise put off until something happens, a step toward an answer
        ("6. ASK: lead the walk-thru of bldg B Dec 3 at 7 -> \"I got it.\"", .yes),
        ("7. ASK: bring the canopy to the cookout Dec 5 -> \"its yours, man.\"", .yes),
        ("## Ask\n- collect 10 stories before the drivers' meeting Dec 5 -> \"ten is easy, give me a week\"", .yes),
        ("8. ASK: 1:1s w/ 5 neighbors by Dec 3 -> \"give me till Monday, Ill tell you.\"", .maybe),
        ("Asked if hed lend the flatbed Dec 3, he rubbed his neck and said fine.", .yes),
        ("I asked, \"Will you bring the circle to the read-in on Dec 5?\" She said, \"We come, all of us.\"", .yes),
        ("When I asked if he would build a phone tree Dec 3, he said he would get back to me once he had talked it over with Peg.", .maybe),
        ("I asked him to speak on Dec 3. He did not answer straight away; he said he cannot promise anything until he knows his surgery date.", .maybe),
        ("- Asked whether she would co-chair the committee Dec 3. She'd want to see the bylaws first before saying yes or no.", .maybe),
        ("I asked him to chair the phone tree Dec 3. He said yes if his cardiologist clears him, until then he cant promise.", .maybe),
        ("- asked: drivers mtg Dec 3 6pm? -> \"i'll be there if i'm not stuck at the gate\"", .maybe),
        ("## Ask\n- speak at the meeting Dec 3 -> yes if her husband can keep the kids that day", .maybe),
        ("I asked if she'd sign on to the letter Dec 3. she said um \"let me talk to my husband tonight.\"", .maybe),
        ("Asked to use the fellowship hall for the parent meeting Dec 3, its booked for a funeral that day.", .no),
        ("* ASK: host a co-op info night Dec 5 -> \"I'll host. the 4-H kids can set chairs\"", .yes),
        ("- Would she ask Councilmember Liang to tour the branch Dec 3? She'll ask him, at mahjong on Sunday.", .yes),
        ("- Would she pull the circulation numbers by Dec 3? She'll pull them by Friday.", .yes),
        ("Asked abt using her garage for a potluck Dec 5. She said \"catch me Thurs, Ill know what my summer looks like.\"", .maybe),
        // review mend: the organizer's quote, a different errand under way, a booking done, terms a relative brings along
        ("Asked her to come Tues Dec 1. No answer. I said \"I'll come get you, just say the word.\"", .pending),
        ("Asked him to drive people to the hearing Dec 3. He's driving for Uber that day, can't.", .no),
        ("Asked him to come Sat Dec 5. Yes, as long as his son can come too.", .yes),
        ("Asked her to get the 3rd floor to sign by Dec 3. She'll ask around.", .yes),
        ("Asked if she'd speak at the rally Dec 5. \"we'll be there to support\", but speaking is a no for now.", .no),
        ("asked if he'd get the produce guys to sign cards Dec 3, he can get me 3 by then", .yes),
        // a count after the answer word, an answer that opens the quote, Kreyòl, a condition before the verdict
        ("## Ask\n- bring 3 from the bun line Dec 3 -> \"def 2, maybe 3\"", .yes),
        // an answer that changes: the last word has it once the first is told as the first
        ("Asked her to be the steward Dec 3. At first she said no, she's new, but by the time we left she said put her down.", .yes),
        ("## Ask\n- speak at the mtg Dec 3 -> First não, then walking me out he said ok, 5 minutos, no more.", .yes),
        ("## Ask\n- haul tables Sat Dec 5 -> yes, then remembered daughters game, now maybe", .maybe),
        ("Asked her to host the Dec 3 letter night. She said yes at first, then remembered the lounge is booked; it is a maybe.", .maybe),
        ("## Ask\n- speak at the board Dec 3: she said yes, then remembered her son's graduation is that week.", .maybe),
        ("## Ask\n- Chair the heat committee Dec 3? Not now, ask again after tax season.", .no),
        // after a no, a smaller offer is no yes
        ("I asked her to co-chair the committee Dec 3 and she said no, thirty years was enough, but she will come to the first meeting.", .no),
        ("## Ask\n- speak at the rally Dec 3 -> no, \"i'll stand in the back\". but she'll come w/ whoever's on break", .no),
        // review mend: a first answer with no turn after it stands, and "now" or "no more" inside a reason is no verdict
        ("Asked him to speak at the hearing Dec 3. He said yes right away, no hesitation.", .yes),
        ("Asked her to host Dec 3. Yes, she's off work now, no kids at home anymore.", .yes),
        ("Asked her to host the potluck Dec 3. She said yes, then remembered she has folding tables we can use.", .yes),
        // the talk ended before an answer
        ("Asked if he would talk to the pastor Dec 3 and he got a call from his foreman before he answered.", .pending),
        ("Asked whether she would phone the ladies Dec 3; the aide came in and we never got back to it.", .pending),
        ("## Ask\n- lend the canopy Dec 3 -> \"sure come grab it\"", .yes),
        ("I asked her to come to the tenant mtg Dec 3 and she said wi, she's off that night.", .yes),
        ("## Ask\n- chair the parking committee Dec 3 -> non, not w/ her hours", .no),
        ("Asked if she could get the mtg announced Dec 3, she has to ask Fr Benedict first so thats a maybe.", .maybe),
        ("Asked abt the TPS forum Dec 3, she didnt say, we ran out of time.", .pending),
        ("## Ask\n- speak at the hearing Dec 3 -> \"let me sit with it\", her knees", .maybe),
        ("## Ask\n- table at fall fest Dec 6 -> \"obviously\" 💯", .yes),
        ("## Ask\n- speak again at the Dec 8 vote -> \"ask me again closer to it\"", .maybe),
        ("Asked her to join the loan cmte Dec 3 and she said \"sign me up\" before I finished.", .yes),
        ("- asked if the other 2 barbers would come Dec 3 -> he just laughed, no real answer", .pending),
        // what only looks like an answer
        ("Asked her to chair the tenant meeting Dec 5, she can get nervous in front of crowds.", .pending),
        ("Asked her to bring the tamales Dec 3. I can get the plates.", .pending),
        ("Asked her to help with the fall fest Dec 3; she has a bale of straw we could use.", .pending),
    ])
    func slang(body: String, response: Ask.Response) throws {
        let ask = try #require(try note(body).asks.first)
        #expect(ask.response == response)
    }

    @Test("Only the note's own clause asks; the person asking, a dictated \"what he said\", a task list are no asks")
    func notAsks() throws {
        #expect(try note("She texted me last night, asked if she could bring her sister to the meeting Tuesday.\n").asks.isEmpty)
        #expect(try note("Maria came late, asked about the rent strike vote Dec 3.\n").asks.isEmpty)
        let said = try #require(try note("Asked her to tell the board what he said about the layoffs Dec 3.\n").asks.first)
        #expect(said.text == "tell the board what he said about the layoffs Dec 3")
        let tasks = try note("## Next steps\n- Me: check if the church hall is free Dec 3?\n- Maria: bring the sign-in sheets Tuesday\n")
        #expect(tasks.asks.isEmpty)
        #expect(tasks.commitments.map(\.owner) == [.organizer, .supporter])
    }

    @Test("\"She didn't answer right away\" waits for the answer that comes later, and only for words that answer")
    func lateAnswerInProse() throws {
        let later = try note(
            "I asked her to bring 10 parents to the meeting Dec 3. She didnt answer right away, we talked about her sister.\n"
                + "Right before I left she said \"ok fine, put me down for 10.\"\n")
        #expect(later.asks.map(\.response) == [.yes])
        #expect(later.commitments.map(\.owner) == [.supporter])
        let none = try note("I asked if the committee could put $300 toward the bus. No answer yet, that is up to the chair. She will post the flyer once I send it.\n")
        #expect(none.asks.map(\.response) == [.pending])
    }

    @Test("An ask whose own sentence says there is no answer yet is not answered by the next one")
    func pendingSaidOutright() throws {
        let found = try note("Asked abt the TPS forum Dec 3, she didn't say, we ran out of time. She doesn't speak Spanish, so she can't help w/ the Honduran families.\n")
        #expect(found.asks.map(\.response) == [.pending])
        let quoted = try note("Asked her to lead a cleanup of the lot Dec 5 at 9 and she didnt even let me finish, \"Ive been waiting on yall for 3 years.\" She'll bring the mower.\n")
        #expect(quoted.asks.map(\.response) == [.yes])
        let question = try note("Asked the only good question at the assessment mtg.\n")
        #expect(question.asks.isEmpty)
    }

    @Test("Review mend: ordinary English and Spanish the new rules must not misread")
    func reviewMend() throws {
        let hedge = try note("Asked her to host a house meeting Dec 3. \"Ok I need to check with my husband first.\"\n")
        #expect(hedge.asks.map(\.response) == [.maybe])
        let news = try note("Asked her to host a house meeting Dec 3, waiting to hear. Update: she said yes.\n")
        #expect(news.asks.map(\.response) == [.yes])
        let own = try note("Asked her to come to the hearing Dec 3, I'll be there early to save seats. Obviously, her apartment is too small.\n")
        #expect(own.asks.map(\.response) == [.pending])
        let bigQuestion = try note("Asked the big question: would she chair the tenants committee? She said yes.\n")
        #expect(bigQuestion.asks.map(\.response) == [.yes])
        let notPromises = try note(
            "Se va a operar de la rodilla en diciembre. Ella va a hablar con su esposo primero. Le pregunto por su hija.\n"
                + "She'll let me know by text if she can make it. She is bringing up three kids. Im going to the clinic Tuesday with her.\n"
                + "## Ask\n- offered to drive her to the hearing if she testifies\n")
        #expect(notPromises.commitments.isEmpty, "\(notPromises.commitments)")
        let forMe = try note("## Follow up\n- Send me her availability by Friday\n")
        #expect(forMe.commitments.map(\.owner) == [.supporter])
        let promises = try note("Ela vai trazer as cadeiras. Prometió mandar la lista el lunes. She'll get back to me by Friday.\n")
        #expect(promises.commitments.map(\.owner) == [.supporter, .supporter, .supporter])
    }

    @Test("A later yes that names an open ask answers it")
    func answerByTopic() throws {
        let found = try note("## Ask\n- Host a parent potluck in her backyard Dec 5 -> wanted to check her calendar first\n\n## Later\nTexted me at 3:45: yes on the potluck.\n")
        #expect(found.asks.map(\.response) == [.yes])
        #expect(found.commitments.map(\.owner) == [.supporter])
    }

    @Test("Two requests answered in the next sentences, or second first, each keep their own answer and day")
    func twoRequestsAnsweredApart() throws {
        let later = try note(
            "Asked him to come to the clinic Thurs Dec 3 at 6 w/ his paystubs + the texts, and to bring the other 3 guys. "
                + "The clinic - def, he'll be there. The 3 guys, he'll ask them but no promete nada.\n")
        #expect(later.asks.map(\.text) == ["come to the clinic Thurs Dec 3 at 6 w/ his paystubs + the texts", "bring the other 3 guys"])
        #expect(later.asks.map(\.response) == [.yes, .maybe])

        let held = try note(
            "I asked him to come to the public hours on Thursday Dec 3 and bring two neighbors. He said yes to coming, "
                + "but would not commit to the neighbors until he talks to them.\n")
        #expect(held.asks.map(\.response) == [.yes, .maybe])

        let reversed = try note("## Ask\n- speak at the assembly Sun 12/6 at 2 + bring moms from the whatsapp -> moms yes, she'll get 6. speaking no\n")
        #expect(reversed.asks.map(\.text) == ["speak at the assembly Sun 12/6 at 2", "bring moms from the whatsapp"])
        #expect(reversed.asks.map(\.response) == [.no, .yes])

        // review mend: "+ a house meeting" still splits when no other joiner does; a later mention in passing does not
        let things = try note("## Ask\n- speak at the hearing Dec 3 + a house meeting at her place -> hearing yes, house meeting no\n")
        #expect(things.asks.map(\.response) == [.yes, .no])
        let passing = try note("Asked her to speak at the hearing Dec 3 and bring her neighbors. Yes to both. Her neighbors have no car though.\n")
        #expect(passing.asks.map(\.response) == [.yes])

        // a sentence of signs alone after the answer ends nothing early
        let signs = try note("Asked her to host the potluck Dec 3 and bring two neighbors. She said yes. 🙏🙏\n\nShe will call Dana.\n")
        #expect(signs.asks.map(\.response) == [.yes])

        let ownDays = try note("## Ask\n- testify at the board Mon 12/7 6:30pm + work the phone bank Weds the 2nd -> board NO, phone bank yes\n")
        #expect(ownDays.asks.map(\.response) == [.no, .yes])
        #expect(ownDays.asks.map { $0.due?.description } == ["2026-12-07T18:30", "2026-12-02"])
    }

    @Test("Two requests answered apart become two asks")
    func twoRequests() throws {
        let item = try note("## Ask\n- get 5 aides to the worker mtg Dec 3 + host it in the church hall -> aides yes, hall no\n")
        #expect(item.asks.map(\.response) == [.yes, .no])
        #expect(item.asks.map(\.text) == ["get 5 aides to the worker mtg Dec 3", "host it in the church hall"])
        #expect(item.asks.allSatisfy { $0.due?.description == "2026-12-03" && $0.line == 7 })
        #expect(item.commitments.map(\.owner) == [.supporter])

        let prose = try note(
            "I asked whether the choir would sing at the vigil on Thursday, December 3, and whether she would speak there herself. "
                + "She said the choir would sing, gladly, but she will not speak because she gets too emotional.\n")
        #expect(prose.asks.map(\.response) == [.yes, .no])
        #expect(prose.asks.last?.text == "speak there herself")

        // One verdict and a hedge about the same request stay one answer.
        let one = try note("Be floor captain for the 6th floor and talk to every housekeeper there by Dec 3? She said not yet, wants to see who else steps up first.\n")
        #expect(one.asks.count <= 1)
    }

    @Test("Who promised what", arguments: [
        ("The manager told everyone she'll review the gear policy by Dec 3.", nil),
        ("Principal Dunleavy said he'd ask the city for a crossing guard.", nil),
        ("She said she would, as long as someone else takes the notes.", nil),
        ("I also promised to send the vigil program by Friday.", Commitment.Owner.organizer),
        ("get her the buyout FAQ by the 2nd.", .organizer),
        ("follow up a week from monday abt the basement.", .organizer),
        ("Follow up with Maria from First Presbyterian on the housing fund.", nil),
        ("Le voy a mandar the clinic address por WhatsApp hoy.", .organizer),
        ("She said no, \"I'll stand in the back\".", .supporter),
        ("shes gonna talk to Mr Ellis before Monday.", .supporter),
        ("## Next steps\n- [ ] If she says yes to the board, practice w/ her next Monday", .organizer),
        ("## Next steps\n- [ ] Find out from the agency if the hearing date is set", .organizer),
        ("## Next steps\n- [ ] ask Imam Kareem re: the masjid lot", .organizer),
        ("Im gonna call her Mon night to remind her.", .organizer),
        ("I told her Id drop off the fabric by Sat.", .organizer),
        ("She's bringing photos of the crossing.", .supporter),
        ("Her son is bringing the truck.", nil),
    ] as [(String, Commitment.Owner?)])
    func owners(body: String, owner: Commitment.Owner?) throws {
        let found = try note(body)
        #expect(found.commitments.first?.owner == owner, "\(found.commitments)")
    }

    @Test("A promise in the answer is due with the ask, and does not stand for the ask's own")
    func secondPromise() throws {
        let found = try note("I asked her to co-chair the committee starting on Thursday, December 3 at 6:30 pm and she said yes, and she will run the sign-in table herself.\n")
        #expect(found.commitments.count == 2)
        #expect(found.commitments.allSatisfy { $0.owner == .supporter && $0.due?.description == "2026-12-03T18:30" })
        let item = try note("## Ask\n- speak at the rally Dec 3 -> no, not on camera. but she'll stand behind the speakers w/ a sign\n")
        #expect(item.commitments.map { $0.due?.description } == ["2026-12-03"])
    }

    @Test("After a no, a try at something else is a smaller offer; a try at what was asked is a hedge")
    func smallerOffer() throws {
        let offer = try note("Asked if shed be on the repairs committee Dec 3 and she said ay no, but shell try to keep a list of everyone w/o hot water.\n")
        #expect(offer.asks.map(\.response) == [.no])
        #expect(offer.commitments.map(\.text) == ["try to keep a list of everyone w/o hot water"])
        let hedge = try note("Asked her to speak at the hearing Dec 3, she said no but she'll try to speak next time.\n")
        #expect(hedge.commitments.isEmpty, "\(hedge.commitments)")
    }

    @Test("A day abbreviation's dot ends a sentence when a new one starts; a line per thought is a sentence")
    func sentences() throws {
        let dotted = try note("I'll drop the affidavits at her place by Fri. She said talk to Ofelia Ruiz.\n")
        #expect(dotted.commitments.first?.text == "drop the affidavits at her place by Fri")
        #expect(dotted.referrals.map(\.name) == ["Ofelia Ruiz"])
        let lines = try note(
            "ok so maria!! 5th yr chem phd, TAs the orgo lab sections on tuesdays and thursdays (brutal ngl), rly angry abt the stipend\n"
                + "her advisor sits on the grad council, idk if thats good or bad for us\n"
                + "asked her to be the chem dept rep -> YES!!\n")
        #expect(lines.asks.map(\.response) == [.yes])
        #expect(lines.asks.first?.line == 8)
    }

    @Test("An answer done on the spot is a yes; the talk moving on, or a thing done before, is not", arguments: [
        ("ASK: sign the staffing petition -> signed on the spot\n", Ask.Response.yes),
        ("- ask: give us her lease to copy -> handed it right over\n", .yes),
        ("asked abt her flyering the bus stop before the mtg, she just grabbed like 50 flyers out of my hand lol\n", .yes),
        ("ASKS\n- put our flyer in the window -> already taped it up\n", .yes),
        ("Asked if shed do a short video abt the heat, she changed the subject so idk\n", .pending),
        ("asked if he'd host the guys in his basement. no answer, his break ended.\nhe already gave me 4 receipts for suits.\n", .pending),
        ("Asked her to come to the hearing, she took the bus home right after.\n", .pending),
    ])
    func doneOnTheSpot(_ example: (body: String, response: Ask.Response)) throws {
        try expectAnswer(example)
    }

    @Test("A second ask as a bare question after the first, and asks put another way")
    func askedAnotherWay() throws {
        let second = try note("Asked Yesenia to do the Spanish phone bank Weds. And the door knock Sat?\nWeds no, she has the kids. Sat she's in.\n")
        #expect(second.asks.map(\.text) == ["Yesenia to do the Spanish phone bank Weds", "the door knock Sat"])
        #expect(second.asks.map(\.response) == [.no, .yes])
        let transcript = try note("Q: Would you give your testimony at the PSC hearing?\nA: Yes.\nQ: And talk to the newspaper?\nA: Not this time.\n")
        #expect(transcript.asks.map(\.response) == [.yes, .no])
        let musing = try note("She's worried about rent. And how's her mom doing?\n")
        #expect(musing.asks.isEmpty)
        let put = try note("I put it to her plainly: would she lead the opening prayer on Thursday? She said she would.\n")
        #expect(put.asks.map(\.text) == ["lead the opening prayer on Thursday"])
        #expect(put.asks.map(\.response) == [.yes])
        let wanted = try note("I wanted to know if he could drive two neighbors to the hearing on 5/12. He'll check with his boss.\n")
        #expect(wanted.asks.map(\.response) == [.maybe])
        let theirs = try note("She wanted to know if we could get her a ride.\n")
        #expect(theirs.asks.isEmpty)
    }

    @Test("Slang, an honour, a day refused, and a yes that hangs on her own state", arguments: [
        ("asked zoe to do the sign-in table at the town hall next wed at 6\n\"ugh fine\" lol\n", Ask.Response.yes),
        ("my ask was for him to get the 6 units on his side to the mtg wed, he said done\n", .yes),
        ("I asked Mr. Hollis to read the names at the prayer service. He said he would consider it an honor.\n", .yes),
        ("ASKS\n- get her shift to the vigil tonight at 9 -> not tonight, her kids\n", .no),
        ("Asked her to bring her shift to the vigil, not tonight, her kids.\n", .no),
        ("ASK: walk the petition to the CNO w/ us Fri -> yes if she's not floated that day\n", .maybe),
        ("Asked her to walk with us Aug 15. She said yes, if her knees are good that week.\n", .maybe),
        ("Asked her to speak at the hearing. Yes, as long as her name isn't on it.\n", .yes),
    ])
    func moreAnswerWords(_ example: (body: String, response: Ask.Response)) throws {
        try expectAnswer(example)
    }

    @Test("Review mend: a deed or a loose word gives way to a plain answer after it; a deed of another time is no answer", arguments: [
        ("Asked her to sign the petition. She handed it right back, not ready.\n", Ask.Response.no),
        ("Asked her to come Thurs. She took 2 days off already this month, can't.\n", .no),
        ("Asked her to join the committee -> joined the PTA instead, too busy\n", .no),
        ("Asked her to cover the table -> did it last year, landlord made her take it down\n", .pending),
        ("Asked her to email the board -> emailed them in Sept, no reply\n", .pending),
        ("Asked if she'd chair the committee. She's honored to be asked but no, not this year.\n", .no),
        ("Asked her to come to the vigil. Not tonight, she's exhausted, but Sunday for sure.\n", .yes),
        ("Asked her to speak -> yes if her flyer is in Spanish\n", .yes),
        ("I wanted to know if her landlord ever fixed the heat. Nope.\n", nil),
        ("I put it to her plainly that the landlord won't budge. She agreed.\n", nil),
        ("Asked how long she's lived there, 17 yrs. Asked if she's ever been in a union. Yes, Teamsters.\n", nil),
    ])
    func reviewMendAnswers(_ example: (body: String, response: Ask.Response?)) throws {
        #expect(try note(example.body).asks.map(\.response) == (example.response.map { [$0] } ?? []))
    }

    @Test("Asks told afterwards, in Tagalog, after a label or arrow, with a title, or as an invitation to a gathering", arguments: [
        ("I had asked whether she'd speak at the hospital board meeting. She said yes before I finished.\n", Ask.Response.yes),
        ("I'd asked her to collect signatures on nights. She said she would think about it.\n", .maybe),
        ("Tinanong ko si Mila kung pwede niyang i-host ang kapihan sa bahay niya. \"Oo naman.\"\n", .yes),
        ("- [ ] Mrs. Lopez: asked her to chair the 2nd floor mtg → \"if you do the flyers, sure\"\n", .yes),
        ("tlkd w/ her on break -> asked abt the march, she's in\n", .yes),
        ("Would Mrs. Lopez let us use the back of the restaurant for the meeting? She said sure.\n", .yes),
        ("Q: You down to run the sign-in table at the action?\nA: yes\n", .yes),
        ("Q: the rally Sat at the state house?\nA: maybe, depends on her shift\n", .maybe),
        ("My ask: put our flyer up at the padaria. She took ten flyers.\n", .yes),
    ])
    func askedOtherways(_ example: (body: String, response: Ask.Response)) throws {
        try expectAnswer(example)
    }

    @Test("A second question after a question and answer asks again; the person's named label tells who she is")
    func secondQuestionAndNamedLabel() throws {
        let second = try note("Q: Will you lead the walk-through?\nA: Yes.\nQ: And would you co-lead it?\nA: no\n")
        #expect(second.asks.map(\.response) == [.yes, .no])
        let label = try note("Maria: RN, ICU, 3x12s, 8 yrs\n\nMaria: bring the sign-in sheet Sat\n")
        #expect(label.commitments.map(\.text) == ["bring the sign-in sheet Sat"])
        #expect(label.skills.map(\.text) == ["RN"])
    }

    @Test("Review mend: someone else asking or asked, a question about what was or what we do, a first-name label with a task", arguments: [
        "She had asked whether we'd cover childcare at the meeting. I said yes.\n",
        "Her landlord had asked her to move out by Dec 1.\n",
        "I'd asked Pastor Lee to announce the 12/3 mtg at mass, he said yes\n",
        "I had asked around about her, ppl say she's solid.\n",
        "- her sister: asked if we pay for the bus\n",
        "Landlord: asked her to sign a new lease by Dec 1\n",
        "called her -> asked if we pay for gas -> I said yes, we reimburse\n",
        "Q: did you go to the 10/30 hearing?\nA: yes, sat in the back\n",
        "Q: you good to drive after the surgery?\nA: yeah mostly\n",
        "Would Mr. Chen join us? I'm not sure he'd fit in.\n",
        "Would Maria come around eventually? Hard to say.\n",
        "Tinanong niya ako kung may bayad ang membership.\n",
    ])
    func notAsksOfHers(_ body: String) throws {
        #expect(try note(body).asks.isEmpty)
    }

    @Test("Review mend: real asks the learning rule must keep, and a first-name label that is a task")
    func asksKept() throws {
        #expect(try note("asked if she has time to host the potluck 12/3. she's in\n").asks.map(\.response) == [.yes])
        #expect(try note("asked if her church has space we could use for the 12/3 mtg. she'll check w/ pastor\n").asks.map(\.response) == [.maybe])
        #expect(try note("tlkd w/ her on break -> asked abt the 11/29 march -> she's in\n").asks.map(\.response) == [.yes])
        #expect(try note("Maria: flyers by Fri\n\nMaria: co-lead the 12/3 mtg w/ Deb\n").commitments.count == 2)
    }

    @Test("Chat lines with time stamps, a question of doing under any heading, leave someone with a say must give, a verdict said outright", arguments: [
        ("[8:03 PM] asked if hed bring the signal group to the safety mtg Mon. \"bro ill post it in the group tonight\"\n", Ask.Response.yes),
        ("- [1:38 PM] ASK: drive the van to the rally Tues? -> \"put me down, full van\"\n", .yes),
        ("3:18 asked him to walk out w/ us next tues at 11 for the heat action. he just nodded, \"bet, im there\"\n", .yes),
        ("would he get his crew to sign the heat petition by sat? \"prob, depends if they got me on doubles\"\n", .maybe),
        ("Q: sign the letter to Cityline?\nA: yes, right now\n", .yes),
        ("Would she host a coffee in the St. George hall? She'll ask Father Elias after liturgy tomorrow.\n", .maybe),
        ("asked if he'd get the reach truck guys to sign cards, he said \"give me till the 4th\"\n", .maybe),
        ("ASKED: would she do 1:1s w/ 5 techs before the count? She'll do five, maybe more.\n", .yes),
        ("- ASK: notarize the driver affidavits? -> he'll notarize them, free\n", .yes),
        ("## Asks\n- speakers + mic for the rally? -> yes if the troupe dont need them that day\n", .maybe),
    ])
    func chatStampsAndVerdicts(_ example: (body: String, response: Ask.Response)) throws {
        #expect(try note(example.body).asks.first?.response == example.response)
    }

    @Test("Review mend, round three: a first-name label's own words, a bracket that is no time stamp, the organizer's offers, asking whom she was asked to ask")
    func thirdReviewMend() throws {
        #expect(try note("Maria: will bring 20 flyers to the laundromat Sat\n").commitments.map(\.owner) == [.supporter])
        #expect(try note("Maria: 8 yrs in the bldg, works at the hospital\n").commitments.isEmpty)
        #expect(try note("Maria: maybe host in Dec, ask again after Thanksgiving\n").commitments.isEmpty)
        #expect(try note("[8:01 PM] Maria: hey sorry missed ur call\n").commitments.isEmpty)
        #expect(try note("[Maria] asked if we could move the mtg to Thurs\n").asks.isEmpty)
        #expect(try note("[3:30 PM] asked mgmt for the repair log, no answer\n").asks.isEmpty)
        #expect(try note("Q: call you back later?\nA: sure, after 6\n").asks.isEmpty)
        #expect(try note("Q: drive from the north side or the south?\n").asks.isEmpty)
        #expect(try note("asked her to ask the landlord for the repair log. she'll ask the landlord tmrw\n").asks.map(\.response) == [.yes])
        #expect(try note("asked if she'd testify Tues -> will bring it up w/ her supervisor\n").asks.map(\.response) != [.yes])
    }

    @Test("A counter-offer answers the ask as put no, and its offer is hers; a count of her own before 'not' is no counter-offer", arguments: [
        ("Q: \"will you do 1:1s with 4 coworkers before the assembly Dec 3?\" -> not 4, she'll do 1:1s w/ Norma + Itzel", Ask.Response.no),
        ("Would she sign up 10 neighbors by Dec 3? \"Not ten. Five I can sign up.\"", .no),
        ("Asked her to do 4 house visits before Dec 1. not 4, she'll do 1:1s w/ Norma + Itzel", .no),
        ("- asked for 5 names off B + C shift by Dec 3 -> \"5 is a stretch. You'll have 3.\"", .no),
        ("Asked her abt speaking at the hearing Dec 3 - shell speak, wants 3 mins not 2.", .yes),
        // review mend: a measure, a place, more than asked, "not all" are no counter-offers
        ("Asked her to canvass her block Dec 5. Lives not 2 blocks from the office, she'll come by at 10.", .yes),
        ("Asked her to host the house mtg Dec 5. Not 100% sure, she'll check w/ her husband.", .maybe),
        ("Asked her to bring 1 friend to the mtg Dec 3. Not 1 but 2, she'll bring her sisters!", .yes),
        ("Asked her to bring her neighbors to the Dec 3 mtg. Not all of them know yet but she's in, she'll bring 2.", .yes),
    ])
    func counterOffers(_ example: (body: String, response: Ask.Response)) throws {
        try expectAnswer(example)
    }

    @Test("Her own promise in quotes, as people new to English say it; a wait for something is a maybe", arguments: [
        ("Q: sign the OT complaint?\nA: \"I sign. 당연하지\"", Ask.Response.yes),
        ("Q: post our survey in the whatsapp?\nA: talked abt his daughter, then \"send it, I post it\"", .yes),
        ("## Asks\n- Register voters at the repast table Dec 6 → \"You know I will.\"", .yes),
        ("## Asks\n* floor captain for the 3rd floor? -- \"Mimi? Sawa. I'll do it.\"", .yes),
        ("asked if she'd get 5 owners to sign the letter, she'll get back to me, wants to see it first", .maybe),
        ("- asked her to speak at the commissioners mtg Dec 3 -> \"if I'm not mandated I'm there\"", .maybe),
        ("asked if she wd sign the open letter, she said shell sign it tmrw", .yes),
        ("Q: tell the council what happened at the press conf Dec 3?\nA: ok if no face on camera -> yes", .yes),
    ])
    func quotedPromises(_ example: (body: String, response: Ask.Response)) throws {
        try expectAnswer(example)
    }

    @Test("Review mend: a quoted 'I' that tells of her life, someone else going to be there, and 'Q:' small talk are no yes")
    func quotedNotAnswers() throws {
        #expect(try note("Asked her to sign the petition Dec 3. She told me about the landlord: \"I sign the lease every year and every year he raises it.\" She'll think about it.\n").asks.map(\.response) == [.maybe])
        #expect(try note("Asked her to host the house mtg Dec 3. \"I can host in Jan, not now.\"\n").asks.map(\.response) == [.no])
        #expect(try note("Asked her to testify at the hearing Dec 3. Scared because the landlord is going to be there. She said no.\n").asks.map(\.response) == [.no])
        #expect(try note("Asked if she'd ever host a house mtg. She said maybe in the spring.\n").asks.map(\.response) == [.maybe])
        #expect(try note("Q: tell me about your kids?\nA: two boys, 7 and 9\n").asks.isEmpty)
        #expect(try note("Q: make time for a follow up?\nA: sure\n").asks.isEmpty)
    }

    @Test("A question to learn about her past, and an ask of someone else there, ask nothing of her")
    func asksOfNoOne() throws {
        #expect(try note("I asked whether she'd ever been to a union meeting before. Once, in Manila.\n").asks.isEmpty)
        let family = "She has three kids and her husband drives for the city. She said she would come if she can. "
            + "Her son Malik was there, I asked him to film the rally Dec 3. He said maybe.\n"
        #expect(try note(family).asks.isEmpty)
    }
}
