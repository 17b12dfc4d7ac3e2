import Foundation
import LegalTimeline

/// Extracts many pages at once and writes one JSON line per input, in input order, whatever order
/// they finish in. At most a few pages per job are held at a time, so memory does not grow with the batch.
struct BatchRunner: Sendable {
  let extractor: TimelineExtractor
  let jobs: Int

  struct Summary: CustomStringConvertible {
    var inputs = 0
    var events = 0
    var errors = 0
    var seconds = 0.0

    var description: String {
      let rate = seconds > 0 ? Double(inputs) / seconds : 0
      return "legal-timeline: \(inputs) inputs, \(events) events, \(errors) errors, "
        + String(format: "%.2f s (%.1f pages/s)", seconds, rate)
    }
  }

  /// One input's record: its JSON line, and how many events or errors it counts for.
  private struct Record: Sendable {
    let line: String
    let events: Int
    let failed: Bool
  }

  func run(_ inputs: [InputFile], sink: OutputSink) async throws -> Summary {
    let started = ContinuousClock.now
    var summary = Summary()
    var pending: [Int: Record] = [:]
    var nextToWrite = 0
    try await withThrowingTaskGroup(of: (Int, Record).self) { group in
      var nextToStart = 0
      var running = 0
      // Keep `jobs` pages in flight, but only while the reorder buffer is small: a slow page cannot
      // make memory grow with the pages finished after it.
      func topUp() {
        while running < jobs, nextToStart < inputs.count, pending.count < jobs * 4 {
          let index = nextToStart
          let input = inputs[index]
          group.addTask { [extractor] in (index, Self.record(for: input, extractor: extractor)) }
          nextToStart += 1
          running += 1
        }
      }
      topUp()
      while let (index, record) = try await group.next() {
        running -= 1
        pending[index] = record
        while let ready = pending.removeValue(forKey: nextToWrite) {
          try sink.write(ready.line + "\n")
          summary.inputs += 1
          summary.events += ready.events
          if ready.failed { summary.errors += 1 }
          nextToWrite += 1
        }
        topUp()
      }
    }
    try sink.flush()
    let elapsed = ContinuousClock.now - started
    summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return summary
  }

  private static func record(for input: InputFile, extractor: TimelineExtractor) -> Record {
    let file: JSONValue = input.path == "-" ? .null : .string(input.path)
    do {
      let bytes = try input.read(limit: extractor.options.maxBytes)
      let timeline = try extractor.extract(bytes, file: input.path == "-" ? nil : input.path)
      return Record(line: timeline.json.serialized(), events: timeline.events.count, failed: false)
    } catch let error as InputError {
      return Record(line: errorLine(file, error.message), events: 0, failed: true)
    } catch {
      return Record(line: errorLine(file, "\(error)"), events: 0, failed: true)
    }
  }

  private static func errorLine(_ file: JSONValue, _ message: String) -> String {
    JSONValue.object([("file", file), ("error", .string(message))]).serialized()
  }
}
