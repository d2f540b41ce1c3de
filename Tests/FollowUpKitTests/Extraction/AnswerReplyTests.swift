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
        // the organizer's own "send her" is no reply
        ("Asked her to post the flyer. I'll send her the flyer tonight.", .pending),
    ])
    func replyAsksForTheThing(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("A role asked for is restated by its verb, and the promise is not a second commitment")
    func roleRestated() throws {
        let found = try note("## Asks\n- \"Will you be one of the drivers for the accompaniment on the 22nd?\" She'll drive.\n")
        #expect(found.asks.map(\.response) == [.yes])
        #expect(found.commitments.count == 1)
        // "the parish would let us…" names no role
        #expect(try note("I asked whether the parish would let us use the hall. She said she'd ask.").asks.map(\.response) == [.maybe])
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
        ("\"Would you come with me to court?\" she asked.", []),
        ("Q: send her the flyer?", []),
    ])
    func unannouncedAsks(body: String, expected: [Ask.Response]) throws {
        #expect(try note(body).asks.map(\.response) == expected)
    }

    @Test("A day before an emoji closes its clause")
    func dayBeforeEmoji() throws {
        let found = try note("asked if he'll bring the cart to the permit rally Sat 📣\n")
        #expect(found.dates.map(\.value.description) == ["2026-11-21"])
    }
}
