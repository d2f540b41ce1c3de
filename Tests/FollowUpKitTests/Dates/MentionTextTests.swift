import Testing
@testable import FollowUpKit

@Suite("Mention text and ranges")
struct MentionTextTests {
    @Test("text is the phrase as written and matches its range", arguments: [
        ("Asked her to come to the tenant meeting Dec 3 at 7pm. She said yes.", "Dec 3 at 7pm"),
        ("I'll send her the rent survey by Friday.", "Friday"),
        ("Let's meet next Tuesday at 7pm!", "next Tuesday at 7pm"),
        ("She'll call in 2 weeks, maybe.", "in 2 weeks"),
        ("Rally — “Saturday” — at the park", "Saturday"),
        ("Café meeting on Thursday évening", "Thursday"),
        ("🎉 party Dec 3", "Dec 3"),
    ])
    func text(sentence: String, expected: String) throws {
        let mention = try #require(scan(sentence, meeting: saturdayMeeting).mentions.first)
        #expect(mention.text == expected)
        #expect(String(sentence[mention.range]) == expected)
        #expect(!mention.isExplicitDue)
    }

    @Test("the meeting day, not today, anchors everything") func anchor() {
        #expect(resolved("tomorrow", meeting: "2001-06-30") == ["2001-07-01"])
        #expect(resolved("next month", meeting: "2099-12-15") == ["2100-01-01..2100-01-31"])
    }

    @Test("empty and date-free sentences") func empty() {
        #expect(scan("", meeting: saturdayMeeting).mentions.isEmpty)
        #expect(scan("   ", meeting: saturdayMeeting).looseTimes.isEmpty)
        #expect(scan("We talked about housing and her kids.", meeting: saturdayMeeting).mentions.isEmpty)
    }
}
