import Foundation
import Mustache

/// The Mustache templates `generate` and `new` render: the built-in defaults, each replaced by a file
/// of the same name in an override folder when there is one.
public struct TemplateSet: Sendable {
    public static let checklist = "followup.md.mustache"
    public static let note = "note.md.mustache"

    static func thanks(_ channel: Channel) -> String { "thanks-\(channel.rawValue).md.mustache" }

    private var templates: [String: MustacheTemplate] = [:]
    /// Where each template came from, for error messages ("built-in" or a file path).
    private var sources: [String: String] = [:]

    /// The built-in templates, with those in `folder` taking their place file by file.
    /// A template that does not parse is reported at its file, line and column, and left out.
    public static func load(overrides folder: String?) -> (TemplateSet, [Diagnostic]) {
        var set = TemplateSet()
        var diagnostics: [Diagnostic] = []
        for (name, builtIn) in DefaultTemplates.all.sorted(by: { $0.key < $1.key }) {
            var text = builtIn
            var source = "built-in \(name)"
            if let folder {
                let path = folder + "/" + name
                if let data = FileManager.default.contents(atPath: path) {
                    text = String(decoding: data, as: UTF8.self)
                    source = path
                }
            }
            do {
                set.templates[name] = try parse(text, markdown: name == checklist)
                set.sources[name] = source
            } catch {
                diagnostics.append(diagnostic(for: error, path: source))
            }
        }
        return (set, diagnostics)
    }

    /// Renders template `name` with `context`, or nil when that template failed to load.
    func render(_ name: String, _ context: [String: Any]) -> String? {
        templates[name]?.render(context)
    }

    /// The checklist is Markdown: values are escaped so a name cannot turn into markup or HTML.
    /// Drafts are plain text to copy into a message: values go in as written.
    private static func parse(_ text: String, markdown: Bool) throws -> MustacheTemplate {
        _ = registered
        // The pragma goes on line 1 without a newline, so reported line numbers stay true to the file.
        return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(markdown ? "FOLLOWUP_MARKDOWN" : "TEXT")}}" + text)
    }

    private static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: "FOLLOWUP_MARKDOWN")
        return true
    }()

    private static func diagnostic(for error: any Error, path: String) -> Diagnostic {
        guard let parseError = error as? MustacheTemplate.ParserError else {
            return Diagnostic(path: path, location: .start, severity: .error, message: "template could not be read: \(error)")
        }
        let context = parseError.context
        let pragmaLength = "{{% CONTENT_TYPE: FOLLOWUP_MARKDOWN}}".count
        let column = context.lineNumber == 1 ? max(1, context.columnNumber - pragmaLength) : context.columnNumber
        return Diagnostic(
            path: path, location: SourceLocation(line: context.lineNumber, column: column), severity: .error,
            message: "template error: \(describe(parseError.error))")
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not finished: '{{' without its '}}'"
        case .expectedSectionEnd: return "a section is never closed: add its {{/name}}"
        case .invalidSetDelimiter: return "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "an inherited section holds a tag it cannot hold"
        case .textInsideInheritSection: return "an inherited section holds text it cannot hold"
        case .invalidConfigVariableSyntax: return "a pragma is malformed"
        case .unrecognisedConfigVariable: return "a pragma is not one Mustache knows"
        @unknown default: return "\(error)"
        }
    }
}

/// Backslash-escapes the characters that would make a value into Markdown or HTML markup.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|":
                out.append("\\")
                out.append(scalar)
            case "\n", "\r":
                out.append(" ")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
