import Testing

@testable import FollowUpKit

@Suite("Thank-you drafts")
struct ThanksDraftTests {
    static func draft(_ frontMatter: String, _ body: String = "") throws -> (Channel, String) {
        let text = "---\nperson: Ana Ruiz\ndate: 2026-11-14\n\(frontMatter)---\n\(body)"
        let note = try NoteReader.read(text: text, path: "ana.md").get()
        let (set, problems) = TemplateSet.load(overrides: nil)
        #expect(problems.isEmpty)
        let generator = Generator(templates: set, options: .init(outFolder: nil, settings: FollowUpSettings(today: note.date)))
        let channel = Channel(for: note.frontMatter.contact)
        return (channel, try #require(generator.draft(for: note, channel: channel)))
    }

    static let yesBody = "Asked her to come to the tenant meeting Dec 3 at 7pm at the library. She said yes.\nI'll send her the rent survey by Friday.\n"

    @Test("Each channel has its own draft", arguments: [
        ("contact: {prefers: email, email: ana@example.org}\n", Channel.email, "subject: \"Thank you, Ana\""),
        ("contact: {prefers: text, phone: \"555-0100\"}\n", Channel.text, "to: \"555-0100\""),
        ("contact: {prefers: card}\n", Channel.card, "Dear Ana,"),
        ("contact: {prefers: call, phone: \"555-0100\"}\n", Channel.call, "Call Ana to say thank you (555-0100)"),
        ("contact: {phone: \"555-0100\"}\n", Channel.text, "channel: text"),
        ("contact: {email: ana@example.org}\n", Channel.email, "channel: email"),
        ("", Channel.card, "channel: card"),
    ])
    func channels(_ frontMatter: String, _ channel: Channel, _ expected: String) throws {
        let (chosen, text) = try Self.draft("organizer: Sam Chen\n" + frontMatter, Self.yesBody)
        #expect(chosen == channel)
        #expect(text.contains(expected), "\(text)")
        #expect(text.contains("Thursday, December 3 at 7pm"))
        #expect(!text.contains("{{") && !text.contains("}}"))
    }

    @Test("Personal: first name, issues joined in English, the commitment in full, the promise, the signature")
    func personal() throws {
        let (_, text) = try Self.draft("organizer: Sam Chen\ncontact: {prefers: email, email: a@example.org}\nissues: [housing, transit, childcare]\n", Self.yesBody)
        #expect(text.contains("Hi Ana,"))
        #expect(text.contains("housing, transit and childcare"))
        #expect(text.contains("you'll come to the tenant meeting at the library: that's Thursday, December 3 at 7pm"))
        #expect(text.contains("I'll send you the rent survey by Friday, November 20"))
        #expect(text.hasSuffix("Thanks again,\nSam\n"))
    }

    @Test("A text message fits in two SMS even when there is a lot to say")
    func textFits() throws {
        let long = Self.yesBody + (1...6).map { "I'll bring the sign-up sheets number \($0) to the office by Friday.\n" }.joined()
        let (_, text) = try Self.draft("organizer: Sam Chen\ncontact: {prefers: text, phone: \"555\"}\nissues: [housing, transit]\n", long)
        #expect(Generator.messageLength(text) <= ThanksContext.textLimit, "\(Generator.messageLength(text)): \(text)")
        #expect(text.contains("tenant meeting"))
    }

    @Test("Sensible when things are missing", arguments: [
        ("no organizer", "contact: {prefers: card}\n", yesBody, ["Warmly\n"], ["Dear ,", "Warmly,\n\n"]),
        ("no commitment", "organizer: Sam Chen\ncontact: {prefers: email, email: a@example.org}\n", "We talked about the building.\n", ["join us at the next meeting"], ["you'll ,", "glad you'll"]),
        ("ask declined", "organizer: Sam Chen\ncontact: {prefers: email, email: a@example.org}\n", "Asked her to host a house meeting Dec 5. She said no.\n", ["No pressure at all about host a house meeting"], ["glad you'll"]),
        ("ask maybe", "organizer: Sam Chen\ncontact: {prefers: email, email: a@example.org}\n", "Asked her to host a house meeting Dec 5. She'd think about it.\n", ["think about host a house meeting"], ["glad you'll"]),
        ("no issues", "organizer: Sam Chen\ncontact: {prefers: email, email: a@example.org}\n", yesBody, ["Hi Ana,"], ["shared about ."]),
    ])
    func missing(_ name: String, _ frontMatter: String, _ body: String, _ present: [String], _ absent: [String]) throws {
        let (_, text) = try Self.draft(frontMatter, body)
        for phrase in present { #expect(text.contains(phrase), "\(name): \(text)") }
        for phrase in absent { #expect(!text.contains(phrase), "\(name): \(text)") }
        #expect(!text.contains("{{"))
    }

    @Test("Third person becomes second person", arguments: [
        ("send her the flyer", "send you the flyer"),
        ("bring her photos", "bring your photos"),
        ("practice her remarks with her by phone", "practice your remarks with you by phone"),
        ("ask her mom about the table", "ask your mom about the table"),
        ("call him tomorrow", "call you tomorrow"),
    ])
    func addressed(_ note: String, _ message: String) {
        #expect(Phrasing.addressed(note) == message)
    }

    @Test("Lists read as English", arguments: [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")])
    func lists(_ items: [String], _ expected: String) {
        #expect(Phrasing.list(items) == expected)
    }
}
