/// Why a note could not be read. Each case is in our words, with the place in the file it concerns.
public struct NoteError: Error, Hashable, Sendable {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation = .start) {
        self.location = location
        self.message = message
    }

    func diagnostic(path: String) -> Diagnostic {
        Diagnostic(path: path, location: location, severity: .error, message: message)
    }
}
