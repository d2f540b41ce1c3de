import Testing

@testable import FollowUpKit

/// Issues said as a whole clause after "angry that…", "worried the…": the thing acted on, the thing in a
/// bad state, or the thing a plan would do; and none when the clause is a saying, a pronoun or a person.
@Suite("Issues in a clause")
struct IssueClauseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let issues: [String]
        var testDescription: String { text }
    }

    private func expectIssues(_ example: Case) throws {
        #expect(try ExtractionRuleTests.note(example.text + "\n").issues == example.issues)
    }

    @Test("What someone did it to is the issue", arguments: [
        Case(text: "Shes angry the city keeps pushing back the storm drain upgrade, and worried abt mold.", issues: ["storm drain upgrade", "mold"]),
        Case(text: "She is also upset that the library cut the evening ESL classes.", issues: ["evening esl classes"]),
        Case(text: "angry the landlord won't fix the radiators, 2 kids sleeping by the oven", issues: ["radiators"]),
        Case(text: "Also angry they cut the night differential from $1.50 to 75 cents.", issues: ["night differential"]),
        Case(text: "also upset mgmt raised parking to $75/mo w no notice", issues: ["parking"]),
        Case(text: "She is frustrated that nobody has replaced the panic buttons at Eastside since the break-in.", issues: ["panic buttons"]),
        Case(text: "She is upset that the landlord there has not turned on the heat yet.", issues: ["heat"]),
        Case(text: "He is angry that the city closed both complaints without an inspection.", issues: ["complaints"]),
        Case(text: "She is angry that the mgmt co is trying to empty the stabilized units.", issues: ["stabilized units"]),
        Case(text: "He's frustrated the district cut the late bus, his daughter walks home 2 miles.", issues: ["late bus"]),
        Case(text: "He is angry that the co-op wants to raise the fixed facility charge from $24 to $41.", issues: ["fixed facility charge"]),
        Case(text: "furious the district wants to pave the school garden for staff parking", issues: ["school garden"]),
        Case(text: "- angry the landlord wont fix the boiler in D", issues: ["boiler"]),
        Case(text: "angry the landlord raised the late fees again", issues: ["late fees"]),
    ])
    func object(_ example: Case) throws {
        try expectIssues(example)
    }

    @Test("A comparison ends the topic; \"more\" inside it does not", arguments: [
        Case(text: "She cares about the bus cuts more than anything.", issues: ["bus cuts"]),
        Case(text: "Cares about getting more hours.", issues: ["getting more hours"]),
        Case(text: "She cares about nothing more than her kids.", issues: []),
    ])
    func comparison(_ example: Case) throws {
        try expectIssues(example)
    }

    @Test("An answer under the asks says what they care about; whom she will ask first is no referral")
    func inAnAnswer() throws {
        let note = try ExtractionRuleTests.note(
            "## Asks\n- be quoted by name in the press release -> NO, worried abt retaliation\n"
                + "- host a house mtg Dec 5 -> maybe, she wants to talk to Pastor Reyes first\n")
        #expect(note.issues == ["retaliation"])
        #expect(note.referrals.isEmpty)
        #expect(note.asks.map(\.response) == [.no, .maybe])
    }

    @Test("A thing in a bad state keeps what is wrong with it", arguments: [
        Case(text: "She is angry that the elevator has been out 3 wks and she cant get her husband down.", issues: ["elevator has been out 3 wks"]),
        Case(text: "She is angry that the swing beds are closing first, because her mother spent her last month in one.", issues: ["swing beds are closing first"]),
        Case(text: "He is worried that her dialysis will move ninety miles away to Sioux Falls.", issues: ["dialysis"]),
        Case(text: "Angry abt the plan to close Eastgate Sundays, where are the kids supposed to go?", issues: ["close eastgate sundays"]),
        Case(text: "worried about the plan to cut the Kenwood Ave stop.", issues: ["cut the kenwood ave stop"]),
        // review mend: a state after "is", a cut that leaves no dangling word, a short deed kept whole
        Case(text: "Worried the school is not safe.", issues: ["school is not safe"]),
        Case(text: "Worried that the new fare gates are too narrow for wheelchairs.", issues: ["fare gates are too narrow"]),
        Case(text: "Angry the clinic turned her away.", issues: ["clinic turned her away"]),
    ])
    func state(_ example: Case) throws {
        try expectIssues(example)
    }

    @Test("A saying, a pronoun, a person or a story is not an issue", arguments: [
        "She is angry that mgmt says the boiler \"passed inspection\".",
        "shes angry that they think they can just not pay her.",
        "She is angry the housing authority just paints over it.",
        "She is worried that the inspector will see fresh paint and close the case.",
        "She is worried about what happens to the ninth floor in a fire.",
        "She is angry that nobody at City Hall seems to count them.",
        "She is angry that the lender on Fifth Street charges what works out to 390 percent.",
        "She does not drive. Her husband drops her off, and he is not interested in any of this.",
        // review mend: a person, an amount or a word that is no noun is not what was done wrong; others' worries
        "She is angry that they fired Jose for organizing at the plant last spring.",
        "She is angry that the agency took 6 months to answer her letter about the repairs.",
        "She is angry the boss took credit for her idea at the staff meeting.",
        "I explained the campaign to her, and worried about the turnout.",
        "Her son works at the warehouse, and worried about the heat.",
        "She is angry about the decision to fire her.",
        "She is upset about the move to the new building.",
    ])
    func none(_ text: String) throws {
        #expect(try ExtractionRuleTests.note(text + "\n").issues == [])
    }

    @Test("A deed done to people names what it was about; a count or a paid kind of time is a thing", arguments: [
        Case(text: "She is angry that the county never told the seniors about the homestead exemption.", issues: ["homestead exemption"]),
        Case(text: "Shes angry they moved everyone to 10 hr shifts w/o asking.", issues: ["10 hr shifts"]),
        Case(text: "angry they send him alone w/ no Hoyer lift", issues: ["hoyer lift"]),
        Case(text: "She's frustrated they took away paid planning time in January.", issues: ["paid planning time"]),
        Case(text: "She is angry the elevator in Building 2 was out eleven days in March.", issues: ["elevator in building 2"]),
        Case(text: "He is frustrated that the bridge on County Road 1140 has been posted at 5 tons since spring.", issues: ["bridge on county road 1140"]),
        Case(text: "Angry that the rats in the basement got into the pantry.", issues: ["rats in the basement"]),
        // review mends: a place or a partner is not what was done wrong, nor a person in a place, nor an amount or a time
        Case(text: "She is angry that they sent him to the back office for a week.", issues: []),
        Case(text: "Angry the boss sent him to the warehouse in Joliet.", issues: []),
        Case(text: "Angry they paired him with a new hire.", issues: []),
        Case(text: "Worried that the lady on the 3rd floor was evicted last month.", issues: []),
        Case(text: "Angry the city spent 2 million dollars on a stadium.", issues: []),
        Case(text: "Angry the landlord took 3 weeks fixing the leak.", issues: []),
        Case(text: "Angry they got paid half what the guys got.", issues: []),
        Case(text: "She is angry they cut 3 nurses from nights.", issues: []),
        // review mends: a person a plan is about, a word that only looks like a thing
        Case(text: "angry the landlord wants to evict the lady in 3B", issues: []),
        Case(text: "angry the city wants to go ahead with the highway", issues: []),
        Case(text: "angry the school sent her home twice this month", issues: []),
        Case(text: "angry the principal suspends the black kids more", issues: []),
    ])
    func doneToPeople(_ example: Case) throws {
        try expectIssues(example)
    }

    @Test("A sentence that opens on her feeling goes on with her after \", and\"")
    func subjectlessFeeling() throws {
        let note = try ExtractionRuleTests.note(
            "Angry that the hotel keeps half of the 22% service charge, and worried about the new scheduling app that gives shifts to whoever taps first.\n")
        #expect(note.issues == ["22% service charge", "new scheduling app"])
        // review mends: the organizer's own feeling, or one about her or someone else, opening the sentence
        for text in [
            "Annoyed at myself for forgetting the sign-in sheet, and worried about turnout Thursday.",
            "Concerned she's taking on too much, and worried about burnout on the committee.",
            "Stressed that we only have 3 days, and worried about the venue falling through.",
        ] {
            #expect(try ExtractionRuleTests.note(text + "\n").issues.count <= 1, "\(text)")
        }
        #expect(try ExtractionRuleTests.note("Afraid of ICE, her mom never leaves the apartment, and worried about the electric bill.\n").issues == ["ice"])
    }

    @Test("An item under Issues keeps a last word that belongs to it; an aside after it goes")
    func itemEnds() throws {
        let note = try ExtractionRuleTests.note("## Issues\n- Measure A\n- vote no on the bond\n- living will\n- vote no\n- portables too\n- heat, obv\n")
        #expect(note.issues == ["measure a", "vote no on the bond", "living will", "vote no", "portables", "heat"])
    }

    @Test("\", and worried…\" goes on with the sentence's subject, past a relation in between")
    func sharedSubject() throws {
        let note = try ExtractionRuleTests.note("She cant get her husband Beto down in his wheelchair, and worried abt the buyout letters.\n")
        #expect(note.issues == ["buyout letters"])
    }

    @Test("A topic that opens with a gerund, a group of people or a share is read to what it is about", arguments: [
        Case(text: "She is fed up with having to ride in the street on Kessler Ave.", issues: ["ride in the street on kessler"]),
        Case(text: "She is fed up with not being paid for the drive time between clients.", issues: ["not being paid for the drive"]),
        Case(text: "She is worried about families who cannot get a municipal ID to open a bank account.", issues: ["families who cannot get a municipal id"]),
        Case(text: "angry the owner takes 10% of tips for \"supplies\"", issues: ["tips"]),
        Case(text: "Angry that the hotel keeps half of the 22% service charge and calls it a fee.", issues: ["22% service charge"]),
        Case(text: "worried his pension gets frozen in the merger", issues: ["pension gets frozen in the merger"]),
        Case(text: "Angry that the heat went out three times in two weeks.", issues: ["heat went out three times"]),
    ])
    func openings(_ example: Case) throws {
        try expectIssues(example)
    }

    @Test("A label does not stop on a word that wants more, nor name a person, a pronoun or a feeling", arguments: [
        Case(text: "worried abt the heat up on the pre-sort platform, no fans", issues: ["heat up on the pre-sort"]),
        Case(text: "She is worried about Mr. Ellery on her hall who has been left wet twice.", issues: []),
        Case(text: "She said Ifrah is not afraid of anybody.", issues: []),
        Case(text: "worried abt the girls using space heaters + angry that mgmt says the boiler \"passed inspection\".", issues: ["girls using space heaters"]),
    ])
    func cleanLabels(_ example: Case) throws {
        try expectIssues(example)
    }

    @Test("A long line that stops inside a phrase goes on below it; a short one may end a thought on \"of\" or \"would\"")
    func brokenMidPhrase() throws {
        let long = String(repeating: "Back at his shop on the farm road, he fixes tractors for most growers, ", count: 2)
        let note = try ExtractionRuleTests.note(long + "and hes frustrated w/ the\nestimated bills where they skip the meter.\n")
        #expect(note.issues == ["estimated bills"])
        #expect(try ExtractionRuleTests.note("Asked what she's afraid of\nMad the landlord won't fix the radiators\n").issues == ["radiators"])
        let shorthand = try ExtractionRuleTests.note("asked if she'd phone bank tues, said she would\nneeds a ride tho\n")
        #expect(shorthand.asks.map(\.response) == [.yes])
        #expect(shorthand.commitments.allSatisfy { !$0.text.contains("ride") })
    }

    @Test("A feeling done to someone, or a word that only looks like one, is read for what it is", arguments: [
        Case(text: "The eviction notice worried her sick.", issues: []),
        Case(text: "The meds upset his stomach all week.", issues: []),
        Case(text: "Worried about rent + sick pay.", issues: ["rent", "sick pay"]),
        Case(text: "Stressed about dr bills piling up.", issues: ["dr bills piling up"]),
        Case(text: "Angry the company pays 60% of what the other warehouses pay.", issues: []),
    ])
    func notFeelings(_ example: Case) throws {
        try expectIssues(example)
    }
}
