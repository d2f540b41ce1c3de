/// Spanish and Portuguese day phrases as bilingual notes write them ("el próximo martes a las 6",
/// "la semana que viene", "el 12 de octubre", "sexta de manhã"), rewritten as the English tokens the
/// scanner reads. A rewritten token keeps the range of the words it stands for, so a mention still
/// quotes the note as written.
enum ForeignDateWords {
    /// Streets, squares and shops named for a day of the year: "calle 5 de Mayo", "Taquería 5 de Mayo".
    private static let namedForADay: Set<String> = [
        "calle", "avenida", "av", "ave", "taquería", "taqueria", "colonia", "restaurante", "panadería", "panaderia", "plaza",
        "escuela", "mercado", "rua",
    ]

    /// `tokens` with every foreign day phrase in English; the same array when there is none.
    static func englished(_ tokens: [DateToken]) -> [DateToken] {
        guard tokens.contains(where: { $0.kind == .word && triggers.contains($0.text) }) else { return tokens }
        var out: [DateToken] = []
        out.reserveCapacity(tokens.count + 2)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.kind == .word else {
                out.append(token)
                i += 1
                continue
            }
            // Phrases of several words first: "pasado mañana", "de la tarde", "fin de semana", "a las".
            if let (length, english) = phrase(at: i, in: tokens) {
                out.append(token.rewritten(english, through: tokens[i + length - 1]))
                i += length
                continue
            }
            // "el día 15": the 15th ("el día 15 de diciembre" is read by its month).
            if ["día", "dia"].contains(token.text), i + 1 < tokens.count, tokens[i + 1].kind == .number,
                let article = out.last, ["el", "o"].contains(article.text)
            {
                if i + 3 < tokens.count, ["de", "del"].contains(tokens[i + 2].text), months[tokens[i + 3].text] != nil {
                    i += 1
                    continue
                }
                out[out.count - 1] = article.rewritten("the")
                out.append(tokens[i + 1])
                out.append(tokens[i + 1].suffix("th"))
                i += 2
                continue
            }
            // "12 de octubre": the "de" between a day and its month says nothing. Not "calle 5 de Mayo", "Taquería 5 de
            // Mayo", "avenida 16 de Septiembre": streets and shops named for the day.
            if ["de", "del"].contains(token.text), out.last?.kind == .number, i + 1 < tokens.count,
                months[tokens[i + 1].text] != nil,
                !(out.count >= 2 && namedForADay.contains(out[out.count - 2].text))
            {
                i += 1
                continue
            }
            guard let english = word(at: i, in: tokens) else {
                out.append(token)
                i += 1
                continue
            }
            // "el martes que viene", "la semana que vem", "el viernes próximo": next, said after the day.
            var last = i
            if i + 2 < tokens.count, tokens[i + 1].text == "que", ["viene", "vem"].contains(tokens[i + 2].text) {
                last = i + 2
            } else if i + 1 < tokens.count, nextWords.contains(tokens[i + 1].text) {
                last = i + 1
            }
            if last > i, daysAndSpans.contains(english) {
                if let article = out.last, ["el", "la", "o", "a", "na", "no"].contains(article.text) {
                    out[out.count - 1] = article.rewritten("next")
                } else {
                    out.append(token.rewritten("next"))
                }
                out.append(token.rewritten(english, through: tokens[last]))
                i = last + 1
                continue
            }
            // "a la 1 el sábado": "el" before a day joins a time to it, as "on" does.
            if weekdays[token.text] != nil, let article = out.last, ["el", "o", "na", "no"].contains(article.text) {
                out[out.count - 1] = article.rewritten("on")
            }
            out.append(token.rewritten(english))
            i += 1
        }
        return out
    }

    /// The English for the word at `i`, if it is a foreign day word here.
    private static func word(at i: Int, in tokens: [DateToken]) -> String? {
        let text = tokens[i].text
        let previous = i > 0 && tokens[i - 1].kind == .word ? tokens[i - 1].text : nil
        let next = i + 1 < tokens.count ? tokens[i + 1].text : nil
        if let day = weekdays[text] {
            // "los martes", "todos los domingos", "cada viernes": every such day, not one.
            if let previous, ["los", "las", "todos", "todas", "cada", "às", "aos", "toda"].contains(previous) { return nil }
            // "Domingo" is a name, "Quinta" a place and "segunda" a second, unless a day is plainly meant: after a
            // Spanish or Portuguese lead when capitalized ("el Domingo"), or also before a time or date in lower case.
            if ambiguousWeekdays.contains(text) {
                let led = previous.map { foreignLeads.contains($0) || (!tokens[i].isCapitalized && englishLeads.contains($0)) } ?? false
                let followed = !tokens[i].isCapitalized && (next.map { ["que", "a", "at", "às", "de", "por", "en"].contains($0) } ?? false)
                let numbered = !tokens[i].isCapitalized && i + 1 < tokens.count && tokens[i + 1].kind == .number
                guard led || followed || numbered || (text == "domingo" && !tokens[i].isCapitalized) else { return nil }
            }
            return day
        }
        if let month = months[text] {
            // "Julio", "Abril" and "Mayo" are names too: a capital month needs "de" before it ("el 3 de Julio").
            if tokens[i].isCapitalized, !(previous.map { ["de", "del", "do", "em"].contains($0) } ?? false) { return nil }
            return month
        }
        if nextWords.contains(text) { return "next" }
        switch text {
        case "este", "esta", "esse", "essa", "neste", "nesta", "nesse", "nessa":
            // "este jueves", "esta semana"; not "esta casa".
            guard let next, weekdays[next] != nil || ["semana", "fin", "fim", "mes", "mês"].contains(next) else { return nil }
            return "this"
        case "semana":
            guard let previous, ["next", "this", "próxima", "proxima", "esta", "essa", "nesta", "la", "a"].contains(previous) || next == "que" else { return nil }
            return "week"
        case "mes", "mês":
            guard let previous, ["próximo", "proximo", "este", "esse", "el", "o", "de", "del", "do"].contains(previous) || next == "que" else { return nil }
            return "month"
        case "fin", "fim":
            guard next.map({ ["de", "del", "do"].contains($0) }) ?? false, i + 2 < tokens.count, ["mes", "mês"].contains(tokens[i + 2].text) else { return nil }
            return "end"
        case "de", "del", "do":
            guard let previous, ["fin", "fim"].contains(previous), let next, ["mes", "mês"].contains(next) else { return nil }
            return "of"
        default:
            return nil
        }
    }

    /// A phrase of several words starting at `i`: its length in tokens and its English.
    private static func phrase(at i: Int, in tokens: [DateToken]) -> (Int, String)? {
        for (words, english) in phrases where i + words.count <= tokens.count {
            guard words.indices.allSatisfy({ words[$0].contains(tokens[i + $0].text) }) else { continue }
            // "a las 6": a clock time follows.
            if english == "at", i + words.count >= tokens.count || tokens[i + words.count].kind != .number { continue }
            return (words.count, english)
        }
        return nil
    }

    private static let morning: Set<String> = ["mañana", "manana"]
    private static let nextWords: Set<String> = ["próximo", "próxima", "proximo", "proxima"]
    /// What "que viene" or "próximo" after it makes the next one of: a day, a week, a month, a weekend.
    private static let daysAndSpans = Set(weekdays.values).union(["week", "month", "weekend"])

    /// Longer phrases before shorter ones that share their start.
    private static let phrases: [([Set<String>], String)] = [
        ([["pasado"], morning], "pasado mañana"),
        ([["depois"], ["de"], ["amanhã", "amanha"]], "pasado mañana"),
        ([["de"], ["la"], morning], "am"),
        ([["de"], ["la"], ["tarde", "noche"]], "pm"),
        ([["da"], ["manhã", "manha"]], "am"),
        ([["da"], ["tarde", "noite"]], "pm"),
        ([["por", "en"], ["la"], morning], "morning"),
        ([["por", "en"], ["la"], ["tarde"]], "afternoon"),
        ([["por", "en"], ["la"], ["noche"]], "night"),
        ([["de"], ["manhã", "manha"]], "morning"),
        ([["à", "a"], ["noite"]], "night"),
        ([["à", "a"], ["tarde"]], "afternoon"),
        ([["esta"], ["noche"]], "tonight"),
        ([["fin", "fim"], ["de"], ["semana"]], "weekend"),
        ([["a"], ["las", "la"]], "at"),
        ([["às"]], "at"),
    ]

    private static let weekdays: [String: String] = [
        "lunes": "monday", "martes": "tuesday", "miércoles": "wednesday", "miercoles": "wednesday", "jueves": "thursday",
        "viernes": "friday", "sábado": "saturday", "sabado": "saturday", "domingo": "sunday", "sáb": "saturday", "mié": "wednesday",
        "segunda": "monday", "terça": "tuesday", "terca": "tuesday", "quarta": "wednesday", "quinta": "thursday",
        "sexta": "friday",
    ]

    /// Day words that are also names, places or ordinals: "Domingo", "Quinta", "la segunda vez", "Sexta street".
    private static let ambiguousWeekdays: Set<String> = ["domingo", "segunda", "terça", "terca", "quarta", "quinta", "sexta"]

    private static let foreignLeads: Set<String> = [
        "el", "del", "este", "próximo", "proximo", "na", "nesta", "neste", "essa", "esse", "para", "hasta", "desde", "o",
        "próxima", "proxima", "até", "pro", "pra",
    ]
    private static let englishLeads: Set<String> = ["on", "this", "next", "by", "after", "before", "until", "till"]

    private static let months: [String: String] = [
        "enero": "january", "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may", "junio": "june",
        "julio": "july", "agosto": "august", "septiembre": "september", "setiembre": "september", "octubre": "october",
        "noviembre": "november", "diciembre": "december",
        "janeiro": "january", "fevereiro": "february", "março": "march", "maio": "may", "junho": "june",
        "julho": "july", "setembro": "september", "outubro": "october", "novembro": "november", "dezembro": "december",
    ]

    /// Words without which no foreign day phrase is read; a sentence with none of them is left alone.
    /// Common English words ("a", "as", "de") are not among them.
    private static let triggers: Set<String> = Set(weekdays.keys).union(months.keys).union(nextWords).union([
        "semana", "mes", "mês", "fin", "fim", "día", "dia", "pasado",
        "depois", "mañana", "manana", "manhã", "manha", "tarde", "noche", "noite", "las", "às",
    ])
}

extension DateToken {
    /// This word read as `english`, spanning through `last`.
    /// A month read from Spanish or Portuguese counts as written with its capital: "5 de mayo" is no "may" the verb.
    fileprivate func rewritten(_ english: String, through last: DateToken? = nil) -> DateToken {
        DateToken(kind: .word, range: range.lowerBound..<(last ?? self).range.upperBound, text: english, value: 0,
                  spaceBefore: spaceBefore, isCapitalized: english == "may" || english == "march")
    }

    /// An ordinal suffix glued to this number, taking no room in the text ("el día 15" read as "the 15th").
    fileprivate func suffix(_ text: String) -> DateToken {
        DateToken(kind: .word, range: range.upperBound..<range.upperBound, text: text, value: 0,
                  spaceBefore: false, isCapitalized: false)
    }
}
