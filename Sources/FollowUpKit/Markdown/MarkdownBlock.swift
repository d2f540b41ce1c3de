/// One readable block of a note's body, in document order: the unit extraction works on.
struct MarkdownBlock: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case heading(level: Int)
        case paragraph
        /// A list item; `task` is nil for a plain bullet, else whether its box is ticked.
        case listItem(task: TaskState?)
        /// A table row, cells joined with " | ": `cells` are where each cell's text lies in the block's text
        /// (UTF-8 offsets), and `isHeader` marks the table's first row.
        case tableRow(isHeader: Bool, cells: [Range<Int>])
    }

    enum TaskState: Hashable, Sendable {
        case open
        case done
    }

    var kind: Kind
    var text: InlineText
    /// 1-based file line and column where the block starts.
    var location: SourceLocation
    /// How deeply nested in lists the block is (0 at top level).
    var listDepth: Int

    var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }

    var task: TaskState? {
        if case .listItem(let task) = kind { return task }
        return nil
    }

    var isListItem: Bool {
        if case .listItem = kind { return true }
        return false
    }

    var isTableRow: Bool {
        if case .tableRow = kind { return true }
        return false
    }
}

/// A note's body as a flat list of blocks.
struct MarkdownDocument: Hashable, Sendable {
    var blocks: [MarkdownBlock]
}
