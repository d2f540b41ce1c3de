/// `followup people`: one row a person, and who is past their check-in.
public struct PeopleList: Sendable {
    public var today: CalendarDay
    public var people: [PersonSummary]

    public init(notes: [Note], today: CalendarDay, cadenceDays: Int) {
        self.today = today
        people = PersonSummary.index(notes, today: today, cadenceDays: cadenceDays)
    }

    public var losingTouch: [PersonSummary] {
        people.filter { $0.nextCheckIn < today }.sorted { ($0.nextCheckIn, $0.name) < ($1.nextCheckIn, $1.name) }
    }

    public var text: String {
        let header = ["person", "1:1s", "first", "last", "theirs open", "kept", "missed", "yours open", "stage", "next check-in"]
        let rows = people.map { person -> [String] in
            [
                person.name + (person.id.map { " [\($0)]" } ?? ""), "\(person.meetings)", person.firstContact.description,
                person.lastContact.description, "\(person.openCommitments)", "\(person.kept)", "\(person.missed)",
                "\(person.openPromises)", person.stage + (person.stageInferred ? " (inferred)" : ""),
                person.nextCheckIn.description + (person.nextCheckIn < today ? " !" : ""),
            ]
        }
        var out = Table.render([header] + rows, numeric: [1, 4, 5, 6, 7])
        let late = losingTouch
        out += "\nLosing touch: \(late.isEmpty ? "nobody is past their check-in." : "\(late.count) past their check-in")\n"
        for person in late {
            out += "- \(person.name): last 1:1 \(person.lastContact.words), check-in was due \(person.nextCheckIn.words) (\(person.nextCheckIn.days(until: today)) days ago)\n"
        }
        return out
    }

    public var json: JSONValue {
        .object([
            ("today", .string(today.description)),
            ("people", .array(people.map { person in
                .object([
                    ("name", .string(person.name)), ("id", .optional(person.id)), ("meetings", .int(person.meetings)),
                    ("first_contact", .string(person.firstContact.description)),
                    ("last_contact", .string(person.lastContact.description)),
                    ("open_commitments", .int(person.openCommitments)), ("open_promises", .int(person.openPromises)),
                    ("kept", .int(person.kept)), ("missed", .int(person.missed)), ("stage", .string(person.stage)),
                    ("stage_inferred", .bool(person.stageInferred)), ("next_check_in", .string(person.nextCheckIn.description)),
                    ("losing_touch", .bool(person.nextCheckIn < today)), ("paths", .array(person.paths.map(JSONValue.string))),
                ])
            })),
        ])
    }
}

/// Plain-text columns, padded to line up in a terminal; numbers right-aligned.
enum Table {
    static func render(_ rows: [[String]], numeric: Set<Int> = []) -> String {
        guard let columns = rows.first?.count else { return "" }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimming("")
        }.joined(separator: "\n") + "\n"
    }
}
