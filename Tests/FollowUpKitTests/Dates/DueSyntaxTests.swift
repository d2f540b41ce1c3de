import Testing
@testable import FollowUpKit

@Suite("Explicit due syntaxes")
struct DueSyntaxTests {
    // The mention's text is the bare date; its range covers the whole field so callers can cut it out.
    @Test("task due fields", arguments: [
        ("- [ ] Call Ana 📅 2026-12-03", "📅 2026-12-03"), ("Call Ana 📅2026-12-03", "📅2026-12-03"),
        ("Call Ana due:: 2026-12-03", "due:: 2026-12-03"), ("Call Ana [due:: 2026-12-03] soon", "[due:: 2026-12-03]"),
        ("Call Ana (due:: 2026-12-03)", "(due:: 2026-12-03)"), ("call Ana due:2026-12-03 +tenants", "due:2026-12-03"),
        ("Call Ana due::2026-12-03", "due::2026-12-03"),
    ])
    func dueFields(sentence: String, field: String) throws {
        let result = scan(sentence, meeting: saturdayMeeting)
        let mention = try #require(result.mentions.first)
        #expect(result.mentions.count == 1)
        #expect(mention.isExplicitDue)
        #expect(mention.text == "2026-12-03")
        #expect(mention.value.description == "2026-12-03")
        #expect(String(sentence[mention.range]) == field)
    }

    @Test("near misses are ordinary dates or nothing", arguments: [
        ("Call Ana due: 2026-12-03", ["2026-12-03"]), ("due Friday", ["2026-11-20"]),
        ("📅 2026-02-30", []), ("due:: 2026-13-01", []), ("due:12/3", []),
    ] as [(String, [String])])
    func nearMisses(sentence: String, expected: [String]) {
        let result = scan(sentence, meeting: saturdayMeeting)
        #expect(result.mentions.map(\.value.description) == expected)
        #expect(result.mentions.allSatisfy { !$0.isExplicitDue })
    }

    @Test("a due field and a prose date are both reported, in order") func both() {
        let result = scan("Send the survey by Friday 📅 2026-11-20", meeting: saturdayMeeting)
        #expect(result.mentions.map(\.text) == ["Friday", "2026-11-20"])
        #expect(result.mentions.map(\.isExplicitDue) == [false, true])
    }
}
