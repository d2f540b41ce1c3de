import Foundation

/// All the notes under some paths, read once each, with every problem found on the way.
public struct Notebook: Sendable {
    /// Notes that were read, sorted by path.
    public var notes: [Note]
    /// Problems, sorted by path and place; a broken note is here and not in `notes`.
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Finds and reads every note under `paths`, in parallel; one broken note never stops the others.
    public static func load(_ paths: [String], skipping skipped: Set<String> = [], only: Set<String>? = nil) -> Notebook {
        let found = NoteFinder.files(in: paths, skipping: skipped, only: only)
        let results = readAll(found.files)
        var notes: [Note] = []
        var diagnostics = found.diagnostics
        for result in results {
            switch result {
            case .success(let note): notes.append(note)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        diagnostics.sort { ($0.path.utf8.lexicographicallyPrecedes($1.path.utf8)) || ($0.path == $1.path && $0.location < $1.location) }
        return Notebook(notes: notes, diagnostics: diagnostics)
    }

    private static func readAll(_ files: [String]) -> [Result<Note, Diagnostic>] {
        let results = ParallelResults<Result<Note, Diagnostic>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, read(files[index]))
        }
        return results.values
    }

    static func read(_ path: String) -> Result<Note, Diagnostic> {
        bytes(of: path).flatMap { NoteReader.read(bytes: $0, path: path) }
    }

    /// A note file's bytes, or why they cannot be had, said the same way by every command.
    static func bytes(of path: String) -> Result<Data, Diagnostic> {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = access(path, R_OK) != 0 ? "cannot be read (permission denied)" : "cannot be opened"
            return .failure(Diagnostic(path: path, location: .start, severity: .error, message: "the note \(reason)"))
        }
        defer { try? handle.close() }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(Diagnostic(path: path, location: .start, severity: .error, message: "the note cannot be read: \(error.localizedDescription)"))
        }
    }
}

/// Results written by index from several threads, read once they are all done.
final class ParallelResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }
}
