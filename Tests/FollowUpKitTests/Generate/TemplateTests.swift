import Foundation
import Testing

@testable import FollowUpKit

@Suite("Templates")
struct TemplateTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates").path

    @Test("The built-in templates are exactly the files in Templates/ (run `make templates` after editing)")
    func builtInMatchesFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".mustache") }
        #expect(Set(files) == Set(DefaultTemplates.all.keys))
        for name in files {
            let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
            #expect(DefaultTemplates.all[name] == text, "\(name) differs from the built-in copy")
        }
    }

    @Test("A broken template is reported at its file, line and column")
    func templateError() throws {
        let folder = try TemporaryFolder()
        try folder.write("thanks-email.md.mustache", "Hi {{firstName}},\n\n{{#hasPromises}}I'll {{promises}}.\n")
        let (set, problems) = TemplateSet.load(overrides: folder.path)
        let problem = try #require(problems.first)
        #expect(problem.path == folder.path + "/thanks-email.md.mustache")
        #expect(problem.location.line == 4)
        #expect(problem.message.contains("never closed"))
        #expect(set.render(TemplateSet.thanks(.email), [:]) == nil)
        #expect(set.render(TemplateSet.thanks(.text), ["firstName": "Ana"]) != nil)
    }

    @Test("An override replaces only its own file")
    func overrideFileByFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("thanks-card.md.mustache", "Dear {{firstName}}, thank you! — {{organizerFirstName}}\n")
        let (set, problems) = TemplateSet.load(overrides: folder.path)
        #expect(problems.isEmpty)
        #expect(set.render(TemplateSet.thanks(.card), ["firstName": "Ana", "organizerFirstName": "Sam"]) == "Dear Ana, thank you! — Sam\n")
        #expect(set.render(TemplateSet.thanks(.email), ["firstName": "Ana"])?.contains("Hi Ana,") == true)
    }
}
