/// The text of a note file, decoded and normalized so that every later stage can trust it:
/// valid UTF-8, no byte-order mark, `\n` line ends. Line numbers are unchanged by the normalization.
struct SourceText: Sendable {
    let text: String

    /// Decodes raw file bytes, or says where the first undecodable byte is.
    init(bytes: some Collection<UInt8>) throws(NoteError) {
        var slice = Array(bytes)[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw NoteError("the note is empty: a note starts with front matter between '---' lines")
        }
        try Self.validateUTF8(slice)
        var decoded = String(decoding: slice, as: UTF8.self)
        if decoded.utf8.contains(0x0D) {
            decoded = decoded.replacingCRLF()
        }
        text = decoded
    }

    init(string: String) {
        text = string.utf8.contains(0x0D) ? string.replacingCRLF() : string
    }

    /// Finds the first invalid byte and reports its line and byte column.
    private static func validateUTF8(_ bytes: ArraySlice<UInt8>) throws(NoteError) {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                throw NoteError(
                    "the file is not valid UTF-8 text (save it as UTF-8 in your editor)",
                    at: SourceLocation(line: line, column: column))
            case .emptyInput:
                return
            }
        }
    }
}

extension String {
    /// `\r\n` and lone `\r` become `\n`, so every line count stays true to the file.
    fileprivate func replacingCRLF() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
