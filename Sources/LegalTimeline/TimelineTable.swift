import Foundation

/// Flat renderings of timelines for people and spreadsheets: CSV (one row per event) and a text table.
public enum TimelineTable {
  /// The CSV header row.
  public static let csvHeader =
    "file,id,type,status,background,date,date_text,participants,quotes,rule,evidence"

  /// One CSV row per event (RFC 4180 quoting); participants as `role=name; role=name`.
  public static func csvRows(_ timeline: Timeline) -> [String] {
    timeline.events.map { event in
      [
        timeline.source.file ?? "-", event.id, event.type, event.status, event.background ? "true" : "false",
        event.date?.value ?? "", event.date?.text ?? "",
        event.participants.map { "\($0.role)=\($0.name)" }.joined(separator: "; "),
        event.quotes.joined(separator: "; "), event.rule, event.evidence.first?.text ?? "",
      ].map(csvField).joined(separator: ",")
    }
  }

  /// A CSV row for an input that failed.
  public static func csvErrorRow(file: String, message: String) -> String {
    [file, "", "error", "", "", "", "", "", "", "", message].map(csvField).joined(separator: ",")
  }

  /// A readable table: the page's title and date, then one line per event.
  public static func text(_ timeline: Timeline) -> String {
    var lines: [String] = []
    let title = timeline.source.title ?? timeline.source.file ?? "(untitled page)"
    lines.append("\(title) — published \(timeline.source.publicationDate?.value ?? "(no date)")")
    if timeline.events.isEmpty { lines.append("  (no legal events)") }
    for event in timeline.events {
      let date = (event.date?.value ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
      let type = event.type.padding(toLength: 24, withPad: " ", startingAt: 0)
      var line = "  \(event.id.padding(toLength: 4, withPad: " ", startingAt: 0)) \(date) \(type)"
      if event.status != "actual" { line += " [\(event.status)]" }
      let parties = event.participants.map { "\($0.role): \($0.name)" }.joined(separator: ", ")
      if !parties.isEmpty { line += " " + parties }
      if event.date == nil, !event.after.isEmpty { line += " (after \(event.after.joined(separator: ", ")))" }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func csvField(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
