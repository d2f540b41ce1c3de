import Testing

@testable import FollowUpKit

/// Day phrases in Spanish and Portuguese, as bilingual notes write them, resolve by the same rules as
/// their English equivalents; the words that only look like days do not.
@Suite("Spanish and Portuguese day phrases")
struct ForeignDateTests {
    @Test("resolve like their English equivalents", arguments: [
        ("lo vemos el jueves a las 6", saturdayMeeting, ["2026-11-19T18:00"]),
        ("el martes, y el próximo martes también", mondayMeeting, ["2026-11-17", "2026-11-24"]),
        ("el viernes próximo", mondayMeeting, ["2026-11-27"]),
        ("el martes que viene", mondayMeeting, ["2026-11-24"]),
        ("la semana que viene", mondayMeeting, ["2026-11-23..2026-11-29"]),
        ("la próxima semana", mondayMeeting, ["2026-11-23..2026-11-29"]),
        ("este fin de semana", mondayMeeting, ["2026-11-21..2026-11-22"]),
        ("la marcha del 3 de diciembre", saturdayMeeting, ["2026-12-03"]),
        ("pasado mañana le llamo", saturdayMeeting, ["2026-11-16"]),
        ("me paga a fin de mes", saturdayMeeting, ["2026-11-30"]),
        ("la lista para el día 15", saturdayMeeting, ["2026-11-15"]),
        ("lunes a las 6 de la mañana", saturdayMeeting, ["2026-11-16T06:00"]),
        ("a la 1 de la tarde el sábado", saturdayMeeting, ["2026-11-21T13:00"]),
        ("sábado 11/28 a las 10am", saturdayMeeting, ["2026-11-28T10:00"]),
        ("cocinar para la asamblea el sáb 28", saturdayMeeting, ["2026-11-28"]),
        ("antes del domingo", saturdayMeeting, ["2026-11-15"]),
        ("sexta de manhã", saturdayMeeting, ["2026-11-20"]),
        ("na quinta às 7", saturdayMeeting, ["2026-11-19T19:00"]),
        ("reunião dia 3 de dezembro", saturdayMeeting, ["2026-12-03"]),
        ("la junta es el día 15 de diciembre", saturdayMeeting, ["2026-12-15"]),
        // "mayo" and "marzo" are months, not the verb or the protest their English words can be
        ("la asamblea el martes 5 de mayo a las 6", saturdayMeeting, ["2027-05-05T18:00"]),
        ("viene el 5 de mayo", saturdayMeeting, ["2027-05-05"]), ("el 3 de marzo", saturdayMeeting, ["2027-03-03"]),
    ] as [(String, String, [String])])
    func resolves(sentence: String, meeting: String, expected: [String]) {
        #expect(resolved(sentence, meeting: meeting) == expected)
    }

    @Test("every such day, a name, an ordinal or a morning is no date", arguments: [
        "va todos los domingos a misa", "Domingo dijo que sí.", "los martes no puede", "la segunda vez que vino",
        "tiene chamba esa mañana", "cada viernes cobra", "Quinta Avenida",
        // English notes that name people and places
        "I met Domingo at the church.", "Marco said he'd bring Domingo 3 flyers.", "Julio 2nd shift supervisor",
        "Talked with Abril 5 minutes after.", "She worked at Quinta 5 years.", "Sexta street is closed.",
    ])
    func none(sentence: String) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == [])
    }

    @Test("shorthand English days around them", arguments: [
        ("lend the tent for the bbq sat 12/5", ["2026-12-05"], ["sat 12/5"]), ("call her sun nite", ["2026-11-15"], ["sun nite"]),
        ("pick up the PA Sat morning 11/28", ["2026-11-28"], ["Sat morning 11/28"]),
        ("Sunday mornings are his busiest", [], []), ("2 near misses this month", [], []),
        ("She'll get 5 signatures this month.", ["2026-11-14..2026-11-30"], ["this month"]),
        ("she sat 2/3 of the way back", [], []),
    ] as [(String, [String], [String])])
    func english(sentence: String, expected: [String], texts: [String]) {
        #expect(resolved(sentence, meeting: saturdayMeeting) == expected)
        #expect(scan(sentence, meeting: saturdayMeeting).mentions.map(\.text) == texts)
    }
}
