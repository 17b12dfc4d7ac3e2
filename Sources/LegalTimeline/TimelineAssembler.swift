import EventRules
import TimeTagger

/// Puts a page's events in timeline order and gives them ids.
///
/// Dated events go by their earliest possible day (a month before a day within it), ties by the order
/// of first mention. An undated event goes right after the latest event it is known to follow, or right
/// before the earliest it is known to precede; one with no relation goes last, in order of mention.
struct TimelineAssembler {
  let source: TimelineSource

  func timeline(from events: [LegalEvent], keeping shown: (LegalEvent) -> Bool) -> Timeline {
    let kept = events.indices.filter { shown(events[$0]) }
    let keys = sortKeys(events)
    let ordered = kept.sorted { keys[$0] < keys[$1] }
    var idOf: [Int: String] = [:]
    for (n, index) in ordered.enumerated() { idOf[index] = "e\(n + 1)" }
    let timelineEvents = ordered.map { index in
      let event = events[index]
      return TimelineEvent(
        id: idOf[index] ?? "e0", type: event.type, status: event.status.rawValue,
        background: event.background,
        date: event.date.map {
          TimelineDate(
            value: $0.value, text: $0.text, resolution: $0.resolution, earliest: $0.earliest?.description,
            latest: $0.latest?.description)
        },
        after: event.after.compactMap { idOf[$0] }.sorted(by: Self.idOrder),
        before: event.before.compactMap { idOf[$0] }.sorted(by: Self.idOrder),
        participants: event.participants.map { TimelineParticipant(role: $0.role, name: $0.name) },
        quotes: event.quotes,
        evidence: event.evidence.map { TimelineEvidence(text: $0.text, start: $0.start, end: $0.end) },
        rule: event.rule, caseKey: event.caseKey)
    }
    return Timeline(source: source, events: timelineEvents)
  }

  private static func idOrder(_ a: String, _ b: String) -> Bool {
    (Int(a.dropFirst()) ?? 0) < (Int(b.dropFirst()) ?? 0)
  }

  /// A sortable position: the day, then a step within the day for relations, then the mention order.
  private struct Key: Comparable {
    var day: Int
    var span: Int
    var step: Int
    var mention: Int

    static func < (a: Key, b: Key) -> Bool {
      (a.day, a.span, a.step, a.mention) < (b.day, b.span, b.step, b.mention)
    }
  }

  private func sortKeys(_ events: [LegalEvent]) -> [Key] {
    let undated = Int.max / 2
    var keys = events.enumerated().map { n, event -> Key in
      guard let date = event.date, let earliest = date.earliest else {
        return Key(day: undated, span: 0, step: 0, mention: n)
      }
      let latest = date.latest ?? earliest
      return Key(day: earliest.ordinal, span: latest.ordinal - earliest.ordinal, step: 0, mention: n)
    }
    // Undated events take their place from their relations; a few passes settle chains of them.
    for _ in 0..<3 {
      for (n, event) in events.enumerated() where event.date?.earliest == nil {
        if let anchor = event.after.filter({ events.indices.contains($0) && $0 != n }).map({ keys[$0] }).max()
        {
          keys[n] = Key(day: anchor.day, span: anchor.span, step: anchor.step + 1, mention: anchor.mention)
        } else if let anchor = event.before.filter({ events.indices.contains($0) && $0 != n }).map({
          keys[$0]
        })
        .min() {
          keys[n] = Key(day: anchor.day, span: anchor.span, step: anchor.step - 1, mention: anchor.mention)
        }
      }
    }
    return keys
  }
}

extension CalendarDay {
  /// Days since 0000-03-01, for ordering and spans.
  var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let m = month <= 2 ? month + 9 : month - 3
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
  }
}
