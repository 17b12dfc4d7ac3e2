import Foundation
import LegalTimeline

/// Extracts many pages at once and writes one JSON line per input, in input order, whatever order
/// they finish in (a JSON line, CSV rows or a text table per input). At most a few pages per job are held at a time, so memory does not grow with the batch.
struct BatchRunner: Sendable {
  let extractor: TimelineExtractor
  let jobs: Int
  let format: OutputFormat
  /// Whether to draw a progress line on standard error.
  let showsProgress: Bool

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

  /// One input's record: its output text, and how many events or errors it counts for.
  private struct Record: Sendable {
    let text: String
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
          group.addTask { [extractor, format] in
            (index, Self.record(for: input, extractor: extractor, format: format))
          }
          nextToStart += 1
          running += 1
        }
      }
      if let header = format.header { try sink.write(header) }
      topUp()
      while let (index, record) = try await group.next() {
        running -= 1
        pending[index] = record
        while let ready = pending.removeValue(forKey: nextToWrite) {
          try sink.write(ready.text)
          summary.inputs += 1
          summary.events += ready.events
          if ready.failed { summary.errors += 1 }
          nextToWrite += 1
          if showsProgress, nextToWrite % 10 == 0 || nextToWrite == inputs.count {
            FileHandle.standardError.write(Data("\r\(nextToWrite)/\(inputs.count) pages".utf8))
          }
        }
        topUp()
      }
    }
    try sink.flush()
    if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    let elapsed = ContinuousClock.now - started
    summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return summary
  }

  private static func record(for input: InputFile, extractor: TimelineExtractor, format: OutputFormat)
    -> Record
  {
    let file = input.path == "-" ? nil : input.path
    do {
      let bytes = try input.read(limit: extractor.options.maxBytes)
      let timeline = try extractor.extract(bytes, file: file)
      return Record(
        text: format.record(timeline, pretty: false), events: timeline.events.count, failed: false)
    } catch let error as InputError {
      return Record(text: format.errorRecord(file: file, message: error.message), events: 0, failed: true)
    } catch {
      return Record(text: format.errorRecord(file: file, message: "\(error)"), events: 0, failed: true)
    }
  }
}
