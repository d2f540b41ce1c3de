import Testing

@testable import FollowUpKit

/// Answers that come after other talk, after an "=", or as less than was asked; asks named without a verb. Each
/// note is met on Saturday 2026-11-14 by Sam Chen with Maria Lopez.
@Suite("Answers after other talk, and counter-offers")
struct AnswerAfterTalkTests {
    private func responses(_ body: String) throws -> [Ask.Response] {
        try ExtractionRuleTests.note(body + "\n").asks.map(\.response)
    }

    @Test("An answer after other talk, when the sentence turns back to the ask", arguments: [
        ("Asked him would he speak at the county commission Tues.\nHe went quiet. Talked about his buddy Ray, then the roof leak in 2B. Then he said \"put me down, I'll say my piece.\"",
         [Ask.Response.yes]),
        ("I asked whether she would come to the staff meeting on the 27th, and she didn't answer, she told me about the agency aides.\nThen, when I was already putting on my coat, she said \"put me down, I'll be there.\"",
         [.yes]),
        ("I asked him, \"Will you tell what happened at the session on the 19th?\" He was quiet a long while. Then he said, \"I will tell it.\"", [.yes]),
        // a turn that says nothing of the ask, or someone else's no, leaves it as it was
        ("Asked her to host the house mtg Thurs.\nShe went quiet. Then she said she had to pick up her kids.", [.pending]),
        ("Asked her to testify Dec 3. She went quiet. Talked abt her mom.\nFinally she said she can't remember the last time the heat worked.", [.pending]),
        ("Asked her to host Sat. She went quiet. Talked abt her mom.\nThen her son said \"no, the landlord is coming Sat.\"", [.pending]),
    ])
    func afterTalk(body: String, expected: [Ask.Response]) throws {
        #expect(try responses(body) == expected)
    }

    @Test("An ask named without a verb is answered by the promise of what was asked", arguments: [
        ("- asked: 15 signatures from the prayer group by the 30th → she'll get 15, easy", [Ask.Response.yes]),
        ("- asked: 15 signatures by the 30th → not 15, she'll get 5", [.no]),
        ("- ask: 10 signatures on the mileage petition by next Fri = not 10, she'll get 5 from the aides at her church", [.no]),
        ("- ask: come to the aides mtg Thurs 6:30pm = \"I'll be there, and I'm bringing my cousin\"", [.yes]),
        ("- ask: talk to the Courier reporter = said ask her again after payday", [.maybe]),
    ])
    func verblessAndEquals(body: String, expected: [Ask.Response]) throws {
        #expect(try responses(body) == expected)
    }

    @Test("Less than was asked, or something else instead, answers the ask as put no", arguments: [
        ("I asked her to collect outage stories from ten households. \"Ten? I can get you six. The rest won't open the door.\"", [Ask.Response.no]),
        ("I asked if she could bring the four families to sign the petition. Not all four, the Chee family's son works for the contractor, but she will bring the two Yazzie households.",
         [.no]),
        ("Would he come to the rally on the 30th? Not with his knees, but he will send Tyler with the truck.", [.no]),
        ("Asked: \"Would you testify at the budget hearing on 8/19?\" Not speaking, she hates a mic. But she'll write a statement.", [.no]),
        // more than was asked, "not all" of something else, or "not with" how she will, is still a yes
        ("Asked her to come to the rally Sat. Not with the kids, but she will come by herself.", [.yes]),
        ("Asked her to sign up for all three phone banks. Not all at once, but she will do them over Dec.", [.yes]),
        ("Asked her to get 10 ppl to the hearing. \"10? easy, I'll get 12\"", [.yes]),
        ("Asked her to bring her neighbors to the Dec 3 mtg. Not all of them know yet but she's in, she'll bring 2.", [.yes]),
        // a doubt or a feeling before the step is no refusal
        ("Asked if she'd host the mtg. Not sure, but she'll ask her husband.", [.maybe]),
        ("Asked her to come to the rally Sat. Not thrilled, but she'll come.", [.yes]),
        ("Asked her to add her name to the letter. Not a fan of the mayor's office but she'll sign.", [.yes]),
        ("Asked him to come Thurs. Not ideal w/ his shift, but he'll come late.", [.yes]),
    ])
    func counterOffer(body: String, expected: [Ask.Response]) throws {
        #expect(try responses(body) == expected)
    }

    @Test("Her label later in the line gives her answer; a promise that ends its clause is a yes, and a condition on our own meeting keeps it", arguments: [
        ("Asked her to come Sat. Her: yes, bringing her sister.", [Ask.Response.yes]),
        ("Asked if she'd speak at the hearing Dec 3. She: no, too nervous.", [.no]),
        ("Q: get the bakery girls on the overtime petition by next Thurs?\nA: \"all four, I promise you\"", [.yes]),
        ("Asked her to sign. \"I promise you I can't, my boss would fire me\"", [.no]),
        ("Asked her to come Sat. Yes if the mtg is moved to after 6.", [.yes]),
        ("Would she drive ppl to the rally Sat? yes if her lab section gets moved, which she cant control", [.maybe]),
        // checks on what was done, or with her own family, ask nothing
        ("Q: talk to a lawyer yet?\nA: not yet.", []),
        ("Q: talk to your husband first?\nA: yes she'll ask him tonight.", []),
    ])
    func labelsAndPromises(body: String, expected: [Ask.Response]) throws {
        #expect(try responses(body) == expected)
    }

    @Test("A condition or a later time said outright is a maybe; \"not this sem\" is a no", arguments: [
        ("Asked if he'd bring the EPA people up to see the adits. He said that is a question for after the listening session.", [Ask.Response.maybe]),
        ("- ask: sit down w/ her patroa abt the overtime → \"me pergunta depois do pagamento\"", [.maybe]),
        ("- asked: testify at the hearing Nov 10 → \"só se a família me der o dia\"", [.maybe]),
        ("le pregunte si viene a la junta el jueves. dijo \"si no llueve, alli estoy.\"", [.maybe]),
        ("- ask: join bargaining committee -> not this sem, her quals", [.no]),
        // a yes that only looks like a condition, and a condition inside the ask's own words
        ("Asked her to bring food to the potluck Sat. Si, no hay problema.", [.yes]),
        ("Asked him to hang around and talk after the vigil with the reporter. He said yes.", [.yes]),
        ("Asked her to bring the chairs. She'll bring them unless we find some at the church.", [.yes]),
        ("Asked him to pick up the forms. Vai pegar depois da reunião.", [.yes]),
    ])
    func conditionsAndLaterTimes(body: String, expected: [Ask.Response]) throws {
        #expect(try responses(body) == expected)
    }

    @Test("Dictated lines with no stops: \"he said he'll…\" answers the ask, and a line ending \"on that\" ends its thought")
    func dictated() throws {
        let wear = try ExtractionRuleTests.note("i asked if hed wear the button on the floor Thursday he said he'll wear it and he'll get his row to\n")
        #expect(wear.asks.map(\.response) == [.yes])
        #expect(wear.asks.map(\.text) == ["wear the button on the floor Thursday"])
        let note = try ExtractionRuleTests.note(
            "asked him to sign the letter he said lemme get back to you on that\ni'm going to text him the policy tonight\nhis lead is out\n")
        #expect(note.asks.map(\.response) == [.pending])
        #expect(note.commitments.contains { $0.owner == .organizer && $0.text.hasPrefix("text him the policy") })
        // someone else's word inside the question stays in it; a noun phrase going on below "to that" keeps its day
        let manager = try ExtractionRuleTests.note("asked if she believed the manager when he said he'll fix the AC by Friday\n")
        #expect(manager.commitments.isEmpty)
        let meeting = try ExtractionRuleTests.note("asked if she'll come to that\nmeeting on the 20th she said yes\n")
        #expect(meeting.asks.map { $0.due?.description } == ["2026-11-20"])
    }

    @Test("An ask that waits for news is not answered by her own promise for tonight")
    func newsIsNotAPromise() throws {
        let note = try ExtractionRuleTests.note("- ask: host a house mtg at hers = had to run to a client, no answer\n- she'll text me pics of her last 3 paystubs tonight\n")
        #expect(note.asks.map(\.response) == [.pending])
        #expect(note.commitments.map(\.text) == ["text me pics of her last 3 paystubs tonight"])
    }

    struct CountCase: Sendable, CustomTestStringConvertible {
        var body: String
        var response: Ask.Response
        /// The person's own promise read from the answer, if any.
        var offer: String?
        var testDescription: String { body.replacingOccurrences(of: "\n", with: " / ") }
    }

    @Test("Fewer than the ask asked for is a no to the ask as put, and the smaller offer is hers; more, or a time or a day, is no counter-offer", arguments: [
        CountCase(body: "- ask: call 5 widows to come to the town hall → hell call 3, the other 2 got no phone that works", response: .no, offer: "call 3"),
        CountCase(body: "- bring 10 parents to the board mtg? → 6 for sure, maybe more after Jummah", response: .no, offer: "6 for sure"),
        CountCase(body: "- bring 3 night shift testers to the house mtg? said 2 for sure, not 3", response: .no, offer: "2 for sure"),
        CountCase(body: "asked if hed sign up 10 drivers on cards by next fri, he said 10 is a lot for the north yard but hell get me 6", response: .no, offer: "get me 6"),
        CountCase(body: "Q: Distribute 50 flyers to the parents at pickup by Mar 20?\nA: Fifty is a lot. I'll do 25.", response: .no, offer: "do 25"),
        // more than asked, with no answer word, takes it up
        CountCase(body: "- ASKED: 10 signatures from the lot by next Thursday -> he'll get 25", response: .yes, offer: nil),
        // a day, a time, a length of time or her own kids are no count offered
        CountCase(body: "asked him to come to the shop mtg Jan 8 at 7 -> he's in", response: .yes, offer: nil),
        CountCase(body: "- get 5 women drivers to the call? -> no, she only knows 2", response: .no, offer: nil),
        CountCase(body: "- bring 4 neighbors Sat? -> yes, she'll bring them after her 2 kids are asleep", response: .yes, offer: nil),
        CountCase(body: "- bring 10 ppl to the rally? -> she'll be there at 6 with everyone", response: .yes, offer: nil),
    ])
    func countedOffers(_ example: CountCase) throws {
        let note = try ExtractionRuleTests.note(example.body + "\n")
        #expect(note.asks.map(\.response) == [example.response])
        if let offer = example.offer {
            #expect(note.commitments.contains { $0.owner == .supporter && $0.text.hasPrefix(offer) })
        }
    }
}
