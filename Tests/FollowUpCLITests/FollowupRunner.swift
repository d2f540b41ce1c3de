import Foundation

/// Runs the built `followup` binary the way an organizer would, capturing what it prints.
struct FollowupRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's place in `Tests/FollowUpCLITests/`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary beside the test bundle (SwiftPM builds it first), or `FOLLOWUP_BIN`.
    static let binary: String = {
        if let override = ProcessInfo.processInfo.environment["FOLLOWUP_BIN"] { return override }
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleFolder, bundleFolder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("followup").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return packageRoot.appendingPathComponent(".build/debug/followup").path
    }()

    static func run(_ arguments: [String], in folder: String? = nil, stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? packageRoot.path)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "EDITOR")
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output never blocks the child.
        let group = DispatchGroup()
        let errData = DataBox()
        group.enter()
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.data, as: UTF8.self))
    }
}

/// Golden files: rendered output compared byte for byte, re-recorded on purpose with
/// `FOLLOWUP_RECORD_GOLDEN=1 swift test`, and read by eye when they change.
enum Golden {
    static let folder = FollowupRunner.packageRoot.appendingPathComponent("Tests/FollowUpCLITests/Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["FOLLOWUP_RECORD_GOLDEN"] == "1" }

    /// The golden text for `name`, after recording `actual` when asked to.
    static func expected(_ name: String, actual: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// Holds what one reader thread collected until the other side waits for it.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
