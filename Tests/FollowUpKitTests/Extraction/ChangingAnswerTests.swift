import Testing

@testable import FollowUpKit

/// Answers given on terms, put off, restated as a promise, or changed before the talk was over. Each note is met
/// on Saturday 2026-11-14 by Sam Chen.
@Suite("Answers on terms, put off, or changed")
struct ChangingAnswerTests {
    private func note(_ body: String) throws -> Note { try ExtractionRuleTests.note(body) }

    @Test("A yes on terms no one can promise yet is a maybe; on terms our side can meet it is a yes", arguments: [
        ("## Ask\n- lend the generator Dec 5 -> yes if hes not on mandatory", Ask.Response.maybe),
        ("Asked her to bring the tables Dec 5 and she said yes if her son can drive them over.", .maybe),
        ("Asked him to lead the tree walk Sat Dec 5, yes if its not raining.", .maybe),
        ("## Ask\n- speak at the board Dec 3 -> \"If I'm off that night, yes.\"", .maybe),
        ("Asked her to print the flyers Dec 3. Yes if we bring the paper + toner.", .yes),
        ("Asked her to speak Dec 3, she said yes as long as someone rides w/ her.", .yes),
        ("Asked him to speak Dec 3, he said yes as long as he can speak in Portuguese w/ an interpreter.", .yes),
        ("Asked him to speak Dec 3, he said yes, if I help with slides.", .yes),
        // review mend: terms about the event, not about anyone's say
        ("Asked her to come to the tenant mtg Dec 2. yes if there's childcare.", .yes),
        ("Asked her to sign the card Dec 2. yes, if it stays anonymous.", .yes),
        ("Asked her to lead the walk Sat Dec 5. yes, if it rains we go to the church hall.", .yes),
        ("Asked her to join the delegation Dec 2. said yes if her boss lets her off.", .maybe),
    ])
    func onTerms(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("A promise in the ask's own words is a yes; one on a condition, or to get back to us, is not", arguments: [
        ("## Ask\n- sign the solar letter Dec 3 -> hell sign", Ask.Response.yes),
        ("Asked her abt speaking at the hearing Dec 3 - shell speak, wants 3 mins not 2.", .yes),
        ("Asked him to bring the PA to the rally Dec 5, he said he will bring it.", .yes),
        ("Asked him to host the mtg Dec 3, he'll host if his wife agrees.", .maybe),
        ("## Ask\n- sign the rent strike pledge Dec 3 -> he'll get back to me", .pending),
        ("Asked him to speak at the board Dec 3 and he said not him, his English is for the bus.", .no),
        ("Asked her to walk the survey Dec 3. said only if somebody walks w/ her, so I'll go with her. thats a yes.", .yes),
        // review mend: a hedge after the promise has the last word, a limit does not; "would" and "they" promise nothing
        ("Asked her to sign the card Dec 3. she'll sign, maybe.", .maybe),
        ("## Ask\n- host house mtg Dec 5 -> shell host but not till jan", .no),
        ("Asked her to come to the hearing Dec 3. she'll come but can't stay long.", .yes),
        ("Asked her to sign the card Dec 3. she would sign but her husband says no.", .no),
        ("Asked her to get 5 signatures by Dec 4. She'll get back to me.", .pending),
    ])
    func restated(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("An answer put off to a day the person names is a maybe; one put off with no day is pending", arguments: [
        ("Asked could we use the basement Sat Dec 5. she said text her sunday, shell know by then.", Ask.Response.maybe),
        ("I asked if he would host a garage meeting Dec 5. He said to text him Saturday morning and he would know by then.", .maybe),
        ("asked if she could get the church van for the trip Dec 5. van is the pastors call, she'll call me back sun after bible study", .maybe),
        ("## Ask\n- bring the guys from his crew Dec 5 -> laughed, \"ask me when the shift bid is done\"", .maybe),
        ("## Ask\n- speak at the commission Dec 3: ask her again after her son's graduation.", .maybe),
        ("And asked would she call 20 ppl before the rally Dec 5. She cant say till she sees her schedule.", .maybe),
        ("## Ask\n- get the block club to endorse Dec 5 -> shell ask the board but one member works for the mayor so who knows", .maybe),
        ("asked if she could get the church van for the trip Dec 5. she'll call me back.", .pending),
        ("Asked will he explain the test results at the mtg Dec 3 -- hell explain it.", .yes),
        // review mend: a yes after the word on how to reach them is the answer; news to come is not a put-off
        ("Asked him to come to the 2nd meeting Dec 3. He said text him, he's in.", .yes),
        ("Asked her to come to the rally Sat Dec 5. She said text her the address, she'll be there.", .yes),
        ("Asked her to lead the tenant committee Dec 3. She'll know more after her surgery on the 8th.", .maybe),
        // a count of what was asked; a condition after "but"; a hedge in Portuguese or Tagalog
        ("then I asked could she get people to the drivers meeting Sat Dec 5 at 10 and she said she can get eight of the morning drivers there easy", .yes),
        ("## Ask\n- bring the PA to the march on Dec 17 -> \"claro\" but only if he's not on the schedule that day", .maybe),
        ("Asked her to come to the hearing Dec 3. I can get 5 people there myself.", .pending),
        // fourth review: a count hedged after it, someone else's count, terms we can meet, a no after a Portuguese hedge
        ("Asked Jose to get drivers to the depot mtg Dec 3. He can get 5 maybe, has to check with the union steward first.", .maybe),
        ("Asked her to come to the vigil Sat Dec 5. She said her sister can bring 10 tamales but she herself has to work.", .pending),
        ("Asked her to come to the hearing Dec 3. \"yes\" but only if somebody rides with her.", .yes),
        ("Asked her to join the committee Dec 3. deixa eu ver, then no, too busy.", .no),
        ("Asked her to join the committee Dec 3. She'll think about it, but not this month.", .maybe),
        ("Asked her to bring the settlement sheets Dec 3, \"vou ver\", she has to think abt her job.", .maybe),
        ("## Ask\n- Drive the van to the rally on Dec 7 -> \"pag-iisipan ko,\" has to ask Father Dizon first", .maybe),
        ("Asked if she'd drive the older ladies Dec 3, first não, her son needs it that night, then at the door she said ok she'll take it.", .yes),
    ])
    func putOff(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("Once time passes, the later answer stands", arguments: [
        ("## Ask\n- cook for the potluck Sat Dec 5 -> no, she works the night before. then texted me b4 I got to my car: \"ok I cook\"", Ask.Response.yes),
        ("## Ask\n- translate the flyer Dec 3 -> no, no time. end of convo -> ok ok, will do it", .yes),
        ("Asked him to speak at the hearing Dec 3 and he said no way but by the time we got to his bike he said fine put me down", .yes),
        ("Asked if she'd tell her story at the hearing Dec 3, she said let me sleep on it.\nTexted me an hr later \"ok im in\".", .yes),
        ("Asked him to host the potluck Dec 5; he said probably, he has to check with his brother. Then as I was leaving he called after me that his brother said fine, so it's a yes.", .yes),
        // no time passes, or only a reason follows: the first answer stands
        ("Asked if she'd tell her story at the hearing Dec 3, she said yes. Then she said she can't stay long.", .yes),
        ("I asked her to co-chair the committee Dec 3 and she said no, but she will come to the first meeting.", .no),
        // review mend: a limit after a yes, someone else's yes, a yes to something else, a "So" that is no verdict
        ("Asked him to come to the strike vote Dec 6. He said yes then said he can't stay past 7.", .yes),
        ("Asked her to come to the hearing Dec 1. said no. Then her husband came in and said yes he'll go.", .no),
        ("Asked her to speak at council Dec 1. she said no, too nervous. Later she said yes to bringing her neighbors tho.", .no),
        ("Asked her to host the house mtg Dec 5. yes!! So no library.", .yes),
        ("Asked her to host the house mtg Dec 5. yes - her husband is a no tho.", .yes),
    ])
    func changed(body: String, expected: Ask.Response) throws {
        #expect(try note(body).asks.map(\.response) == [expected])
    }

    @Test("Each verdict of a two-part answer goes to the request it names, a promise naming its own", arguments: [
        ("## Ask\n- come to the board mtg Dec 3 and speak on standby pay -> no to speaking, she'll come and sit in the front row.",
         [("come to the board mtg Dec 3", Ask.Response.yes), ("speak on standby pay", .no)]),
        ("asked her to sign the staffing petition + get the 2nd shift techs to sign by Fri. she'll sign, techs \"prob, let me feel it out\"",
         [("sign the staffing petition", .yes), ("get the 2nd shift techs to sign by Fri", .maybe)]),
        ("asked him to come to the info session Dec 3 and bring the dominoes guys -> he'll be there, the guys he cant promise.",
         [("come to the info session Dec 3", .yes), ("bring the dominoes guys", .maybe)]),
        ("Asked her to come to the mtg Dec 3 and bring her sister. no, but her sister will come.",
         [("come to the mtg Dec 3", .no), ("bring her sister", .yes)]),
    ] as [(String, [(String, Ask.Response)])])
    func twoParts(body: String, expected: [(String, Ask.Response)]) throws {
        let asks = try note(body).asks
        #expect(asks.map(\.text) == expected.map(\.0))
        #expect(asks.map(\.response) == expected.map(\.1))
    }
}
