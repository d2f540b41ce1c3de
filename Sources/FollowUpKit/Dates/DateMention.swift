/// One phrase in a sentence that names a day, with what it resolves to.
struct DateMention: Hashable, Sendable {
    /// The phrase as written ("Dec 3 at 7pm"); for due fields only the ISO date ("2026-12-03").
    var text: String
    /// Where the whole phrase sits in the scanned string, due markers ("📅 ", "due:: ") included.
    var range: Range<String.Index>
    var value: DateValue
    /// Set for Obsidian Tasks, Dataview and todo.txt due fields.
    var isExplicitDue: Bool
}
