import Testing

@testable import FollowUpKit

/// Asks found without "asked" and answers found without an answer word: a reply that asks for the thing to do, a
/// role restated by its verb, leave that waits on someone with a say, a question answered after an arrow. Each
/// note is met on Saturday 2026-11-14 by Sam Chen with Maria Lopez.
@Suite("Replies that answer an ask")
struct AnswerReplyTests {
    private func note(_ body: String) throws -> Note { try ExtractionRuleTests.note(body) }

    @Test("A reply that asks for the thing to do is a yes, unless a hedge follows it", arguments: [
        ("I asked if she'd translate the rent flyer into Arabic and she said \"give it to me, you'll have it Wednesday.\"", Ask.Response.yes),
        ("Asked if she'd post our hearing flyer to the Telegram group, \"send it in Farsi and its up the same night.\"", .yes),
        ("Asked her to post the flyer. \"Send me the flyer and I'll think about it.\"", .maybe),
        ("I asked him if he would keep a petition clipboard on his counter. Then he said, \"Leave it by the register and I'll see it gets filled.\"", .yes),
        ("Asked him to chair the Dec 3 mtg. \"Drop it, I'll pass.\"", .no),
        ("Asked her to sign the petition. \"Bring it by, I'll see it first.\"", .maybe),
        // the organizer's own "send her" is no reply; her request for something else, or "send me" without a promise, is none
        ("Asked her to post the flyer. I'll send her the flyer tonight.", .pending),
        ("Asked if she'd host the house mtg. She said \"send me the landlord's number, he never answers\" and changed the subject.", .pending),
        ("Asked her to sign on to the letter -> \"send it to my husband, he handles that stuff\"", .pending),
        ("Asked her to come to the council mtg Dec 3. \"send me the flyer.\" She'll think about it.", .maybe),
    ])
    func replyAsksForTheThing(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("A nod is a yes that words after it may turn; counting oneself out is a no; a no taken back is a yes", arguments: [
        ("Asked her to bring the notebook so the lawyer can copy it. Nodded and put it in her purse right then.", Ask.Response.yes),
        ("Asked her to bring the notebook. She nodded, but said she'd have to ask her son first, so maybe.", .maybe),
        ("asked could he put the word out on the ham net. he shrugged, \"count me out on that one\"", .no),
        ("Asked her to speak at the hearing. She said no, flat, but by the end of the coffee she'd changed her mind.", .yes),
        ("Asked her to speak at the hearing. She said no, she hates a microphone.", .no),
    ])
    func nodsAndTurns(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("A count echoed as a question and taken up is a yes; less, something else counted, a later turn, or someone else's quote is not", arguments: [
        ("Q: \"Can you get 10 riders to sign the petition by the 30th?\"\nA: \"Ten? Easy. Give me the clipboard.\"", Ask.Response.yes),
        ("- ask: get 25 signatures in the lot by Tues\n> \"easy. 25? I get 50\"", .yes),
        ("* ask: get 5 signatures from nights on the petition -> she laughed, \"five? you'll have fifteen by Monday\"", .yes),
        ("- asked: 30 ppl at rally sat -> \"30? you'll have 40\"", .yes),
        ("Asked her to get 10 signatures by Fri. \"Ten? I can get you six.\"", .no),
        ("Asked her to get 10 signatures by Fri. \"10? no way\"", .no),
        ("Asked her to get 10 signatures by Fri. \"ten? easy?? lol no\"", .no),
        ("Asked her to get 10 signatures by Fri. \"Ten? Easy. But not this week, I'm slammed.\"", .no),
        ("Asked her to get 5 signatures by Sat. She said \"5? I have 5 kids, I can't\"", .no),
        ("Asked her to do 10 doors Sat. \"10? I do 10 hr shifts Sat\"", .pending),
        ("Asked her to get 10 signatures by Fri. He said \"ten? easy for you to say\"", .pending),
        ("Asked her to get 10 signatures by Fri. Her son piped up \"10? easy\" but she didn't commit, said she'll think about it", .maybe),
        // a reply reaching for the pen says nothing yet
        ("- Q: will she put her name on the staffing letter?\n- A: \"Top line. Give me a pen.\"", .pending),
    ])
    func countTakenUp(body: String, expected: Ask.Response) throws {
        #expect(try note(body + "\n").asks.map(\.response) == [expected])
    }

    @Test("\"would he…\" written without its \"?\" asks when his quoted reply follows at once; a musing does not", arguments: [
        ("would he speak at the board mtg dec 20. \"im a hammer guy, not a talker.\" pushed once, still a no.", [Ask.Response.no]),
        ("would he bring the sound system to the rally dec 17 - \"we'll see what pastor says\"", [.maybe]),
        ("would she even show up. \"who knows\" Rosa said", []),
        ("would he come to the mtg. he works nights.", []),
    ])
    func unmarkedWould(body: String, expected: [Ask.Response]) throws {
        #expect(try note(body + "\n").asks.map(\.response) == expected)
    }

    @Test("A thing asked for after a list item's arrow: answered by a promise that names it, or by someone still to ask", arguments: [
        ("- pics of the frayed ropes they make them climb on? -> he'll send me the pics tonight", [Ask.Response.yes], 1),
        ("- party room for a teacher potluck Sat Dec 12? -> has to ask the super, she'll know by Monday", [.maybe], 0),
        // a fact checked, or a promise of something else, asks nothing
        ("- heat working? -> she'll call the super", [], 1),
        ("- her kids? -> she'll bring the kids", [], 1),
        ("- Mold in the bathroom? -> she'll send mold pics tonight", [], 1),
        // the organizer's own step after an arrow stays a task
        ("- Next mtg? -> will send her the agenda Mon", [], 1),
        // in a list item, what follows the arrow answers, unless it is the organizer's own step
        ("- ❓ get the B row guys out for the 9/12 cleanup? → gotta see w/ his deckhand first", [.maybe], 0),
        ("- Follow up? -> gotta call her back Tues", [], 2),
        // a question mark opening the item marks the ask, with or without its own "?"
        ("- ❓ lend the pop-up + tables for the rally → \"shoots, take em\"", [.yes], 1),
        ("- ❓ halau do an oli to open the rally Sat 12/19? → \"gotta ask my alaka'i but the girls would looove that\"", [.maybe], 0),
        // a second promise beside a gathering's yes is a second commitment
        ("- Rally Sat 10am? -> yes, she'll bring rally signs", [.yes], 2),
    ])
    func thingAskedAfterArrow(body: String, expected: [Ask.Response], commitments: Int) throws {
        let found = try note(body + "\n")
        #expect(found.asks.map(\.response) == expected)
        #expect(found.commitments.count == commitments)
    }

    @Test("Review mend, round two: facts after an arrow, other people's quotes and head shakes, and cues that mean otherwise", arguments: [
        ("- Call the landlord? -> called, no answer", [Ask.Response]()),
        ("- Rally Sat? -> cancelled, city won't give the permit", []),
        ("would she lead the tenant cmte someday - \"she's a born leader,\" Rosa told me after.", []),
        ("Would Maria run for the board - \"she'd crush it\" says Jorge lol", []),
        ("Asked her to come Sat. Her landlord shook his head at her last time. No answer yet from her.", [.pending]),
        ("Asked her to come Sat. She shook her head at the rent notice and said yes.", [.yes]),
        ("Asked her to host Sat. \"Shoots, I work Thursdays.\"", [.pending]),
        ("Asked her to come to the mtg Sat. \"Ni loco me lo pierdo.\"", [.pending]),
        ("Asked her to hand out flyers Sun. She's going pass out flyers at her church Sun anyway.", [.pending]),
        ("Asked her to come Sat. I said leave it with me, I'll talk to Legal Aid about it.", [.pending]),
        ("Asked her to speak Dec 3. \"I'm not a talker, but ok.\"", [.yes]),
        ("Asked her to chair the cmte. \"Somebody has to, but not me, I'm away half the year.\"", [.no]),
    ])
    func reviewRoundTwo(body: String, expected: [Ask.Response]) throws {
        #expect(try note(body + "\n").asks.map(\.response) == expected)
    }

    @Test("With no answer word, the person's own plain promise of a doing in the ask's sentence is a yes; a hedge, terms, a state or a fear are not", arguments: [
        ("- get 20 parent signatures on the letter by Fri? she'll push it thru the group text, said easy", Ask.Response.yes),
        ("I asked whether she would cook for the pantry supper. She laughed and said \"honey, I was bringing the cobbler anyway,\" so I have her down.", .yes),
        ("asked her to co-chair the forum. have her down as a maybe", .maybe),
        ("asked her to come to the vigil -> \"bien sûr que non, je suis trop timide\"", .no),
        ("* ask: come to committee mtg Tues, salle B? -> \"je viens, bien sûr\"", .yes),
        ("Le pregunte si viene a la junta Saturday, \"ahi estoy, compa\"", .yes),
        ("- get 20 signatures on the letter? she'll ask her husband first", .maybe),
        ("- get her floor to sign the petition? she'll do it if the steward says ok", .maybe),
        // not a doing asked for: a shift, a pass, a fear
        ("asked her to come to the rally sat, she'll work a double that day", .pending),
        ("asked her to host the house mtg next thurs, she'll pass this time", .pending),
        ("asked her to tell her story at the hearing, she'll cry the whole time she says", .pending),
        // fewer than asked is a counter-offer: a no to the ask as put
        ("Asked her to recruit 5 coworkers for the Dec 3 mtg, she'll bring 2.", .no),
        ("Asked her to host the house mtg, she'll bring it up w/ her landlord.", .pending),
        // a shift cleared, then the ask's own verb; not the next one instead
        ("- ask: come to the board mtg Dec 9 at 10am?\n> \"thats my money day sister\"... then he said he'll swap w/ his cousin and come", .yes),
        ("Asked her to come to the hearing. She'll ask her boss and come if she can.", .maybe),
        ("Asked her to come to the rally Sat, she'll swap her shift and come to the Jan one instead.", .pending),
        // a later sentence may be about something else
        ("I asked if the church could host the hub, no answer yet. He will bring his own bills to the forum.", .pending),
    ])
    func plainPromise(body: String, expected: Ask.Response) throws {
        #expect(try note(body + "\n").asks.map(\.response) == [expected])
    }

    @Test("A role asked for is restated by its verb, and the promise is not a second commitment")
    func roleRestated() throws {
        let found = try note("## Asks\n- \"Will you be one of the drivers for the accompaniment on the 22nd?\" She'll drive.\n")
        #expect(found.asks.map(\.response) == [.yes])
        #expect(found.commitments.count == 1)
        // "the parish would let us…" names no role; asking others to drive is a step toward an answer
        #expect(try note("I asked whether the parish would let us use the hall. She said she'd ask.").asks.map(\.response) == [.maybe])
        #expect(try note("Asked her to be one of the drivers Sat. She'll ask her neighbors if anyone else can drive.").asks.map(\.response) == [.maybe])
    }

    @Test("An answer promised once someone with a say is asked is a maybe; written as no answer yet, it is pending", arguments: [
        ("Would she host a coffee for the neighbors in the hall? She'll ask Father Elias after liturgy tomorrow and call me back.", Ask.Response.maybe),
        ("Asked her to host the mtg. She'll check with her husband and call me back.", .maybe),
        ("asked her to speak at the board mtg. no answer yet, she'll check w/ her boss first bc of her job.", .pending),
        ("Asked her to host the mtg. He has to ask the principal, no answer yet.", .pending),
    ])
    func waitsOnSomeoneWithASay(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("Asks put without \"asked\": a question answered after an arrow, a quoted question alone, a new line under Ask", arguments: [
        ("Grills + trailer for the bond fund cookout Sun 11/22? -> \"Oui, bien sûr.\"", [Ask.Response.yes]),
        ("[8:07 PM] \"would u talk to the Tribune reporter abt the underpass?\" -> no, cant have his face out there", [.no]),
        ("\"Would you go on the board slate?\" Laughed a long time. Then no.", [.no]),
        ("Would she build a sign-up sheet for rally rides? She'll build it, by Weds.", [.yes]),
        ("Q: share her OT stubs for the wage claim? -> scared. \"ask me after payday\"", [.maybe]),
        ("## Ask\nCome to the survey launch Fri 11/20 at 2 -> no, works a double\nBring 2 guys from the ER crew to the next mtg -> he'll think abt it", [.no, .maybe]),
        // not asks: a question after information, an arrow with no answer word, the person's own question, an errand
        ("Is the rally still on? -> yes", []),
        ("Shift change? -> 6am", []),
        ("Heat working? -> no, since Oct", []),
        ("Still on nights? -> yes", []),
        ("Email ok for updates? -> yes", []),
        ("## Checklist\nAdded to group chat? -> yes\nThank-you text sent? -> not yet", []),
        ("Ask about the rent strike? -> not yet, too soon", []),
        ("\"Would you go back to that job?\" I asked. She said never.", []),
        ("Talked abt her son. \"Would you send him to Lincoln again?\" Probably not, the bus is a mess.", []),
        ("Would she go to the police? No, she doesn't trust them.", []),
        ("## Asks\nAsked her to sign the card today -> yes, signed on the spot and took 5 more cards.\nTake her off the maybe list. She'll get her coworkers to sign by Friday.", [.yes]),
        ("\"Would you come with me to court?\" she asked.", []),
        ("Q: send her the flyer?", []),
    ])
    func unannouncedAsks(body: String, expected: [Ask.Response]) throws {
        #expect(try note(body).asks.map(\.response) == expected)
    }

    @Test("A day after a gathering and before an emoji closes its clause; other days before an emoji are words", arguments: [
        ("asked if he'll bring the cart to the permit rally Sat 📣", ["2026-11-21"]),
        ("potluck sun 🍲 - she's bringing rice", ["2026-11-15"]),
        ("She loves the beach, lots of Sun ☀️ where she grew up.", []),
        ("her son Sat 😂 on the floor the whole time", []),
        ("Pho Sun 🍜 on Main is her fave spot", []),
    ])
    func dayBeforeEmoji(body: String, dates: [String]) throws {
        #expect(try note(body).dates.map(\.value.description) == dates)
    }

    @Test("An errand after a question's arrow is a sentence of its own")
    func errandAfterArrow() throws {
        let found = try note("Follow up? -> text her Tues\n")
        #expect(found.asks.isEmpty)
        #expect(found.commitments.map(\.text).contains("text her Tues"))
    }
}
