extension Note {
    /// The note as the contract's `extract` object, keys in the contract's order.
    public var json: JSONValue {
        let front = frontMatter
        let contact: JSONValue = front.contact.map { contact in
            .object([
                ("email", .optional(contact.email)), ("phone", .optional(contact.phone)),
                ("prefers", .optional(contact.prefers)),
            ])
        } ?? .null
        return .object([
            ("path", .string(path)),
            ("person", .string(front.person)),
            ("date", .string(front.date.description)),
            ("time", .optional(front.time?.description)),
            ("organizer", .optional(front.organizer)),
            ("kind", .optional(front.kind)),
            ("duration_minutes", .optional(front.durationMinutes)),
            ("location", .optional(front.location)),
            ("contact", contact),
            ("issues", .array(issues.map(JSONValue.string))),
            ("commitments", .array(commitments.map(\.json))),
            ("asks", .array(asks.map(\.json))),
            ("skills", .array(skills.map { .object([("text", .string($0.text)), ("line", .int($0.line))]) })),
            ("referrals", .array(referrals.map {
                .object([("name", .string($0.name)), ("text", .string($0.text)), ("line", .int($0.line))])
            })),
            ("dates", .array(dates.map { $0.json })),
            ("id", .optional(front.id)),
            ("stage", .optional(front.stage)),
        ])
    }
}

extension DateValue {
    var json: JSONValue { .string(description) }
}

extension Commitment {
    var json: JSONValue {
        .object([
            ("owner", .string(owner.rawValue)), ("text", .string(text)), ("due", due?.json ?? .null),
            ("done", .bool(done)), ("line", .int(line)),
        ])
    }
}

extension Ask {
    var json: JSONValue {
        .object([
            ("text", .string(text)), ("response", .string(response.rawValue)), ("due", due?.json ?? .null),
            ("line", .int(line)),
        ])
    }
}

extension DateReference {
    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("text", .string(text)), ("value", value.json), ("line", .int(line))]
        if let end = value.end { pairs.insert(("end", .string(end.description)), at: 2) }
        return .object(pairs)
    }
}

extension Diagnostic {
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("path", .string(path)), ("line", .int(location.line)), ("column", .int(location.column)),
            ("severity", .string(severity.rawValue)), ("message", .string(message)),
        ]
        if let rule { pairs.append(("rule", .string(rule))) }
        return .object(pairs)
    }
}

extension Notebook {
    /// The whole `extract --format json` document.
    public var json: JSONValue {
        .object([
            ("version", .int(1)),
            ("notes", .array(notes.map(\.json))),
            ("diagnostics", .array(diagnostics.map(\.json))),
        ])
    }
}
