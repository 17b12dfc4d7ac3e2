import EventRules
import Foundation

/// The golden samples of a folder: every `NAME.html` with its expected `NAME.timeline.json`.
///
/// Running the suite extracts each page (hypothetical and negated events included, as the expected
/// files hold them) and compares it with its expected timeline.
public struct SampleSuite: Sendable {
  public let directory: String
  /// The sample names (file names without `.html`), sorted.
  public let names: [String]

  /// Lists the samples of `directory`; `filter` keeps the names that contain it. A sample's own page
  /// (`NAME.html`) or expected file (`NAME.timeline.json`) stands for that one sample.
  public init(directory: String, filter: String? = nil) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
      throw SampleSuiteError(message: "\(directory): no such folder")
    }
    if !isFolder.boolValue {
      guard let name = Self.sampleName(ofFile: directory) else {
        throw SampleSuiteError(
          message:
            "\(directory): is a file, not a folder of samples or a sample's NAME.html or NAME.timeline.json")
      }
      let folder = (directory as NSString).deletingLastPathComponent
      self.directory = folder.isEmpty ? "." : folder
      self.names = [name]
      return
    }
    let files: [String]
    do {
      files = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw SampleSuiteError(message: "\(directory): cannot list the folder: \(error.localizedDescription)")
    }
    self.directory = directory
    self.names = files.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }
      .filter { filter == nil || $0.contains(filter ?? "") }.sorted()
  }

  /// "samples/x.html" and "samples/x.timeline.json" name the sample "x".
  static func sampleName(ofFile path: String) -> String? {
    let file = (path as NSString).lastPathComponent
    for suffix in [".timeline.json", ".html"] where file.hasSuffix(suffix) && file.count > suffix.count {
      return String(file.dropLast(suffix.count))
    }
    return nil
  }

  public func htmlPath(_ name: String) -> String {
    (directory as NSString).appendingPathComponent(name + ".html")
  }
  public func expectedPath(_ name: String) -> String {
    (directory as NSString).appendingPathComponent(name + ".timeline.json")
  }

  /// Extracts and compares every sample; with `update`, rewrites each expected file that differs.
  public func run(rules: RulePack = .builtIn, update: Bool = false) -> SampleSuiteReport {
    let extractor = TimelineExtractor(rules: rules, options: ExtractionOptions(includeUnrealized: true))
    var results: [SampleResult] = []
    for name in names {
      let started = ContinuousClock.now
      let outcome = check(name, extractor: extractor, update: update)
      results.append(
        SampleResult(
          name: name, outcome: outcome, seconds: Self.seconds(ContinuousClock.now - started)))
    }
    return SampleSuiteReport(results: results, ruleIDs: extractor.rules.rules.map(\.id))
  }

  private func check(_ name: String, extractor: TimelineExtractor, update: Bool) -> SampleResult.Outcome {
    guard let bytes = FileManager.default.contents(atPath: htmlPath(name)) else {
      return .error("\(htmlPath(name)): cannot be read")
    }
    let actual: Timeline
    do {
      actual = try extractor.extract([UInt8](bytes), file: htmlPath(name))
    } catch {
      return .error("\(htmlPath(name)): \(error)")
    }
    let expected: Timeline?
    if let data = FileManager.default.contents(atPath: expectedPath(name)) {
      do {
        expected = try JSONDecoder().decode(Timeline.self, from: data)
      } catch {
        if !update { return .error("\(expectedPath(name)): not a valid timeline: \(error)") }
        expected = nil
      }
    } else {
      if !update { return .error("\(expectedPath(name)): missing (run with --update to write it)") }
      expected = nil
    }
    let comparison = expected.map { SampleComparison(expected: $0, actual: actual) }
    if update, comparison?.passed != true {
      let text = actual.json.serialized(pretty: true) + "\n"
      do {
        try text.write(toFile: expectedPath(name), atomically: true, encoding: .utf8)
      } catch {
        return .error("\(expectedPath(name)): cannot be written: \(error.localizedDescription)")
      }
      return .updated(actual: actual)
    }
    guard let expected, let comparison else { return .error("\(expectedPath(name)): missing") }
    return .compared(expected: expected, actual: actual, comparison)
  }

  private static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }
}

/// A sample folder that cannot be run.
public struct SampleSuiteError: Error, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}

/// What happened to one sample.
public struct SampleResult: Sendable {
  public enum Outcome: Sendable {
    case compared(expected: Timeline, actual: Timeline, SampleComparison)
    /// The expected file was (re)written from the extraction.
    case updated(actual: Timeline)
    case error(String)
  }

  public let name: String
  public let outcome: Outcome
  public let seconds: Double

  public var passed: Bool {
    switch outcome {
    case .compared(_, _, let comparison): comparison.passed
    case .updated: true
    case .error: false
    }
  }
}
