import Testing

@testable import FollowUpKit

/// Asks and answers laid out apart: answers under their own heading, a Q:/A: transcript, a who/what/when
/// table of tasks, a note written to oneself as "you", and answers that trail the ask in prose. Each note is
/// met on Saturday 2026-11-14 by Sam Chen with Maria Lopez.
@Suite("Answers apart from their asks")
struct AnswerLayoutTests {
    private func note(_ body: String) throws -> Note { try ExtractionRuleTests.note(body) }

    @Test("A sentence told under the Asks heading, with a subject or a label of its own, is no ask")
    func toldUnderAsks() throws {
        let told = try ExtractionRuleTests.note("## Asks\n- sew the banner? yes\n\nShe'll text me a pic of the pay stub tonight.\nSays talk to Ysenia Pou on the dish line.\n")
        #expect(told.asks.map(\.text) == ["sew the banner"])
        #expect(told.commitments.contains { $0.owner == .supporter && $0.text.hasPrefix("text me a pic") })
        // …but the person's name opening the line still asks
        #expect(try ExtractionRuleTests.note("## Asks\nMaria to host a house meeting Sat -- yes\n").asks.map(\.response) == [.yes])
    }

    @Test("In a list whose items label the person, an unlabelled fetching-and-carrying task is the organizer's")
    func fetchingIsLegwork() throws {
        let note = try ExtractionRuleTests.note("## Next\n- Maria: bring 3 coworkers Thurs\n- [ ] bring the card back Mon\n")
        #expect(note.commitments.first { $0.text.hasPrefix("bring the card") }?.owner == .organizer)
    }

    @Test("A line opened by ✓, ✗ or ?? is an ask: the mark answers it, and after ?? the words do; a done chore is not")
    func markedLines() throws {
        let note = try ExtractionRuleTests.note("""
            talked at his shop.
            ✓ flatbed for the float, parade Sat 11/21 -- long as somebody else drives it home
            ✗ doorknock Lake Rd w/ me -- "my hips quit before you do"
            ?? coffee for the fire guys Thurs 11/19 at 10 -- "ask me when the oats are in"
            ?? poll watch at the annual mtg -- never got to it
            """)
        #expect(note.asks.map(\.text) == [
            "flatbed for the float, parade Sat 11/21", "doorknock Lake Rd w/ me", "coffee for the fire guys Thurs 11/19 at 10", "poll watch at the annual mtg",
        ])
        #expect(note.asks.map(\.response) == [.yes, .no, .maybe, .pending])
        #expect(note.commitments.filter { $0.owner == .supporter }.map(\.text) == ["flatbed for the float, parade Sat 11/21"])
        #expect(try ExtractionRuleTests.note("- ✓ called Maria -- shes in\n").asks.isEmpty)
        // review mend: a paragraph of marked lines is one ask a line; done chores and bare names are no asks
        let paragraph = try ExtractionRuleTests.note("✓ flatbed for the float -- long as somebody drives\n✓ bring her coworkers Sat -- good\n✗ doorknock w/ me -- no\n")
        #expect(paragraph.asks.map(\.response) == [.yes, .yes, .no])
        #expect(paragraph.skills.isEmpty)
        #expect(try ExtractionRuleTests.note("- ✓ agenda sent to the committee -- she liked it\n- ✓ Maria -- in for Sat\n").asks.isEmpty)
    }

    @Test("Under an Ask heading, an item's own indented line below it is the answer")
    func indentedAnswerLine() throws {
        let note = try ExtractionRuleTests.note(
            "## Asks\n- bring 3 of the dish room ladies along\n    no promises, two of them only speak Kreyol\n- keep a petition clipboard at the cashier stand?\n    held her hand out for it\n")
        #expect(note.asks.map(\.text) == ["bring 3 of the dish room ladies along", "keep a petition clipboard at the cashier stand"])
        #expect(note.asks.map(\.response) == [.maybe, .yes])
        // review mend: a line that carries the ask on is not its answer
        let carried = try ExtractionRuleTests.note("## Asks\n- bring 3 coworkers to the mtg\n    on Thurs at 6pm\n")
        #expect(carried.asks.map(\.text) == ["bring 3 coworkers to the mtg on Thurs at 6pm"])
    }

    @Test("An answers section answers the asks in order, or the one each answer names")
    func answersSection() throws {
        let inOrder = try note(
            "## Ask\n1. Recruit ten members to the hearing on Dec 3.\n2. Take minutes for the steering meetings.\n"
                + "3. Put the sign-up in the newsletter.\n\n## What she said\nYes to the hearing. On the minutes, she wants to sleep on it. "
                + "The newsletter deadline has passed, so no, but she will put an insert in the bulletin.\n")
        #expect(inOrder.asks.map(\.response) == [.yes, .maybe, .no])
        #expect(inOrder.commitments.map(\.owner) == [.supporter, .supporter])
        #expect(inOrder.commitments.contains { $0.text.hasPrefix("put an insert in the bulletin") })

        let named = try note(
            "## Asks\n- Join the negotiating committee\n- Get 5 housekeepers to the members mtg Dec 5\n- Use the community room for a house meeting\n"
                + "## What she said\n- Room: not hers to give, no answer yet\n- Committee: has to talk to her husband first\n- Members mtg: yes\n")
        #expect(named.asks.map(\.response) == [.maybe, .yes, .pending])

        let inline = try note(
            "## Asks\n1. Take notes at the forum Dec 3\n2. Bring the association on to the letter\n"
                + "Her answers on 1 and 2: \"of course\" to the forum; the association has to vote on it.\n")
        #expect(inline.asks.map(\.response) == [.yes, .maybe])
    }

    @Test("An ask with no \"asked\": the organizer's quoted question, an ASKED heading, \"I wondered whether\", the ask named before its answer", arguments: [
        ("\"will you do the 1:1 training w/ us?\" - \"yes if its not on a bowling night\"", [Ask.Response.maybe]),
        ("\"Will you host the potluck Dec 5?\" she said yes", [.yes]),
        ("## ASKED\n- Video abt the close calls for the FB page? -> no. hates cameras.\n- Survey team, 5 garages by 12/3? -> \"Put me down for the north garages.\"", [.no, .yes]),
        ("I wondered whether she would talk to the reporter. She might, if the paper leaves Walt's name out.", [.maybe]),
        ("Testifying at the budget hearing on Dec 14 was a firm no; she won't leave Walt overnight.", [.no]),
        ("ASKED: the barn for the potluck Sat 12/5? \"long as the 4-H is okay with it\"", [.maybe]),
        ("- ask: the barn for the potluck Sat 12/5 -> long as we bring the tables back", [.yes]),
        // the person's question, one that asks for nothing, and other words that end in -ing
        ("\"Can you help me with my lease?\" she asked.", []),
        ("\"Can you believe it?\" she said.", []),
        ("She wondered whether the landlord would fix it.", []),
        ("Everything is a no with this landlord.", []),
        // review mend: the person's own question, someone else's decision, the organizer's musing, what the person asked of us
        ("\"Can you bring the flyers to the building?\" she asked.", []),
        ("\"Can you come to our block party Sat?\" she said, I said yes.", []),
        ("Renewing her lease was a no from the landlord.", []),
        ("Meeting with the alderman was a no show, he never came.", []),
        ("Getting the landlord to fix the boiler was a no, he refused again.", []),
        ("I wondered whether the landlord would even show up.", []),
        ("I wondered if she was OK, she seemed tired.", []),
        ("I wondered if she'd be willing to lead the next house mtg. She said she'd love to.", [.yes]),
        ("## Requests\n- wants us to call the super about her sink", []),
        // a word that is a title elsewhere ends the sentence before the next one's ask
        ("Came with her sis. Asked her to host a house mtg Dec 5, she said yes.", [.yes]),
        ("Rent $1400 for a 2 br. Asked her to join the rent strike, she said maybe.", [.maybe]),
    ])
    func unannounced(body: String, expected: [Ask.Response]) throws {
        #expect(try note(body).asks.map(\.response) == expected)
    }

    @Test("A dot inside a place's or person's name does not end the ask", arguments: [
        ("I asked him to drive the van to the hearing in St. Paul on December 3, and he said no.",
         "drive the van to the hearing in St. Paul on December 3", Ask.Response.no),
        ("Asked whether Mt. Olive would let us use the hall Sat 12/5. She said yes.",
         "Mt. Olive would let us use the hall Sat 12/5", .yes),
        ("asked her to call Dr. Ruiz about the mold. she said she would.", "call Dr. Ruiz about the mold", .yes),
        // a day's abbreviation still ends its sentence, and so does a street's before the answer
        ("asked her to bring the sign-in sheets Sat. She said no.", "bring the sign-in sheets Sat", .no),
        ("Asked her to drop flyers on Elm St. She'll do it Tues.", "drop flyers on Elm St", .yes),
        ("Asked her to bring the letter from her Dr. Yes, she has it.", "bring the letter from her Dr", .yes),
    ])
    func namesWithDots(body: String, text: String, response: Ask.Response) throws {
        let asks = try note(body).asks
        #expect(asks.map(\.text) == [text])
        #expect(asks.map(\.response) == [response])
    }

    @Test("Q: and A: on one line are an ask and its answer; a question of doing asks, small talk does not")
    func questionAndAnswerOnOneLine() throws {
        let found = try note(
            "## Q/A\n- Q: share her story at the press conference Dec 4 at 11? A: \"put me down, I'll wear my good headwrap\"\n"
                + "- Q: co-sign the letter to the commissioner? A: she's signing it tonight\n"
                + "- Q: recruit 3 providers for the survey? A: she'll get back to me\n"
                + "- Q: how's your mom doing? A: better, thank God\n")
        #expect(found.asks.map(\.text) == ["share her story at the press conference Dec 4 at 11", "co-sign the letter to the commissioner", "recruit 3 providers for the survey"])
        #expect(found.asks.map(\.response) == [.yes, .yes, .pending])
        #expect(found.asks.map { $0.due?.description } == ["2026-12-04T11:00", "2026-11-14", nil])
    }

    @Test("A question that asks leave asks, under any heading; a question after information does not")
    func askingLeave() throws {
        let found = try note(
            "Q: what do you do at the plant?\nA: maintenance welder, 2nd shift\nQ: ok to use your bill in the press packet?\nA: didnt say, his kid started crying\n"
                + "Q: can we run a door-knock from your porch Sat?\nA: sure thing\n")
        #expect(found.asks.map(\.text) == ["use your bill in the press packet", "run a door-knock from your porch Sat"])
        #expect(found.asks.map(\.response) == [.pending, .yes])
    }

    @Test("A heading in capitals that Markdown folds into the item above still heads the list after it")
    func foldedHeading() throws {
        let found = try note(
            "Second 1:1 w/ Hafsa.\nWHAT THEY BRING\n- teaches Quran to 25 girls on weekends\nASKS\n"
                + "- speak at the meeting Dec 5 -> yes if her husband can keep the kids that day\n"
                + "- \"Can we put a sign-up table at your uncle's market?\" -> she'll ask him, thinks he'll say yes\nNEXT\n- send her the story form\n")
        #expect(found.skills.map(\.text) == ["teaches Quran to 25 girls on weekends"])
        #expect(found.asks.map(\.response) == [.maybe, .maybe])
        #expect(found.commitments.map(\.owner) == [.supporter, .organizer])
    }

    @Test("A heading in capitals on a paragraph's first line heads the lines under it, and is no task itself")
    func leadingHeading() throws {
        let found = try note("Asked her to host the mtg Dec 5, she said yes.\n\nFOLLOW UP\n• thank u text tonight w/ a pic of the flyer\n• me: get the cmte to ok $80 for masa before the 31st\n")
        #expect(found.commitments.map(\.text) == ["host the mtg Dec 5", "thank u text tonight w/ a pic of the flyer", "get the cmte to ok $80 for masa before the 31st"])
        #expect(found.commitments.map(\.owner) == [.supporter, .organizer, .organizer])
        // a first line in capitals that names no section is read as it stands
        #expect(try note("RENT UP AGAIN\nshe is angry about the rent\n").commitments.isEmpty)
    }

    @Test("Prose under Next steps that tells what the person said or thinks is no task of theirs; a promise told in it is")
    func saidUnderNextSteps() throws {
        let found = try note("## Next steps\n- [ ] Me: ask Mr. Pruitt for the key by Monday\n\nShe suggested I talk with Fumiko Arata. She mentioned the boiler is broken. She said she'll test the projector Monday.\n")
        #expect(found.commitments.count == 2)
        #expect(found.commitments.last?.text.contains("test the projector Monday") == true)
        #expect(found.commitments.map(\.owner) == [.organizer, .supporter])
    }

    @Test("Review mend: small talk after Q: outside the asks, a capital word that ends a sentence, Next: as a label")
    func layoutLookAlikes() throws {
        #expect(try note("- Q: get any sleep after the double? A: lol no\n- Q: have a car? A: yes, minivan\n").asks.isEmpty)
        let agreed = try note("asked if she'd join the bargaining cmte Dec 3 and she\nAGREED\n- first mtg is Dec 2\n")
        #expect(agreed.asks.map(\.response) == [.yes])
        #expect(try note("Next: the rent board hearing is Dec 3\n").commitments.isEmpty)
    }

    @Test("The organizer's musing in a question is no ask", arguments: [
        "Would she even show up? Who knows.",
        "Would he stick with it? He quit the last committee after two months.",
        "Would she come if her shift changes? Hard to say.",
        "Will they fix the boiler before winter? She doesn't think so.",
        "Can they evict her for complaining? No, I explained retaliation.",
        "Would she mind if I called her husband? She said that's fine.",
        "Would he know the landlord's lawyer? Probably.",
        "Would they care about the rent? I doubt it.",
    ])
    func musings(body: String) throws {
        #expect(try note(body).asks.isEmpty)
    }

    @Test("A promise in the next sentence that only moves toward an answer is a maybe", arguments: [
        ("I asked whether the parish would let us use the hall. She said she'd ask.", Ask.Response.maybe),
        ("I asked whether the parish would let us use the hall. She'll check with Father Tom.", .maybe),
        ("I asked whether she would host the potluck. She'll host it at her place.", .yes),
    ])
    func stepTowardAnswer(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("A transcript's question asks, and the answer after it is the person's own words")
    func transcript() throws {
        let found = try note(
            "Q: How did you get started?\nA: I drove a school bus for ten years.\n"
                + "Q: Will you come to the providers meeting Dec 5 at 10?\nA: Ok sí, I'll be there.\n"
                + "Q: Could we do a house meeting in your backyard on the 12th?\nA: No, my landlord is strict. But I'll lend you my folding tables for the 5th.\n"
                + "Q: Would you talk to the reporter?\nA: (the baby woke up, we didn't get to finish)\n")
        #expect(found.asks.map(\.response) == [.yes, .no, .pending])
        #expect(found.asks.first?.due?.description == "2026-12-05T10:00")
        #expect(found.commitments.allSatisfy { $0.owner == .supporter })
        let lend = try #require(found.commitments.first { $0.text.hasPrefix("lend you my folding tables") })
        #expect(lend.due?.description == "2026-12-05")

        // What the person says they do is theirs, and what the organizer says is not.
        let skills = try note("Q: What do you do on weekends?\nA: I teach the CPR class for new providers.\nQ: I drive a bus, you?\nA: Ha, no.\n")
        #expect(skills.skills.map(\.text) == ["teach the CPR class for new providers"])
    }

    @Test("The organizer's labelled question and the person's labelled line after it are an ask and its answer")
    func labelledConversation() throws {
        let found = try note(
            "yo: ¿vienes a la junta de calor el sábado a las 5?\nella: \"ahí estaré\"\nyo: y cocinar pa la kermés el 9 de diciembre?\n"
                + "ella: ese día le toca trabajar, no se puede\nyo: cómo está tu mamá?\nella: mejor, gracias\nella: trae las sillas el domingo\n")
        #expect(found.asks.map(\.response) == [.yes, .no])
        #expect(found.asks.map { $0.due?.description } == ["2026-11-21T17:00", "2026-12-09"])
        // A question after information asks for nothing, and a labelled line that answers no question is a promise as before.
        #expect(found.commitments.map(\.owner) == [.supporter, .supporter])
    }

    @Test("Spanish headings name the same sections as English ones")
    func spanishHeadings() throws {
        let found = try note(
            "## Lo que le pedí\n- Co-facilitar el taller el martes a las 7 → \"sí, claro que sí\"\n- Usar su tráiler el sábado → sin respuesta todavía\n"
                + "## Compromisos\n- [ ] Yo: mandarle el volante mañana\n## Con quién hablar\n- Aurelio Saucedo: el más viejo de la esquina\n")
        #expect(found.asks.map(\.response) == [.yes, .pending])
        #expect(found.asks.map { $0.due?.description } == ["2026-11-17T19:00", "2026-11-21"])
        #expect(found.referrals.map(\.name) == ["Aurelio Saucedo"])
        #expect(found.commitments.contains { $0.owner == .organizer && $0.due?.description == "2026-11-15" })
    }

    @Test("Promises said in Spanish or Portuguese: whose they are and what they are")
    func romanceCommitments() throws {
        let found = try note(
            "Le mando el flyer del taller por WhatsApp mañana.\nDijo que va a hablar con su vecina el viernes.\n"
                + "Ela ficou de mandar a lista. Vou ligar pra ela na sexta.\n"
                + "## Compromisos\n- [x] Le di las copias del taller\n- [ ] Llamarle el lunes\n")
        #expect(found.commitments.map(\.owner) == [.organizer, .supporter, .supporter, .organizer, .organizer, .organizer])
        #expect(found.commitments.map(\.text) == [
            "mando el flyer del taller por WhatsApp mañana", "hablar con su vecina el viernes", "mandar a lista",
            "ligar pra ela na sexta", "Le di las copias del taller", "Llamarle el lunes",
        ])
        #expect(found.commitments.map(\.done) == [false, false, false, false, true, false])
        #expect(found.commitments.map { $0.due?.description } == ["2026-11-15", "2026-11-20", nil, "2026-11-20", nil, "2026-11-16"])
    }

    @Test("Plans in Spanish that are not promises: a maybe, a no, someone else's plan, a try")
    func romanceNonCommitments() throws {
        let found = try note(
            "Lo va a pensar.\nNo va a poder venir el sábado.\nEl dueño dijo que va a subir la renta.\n"
                + "La ciudad va a cerrar la esquina.\n\"vou tentar\", no promete nada.\n")
        #expect(found.commitments.isEmpty, "\(found.commitments)")
    }

    @Test("A section name alone on a line above a list is a heading; a follow-up list is the organizer's")
    func plainHeading() throws {
        let found = try note("Follow up\n- call legal aid re the towing law by Weds\n- Maria: bring the lease\n- she'll post the flyer\n")
        #expect(found.commitments.map(\.owner) == [.organizer, .supporter, .supporter])
        #expect(found.commitments.map(\.text) == ["call legal aid re the towing law by Weds", "bring the lease", "post the flyer"])
    }

    @Test("Under the asks, the person's offer instead is a promise, not an ask")
    func offerUnderAsks() throws {
        let found = try note("## Asks\n- Drive parents to the hearing Dec 3 -> can't, she works\n- she offered to put our flyers in the waiting room instead\n")
        #expect(found.asks.map(\.response) == [.no])
        #expect(found.commitments.map(\.text) == ["put our flyers in the waiting room instead"])
        #expect(found.commitments.map(\.owner) == [.supporter])
    }

    @Test("A who/what/when table is a list of tasks, each owned by its who cell")
    func taskTable() throws {
        let found = try note(
            "| who | what | when |\n|---|---|---|\n| Maria | bring 2 coworkers | Sat 12/5 2pm |\n| me | send the fact sheet | Weds |\n"
                + "| her cousin | bring chairs | |\n| me | gas money for the generator | |\n")
        #expect(found.commitments.map(\.owner) == [.supporter, .organizer, .organizer])
        #expect(found.commitments.map(\.text) == ["bring 2 coworkers", "send the fact sheet", "gas money for the generator"])
        #expect(found.commitments.map { $0.due?.description } == ["2026-12-05T14:00", "2026-11-18", nil])
        #expect(found.commitments.map(\.line) == [8, 9, 11])

        let contacts = try note("| name | phone |\n|---|---|\n| Ana | 555-0101 |\n")
        #expect(contacts.commitments.isEmpty)

        // Each table has its own header, even right after another; a cell may hold an escaped bar.
        let two = try note("| who | what |\n|---|---|\n| me | call the clinic |\n\n| name | phone |\n|---|---|\n| me | 555-0101 |\n\n"
            + "| who | what |\n|---|---|\n| Maria | bring the yes \\| no sign |\n")
        #expect(two.commitments.map(\.text) == ["call the clinic", "bring the yes | no sign"])
    }

    @Test("A note written to oneself as \"you\": you asked, you said you would")
    func secondPerson() throws {
        let found = try note(
            "You met Maria after bingo. You asked her to host a coffee on Sat the 28th. She said no, her place is a shoebox.\n"
                + "You said you would mail her the big-print letter by Friday.\n")
        #expect(found.asks.map(\.response) == [.no])
        #expect(found.commitments.map(\.owner) == [.organizer])
        #expect(found.commitments.first?.due?.description == "2026-11-20")

        // A "you" quoted once is not the organizer.
        let quoted = try note("She said \"you will have to ask the board\".\n")
        #expect(!quoted.commitments.contains { $0.owner == .organizer })
    }

    @Test("Answers that trail the ask in prose", arguments: [
        ("Asked for the tables + tent for the block party Dec 5, claro, and she'll drive them over.", Ask.Response.yes),
        ("I asked if he would host a house meeting. He said his apartment is too small, but he offered to give us ten minutes at the breakfast instead.", .no),
        ("Asked if she could get the old couple on 4 to sign, \"let me think abt it\", the wife is sick.", .maybe),
        ("asked if the band would play the rally after. prob not, they lost their bassist.", .no),
        ("ASK: haircuts + sign up table in the lobby sat 12/5 -> \"dale\"", .yes),
        ("ASK: get us the hall free for the 12/5 mtg -> \"approx 50/50\", cmte decides", .maybe),
        ("Also asked him to drive folks to the hearing next Weds at 4. Hes in but 3 ppl max.", .yes),
        ("I asked if we could announce the petition at bingo on Saturday, he said that is up to the post commander.", .maybe),
        ("asked if he'd come to the training on the 1st, he didnt really answer, his manager called him back in", .pending),
        ("Then asked if she'd speak at the hearing Dec 2, she said inshallah, which I think means probably not, we'll see.", .maybe),
        ("## Ask\n- bring the ladies to the pest mtg Dec 2 -> \"inshallah yes\"", .yes),
        ("Last ask was if his garage could be a drop off spot for the ramp reports but then his phone rang.", .pending),
    ])
    func trailingAnswers(body: String, response: Ask.Response) throws {
        let found = try note(body)
        #expect(found.asks.map(\.response) == [response])
    }

    @Test("A later answer goes to the ask it names, not the last one made")
    func answerNamesItsAsk() throws {
        let found = try note(
            "- asked to use the generator for the rally Sun 12/6, he said talk after his shift\n"
                + "- asked if he'd come to the training on the 1st, he didnt really answer\n"
                + "- texted after: generator is fine, just wants gas money\n")
        #expect(found.asks.map(\.response) == [.yes, .pending])
    }

    @Test("A labelled line of errands is one commitment a sentence")
    func labelledErrands() throws {
        let found = try note("Me: text her the address tonight. Bring the union cards to the mtg.\n")
        #expect(found.commitments.map(\.owner) == [.organizer, .organizer])
        #expect(found.commitments.map(\.text) == ["text her the address tonight", "Bring the union cards to the mtg"])
    }

    @Test("A list item that puts a doing as a question and answers it is an ask, wherever the list stands")
    func questionItems() throws {
        let found = try note(
            "- 2 kids at Garrison, on Elm since 2021\n- speak at the board mtg Weds 11/18 at 6:30? \"ugh. public speaking. ...fine, put me down\"\n"
                + "- drive 3 parents to the board mtg? depends if her sister can keep the baby that night\n"
                + "- drive ppl to the hearing Dec 3? yes, she has a 12-seat church van\n- speak 2 min at the hearing?\n")
        #expect(found.asks.map(\.response) == [.yes, .maybe, .yes])
        #expect(found.asks.map { $0.due?.description } == ["2026-11-18T18:30", nil, "2026-12-03"])
        // the answer may tell what she brings; a turn to speak is no language
        #expect(found.skills.map(\.text) == ["has a 12-seat church van"])
        // a fact checked, a list of facts, or the organizer's own errand, not an ask
        for body in ["Would he get fired for it? he didn't say\n", "10:15 asked around the kitchen about the fan\n", "- speaks Spanish? a little\n",
                     "- speak french? yes, grew up in Port-au-Prince\n", "- book the library room for the house mtg?\n", "- bring her mom? she asked if that's ok\n",
                     "- need a ride to the hearing? yes, no car since Oct\n", "- talk w/ her husband abt the union? yes, he's supportive\n",
                     "- drive for Uber? yes, nights, 4 yrs\n", "4:15 asked her sister to watch the kids Sat so she can come\n",
                     "7:10 asked about childcare for the Dec 3 mtg\n", "Would she get her hours cut for talking to us? She thinks yes.\n", "- still on nights? yes\n", "- works nights, free Sat? yes\n", "- send her the flyer? yes by Fri\n"] {
            #expect(try note(body).asks.isEmpty, "\(body)")
        }
    }
}
