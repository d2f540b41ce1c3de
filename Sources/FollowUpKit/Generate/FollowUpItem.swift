/// One thing to do after a 1:1, with its day: a line of the generated checklist.
public struct FollowUpItem: Hashable, Sendable {
    /// What kind of follow-up it is, in the order follow-up happens.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        case thank
        case promise
        case remind
        case checkIn = "check-in"
        case ask
        case addToList = "add-to-list"
        case catchUp = "catch-up"
        case referral
        case reportBack = "report-back"

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    /// What to do, in the organizer's words ("Text Maria a reminder about the tenant meeting").
    public var text: String
    public var due: CalendarDay
    public var time: TimeOfDay?
    /// Already done according to the note (a ticked promise).
    public var done: Bool
    /// Stable across runs and small edits of the note: ties a ticked box to its item.
    public var id: String

    init(kind: Kind, text: String, due: CalendarDay, time: TimeOfDay? = nil, done: Bool = false, key: String) {
        self.kind = kind
        self.text = text
        self.due = due
        self.time = time
        self.done = done
        self.id = "\(kind.rawValue)-\(StableHash.hex(of: key))"
    }

    /// Due before `today` and not done.
    public func isOverdue(on today: CalendarDay) -> Bool {
        !done && due < today
    }
}

/// FNV-1a: a tiny, stable hash (the same on every machine and run, unlike `Hasher`).
enum StableHash {
    static func value(of text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Eight hex digits.
    static func hex(of text: String) -> String {
        let value = value(of: text) & 0xFFFF_FFFF
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Sixteen hex digits, for detecting edits to a whole file.
    static func fullHex(of text: String) -> String {
        let digits = String(value(of: text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
