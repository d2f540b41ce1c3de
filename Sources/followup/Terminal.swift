import FollowUpKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place the tool writes to the terminal.
enum Terminal {
    static func out(_ text: String) {
        var text = text
        text.withUTF8 { buffer in write(1, buffer) }
    }

    static func err(_ text: String) {
        var text = text
        text.withUTF8 { buffer in write(2, buffer) }
    }

    /// Diagnostics to stderr, one a line as `path:line:column: severity: message`, coloured on a terminal.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let colour = isatty(2) == 1 && getenv("NO_COLOR") == nil
        var text = ""
        for diagnostic in diagnostics {
            if colour {
                let code = diagnostic.severity == .error ? "31" : "33"
                let place = "\(diagnostic.path):\(diagnostic.location.line):\(diagnostic.location.column):"
                let rule = diagnostic.rule.map { " [\($0)]" } ?? ""
                text += "\u{1B}[1m\(place)\u{1B}[0m \u{1B}[1;\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m \(diagnostic.message)\(rule)\n"
            } else {
                text += diagnostic.description + "\n"
            }
        }
        err(text)
    }

    static func exit(_ code: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }

    private static func write(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buffer.count {
            let written = {
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }()
            if written <= 0 { return }
            offset += written
        }
    }
}
