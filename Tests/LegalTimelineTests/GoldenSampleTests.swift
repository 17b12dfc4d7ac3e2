import Foundation
import Testing

@testable import LegalTimeline

/// The golden samples of `samples/`: the same check `legal-timeline test samples` runs.
@Suite struct GoldenSampleTests {
  static let samplesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("samples").path

  @Test func everySampleMatchesItsExpectedTimeline() throws {
    let suite = try SampleSuite(directory: Self.samplesDirectory)
    #expect(suite.names.count >= 1, "no samples found in \(Self.samplesDirectory)")
    let report = suite.run()
    let score = report.score
    // Printed so that the test log carries the precision and recall over all samples.
    print(report.rendered(verbose: true))
    #expect(report.failedCount == 0, "\(report.rendered())")
    #expect(score.precision >= 0.9 && score.recall >= 0.9)
  }

  @Test func everyExtractedTimelineFollowsTheSchema() throws {
    let suite = try SampleSuite(directory: Self.samplesDirectory)
    let extractor = TimelineExtractor(options: ExtractionOptions(includeUnrealized: true))
    var lines: [String] = []
    for name in suite.names {
      let bytes = try #require(FileManager.default.contents(atPath: suite.htmlPath(name)))
      lines.append(try extractor.extract([UInt8](bytes), file: suite.htmlPath(name)).json.serialized())
    }
    try SchemaCheck.validate(jsonLines: lines, against: "timeline.schema.json")
  }

  @Test func everyExpectedTimelineFollowsTheSchema() throws {
    let suite = try SampleSuite(directory: Self.samplesDirectory)
    var lines: [String] = []
    for name in suite.names {
      let data = try #require(FileManager.default.contents(atPath: suite.expectedPath(name)))
      let object = try JSONSerialization.jsonObject(with: data)
      lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
    }
    try SchemaCheck.validate(jsonLines: lines, against: "timeline.schema.json")
  }
}
