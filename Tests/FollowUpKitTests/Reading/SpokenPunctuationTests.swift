import Testing

@testable import FollowUpKit

@Suite("Spoken punctuation")
struct SpokenPunctuationTests {
    @Test("A dictated command becomes its mark", arguments: [
        ("before that he was a trucker for 11 years period new line", "before that he was a trucker for 11 years."),
        ("second sit down with afua period she does lyft mornings", "second sit down with afua. she does lyft mornings"),
        ("worried about his car new line transmission is going", "worried about his car. transmission is going"),
        ("she has a truck comma a trailer question mark", "she has a truck, a trailer?"),
    ])
    func dictated(_ example: (String, String)) {
        #expect(SpokenPunctuation.marks(in: example.0) == example.1)
    }

    @Test("The same words used as words stay", arguments: [
        "fed up w/ the pay period thing", "7th period is chaos", "a grace period of 30 days", "they put her on the new line at Ford",
        "wont do tv or the paper, period.", "no raise, period", "the oxford comma fight", "a period of time",
        "about the question mark on her pay stub", "after the busy period ends Dec 3", "She's new line cook at Denny's",
        "moved to new line 3",
    ])
    func words(_ text: String) {
        #expect(SpokenPunctuation.marks(in: text) == text)
    }

    @Test("A dictated note's sentences end where the organizer said")
    func inANote() throws {
        let note = try ExtractionRuleTests.note("- nights period was an accountant in kabul before, big firm\nme: send him the agenda tomorrow new line\n")
        #expect(note.skills.map(\.text) == ["was an accountant in kabul before"])
        #expect(note.commitments.map(\.text) == ["send him the agenda tomorrow"])
    }
}
