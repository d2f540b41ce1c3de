extension NoteExtractor {
    /// The records in final form: an ask answered yes becomes the person's commitment unless the note
    /// already lists one with the same due date; issues joined with the front matter's, without repeats.
    func finish(frontMatter: FrontMatter, path: String) -> Note {
        var commitments = records.commitments
        for guess in guessedOwners where !hasPromisesSection && sectionsLabellingThePerson.contains(guess.section)
            && !sectionsLabellingTheOrganizer.contains(guess.section)
        {
            commitments[guess.commitment].owner = .organizer
        }
        for ask in records.asks where ask.response == .yes {
            let listed = commitments.contains { commitment in
                guard commitment.owner == .supporter else { return false }
                // "pics of the frayed ropes? -> he'll send me the pics tonight": a promise that takes the thing asked for
                // lists it.
                if commitment.line == ask.line, Self.namesThingAsked(ask.text, in: commitment.text) { return true }
                // "…and she said yes, and she will run the sign-in table herself": a second promise in the answer,
                // on the ask's own line, does not list the ask's own.
                if commitment.line == ask.line, !Self.overlaps(commitment.text, ask.text) { return false }
                // …and one with the same day lists it only on its line, or in its words: two yeses for the same
                // Saturday ("come to the rally sat -> yes", "help w/ potluck sat -> yes") are two promises.
                if let due = ask.due { return commitment.due == due && (commitment.line == ask.line || Self.overlaps(commitment.text, ask.text)) }
                return commitment.due == nil && Self.overlaps(commitment.text, ask.text)
            }
            if !listed {
                commitments.append(Commitment(owner: .supporter, text: ask.text, due: ask.due, done: false, line: ask.line))
            }
        }
        // Stable by line: records found in one pass keep their order within a line.
        commitments = commitments.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        var issues: [String] = []
        var seen = Set<String>()
        for issue in frontMatter.issues + records.issues where seen.insert(issue).inserted {
            issues.append(issue)
        }
        // "- Isadora, licensed landscape architect": a piece cut from around a skill that names only the person, or
        // says nothing ("and"), is not one.
        let name = Set(Word.words(in: frontMatter.person[...]).map(\.folded))
        let skills = records.skills.filter { skill in
            Word.words(in: skill.text[...]).contains { !name.contains($0.folded) && !Self.emptyWords.contains($0.folded) }
        }
        return Note(
            path: path, frontMatter: frontMatter, commitments: commitments, asks: records.asks, skills: skills,
            referrals: records.referrals, issues: issues, dates: records.dates)
    }

    /// Whether an ask put as a thing to hand over ("pics of the frayed ropes") is the thing `promise` takes ("send me
    /// the pics tonight").
    private static func namesThingAsked(_ ask: String, in promise: String) -> Bool {
        guard let opening = Word.words(in: ask[...]).first else { return false }
        return AskReader.takesThingAsked(opening: opening, verb: 0, in: Word.words(in: promise[...]))
    }

    /// Words that say nothing alone.
    private static let emptyWords: Set<String> = [
        "and", "or", "but", "so", "also", "plus", "too", "the", "a", "an", "she", "he", "they", "her", "his", "their", "is", "was",
    ]

    /// Whether two short texts share most of their content words ("attend the meeting" / "come to the meeting").
    static func overlaps(_ lhs: String, _ rhs: String) -> Bool {
        let stop: Set<String> = ["the", "a", "an", "to", "and", "of", "on", "at", "in", "for", "her", "his", "their", "with"]
        let left = Set(Word.words(in: lhs[...]).map(\.folded)).subtracting(stop)
        let right = Set(Word.words(in: rhs[...]).map(\.folded)).subtracting(stop)
        guard !left.isEmpty, !right.isEmpty else { return false }
        return Double(left.intersection(right).count) / Double(min(left.count, right.count)) >= 0.5
    }
}
