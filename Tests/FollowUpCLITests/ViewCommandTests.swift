import Foundation
import Testing

@Suite("Notebook views, run as a binary")
struct ViewCommandTests {
    /// Runs a Python check on `input`, returning its exit status and output.
    static func python(_ script: String, arguments: [String] = [], input: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("The calendar of the sample notes passes Python's icalendar and our RFC 5545 checks")
    func calendarValidates() throws {
        let output = try FollowupRunner.run(["calendar", "SampleNotes"])
        #expect(output.status == 0)
        let script = FollowupRunner.packageRoot.appendingPathComponent("Tests/tools/validate-ics.py").path
        let (status, report) = try Self.python(script, input: output.stdout)
        #expect(status == 0, "\(report)")
        #expect(report.contains(" events, "))
        #expect(output.stdout == (try FollowupRunner.run(["calendar", "SampleNotes"]).stdout), "same notes, same calendar")
    }

    @Test("The CSV reads back with Python's csv module: a header and one row a note, all the same width")
    func csvReadsBack() throws {
        let output = try FollowupRunner.run(["export", "--format", "csv", "SampleNotes"])
        #expect(output.status == 0)
        let check = FollowupRunner.packageRoot.appendingPathComponent(".build/csv-check-\(UUID().uuidString).py").path
        try """
            import csv, io, sys
            rows = list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))
            widths = {len(r) for r in rows}
            print(len(rows) - 1, "rows", widths)
            sys.exit(0 if len(widths) == 1 and rows[0][0] == "path" else 1)
            """.write(toFile: check, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: check) }
        let (status, report) = try Self.python(check, input: output.stdout)
        #expect(status == 0, "\(report)")
        #expect(report.hasPrefix("\(ExtractCommandTests.sampleCount) rows"))
    }

    @Test("due, people and report print what an organizer reads on a Monday", arguments: [
        (["due", "--today", "2026-11-21", "--within", "7", "SampleNotes"], "(today)"),
        (["people", "--today", "2026-11-21", "SampleNotes"], "Losing touch:"),
        (["report", "SampleNotes"], "asks made:"),
    ])
    func views(_ arguments: [String], _ expected: String) throws {
        let output = try FollowupRunner.run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains(expected), "\(output.stdout)")
    }

    @Test("JSON views parse", arguments: [["due", "--format", "json", "SampleNotes"], ["people", "--format", "json", "SampleNotes"]])
    func jsonViews(_ arguments: [String]) throws {
        let output = try FollowupRunner.run(arguments)
        #expect((try? JSONSerialization.jsonObject(with: Data(output.stdout.utf8))) is [String: Any])
    }
}
