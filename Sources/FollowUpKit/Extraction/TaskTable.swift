/// A Markdown table of tasks ("| who | what | when |"): the columns its header names, so that each row
/// below reads as one commitment, whose owner is the "who" cell.
struct TaskTable: Sendable {
    let who: Int
    let what: Int
    let when: Int?
    let done: Int?

    private static let whoNames: Set<String> = ["who", "owner", "whose", "person", "by who", "by whom", "quien", "quién"]
    private static let whatNames: Set<String> = ["what", "task", "tasks", "action", "actions", "todo", "to do", "to-do", "item", "commitment", "que", "qué"]
    private static let whenNames: Set<String> = ["when", "due", "by when", "date", "deadline", "by", "cuando", "cuándo"]
    private static let doneNames: Set<String> = ["done", "status", "done?", "✓", "✔"]

    /// The table a header row names, or nil when it names no "who" and "what" columns.
    init?(header: TextUnit) {
        let names = Self.cells(of: header).map { $0.text.lowercased().trimming(" *_:") }
        guard let who = names.firstIndex(where: Self.whoNames.contains), let what = names.firstIndex(where: Self.whatNames.contains) else {
            return nil
        }
        self.who = who
        self.what = what
        when = names.firstIndex(where: Self.whenNames.contains)
        done = names.firstIndex(where: Self.doneNames.contains)
    }

    /// Whose a row's task is, from its "who" cell: nil for someone else, or for nobody.
    func owner(of cells: [TextUnit], people: People) -> Commitment.Owner? {
        guard who < cells.count, let first = cells[who].words.first?.folded else { return nil }
        // "her cousin" is someone else; "her" alone is the person.
        let alone = cells[who].words.count == 1
        if (alone && ["me", "i", "us", "we", "organizer", "yo"].contains(first)) || people.organizerNames.contains(first) { return .organizer }
        if (alone && ["her", "him", "she", "he", "them", "they", "ella", "él"].contains(first)) || people.personNames.contains(first) { return .supporter }
        return nil
    }

    /// Whether a row's "done" cell says the task is done.
    func isDone(_ cells: [TextUnit]) -> Bool {
        guard let done, done < cells.count else { return false }
        let mark = cells[done].text.lowercased().trimming(" ")
        return ["x", "✓", "✔", "✅", "done", "yes", "y", "[x]"].contains(mark)
    }

    /// A row's cells, where the Markdown reader found them.
    static func cells(of row: TextUnit) -> [TextUnit] {
        guard case .tableRow(_, let cells) = row.block.kind else { return [] }
        let utf8 = row.string.utf8
        return cells.map { cell in
            TextUnit(utf8.index(utf8.startIndex, offsetBy: cell.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: cell.upperBound), within: row)
        }
    }
}
