internal import CCmarkGFM

/// The only file that touches cmark-gfm: it parses a note's body once, walks the C tree once,
/// builds immutable `MarkdownBlock` values with true file line numbers, and frees the C objects.
/// No C pointer leaves this file.
enum CommonMarkConverter {
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensionNames = ["table", "strikethrough", "tasklist", "autolink"]

    /// Parses `body`, whose first line is file line `lineOffset + 1`.
    static func document(from body: Substring, lineOffset: Int) -> MarkdownDocument {
        precondition(extensionsRegistered)
        // Only "~~…~~" crosses out: a lone "~" is "7~3 shift" or "~10 ppl", not a strike.
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE) else { return MarkdownDocument(blocks: []) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var bytes = Array(body.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return MarkdownDocument(blocks: []) }
        defer { cmark_node_free(root) }
        var walker = Walker(lineOffset: lineOffset)
        walker.visitChildren(of: root, depth: 0)
        return MarkdownDocument(blocks: walker.blocks)
    }

    private struct Walker {
        let lineOffset: Int
        var blocks: [MarkdownBlock] = []

        init(lineOffset: Int) {
            self.lineOffset = lineOffset
        }

        mutating func visitChildren(of node: OpaquePointer, depth: Int) {
            var child = cmark_node_first_child(node)
            while let current = child {
                visit(current, depth: depth)
                child = cmark_node_next(current)
            }
        }

        mutating func visit(_ node: OpaquePointer, depth: Int) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(node))
                emit(.heading(level: level), node, text: inlineText(of: node), depth: depth)
            case CMARK_NODE_PARAGRAPH:
                emit(.paragraph, node, text: inlineText(of: node), depth: depth)
            case CMARK_NODE_LIST:
                visitChildren(of: node, depth: depth + 1)
            case CMARK_NODE_ITEM:
                visitItem(node, depth: depth)
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_DOCUMENT:
                visitChildren(of: node, depth: depth)
            default:
                if typeName(node) == "table" { visitTable(node, depth: depth) }
            }
        }

        /// An item's own paragraphs make one block; nested lists follow it as their own blocks.
        mutating func visitItem(_ node: OpaquePointer, depth: Int) {
            var task: MarkdownBlock.TaskState? = nil
            if typeName(node) == "tasklist" {
                task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? .done : .open
            }
            var text = InlineText()
            var nested: [OpaquePointer] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                if cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH {
                    appendInlines(of: current, to: &text, line: startLine(current))
                } else {
                    nested.append(current)
                }
                child = cmark_node_next(current)
            }
            emit(.listItem(task: task), node, text: text, depth: depth)
            for current in nested { visit(current, depth: depth) }
        }

        mutating func visitTable(_ node: OpaquePointer, depth: Int) {
            var row = cmark_node_first_child(node)
            var isHeader = true
            while let currentRow = row {
                var text = InlineText()
                let line = startLine(currentRow)
                var cell = cmark_node_first_child(currentRow)
                var cells: [Range<Int>] = []
                while let currentCell = cell {
                    if !cells.isEmpty { text.append(" | ", line: line) }
                    let start = text.string.utf8.count
                    appendInlines(of: currentCell, to: &text, line: line)
                    cells.append(start..<text.string.utf8.count)
                    cell = cmark_node_next(currentCell)
                }
                emit(.tableRow(isHeader: isHeader, cells: cells), currentRow, text: text, depth: depth)
                isHeader = false
                row = cmark_node_next(currentRow)
            }
        }

        mutating func emit(_ kind: MarkdownBlock.Kind, _ node: OpaquePointer, text: InlineText, depth: Int) {
            let location = SourceLocation(line: startLine(node), column: Int(cmark_node_get_start_column(node)))
            blocks.append(MarkdownBlock(kind: kind, text: text, location: location, listDepth: depth))
        }

        func inlineText(of node: OpaquePointer) -> InlineText {
            var text = InlineText()
            appendInlines(of: node, to: &text, line: startLine(node))
            return text
        }

        /// Flattens inline markup to plain text; each soft or hard line break moves to the next file line.
        func appendInlines(of node: OpaquePointer, to text: inout InlineText, line: Int) {
            var currentLine = line
            appendInlines(of: node, to: &text, line: &currentLine)
        }

        private func appendInlines(of node: OpaquePointer, to text: inout InlineText, line: inout Int) {
            var child = cmark_node_first_child(node)
            var crossedOut = false
            while let current = child {
                defer { child = cmark_node_next(current) }
                let type = cmark_node_get_type(current)
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    if var literal = cmark_node_get_literal(current).map({ String(cString: $0) }) {
                        if type == CMARK_NODE_TEXT { literal = SpokenPunctuation.marks(in: literal) }
                        // "call her ~~Friday~~ Monday" reads "call her Monday", with one space.
                        if crossedOut, text.isEmpty || text.string.last == " " { literal = String(literal.drop { $0 == " " }) }
                        text.append(literal, line: line)
                    }
                    crossedOut = false
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    line += 1
                case CMARK_NODE_HTML_INLINE:
                    break
                default:
                    // "~~has a car~~ car's in the shop": what the organizer crossed out no longer holds, so it is not read;
                    // its line breaks still count.
                    if typeName(current) == "strikethrough" {
                        line += lineBreaks(in: current)
                        crossedOut = true
                    } else {
                        appendInlines(of: current, to: &text, line: &line)
                    }
                }
            }
        }

        private func lineBreaks(in node: OpaquePointer) -> Int {
            var count = 0
            var child = cmark_node_first_child(node)
            while let current = child {
                switch cmark_node_get_type(current) {
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: count += 1
                default: count += lineBreaks(in: current)
                }
                child = cmark_node_next(current)
            }
            return count
        }

        func startLine(_ node: OpaquePointer) -> Int {
            Int(cmark_node_get_start_line(node)) + lineOffset
        }

        func typeName(_ node: OpaquePointer) -> String {
            guard let name = cmark_node_get_type_string(node) else { return "" }
            return String(cString: name)
        }
    }
}
