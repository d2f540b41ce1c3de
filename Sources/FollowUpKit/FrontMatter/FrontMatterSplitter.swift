/// Cuts the YAML front matter off the top of a note, keeping track of where the body starts
/// so that Markdown line numbers can be mapped back to the file.
struct FrontMatterSplitter {
    struct Parts {
        /// The YAML between the fences; its line 1 is line 2 of the file.
        var yaml: Substring
        /// Everything after the closing fence.
        var body: Substring
        /// How many file lines precede the body (body line 1 is file line `bodyLineOffset + 1`).
        var bodyLineOffset: Int
    }

    static func split(_ text: String) throws(NoteError) -> Parts {
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, allowDots: false) else {
            let what = text.hasPrefix("+++") ? "TOML front matter ('+++') is not supported" : "the note has no front matter"
            throw NoteError(
                "\(what): start the file with a '---' line, then 'person:' and 'date:', then a closing '---' line")
        }
        guard lines.count == 2 else {
            throw NoteError("front matter is never closed: add a '---' line after the last key")
        }
        let rest = lines.removeLast()
        var lineNumber = 1
        var cursor = rest.startIndex
        while cursor < rest.endIndex {
            let end = rest[cursor...].firstIndex(of: "\n") ?? rest.endIndex
            lineNumber += 1
            if isFence(rest[cursor..<end], allowDots: true) {
                let bodyStart = end < rest.endIndex ? rest.index(after: end) : end
                return Parts(yaml: rest[rest.startIndex..<cursor], body: rest[bodyStart...], bodyLineOffset: lineNumber)
            }
            cursor = end < rest.endIndex ? rest.index(after: end) : end
        }
        throw NoteError("front matter is never closed: add a '---' line after the last key")
    }

    private static func isFence(_ line: Substring, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
