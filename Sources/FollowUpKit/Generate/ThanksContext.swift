/// The fields the thank-you templates see (documented in Templates/README.md): the person's first
/// name, what they care about, their commitment restated in full, and the organizer's promises.
struct ThanksContext {
    var fields: [String: Any]
    private var firstPromise = ""

    /// How much a text message may hold: two SMS segments.
    static let textLimit = 306

    init(note: Note) {
        let front = note.frontMatter
        let meeting = note.date
        let person = Phrasing.oneLine(front.person)
        var fields: [String: Any] = [
            "person": person,
            "firstName": Phrasing.firstName(of: person),
            "meetingWeekday": Self.weekdayName(meeting),
            "meetingWords": meeting.words,
            "hasOrganizer": front.organizer != nil,
            "organizer": front.organizer.map(Phrasing.oneLine) ?? "",
            "organizerFirstName": front.organizer.map { Phrasing.firstName(of: Phrasing.oneLine($0)) } ?? "",
            "email": front.contact?.email.map(Phrasing.oneLine) ?? "",
            "emailYAML": ChecklistContext.yamlQuoted(front.contact?.email ?? ""),
            "phone": front.contact?.phone.map(Phrasing.oneLine) ?? "",
            "phoneYAML": ChecklistContext.yamlQuoted(front.contact?.phone ?? ""),
            "hasPhone": front.contact?.phone != nil,
        ]
        let issues = Array(note.issues.prefix(3)).map(Phrasing.oneLine)
        fields["issues"] = Phrasing.list(issues)
        fields["hasIssues"] = !issues.isEmpty

        // The commitment to restate: the ask they said yes to, else their first dated commitment.
        let theirs = note.commitments.filter { $0.owner == .supporter && !$0.done }
        let main: (text: String, due: DateValue?)? =
            note.asks.first { $0.response == .yes }.map { ($0.text, $0.due) }
            ?? (theirs.first { $0.due != nil } ?? theirs.first).map { ($0.text, $0.due) }
        if let main {
            fields["commitment"] = Self.lowercasedFirst(Phrasing.addressed(Phrasing.withoutDates(main.text, meeting: meeting)))
            fields["commitmentWhen"] = main.due?.words ?? "soon"
        }
        fields["hasCommitment"] = main != nil

        // The thank-you itself is one of the organizer's promises; it does not belong inside the draft.
        let promises = note.commitments.filter { $0.owner == .organizer && !$0.done && !$0.text.lowercased().contains("thank") }
        fields["promisesNoted"] = Phrasing.list(promises.map { promise in
            let action = Self.lowercasedFirst(Phrasing.withoutDates(promise.text, meeting: meeting))
            return promise.due.map { "\(action) by \($0.day.words)" } ?? action
        })
        let promiseList = promises.map { promise -> String in
            let action = Self.lowercasedFirst(Phrasing.addressed(Phrasing.withoutDates(promise.text, meeting: meeting)))
            return promise.due.map { "\(action) by \($0.day.words)" } ?? action
        }
        fields["promises"] = Phrasing.list(promiseList)
        fields["hasPromises"] = !promiseList.isEmpty
        firstPromise = promiseList.first ?? ""

        let declined = note.asks.first { $0.response == .no }
        let maybe = note.asks.first { $0.response == .maybe }
        fields["declined"] = main == nil && declined != nil
        fields["declinedAsk"] = declined.map { Self.lowercasedFirst(Phrasing.withoutDates($0.text, meeting: meeting)) } ?? ""
        fields["maybe"] = main == nil && declined == nil && maybe != nil
        fields["maybeAsk"] = maybe.map { Self.lowercasedFirst(Phrasing.withoutDates($0.text, meeting: meeting)) } ?? ""
        fields["noAsk"] = main == nil && declined == nil && maybe == nil
        let subject = "Thank you, \(Phrasing.firstName(of: person))"
        fields["subject"] = subject
        fields["subjectYAML"] = ChecklistContext.yamlQuoted(subject)
        self.fields = fields
    }

    /// A shorter context for a text message that ran long: the details go first, then the promises.
    func shortened(step: Int) -> ThanksContext {
        var copy = self
        if step >= 1 { copy.fields["hasIssues"] = false }
        if step >= 2 { copy.fields["promises"] = firstPromise }
        if step >= 3 { copy.fields["hasPromises"] = false }
        if step >= 4, let commitment = fields["commitment"] as? String {
            copy.fields["commitment"] = String(commitment.split(separator: " ").prefix(8).joined(separator: " "))
        }
        return copy
    }

    private static func weekdayName(_ day: CalendarDay) -> String {
        String(day.words.split(separator: ",").first ?? "")
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        // Keep "I" and names: only lower the first word when it is an ordinary capitalised verb.
        let firstWord = text.split(separator: " ").first ?? ""
        if firstWord == "I" || firstWord.dropFirst().contains(where: \.isUppercase) { return text }
        return first.lowercased() + text.dropFirst()
    }
}
