import Foundation

/// The part of a note a block sits in, from its heading or an inline label ("Ask:", "Next steps:").
/// Section names are matched case-insensitively, with the synonyms the README lists.
enum Section: Hashable, Sendable {
    case purpose, connection, story, strategy, ask, commitments, promises, skills, referrals, issues
    /// Answers written apart from the asks they answer ("What she said", "Her answers on 1 and 2:").
    case answers
    /// A heading we do not know ("Notes", "Misc"): its text is read as prose.
    case other

    private static let synonyms: [(Section, [String])] = [
        (.purpose, ["purpose", "why", "goal", "goals", "agenda", "intro"]),
        (.connection, ["connection", "connecting", "rapport", "icebreaker"]),
        (.story, ["who", "story", "stories", "their story", "background", "about", "about them", "bio", "life", "her story", "his story", "context",
                  "historia", "su historia", "história", "contexto"]),
        (.strategy, ["strategy", "campaign", "plan", "the plan", "vision"]),
        (.ask, ["ask", "asks", "the ask", "hard ask", "asks made", "ask and answer", "ask & answer", "ask / answer", "request", "invitation",
                "asked", "what i asked", "q/a", "q&a", "q & a", "asked her", "asked him", "asked them", "the asks", "my ask", "my asks",
                // Spanish and Portuguese notes: "Lo que le pedí", "Preguntas", "O que pedi"
                "lo que le pedí", "lo que pedí", "le pedí", "preguntas", "peticiones", "pedidos", "o que pedi", "pedido"]),
        (.answers, [
            "answers", "answer", "her answers", "his answers", "their answers", "her answer", "his answer", "their answer",
            "what she said", "what he said", "what they said", "responses", "response", "her response", "his response",
            "their response", "replies", "her reply", "his reply", "how she answered", "how he answered", "how they answered",
            "respuestas", "sus respuestas", "lo que dijo", "respostas", "o que disse",
        ]),
        (.commitments, [
            "commitments", "commitment", "next steps", "next step", "action items", "actions", "follow-through", "to do",
            "to-do", "todo", "todos", "tasks", "their commitments",
            "what they will do", "they will", "agreed", "agreements", "what they agreed to",
            "compromisos", "próximos pasos", "proximos pasos", "tareas", "pendientes", "compromissos", "próximos passos",
        ]),
        (.promises, [
            "promises", "my promises", "my commitments", "i will", "i'll", "me", "my follow-up", "my follow-ups",
            // the organizer's own follow-up list
            "follow-up", "follow-ups", "follow up", "follow ups", "followup", "followups",
            "my next steps", "organizer follow-up", "organizer", "organizer commitments", "what i promised", "promised",
            "my to-do", "my to do", "mis compromisos", "lo que prometí", "meus compromissos",
        ]),
        (.skills, [
            "skills", "skill", "resources", "skills / resources", "skills/resources", "skills and resources",
            "skills & resources", "talents", "assets", "what they bring", "gifts", "experience", "strengths", "offers",
            "brings", "what she brings", "what he brings", "what they bring", "she brings", "he brings", "they bring",
            "what she offers", "what he offers", "can offer", "can bring", "what she can do", "what he can do",
            // key: value shorthand ("job: …", "has: …", "langs: …")
            "job", "jobs", "trade", "has", "owns", "holds", "knows", "langs", "languages", "language", "speaks", "certs",
            "certifications", "vehicle", "vehicles", "equipment", "tools", "used to", "roles", "positions",
            "habilidades", "recursos", "lo que trae", "lo que ofrece", "talentos", "oficio", "idiomas", "habilidades y recursos",
        ]),
        (.referrals, [
            "referrals", "referral", "who else", "who else to talk to", "people to talk to", "people to meet", "contacts",
            "leads", "talk to", "introductions", "network", "suggested contacts", "other people", "names",
            "con quién hablar", "con quien hablar", "quién más", "quien mas", "quién mas", "contactos", "com quem falar", "quem mais",
        ]),
        (.issues, [
            "issues", "issue", "concerns", "what they care about", "self-interest", "self interest", "interests",
            "cares about", "values", "what matters", "priorities",
            "temas", "preocupaciones", "lo que le importa", "problemas", "preocupações",
        ]),
    ]

    private static let table: [String: Section] = {
        // "**Next:**" ends the section above it; what follows is read as prose, since it mixes her tasks, mine, and
        // news ("the lead wants everybody at a team mtg Fri, his thing not ours").
        var table: [String: Section] = ["next": .other, "next up": .other]
        for (section, names) in synonyms {
            for name in names { table[name] = section }
        }
        return table
    }()

    /// The section a heading or label names, or nil when it names none we know.
    /// "Skills / Resources", "Next steps 📌", "3. The Ask" and "Ask (and answer)" all count.
    init?(label: Substring) {
        var folded = label.lowercased().replacingOccurrences(of: "’", with: "'")
        if let open = folded.firstIndex(of: "(") { folded = String(folded[..<open]) }
        folded = folded.filter { $0.isLetter || $0.isNumber || " /&'-".contains($0) }
        let trimmed = folded.trimming("0123456789.-/ ")
        let key = trimmed.split(separator: " ").joined(separator: " ")
        if let section = Self.table[key] {
            self = section
            return
        }
        // "Her answers on 1 and 2": answers that say which asks they answer.
        if let on = key.range(of: " (on|to|re) ", options: .regularExpression), Self.table[String(key[..<on.lowerBound])] == .answers {
            self = .answers
            return
        }
        // "Ask & answer", "Skills, resources": the first word decides when the whole does not.
        for separator in [" / ", " & ", " and ", "/"] {
            if let first = key.components(separatedBy: separator).first, first != key, let section = Self.table[first] {
                self = section
                return
            }
        }
        return nil
    }
}

