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
    ])
    func restated(body: String, expected: Ask.Response) throws {
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
    ] as [(String, [(String, Ask.Response)])])
    func twoParts(body: String, expected: [(String, Ask.Response)]) throws {
        let asks = try note(body).asks
        #expect(asks.map(\.text) == expected.map(\.0))
        #expect(asks.map(\.response) == expected.map(\.1))
    }
}
