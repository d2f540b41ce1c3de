/// Carries the organizer's work across a regeneration of a checklist: ticked boxes stay ticked
/// (matched by item id, or by wording when an edit of the note changed the id), and lines the
/// organizer added stay below the item they followed.
enum ChecklistMerge {
    private struct ExistingItem {
        var id: String
        var kind: Substring
        var checked: Bool
        var words: Set<String>
    }

    static func merge(fresh: String, existing: String?) -> String {
        guard let existing, !existing.isEmpty else { return fresh }
        let oldLines = existing.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = fresh.split(separator: "\n", omittingEmptySubsequences: false)

        var oldItems: [ExistingItem] = []
        var added: [String: [Substring]] = [:]  // item id (or "" for none yet) → lines added after it
        var addedOrder: [String] = []
        let freshAfterItems = Set(newLines.drop(while: { itemID(in: $0) == nil }))
        var anchor: String? = nil
        for line in oldLines {
            if let id = itemID(in: line) {
                oldItems.append(ExistingItem(
                    id: id, kind: id.split(separator: "-").dropLast().joined(separator: "-")[...],
                    checked: isChecked(line), words: words(of: line)))
                anchor = id
            } else if let current = anchor, !freshAfterItems.contains(line) {
                if added[current] == nil { addedOrder.append(current) }
                added[current, default: []].append(line)
            }
        }

        var used = Set<String>()
        var out: [Substring] = []
        var placed = Set<String>()
        for line in newLines {
            guard let id = itemID(in: line) else {
                out.append(line)
                continue
            }
            let match = oldItems.first { $0.id == id && !used.contains($0.id) } ?? similar(to: line, id: id, in: oldItems, excluding: used)
            var merged = line
            if let match {
                used.insert(match.id)
                if match.checked && !isChecked(line) { merged = ticked(line) }
            }
            out.append(merged)
            if let match, let lines = added[match.id] {
                out.append(contentsOf: lines)
                placed.insert(match.id)
            }
        }
        // Lines that followed an item that no longer exists are kept at the end, never dropped.
        let orphaned = addedOrder.filter { !placed.contains($0) }.flatMap { added[$0] ?? [] }
        if !orphaned.isEmpty {
            while out.last?.isEmpty == true { out.removeLast() }
            out.append(contentsOf: orphaned)
            if out.last?.isEmpty == false { out.append("") }
        }
        return out.joined(separator: "\n")
    }

    static func itemID(in line: Substring) -> String? {
        let bytes = line.utf8
        let marker = Array("<!-- fu:".utf8)
        guard let start = firstIndex(of: marker, in: bytes) else { return nil }
        let rest = bytes[bytes.index(start, offsetBy: marker.count)...]
        guard let end = rest.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        return String(decoding: rest[..<end], as: UTF8.self)
    }

    /// Where `needle` starts in `bytes`: a plain byte search, far cheaper than Foundation's locale-aware one.
    private static func firstIndex(of needle: [UInt8], in bytes: Substring.UTF8View) -> Substring.UTF8View.Index? {
        guard let first = needle.first else { return nil }
        var index = bytes.startIndex
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: needle) { return candidate }
            index = bytes.index(after: candidate)
        }
        return nil
    }

    private static func isChecked(_ line: Substring) -> Bool {
        let trimmed = line.drop(while: { $0 == " " })
        return trimmed.hasPrefix("- [x]") || trimmed.hasPrefix("- [X]") || trimmed.hasPrefix("* [x]") || trimmed.hasPrefix("* [X]")
    }

    private static func ticked(_ line: Substring) -> Substring {
        var copy = String(line)
        guard let box = copy.range(of: "[ ]") else { return line }
        copy.replaceSubrange(box, with: "[x]")
        return copy[...]
    }

    /// An old item of the same kind whose words mostly agree: the note was reworded, not replaced.
    private static func similar(to line: Substring, id: String, in items: [ExistingItem], excluding used: Set<String>) -> ExistingItem? {
        let kind = id.split(separator: "-").dropLast().joined(separator: "-")
        let fresh = words(of: line)
        var best: (item: ExistingItem, score: Double)? = nil
        for item in items where item.kind == kind && !used.contains(item.id) {
            let union = fresh.union(item.words).count
            guard union > 0 else { continue }
            let score = Double(fresh.intersection(item.words).count) / Double(union)
            if score >= 0.6 && score > (best?.score ?? 0) { best = (item, score) }
        }
        return best?.item
    }

    /// The item's own words, without the box, the date and the id.
    private static func words(of line: Substring) -> Set<String> {
        var text = line
        if let dash = text.range(of: " — ", options: .backwards) { text = text[..<dash.lowerBound] }
        return Set(Word.words(in: text).map(\.folded)).subtracting(["x"])
    }
}
