import ArgumentParser
import LegalTimeline

/// How `extract` writes timelines.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// One JSON object for a single input; JSON Lines for a batch.
  case json
  /// One JSON line per input, always.
  case jsonl
  /// One CSV row per event, with a header row.
  case csv
  /// A readable table for a person at a terminal.
  case text

  /// The text written once before any record.
  var header: String? { self == .csv ? TimelineTable.csvHeader + "\n" : nil }

  /// The record for one timeline.
  func record(_ timeline: Timeline, pretty: Bool) -> String {
    switch self {
    case .json: timeline.json.serialized(pretty: pretty) + "\n"
    case .jsonl: timeline.json.serialized() + "\n"
    case .csv: TimelineTable.csvRows(timeline).map { $0 + "\n" }.joined()
    case .text: TimelineTable.text(timeline)
    }
  }

  /// The record for an input that failed (`file` is nil for standard input).
  func errorRecord(file: String?, message: String) -> String {
    switch self {
    case .json, .jsonl:
      JSONValue.object([("file", JSONValue.optionalString(file)), ("error", .string(message))]).serialized()
        + "\n"
    case .csv: TimelineTable.csvErrorRow(file: file ?? "-", message: message) + "\n"
    case .text: "\(file ?? "<stdin>") — error: \(message)\n"
    }
  }
}
