/// The pipeline for one file, in one direction: bytes → source text → front matter → Markdown → records.
public enum NoteReader {
    /// Reads one note from its bytes; a problem becomes a diagnostic, never a crash.
    public static func read(bytes: some Collection<UInt8>, path: String) -> Result<Note, Diagnostic> {
        do throws(NoteError) {
            let source = try SourceText(bytes: bytes)
            return .success(try note(from: source, path: path))
        } catch {
            return .failure(error.diagnostic(path: path))
        }
    }

    /// Reads one note from text already in memory (tests, `new`).
    public static func read(text: String, path: String) -> Result<Note, Diagnostic> {
        read(bytes: Array(text.utf8), path: path)
    }

    static func note(from source: SourceText, path: String) throws(NoteError) -> Note {
        let parts = try FrontMatterSplitter.split(source.text)
        let frontMatter = try FrontMatterDecoder.decode(parts.yaml)
        let document = CommonMarkConverter.document(from: parts.body, lineOffset: parts.bodyLineOffset)
        var extractor = NoteExtractor(frontMatter: frontMatter)
        extractor.read(document)
        return extractor.finish(frontMatter: frontMatter, path: path)
    }
}
