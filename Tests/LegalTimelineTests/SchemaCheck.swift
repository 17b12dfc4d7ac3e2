import Foundation
import Testing

/// Validates JSON documents against a schema of `Schemas/` with Python's `jsonschema`, the reference
/// validator that the consumers of our JSON are likely to use.
enum SchemaCheck {
  static let schemasDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Schemas")

  static let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    bad = 0
    for number, line in enumerate(open(sys.argv[2]), 1):
        for error in validator.iter_errors(json.loads(line)):
            bad += 1
            print(f"document {number}: /{'/'.join(map(str, error.path))}: {error.message[:200]}")
    sys.exit(1 if bad else 0)
    """

  static func validate(jsonLines: [String], against schema: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "schema-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let documents = folder.appendingPathComponent("documents.jsonl")
    try (jsonLines.joined(separator: "\n") + "\n").write(to: documents, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c", script, schemasDirectory.appendingPathComponent(schema).path, documents.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "schema check against \(schema) failed:\n\(output)")
  }
}
