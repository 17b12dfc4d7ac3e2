import Foundation
import Testing

@Suite struct TestCommandTests {
  @Test func theLastLineCountsEverySampleAndTheExitCodeFollowsFailures() throws {
    let result = try CommandRunner.run(["test", "samples", "--quiet"])
    let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
    let numbers = last.split(separator: " ").compactMap { Int($0) }
    let samples = try FileManager.default.contentsOfDirectory(
      atPath: CommandRunner.repositoryRoot.appendingPathComponent("samples").path
    ).filter { $0.hasSuffix(".html") }
    #expect(last.hasSuffix("failed") && last.contains(" passed, "))
    #expect(numbers.count == 2 && numbers.reduce(0, +) == samples.count)
    #expect(result.status == (numbers.last == 0 ? 0 : 1))
  }

  @Test func aWrongExpectationFailsWithADiffAndExitCode1() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = CommandRunner.repositoryRoot.appendingPathComponent("samples")
    let name = "techthelead-xiaomi-blacklist"
    try FileManager.default.copyItem(
      at: root.appendingPathComponent(name + ".html"), to: folder.appendingPathComponent(name + ".html"))
    // The expected file claims the settlement happened in 2020: the runner must report the date change.
    let expected = try String(
      contentsOf: root.appendingPathComponent(name + ".timeline.json"), encoding: .utf8)
    let wrong = expected.replacingOccurrences(of: "\"value\": \"2021-05\"", with: "\"value\": \"2020-05\"")
    #expect(wrong != expected)
    try wrong.write(
      to: folder.appendingPathComponent(name + ".timeline.json"), atomically: true, encoding: .utf8)

    let result = try CommandRunner.run([
      "test", folder.path, "--junit", folder.appendingPathComponent("j.xml").path,
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains("FAIL"))
    #expect(result.stdout.contains("date: 2020-05 → 2021-05"))
    #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    let junit = try String(contentsOf: folder.appendingPathComponent("j.xml"), encoding: .utf8)
    #expect(junit.contains("<failure"))
    #expect(try Self.isJUnitXML(folder.appendingPathComponent("j.xml")))
  }

  /// Whether the file is well-formed XML with a JUnit root and test cases, by Python's XML parser (a reader
  /// CI systems are likely to resemble; FoundationXML leaks its libxml2 document, which the address
  /// sanitizer run would report).
  static func isJUnitXML(_ file: URL) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      """
      import sys, xml.etree.ElementTree as ET
      root = ET.parse(sys.argv[1]).getroot()
      sys.exit(0 if root.tag in ("testsuites", "testsuite") and any(True for _ in root.iter("testcase")) else 1)
      """,
      file.path,
    ]
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  @Test func updateRewritesTheExpectedFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("update-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = "techthelead-xiaomi-blacklist"
    try FileManager.default.copyItem(
      at: CommandRunner.repositoryRoot.appendingPathComponent("samples/\(name).html"),
      to: folder.appendingPathComponent(name + ".html"))
    let first = try CommandRunner.run(["test", folder.path, "--update"])
    #expect(first.status == 0)
    let second = try CommandRunner.run(["test", folder.path])
    #expect(second.status == 0)
    #expect(second.stdout.hasSuffix("1 passed, 0 failed\n"))
  }

  @Test func aSamplesOwnPageRunsThatOneSample() throws {
    let result = try CommandRunner.run(["test", "samples/techthelead-xiaomi-blacklist.html", "--quiet"])
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
  }

  @Test func aFileThatIsNoSampleGetsAnErrorNamingIt() throws {
    let result = try CommandRunner.run(["test", "README.md"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("README.md: is a file, not a folder of samples"))
    let missing = try CommandRunner.run(["test", "no-such-folder"])
    #expect(missing.stderr.contains("no-such-folder: no such folder"))
  }
}
