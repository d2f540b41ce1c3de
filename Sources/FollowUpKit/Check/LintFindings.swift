import Foundation

/// Applies every rule to one note and collects what it finds.
struct LintFindings {
    struct Finding {
        var rule: LintRule
        var location: SourceLocation
        var message: String
        /// Another file the finding is about (the generated checklist), else the note.
        var path: String? = nil
    }

    let note: Note
    let lines: [Substring]
    private(set) var items: [Finding] = []

    init(note: Note, source: String) {
        self.note = note
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func run(today: CalendarDay, checklistFolder: String?) {
        let first = Phrasing.firstName(of: note.person)
        if note.asks.isEmpty {
            add(.noAsk, SourceLocation(line: 1, column: 1), "no ask is recorded: a 1:1 ends with a specific ask (an action, a day, a time, a place)")
        }
        for ask in note.asks {
            if ask.due == nil {
                add(.askWithoutDate, at(ask.line, ask.text), "the ask “\(ask.text)” has no day: a hard ask names a day and a time")
            } else if ask.due?.time == nil && ask.due?.end == nil && !Self.namesTime(ask.text, meeting: note.date) {
                add(.askWithoutDate, at(ask.line, ask.text), "the ask “\(ask.text)” has a day but no time")
            }
            // The commitment the tool derives from a yes does not count: one must be written down.
            let written = note.commitments.contains { $0.owner == .supporter && !($0.line == ask.line && $0.text == ask.text) }
            if ask.response == .yes, !written {
                add(.yesWithoutCommitment, at(ask.line, ask.text), "\(first) said yes, but no commitment is written down: list it under Commitments with its date")
            }
        }
        // A commitment derived from a yes is the ask itself: the ask's finding already covers it.
        let derived = Set(note.asks.filter { $0.response == .yes }.map { "\($0.line) \($0.text)" })
        for commitment in note.commitments where commitment.due == nil && !commitment.done && !derived.contains("\(commitment.line) \(commitment.text)") {
            let whose = commitment.owner == .organizer ? "your promise" : "the commitment"
            if let vague = vagueDate(in: commitment.text) {
                add(.unresolvedDate, at(commitment.line, vague), "“\(vague)” in \(whose) “\(commitment.text)” is not a day: write the date")
            } else {
                add(.commitmentWithoutDate, at(commitment.line, commitment.text), "\(whose) “\(commitment.text)” has no date")
            }
        }
        let bodyStart = frontMatterEnd
        for (index, line) in lines.enumerated() where index + 1 > bodyStart {
            for typo in misspelledDays(in: line) {
                add(.unresolvedDate, SourceLocation(line: index + 1, column: column(of: typo, in: line) ?? 1), "“\(typo)” is not a day the tool can read: check the spelling")
            }
        }
        if let minutes = note.frontMatter.durationMinutes, minutes > 45 {
            add(.longMeeting, keyLocation("duration"), "the 1:1 ran \(minutes) minutes; keep them to 30–45 so people say yes to the next one")
        }
        if note.frontMatter.contact?.email == nil && note.frontMatter.contact?.phone == nil {
            add(.noContact, keyLocation("contact"), "no way to reach \(first): add contact: {phone: …, email: …, prefers: text}")
        }
        for (key, location) in note.frontMatter.keyLocations where !FrontMatter.knownKeys.contains(key) {
            add(.unknownKey, location, ConfigurationReader.unknown(key, known: FrontMatter.knownKeys, in: "front-matter key"))
        }
        checkThanks(today: today, folder: checklistFolder, first: first)
    }

    private mutating func checkThanks(today: CalendarDay, folder: String?, first: String) {
        guard note.date.days(until: today) >= 2 else { return }
        let path = (folder ?? Generator.defaultFolder(for: note.path)) + "/" + note.stem + ".followup.md"
        for item in ChecklistReader.items(at: path) ?? [] where item.id.hasPrefix("thank-") && !item.done {
            items.append(Finding(
                rule: .thanksUnchecked, location: SourceLocation(line: item.line, column: 1),
                message: "the thank-you to \(first) is still unticked, \(note.date.days(until: today)) days after the 1:1", path: path))
        }
    }

    private mutating func add(_ rule: LintRule, _ location: SourceLocation, _ message: String) {
        items.append(Finding(rule: rule, location: location, message: message))
    }

    // MARK: - Places

    /// The line of the closing `---` (0 when there is none). Computed once a note.
    private var frontMatterEnd: Int {
        func isFence(_ line: Substring) -> Bool { line.trimmingCharacters(in: .whitespaces) == "---" }
        guard let first = lines.first, isFence(first) else { return 0 }
        return (lines.dropFirst().firstIndex(where: isFence) ?? 0) + 1
    }

    private func keyLocation(_ key: String) -> SourceLocation {
        note.frontMatter.keyLocations[key] ?? SourceLocation(line: 1, column: 1)
    }

    /// Line `line`, at the column where `text` (or its first words) starts, else where the text begins.
    private func at(_ line: Int, _ text: String) -> SourceLocation {
        guard line >= 1, line <= lines.count else { return SourceLocation(line: max(line, 1), column: 1) }
        let source = lines[line - 1]
        let probe = String(text.prefix(24))
        let column = column(of: probe, in: source) ?? (source.firstIndex { !" \t-*+[]x".contains($0) }.map { source.distance(from: source.startIndex, to: $0) + 1 } ?? 1)
        return SourceLocation(line: line, column: column)
    }

    private func column(of text: String, in line: Substring) -> Int? {
        guard let range = line.range(of: text, options: .caseInsensitive) else { return nil }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 1
    }

    // MARK: - Date phrases

    /// Whether any phrase of `text` gives a time ("by Dec 4 … on Dec 5 at 8am").
    private static func namesTime(_ text: String, meeting: CalendarDay) -> Bool {
        let scan = DateFinder(meeting: meeting).scan(text)
        return scan.mentions.contains { $0.value.time != nil } || !scan.looseTimes.isEmpty
    }

    private static let vaguePhrases = [
        "soon", "asap", "later", "sometime", "someday", "next time", "in a few days", "in a few weeks", "in a bit",
        "after the holidays", "this fall", "this spring", "this summer", "this winter", "early", "mid-", "late",
    ]

    /// A vague time word in a commitment with no date: what to replace with a day.
    private func vagueDate(in text: String) -> String? {
        let words = Word.words(in: text[...]).map(\.folded)
        let joined = " " + words.joined(separator: " ") + " "
        for phrase in Self.vaguePhrases where !["early", "mid-", "late"].contains(phrase) {
            if joined.contains(" \(phrase) ") { return phrase }
        }
        for (index, word) in words.enumerated() where ["early", "mid", "late"].contains(word) || word.hasPrefix("mid-") {
            if index + 1 < words.count, Self.months.contains(words[index + 1]) { return "\(word) \(words[index + 1])" }
        }
        return nil
    }

    private static let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let names = days + months
    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Words one letter away from a weekday or month name ("Tursday", "Decmber") that the reader therefore missed.
    private func misspelledDays(in line: Substring) -> [String] {
        Word.words(in: line).compactMap { word in
            let folded = word.folded
            guard folded.count >= 6, let first = folded.first, !Self.days.contains(folded), !Self.months.contains(folded) else { return nil }
            // One edit keeps the length within one and, for these names, the first letter: test only those.
            let near = Self.names.contains { name in
                name.first == first && abs(name.count - folded.count) <= 1 && Spelling.distance(folded, name) == 1
            }
            return near ? String(line[word.range]) : nil
        }
    }
}
