import Yams

/// Reads the YAML between the fences into a `FrontMatter`, turning every YAML or type problem
/// into a `NoteError` that points at the offending key or value in the file.
struct FrontMatterDecoder {
    /// The YAML text starts on file line 2 (line 1 is the opening `---`).
    static let firstYAMLLine = 2
    /// Far more nodes than any real front matter has; a document past this is refused, not expanded.
    static let nodeBudget = 2_000

    static func decode(_ yaml: Substring) throws(NoteError) -> FrontMatter {
        let text = String(yaml)
        try refuseAnchors(in: text)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)  // every value is read as text: no type-guessing regexes
        } catch {
            throw translate(error, yaml: text)
        }
        guard let root, case .mapping(let mapping) = root else {
            throw NoteError(
                "front matter must be 'key: value' lines, starting with 'person:' and 'date:'",
                at: SourceLocation(line: firstYAMLLine, column: 1))
        }
        var budget = nodeBudget
        try checkSize(root, budget: &budget)
        return try FrontMatterFields(mapping: mapping).frontMatter()
    }

    static func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(line: firstYAMLLine, column: 1) }
        return SourceLocation(line: mark.line + firstYAMLLine - 1, column: mark.column)
    }

    /// Anchors and aliases have no use in a note, and they are how YAML "billion laughs" bombs work,
    /// so they are refused before the YAML parser ever sees them.
    private static func refuseAnchors(in yaml: String) throws(NoteError) {
        var line = firstYAMLLine
        var column = 0
        var quote: Character? = nil
        var previous: Character = "\n"
        var lastSignificant: Character = "\n"
        for character in yaml {
            column += 1
            defer {
                previous = character
                if character == "\n" {
                    line += 1
                    column = 0
                    lastSignificant = "\n"
                } else if character != " " && character != "\t" {
                    lastSignificant = character
                }
            }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == "#" && (previous == " " || previous == "\n" || previous == "\t") {
                quote = "\n"  // a comment runs to the end of the line
                continue
            }
            if (character == "'" || character == "\"") && "\n:-[{,?".contains(lastSignificant) {
                quote = character
                continue
            }
            if (character == "&" || character == "*") && "\n:-[{,?".contains(lastSignificant)
                && (previous == " " || previous == "\t" || "\n[{,".contains(previous))
            {
                throw NoteError(
                    "front matter uses a YAML anchor or alias ('\(character)…'); followup does not accept them: write the value out",
                    at: SourceLocation(line: line, column: column))
            }
        }
    }

    private static func checkSize(_ node: Node, budget: inout Int) throws(NoteError) {
        budget -= 1
        if budget < 0 {
            throw NoteError(
                "front matter is too large (over \(nodeBudget) values); keep notes' front matter short",
                at: SourceLocation(line: firstYAMLLine, column: 1))
        }
        switch node {
        case .scalar, .alias: return
        case .sequence(let sequence):
            for child in sequence { try checkSize(child, budget: &budget) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                try checkSize(key, budget: &budget)
                try checkSize(value, budget: &budget)
            }
        }
    }

    private static func translate(_ error: any Error, yaml: String) -> NoteError {
        guard let yamlError = error as? YamlError else {
            return NoteError("front matter could not be read: \(error)", at: SourceLocation(line: firstYAMLLine, column: 1))
        }
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(line: mark.line + firstYAMLLine - 1, column: mark.column)
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return NoteError("front matter is not valid YAML: \(problem)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return NoteError("front matter has the key \(names) more than once", at: at(context.mark))
        case .reader(let problem, _, _, _):
            return NoteError("front matter could not be read: \(problem)", at: SourceLocation(line: firstYAMLLine, column: 1))
        default:
            return NoteError("front matter is not valid YAML: \(yamlError)", at: SourceLocation(line: firstYAMLLine, column: 1))
        }
    }
}
