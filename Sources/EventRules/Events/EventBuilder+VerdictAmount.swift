/// "The Federal Circuit upheld a $48 million jury verdict … A jury returned the verdict in October 2018.": the
/// verdict named again with "the" is the one whose sum was told before.
extension EventBuilder {
  /// How many words before "verdict" its sum may stand ("a $48 million jury verdict").
  static let verdictSumReach = 5

  /// Gives a judgment told as "the verdict" with no sum of its own the sum of the verdict named earlier.
  func carryVerdictAmounts(_ events: inout [LegalEvent]) {
    let wanting = events.indices.filter {
      events[$0].type == "civil.judgment" && !events[$0].participants.contains(where: { $0.role == "amount" })
    }
    // The first body sentence naming a verdict with its sum: found once, for every judgment.
    guard !wanting.isEmpty, let (first, sum) = firstVerdictSum() else { return }
    let starts = Dictionary(
      sentences.map { ($0.sentence.range.lowerBound, $0.index) }, uniquingKeysWith: { first, _ in first })
    for e in wanting {
      let told = events[e].evidence.compactMap { starts[$0.start] }
      let refersBack = told.contains { s in
        let words = sentences[s].lower
        return s > first
          && words.indices.dropFirst().contains { words[$0] == "verdict" && words[$0 - 1] == "the" }
      }
      if refersBack { events[e].participants.append(Participant(role: "amount", name: sum)) }
    }
  }

  /// The first body sentence that names a verdict with its sum, and the sum.
  private func firstVerdictSum() -> (Int, String)? {
    for t in sentences where !isHeadline(t.index) {
      for k in t.lower.indices where t.lower[k] == "verdict" {
        let window = SentenceTokens.standalone(t.text(max(0, k - Self.verdictSumReach)..<k))
        if let sum = RoleFinder.amount(in: window) { return (t.index, sum) }
      }
    }
    return nil
  }
}
