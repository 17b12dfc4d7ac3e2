import Foundation
import Testing

@Suite struct ExtractCommandTests {
  static let seed = "samples/techthelead-xiaomi-blacklist.html"

  @Test func extractsTheSeedPageAsOneJSONTimeline() throws {
    let result = try CommandRunner.run(["extract", Self.seed])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let events = object?["events"] as? [[String: Any]] ?? []
    let types = events.compactMap { $0["type"] as? String }
    #expect(types.first == "regulatory.designation")
    #expect(types.contains("civil.complaint_filed"))
    #expect(types.contains("civil.settlement"))
    #expect(types.contains("regulatory.delisting"))
    #expect(!result.stdout.contains("Huawei\",\"role"))
  }

  @Test func readsStandardInputWhenNoFileIsGiven() throws {
    let page = try Data(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent(Self.seed))
    let result = try CommandRunner.run(["extract"], stdin: [UInt8](page))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("{\"schemaVersion\":1,\"source\":{\"file\":null"))
  }

  @Test func aBatchWritesOneLinePerInputInOrderWithErrorRecords() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.html")
    let binary = folder.appendingPathComponent("image.html")
    try Data().write(to: empty)
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: binary)
    let inputs = [Self.seed, empty.path, "no/such/file.html", binary.path, Self.seed]
    let result = try CommandRunner.run(["extract", "--jobs", "2"] + inputs)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == inputs.count)
    #expect(result.status == 1)
    for (line, input) in zip(lines, inputs) {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      if input == Self.seed {
        #expect(object?["events"] != nil)
      } else {
        #expect(object?["file"] as? String == input)
        #expect((object?["error"] as? String)?.isEmpty == false)
      }
    }
    #expect(result.stderr.contains("5 inputs"))
  }

  @Test func anEmptyInputIsAnErrorThatNamesIt() throws {
    let result = try CommandRunner.run(["extract"], stdin: [])
    #expect(result.status == 1)
    #expect(result.stderr.contains("<stdin>"))
    #expect(result.stderr.contains("empty"))
  }

  @Test func aMissingFileIsAUsageErrorThatNamesIt() throws {
    let result = try CommandRunner.run(["extract", "missing-page.html"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("missing-page.html"))
  }
}
