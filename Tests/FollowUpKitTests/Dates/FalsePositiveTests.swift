import Testing
@testable import FollowUpKit

@Suite("Things that are not dates")
struct FalsePositiveTests {
    @Test("no mentions", arguments: [
        "She has been organizing for 12 years.", "The meeting ran 45 minutes.", "She'll be away for 2 weeks.",
        "She has lived here since 2016.", "They moved in 2019.", "We should talk soon.", "Someday we'll win.",
        "Let's do it later.", "Sometime next year.", "Maybe early December.", "Probably mid-December.",
        "She may come.", "May I call you?", "The vote is in May.", "The march was huge.", "The Sun reported it.",
        "We sat down together.", "They wed last spring.", "Mon, you know how it is.", "She lives off Route 9.",
        "Rent went up to $1,200.", "Meet on the 3rd floor.", "She teaches 4th-grade.", "She teaches the 4th grade.",
        "We had a 1:1.", "It was a one-on-one.", "Call 555-0100.", "Call (555) 010-0199.", "Meet in room 203.",
        "Meet in Room 12/3.", "We won 5-2.", "About 1/2 of them came.", "It's 50/50.", "Update to v2.1.3.",
        "Turnout was up 20%.", "She works 24/7.", "It's a 9-to-5 job.", "She's 34.", "He is 7 years old.",
        "Apt 4/5 needs repairs.", "Unit 12/3 has mold.", "Use 1/2 cup.", "The 2nd time she came.",
        "Their 3rd annual potluck.", "It's due soon.", "Ages 5-12 welcome.", "Call at 7pm.", "Those 5 may come.",
        "May 5 people join?", "We walked 3 blocks in the march 3 times.", "She read it in the Sun.",
        "2026-13-45 is not a day.", "Section 3/4 of the lease.", "The 1990s were rough.", "Q3 goals.",
        "We meet every Tuesday.", "Tuesdays work best.", "She's been here 2 weeks.", "#12/3 on the list.",
        "Host a clinic on a Saturday in December.", "Any Tuesday works.", "She came in la mañana.",
        "He missed his stop twice this month.", "The elevator was out 3x this month.", "Then she sat. We talked.",
        "She reads the Daily Sun and the Sun Times.", "Too much sun", "Then the kids sat", "They got wed",
        "Since 1930 the union hall", "the 0700 huddle", "Her daughter plans to wed",
        "She is stressed about her SAT.", "We sat in the Sun, it was nice.", "She read it in the Sun, the paper.",
        "Out in the Sun, sweating.", "The 1:1 ran 45 min.", "She wants the 1:12 ratio in the bill.",
        "10 horas en pleno Sun, no shade breaks.", "The two brothers Sat, arms crossed.", "His brother Sat, didn't say a word.", "Her son took SAT, got in.",
    ])
    func none(sentence: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == [])
    }

    // Only the real day survives next to the look-alikes.
    @Test("only the real day", arguments: [
        ("the march on Saturday", ["2026-11-21"]), ("The Sun reported it on Sunday.", ["2026-11-15"]),
        ("We sat down on Sat. morning", ["2026-11-21"]), ("She may come May 5", ["2027-05-05"]),
        ("Route 9 cleanup on 12/5", ["2026-12-05"]), ("We won 5-2 on Sunday", ["2026-11-15"]),
        ("The 3rd floor meeting is on the 3rd.", ["2026-12-03"]), ("a 1:1 on Wed 3pm", ["2026-11-18T15:00"]),
        ("call 555-0100 by Friday", ["2026-11-20"]), ("For 12 years, then on Dec 3 she left", ["2026-12-03"]),
        ("tell 7A-7J abt the mtg by wed", ["2026-11-18"]), ("call HPD mon am", ["2026-11-16"]),
        ("riding the 7 together on the 29th anyway", ["2026-11-29"]), ("Mañana le mando la lista", ["2026-11-15"]),
        ("we could use the van Sat to move the banners", ["2026-11-21"]), ("bring the PA Sat so we dont rent one", ["2026-11-21"]),
        ("bring him the receipt log sat.", ["2026-11-21"]), ("le mando la dirección hoy", ["2026-11-14"]),
        ("if they dont pay by the 15th he'll file a claim", ["2026-11-15"]),
        ("fala com as mulheres na segunda-feira", ["2026-11-16"]), ("deixo no café amanhã", ["2026-11-15"]),
        ("Segunda platica w/ Joaquin, sexta-feira ok", ["2026-11-20"]),
        ("email her the policy side by side mon", ["2026-11-16"]), ("call her Mon night", ["2026-11-16"]),
        ("I read her Sun column", []), ("gonna text her Sun to check on the convos", ["2026-11-15"]),
        ("me: arabic petition sheets to her sat", ["2026-11-21"]), ("she sat with her", []), ("I hate her sun", []),
        ("draft the press release for the 7/9 rally", ["2027-07-09"]), ("she got 2/3 of the vote", []),
        ("rally 7/9 at 5pm", ["2027-07-09T17:00"]), ("about 7/8 of the bldg signed", []),
        ("The board passed the rent freeze on a 7/9 vote", []), ("Her 2/1 strike pay was late", []), ("Giving Tuesday 2026 is our big push.", ["2026-11-17"]), ("drop off sheets Weds 0630 before the 1st case", ["2026-11-18T06:30"]),
    ] as [(String, [String])])
    func onlyReal(sentence: String, expected: [String]) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == expected)
    }
}
