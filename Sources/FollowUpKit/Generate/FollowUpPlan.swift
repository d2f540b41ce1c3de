/// Turns a note's records into the follow-up an organizer owes, in the order it happens:
/// thank them, keep your promises, reinforce their commitments, follow open asks, deepen the
/// relationship, follow the referrals, report back.
public enum FollowUpPlan {
    public static func items(for note: Note, settings: FollowUpSettings) -> [FollowUpItem] {
        let meeting = note.date
        let first = Phrasing.firstName(of: Phrasing.oneLine(note.person))
        let channel = Channel(for: note.frontMatter.contact)
        var items: [FollowUpItem] = []

        items.append(FollowUpItem(
            kind: .thank, text: "Thank \(first) \(channel.thanksPhrase(note.frontMatter.contact)) — mention something they shared",
            due: meeting.adding(days: settings.thankWithinDays), key: "thank"))

        for promise in note.commitments where promise.owner == .organizer {
            let action = Phrasing.withoutDates(promise.text, meeting: meeting)
            let due = promise.due?.day ?? meeting.adding(days: settings.undatedPromiseDays)
            items.append(FollowUpItem(
                kind: .promise, text: "Keep your promise: \(capitalized(action))\(promise.due == nil ? " (no date was set)" : "")",
                due: due, time: promise.due?.time, done: promise.done, key: normalized(action)))
        }

        for commitment in note.commitments where commitment.owner == .supporter && !commitment.done {
            let action = Phrasing.withoutDates(commitment.text, meeting: meeting)
            guard let due = commitment.due else {
                items.append(FollowUpItem(
                    kind: .checkIn, text: "Check in with \(first) on “\(action)”",
                    due: meeting.adding(days: 7), key: "undated " + normalized(action)))
                continue
            }
            let reminder = due.day.adding(days: -settings.reminderDaysBefore)
            if reminder > meeting {
                items.append(FollowUpItem(
                    kind: .remind, text: "Remind \(first) about “\(action)” (\(due.words))",
                    due: reminder, key: normalized(action)))
            }
            items.append(FollowUpItem(
                kind: .checkIn, text: "Check that “\(action)” happened, and thank \(first) for it",
                due: (due.end ?? due.day).adding(days: 1), key: normalized(action)))
        }

        for ask in note.asks where ask.response == .maybe || ask.response == .pending {
            let action = Phrasing.withoutDates(ask.text, meeting: meeting)
            let verb = ask.response == .maybe ? "Follow up on the ask they are thinking over" : "Get an answer to the ask"
            items.append(FollowUpItem(
                kind: .ask, text: "\(verb): “\(action)”", due: meeting.adding(days: settings.openAskDays),
                key: normalized(action)))
        }

        if let contact = note.frontMatter.contact, contact.email != nil || contact.phone != nil {
            let lists = [contact.email != nil ? "email list" : nil, contact.phone != nil ? "group chat" : nil].compactMap { $0 }
            items.append(FollowUpItem(
                kind: .addToList, text: "Add \(first) to the \(Phrasing.list(lists))",
                due: meeting.adding(days: settings.thankWithinDays), key: "add to list"))
        }

        for referral in note.referrals {
            let about = referral.text.isEmpty ? "" : " (\(Phrasing.oneLine(referral.text)))"
            items.append(FollowUpItem(
                kind: .referral, text: "Schedule a 1:1 with \(Phrasing.oneLine(referral.name))\(about), suggested by \(first)",
                due: meeting.adding(days: settings.referralDays), key: normalized(referral.name)))
        }

        items.append(FollowUpItem(
            kind: .reportBack, text: "Report back to the team: issues raised, the ask and the answer (no private story details)",
            due: meeting.adding(days: settings.reportBackDays), key: "report back"))
        items.append(FollowUpItem(
            kind: .catchUp, text: "Call \(first) just to catch up and share news: no ask this time",
            due: meeting.adding(days: settings.catchUpDays), key: "catch up"))

        // Group by the order follow-up happens, then by day; the sort is stable for ties.
        return items.enumerated().sorted { lhs, rhs in
            (group(lhs.element.kind), lhs.element.due, lhs.offset) < (group(rhs.element.kind), rhs.element.due, rhs.offset)
        }.map(\.element)
    }

    /// Reminders and check-ins are one step: reinforcing the person's commitments.
    private static func group(_ kind: FollowUpItem.Kind) -> Int {
        switch kind {
        case .thank: return 0
        case .promise: return 1
        case .remind, .checkIn: return 2
        case .ask: return 3
        case .addToList: return 4
        case .referral: return 5
        case .reportBack: return 6
        case .catchUp: return 7
        }
    }

    static func normalized(_ text: String) -> String {
        Word.words(in: text[...]).map(\.folded).joined(separator: " ")
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
