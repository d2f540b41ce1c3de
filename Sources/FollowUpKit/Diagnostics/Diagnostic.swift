/// A finding about one file, printed like a compiler: `path:line:column: severity: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How bad a finding is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var path: String
    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// The lint rule that produced it, when there is one (`check` prints it in brackets).
    public var rule: String?

    public init(
        path: String, location: SourceLocation, severity: Severity, message: String, rule: String? = nil
    ) {
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message
        self.rule = rule
    }

    public var description: String {
        let suffix = rule.map { " [\($0)]" } ?? ""
        return "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)\(suffix)"
    }
}
extension Diagnostic: Error {}
