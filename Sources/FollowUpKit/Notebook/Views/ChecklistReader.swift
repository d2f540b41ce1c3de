import Foundation

/// Reads back a generated checklist: each item's id, tick, text and date. Lines the organizer added
/// are not items. A missing file means no checklist yet.
enum ChecklistReader {
    struct Item {
        var id: String
        var done: Bool
        var text: String
        var due: CalendarDay?
        var line: Int
    }

    static func items(at path: String) -> [Item]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var items: [Item] = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let id = ChecklistMerge.itemID(in: line) else { continue }
            let trimmed = line.drop(while: { $0 == " " })
            let done = trimmed.hasPrefix("- [x]") || trimmed.hasPrefix("- [X]")
            var text = trimmed.dropFirst(6)
            if let dash = text.range(of: " — ") { text = text[..<dash.lowerBound] }
            var due: CalendarDay? = nil
            if let marker = line.range(of: "📅 ") {
                due = CalendarDay(iso: String(line[marker.upperBound...].prefix(10)))
            }
            items.append(Item(id: id, done: done, text: String(text), due: due, line: index + 1))
        }
        return items
    }
}
