import Testing

@testable import FollowUpKit

/// How people answer without the words "yes", "no" or "maybe": slang, stretched letters, slips of the finger
/// and a sign in place of a word. Each note is met on Saturday 2026-11-14 by Sam Chen.
@Suite("Answer words")
struct AnswerWordTests {
    private func response(_ answer: String) throws -> Ask.Response {
        let note = try ExtractionRuleTests.note("## Ask\n- come to the budget hearing Dec 3 -> \(answer)\n")
        return try #require(note.asks.first).response
    }

    @Test("A yes said another way", arguments: [
        "yesss", "ya", "fo sho", "right on", "can do", "she's willing", "wouldn't miss it", "im there", "no doubt",
        "no brainer", "certainly", "she's all in", "absolutley", "definately",
        "👍", "✅ see you there",
        // a yes said as what they will do, in their own quoted words or not
        "she said count on it", "\"baby I'll be there early\" 🙌", "\"30? baby I'll get you 50\"", "\"15 is nothing, I can do 25\"",
        "she had already started one",
        // a yes before a "+", a grudging "fine" in her words, a later yes after a hedge
        "sure + pinned it while I sat there", "gave me a look, then fine", "she said \"200?? fine, by the 20th.\"",
        "she laughed + said \"send me the words by Friday and its done\"", "she's checking with the landlord about noise rules, but yes",
        // left in her hands, taken on because someone must, and a head shaken before a yes
        "\"Deixa comigo\"", "\"well somebody's gotta.\"", "\"shoots, take em\"",
        "shook her head at the hall price, then said sure", "\"not really my thing, but ok, I'll do it\"",
        // a hand shaken on it, the day written down, already under way; Chinese and Vietnamese
        "he put out his hand and shook on it", "\"duoc duoc\", wrote it on her hand", "put it in her calendar right there",
        "\"Girl, I already bought the poster board.\"", "she grinned, \"finally somebody asked.\"", "hao hao", "keyi, tonight after close",
        "mei wenti", "\"Yalla, just tell me what time.\"", "he said he would rather be there than anywhere else",
        "she laughed and said \"you already know.\"", "she goes \"sweet as, send it\"", ":+1: \"10 is nothing\"",
    ])
    func yes(answer: String) throws {
        #expect(try response(answer) == .yes)
    }

    @Test("A no said another way", arguments: [
        "naw", "not a chance", "not for me", "sitting this one out", "not gonna happen", "noooo",
        "not willing to speak", "👎", "not till after the cleanup",
        "shook her head", "\"Not really my thing, I get the shakes at a mic.\"", "\"ehh that one I going pass\"", "\"ni loco\"",
        "\"Not my cup of tea, love.\"", "\"im a hammer guy, not a talker.\"", "\"somebody's gotta, but not me\"",
        // what they would rather do or are not, a pass, not for now; Chinese and Vietnamese
        "said hed rather be behind the table than in front of the mic", "\"I'm not a committee guy, sis\"",
        "\"my English is for customers, not microphones\"", "\"I'll pass on that one\"", "not for now, w/ the classes",
        "bu xing", "she has her class that morning, khong", "唔得, work day", ":-1: not w/ my name on it",
    ])
    func no(answer: String) throws {
        #expect(try response(answer) == .no)
    }

    @Test("'I'm not a…' is a no only when it names a role the ask wanted")
    func notARole() throws {
        #expect(try response("\"I'm not a committee guy, sis\"") == .no)
        #expect(try response("\"I'm not a quitter, give it here\"") != .no)
    }

    @Test("A maybe said another way", arguments: [
        "mayb", "ehh", "meh", "hmmm", "idk", "dunno", "don't know yet", "leaning yes", "needs a few days", "wait and see",
        "open to it", "not opposed", "she would raise it but could not promise more", "she'll think on it", "mull it over", "run it by her boss", "prolly", "probly", "🤔",
        // a decision left for later or to someone at home, in their words
        "long pause, \"ask me after the vote\"", "\"my wife decides that\" lol", "hes checking w/ his daughter", "\"déjame preguntarles\"",
        // a quoted promise that hedges is no yes
        "she said \"I'll think about it\"",
    ])
    func maybe(answer: String) throws {
        #expect(try response(answer) == .maybe)
    }

    @Test("Still waiting said another way", arguments: [
        "never heard back", "still waiting", "ghosted me", "no word yet",
        // someone still to ask, and no answer so far
        "he has to ask the principal, no answer yet", "she has to ask the pastor, so I do not have an answer on that yet",
    ])
    func pending(answer: String) throws {
        #expect(try response(answer) == .pending)
    }

    @Test("In a shorthand where '+' is yes, a plus after the ask answers it; a plus between two things does not")
    func plusMark() throws {
        let note = try ExtractionRuleTests.note(
            "- ask: pass out rider surveys at this stop Fri morning +  \"baby I'm out here anyway\"\n- ask: get on the phone tree +\n- ask: bring chairs + tables to the mtg?\n")
        #expect(note.asks.map(\.text) == ["pass out rider surveys at this stop Fri morning", "get on the phone tree", "bring chairs + tables to the mtg"])
        #expect(note.asks.map(\.response) == [.yes, .yes, .pending])
    }

    @Test("A question back in quotes and the organizer's reply to it keep the ask open for the answer after them")
    func backAndForth() throws {
        let note = try ExtractionRuleTests.note("asked if hed play at the rally Sat the 21st at 11. \"You want the tarantella or the sad one?\" Both, I said. Hes in.\n")
        #expect(note.asks.map(\.response) == [.yes])
        // …but two sentences of other talk still close it.
        let moved = try ExtractionRuleTests.note("asked if hed play at the rally Sat the 21st. We talked about his knee. And the grandkids. Hes in the choir now.\n")
        #expect(moved.asks.map(\.response) == [.pending])
    }

    @Test("'Would she get' asks when what she would get is gathered for the campaign; not 'would she get in trouble'")
    func wouldSheGet() throws {
        let asked = try ExtractionRuleTests.note("Would she get everybodys phone numbers before the place closes? mei wenti, shell send me the list by Sat\n")
        #expect(asked.asks.map(\.response) == [.yes])
        #expect(try ExtractionRuleTests.note("Would she get in trouble? She thinks so.\n").asks.isEmpty)
    }

    @Test("Words one letter from an answer that are words of their own")
    func spellingVariants() {
        #expect(ResponseReader.spellingVariant(of: "absolutley") == "absolutely")
        #expect(ResponseReader.spellingVariant(of: "commited") == "committed")
        #expect(ResponseReader.spellingVariant(of: "yesss") == "yes")
        #expect(ResponseReader.spellingVariant(of: "committee") == nil)
        #expect(ResponseReader.spellingVariant(of: "spending") == nil)
        #expect(ResponseReader.spellingVariant(of: "noon") == nil)
        #expect(ResponseReader.spellingVariant(of: "too") == nil)
        #expect(ResponseReader.spellingVariant(of: "decline") == nil)
    }

    @Test("Ordinary sentences after an ask that only look like answers")
    func notAnswers() throws {
        for body in [
            "Asked her to chair the committee Dec 3. The committee meets at noon in the church basement.\n",
            "Asked her to host the potluck Dec 3. Her sister is willing to lend chairs if we need them.\n",
            // review mend: words of an answer doing other work
            "Asked her to come to the tenant meeting Dec 3. Rent is $1,850 all in.\n",
            "Asked her to come to the tenant meeting Dec 3. She wasn't sure what the city will do.\n",
            "Asked her to come to the tenant meeting Dec 3. She wants some certainty.\n",
            "Asked her to come to the tenant meeting Dec 3. She's on the tenant committe.\n",
            "Asked her to come to the tenant meeting Dec 3. Repairs are not happening, the landlord says.\n",
            "Asked her to come to the tenant meeting Dec 3. She's leaning toward the housing committee.\n",
            "Asked her to come to the tenant meeting Dec 3. She has no doubt the landlord is lying.\n",
            "Asked her to come to the tenant meeting Dec 3. I'll drop off the flyer tomorrow 👍\n",
            "Asked her to come to the tenant meeting Dec 3. Heat ❌ since Oct.\n",
            "Asked her to come to the tenant meeting Dec 3. She's scared of the landlord, totally.\n",
            // a penalty is not a grudging yes, and my own "I'll" after her quote is not hers
            "Asked her to come to the tenant meeting Dec 3. She still owes the city the fine.\n",
            "Asked her to speak at the hearing Dec 3 - she's fine, just tired.\n",
            "Asked if she could bring food Dec 3. Food's fine, we have enough.\n",
            "Asked her to come Dec 3. She said \"I'll be out of town that week.\"\n",
            "She said \"put me down\" for the potluck.\nAsked her to use the hall Dec 3.\nI will pick her up tmrw.\n",
            // "booked" of what was asked done is no "its booked for a funeral"
            "Asked him to book the community room for Dec 12. Already booked it!\n",
        ] {
            let ask = try #require(try ExtractionRuleTests.note(body).asks.first)
            #expect(ask.response == .pending, "\(body)")
        }
        let later = try ExtractionRuleTests.note("Asked him to speak at the Dec 3 rally. Most of them play cricket, he said yes he'd bring them.\n")
        #expect(later.asks.map(\.response) == [.yes])
        let heardBack = try ExtractionRuleTests.note("Asked her to come Dec 3. She never heard back from 311 about the mold, and she said yes.\n")
        #expect(heardBack.asks.map(\.response) == [.yes])
        let pause = try ExtractionRuleTests.note("Asked if she could translate the FAQ by Dec 3. She didn't answer right away, and at the end she said yes.\n")
        #expect(pause.asks.map(\.response) == [.yes])
    }
}
