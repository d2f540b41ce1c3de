import Foundation

/// `followup new`: a fresh note from the note template, named `YYYY-MM-DD-name.md`, never
/// overwriting one that exists.
public enum NoteStarter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A file-name slug safe for any name: accents folded, anything but letters and digits to `-`.
    /// "Ana Pérez" → "ana-perez"; "../../etc" → "etc"; "🌱" → "note".
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if slug.last != "-" {
                slug.append("-")
            }
        }
        let trimmed = slug.trimming("-").lowercased()
        let capped = String(trimmed.prefix(60)).trimming("-")
        return capped.isEmpty ? "note" : capped
    }

    /// Writes the new note in `folder` and returns its path. A second note for the same person on
    /// the same day gets `-2`, `-3`, …; an existing file is never touched.
    public static func create(
        person: String, date: CalendarDay, organizer: String?, folder: String, templates: TemplateSet
    ) throws(Failure) -> String {
        let context: [String: Any] = [
            "person": Phrasing.oneLine(person), "personYAML": ChecklistContext.yamlQuoted(person),
            "date": date.description, "organizer": organizer.map(Phrasing.oneLine) ?? "",
            "organizerYAML": organizer.map(ChecklistContext.yamlQuoted) ?? "",
        ]
        guard let text = templates.render(TemplateSet.note, context) else {
            throw Failure(description: "the note template could not be read")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(folder): \(error.localizedDescription)")
        }
        let base = (folder == "." ? "" : folder + "/") + date.description + "-" + slug(person)
        for attempt in 1...99 {
            let path = base + (attempt == 1 ? "" : "-\(attempt)") + ".md"
            // O_EXCL: the file is created only if no file has that name, with no window between check and write.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
            let bytes = Array(text.utf8)
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            guard written == bytes.count else { throw Failure(description: "could not write all of \(path)") }
            return path
        }
        throw Failure(description: "99 notes already exist for \(person) on \(date)")
    }

    /// `git config user.name`, for the organizer of a new note when `followup.yml` does not say.
    public static func gitUserName(in folder: String) -> String? {
        let name = try? GitChanges.git(["config", "user.name"], in: folder, failure: "")
        let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }
}
