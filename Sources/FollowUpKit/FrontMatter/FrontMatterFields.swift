import Yams

/// Reads each known key of the front-matter mapping, accepting the aliases the README documents
/// (`name` for `person`, `tags` for `issues`, …) and pointing at the value when it is wrong.
struct FrontMatterFields {
    private var values: [String: Node] = [:]
    private var locations: [String: SourceLocation] = [:]

    init(mapping: Node.Mapping) throws(NoteError) {
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw NoteError("front-matter keys must be plain words", at: FrontMatterDecoder.location(of: key))
            }
            let folded = name.lowercased()
            values[folded] = value
            locations[folded] = FrontMatterDecoder.location(of: key)
        }
    }

    func frontMatter() throws(NoteError) -> FrontMatter {
        guard let person = try text("person", "name") else {
            throw NoteError(
                "front matter is missing 'person:' (who the 1:1 was with)",
                at: SourceLocation(line: FrontMatterDecoder.firstYAMLLine, column: 1))
        }
        guard let dateNode = values["date"] else {
            throw NoteError(
                "front matter is missing 'date:' (the day of the 1:1, as YYYY-MM-DD)",
                at: SourceLocation(line: FrontMatterDecoder.firstYAMLLine, column: 1))
        }
        return FrontMatter(
            person: person,
            date: try day(dateNode),
            time: try time(),
            organizer: try text("organizer"),
            kind: try text("kind", "type"),
            durationMinutes: try duration(),
            location: try text("location", "place"),
            contact: try contact(),
            issues: try list("issues", "tags"),
            id: try text("id"),
            stage: try text("stage"),
            keyLocations: locations)
    }

    // MARK: - Values

    /// The first of `keys` that has a value (a key and its aliases).
    private func text(_ keys: String...) throws(NoteError) -> String? {
        for key in keys {
            if let node = values[key], let value = try Self.text(node, key: key) { return value }
        }
        return nil
    }

    private static func text(_ node: Node, key: String) throws(NoteError) -> String? {
        guard let scalar = node.scalar else {
            throw NoteError("'\(key)' must be a single value, not a list or a mapping", at: FrontMatterDecoder.location(of: node))
        }
        if scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        let value = scalar.string.trimmed
        return value.isEmpty ? nil : value
    }

    private func day(_ node: Node) throws(NoteError) -> CalendarDay {
        guard let raw = try Self.text(node, key: "date") else {
            throw NoteError("'date' is empty: write the day of the 1:1 as YYYY-MM-DD", at: FrontMatterDecoder.location(of: node))
        }
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2])
        else {
            throw NoteError(
                "'date: \(raw)' is not a day in YYYY-MM-DD form (for example 2026-11-14)",
                at: FrontMatterDecoder.location(of: node))
        }
        guard let day = CalendarDay(year: year, month: month, day: dayOfMonth) else {
            throw NoteError("'date: \(raw)' is not a real calendar day", at: FrontMatterDecoder.location(of: node))
        }
        return day
    }

    private func time() throws(NoteError) -> TimeOfDay? {
        guard let node = values["time"], let raw = try Self.text(node, key: "time") else { return nil }
        guard let time = TimeOfDay(frontMatter: raw) else {
            throw NoteError("'time: \(raw)' is not a time of day (write \"18:30\" or 6:30pm)", at: FrontMatterDecoder.location(of: node))
        }
        return time
    }

    private func duration() throws(NoteError) -> Int? {
        guard let node = values["duration"], let raw = try Self.text(node, key: "duration") else { return nil }
        guard let minutes = Self.minutes(in: raw) else {
            throw NoteError(
                "'duration: \(raw)' is not a length of time (write 40, 40m, 40 min or 1h 15m)",
                at: FrontMatterDecoder.location(of: node))
        }
        return minutes
    }

    /// "40", "40m", "40 min", "1h", "1 hour 15 minutes", "1h15".
    static func minutes(in raw: String) -> Int? {
        var total = 0
        var sawNumber = false
        var number: Int? = nil
        var unit = ""
        func flush() -> Bool {
            guard let value = number else { return unit.isEmpty }
            switch unit {
            case "", "m", "min", "mins", "minute", "minutes": total += value
            case "h", "hr", "hrs", "hour", "hours": total += value * 60
            default: return false
            }
            number = nil
            unit = ""
            sawNumber = true
            return true
        }
        for character in raw.lowercased() {
            if let digit = character.wholeNumberValue, character.isASCII {
                if !unit.isEmpty { guard flush() else { return nil } }
                number = (number ?? 0) * 10 + digit
            } else if character.isLetter {
                guard number != nil else { return nil }
                unit.append(character)
            } else if character == " " || character == "." {
                continue
            } else {
                return nil
            }
        }
        guard flush(), sawNumber else { return nil }
        return total
    }

    private func list(_ keys: String...) throws(NoteError) -> [String] {
        var all: [String] = []
        for key in keys { all += try list(key) }
        return all
    }

    private func list(_ key: String) throws(NoteError) -> [String] {
        guard let node = values[key] else { return [] }
        let items: [String]
        switch node {
        case .sequence(let sequence):
            var collected: [String] = []
            for item in sequence {
                if let value = try Self.text(item, key: key) { collected.append(value) }
            }
            items = collected
        case .scalar:
            items = (try Self.text(node, key: key) ?? "").split(separator: ",").map { $0.trimmed }
        default:
            throw NoteError("'\(key)' must be a list such as [housing, transit]", at: FrontMatterDecoder.location(of: node))
        }
        return items.map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    private func contact() throws(NoteError) -> Contact? {
        var contact = Contact()
        if let node = values["contact"] {
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let name = key.scalar?.string.lowercased() ?? ""
                    let field = try Self.text(value, key: "contact.\(name)")
                    switch name {
                    case "email", "e-mail", "mail": contact.email = field
                    case "phone", "tel", "mobile", "cell", "number": contact.phone = field
                    case "prefers", "prefer", "preferred", "channel", "via": contact.prefers = field
                    default:
                        throw NoteError(
                            "'contact' knows email, phone and prefers, not '\(name)'",
                            at: FrontMatterDecoder.location(of: key))
                    }
                }
            default:
                if let raw = try Self.text(node, key: "contact") {
                    if raw.contains("@") { contact.email = raw } else { contact.phone = raw }
                }
            }
        }
        if let email = try text("email") { contact.email = email }
        if let phone = try text("phone") { contact.phone = phone }
        if let prefers = try text("prefers") { contact.prefers = prefers }
        contact.prefers = contact.prefers.map(Contact.normalizedChannel)
        return contact.isEmpty ? nil : contact
    }
}
