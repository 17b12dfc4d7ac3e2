import Foundation

/// Runs the built `legal-timeline` binary, as a user would, and captures what it prints.
struct CommandRunner {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary sits beside the test bundle in the build folder.
  static var binary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("legal-timeline")
  }

  /// Runs the binary from the repository root with `arguments`, feeding it `stdin`.
  static func run(_ arguments: [String], stdin: [UInt8] = []) throws -> Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inPath = folder.appendingPathComponent("stdin")
    let outPath = folder.appendingPathComponent("stdout")
    let errPath = folder.appendingPathComponent("stderr")
    try Data(stdin).write(to: inPath)
    _ = FileManager.default.createFile(atPath: outPath.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath.path, contents: nil)

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    process.standardInput = try FileHandle(forReadingFrom: inPath)
    process.standardOutput = try FileHandle(forWritingTo: outPath)
    process.standardError = try FileHandle(forWritingTo: errPath)
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outPath), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errPath), as: UTF8.self))
  }
}
