/// "The Federal Circuit upheld a $48 million jury verdict … A jury returned the verdict in October 2018.": the
/// verdict named again with "the" is the one whose sum was told before.
extension EventBuilder {
  /// How many words before "verdict" its sum may stand ("a $48 million jury verdict").
  static let verdictSumReach = 5

  /// Gives a judgment told as "the verdict" with no sum of its own the sum of the verdict named earlier.
  func carryVerdictAmounts(_ events: inout [LegalEvent]) {
    let starts = Dictionary(
      sentences.map { ($0.sentence.range.lowerBound, $0.index) }, uniquingKeysWith: { first, _ in first })
    for e in events.indices
    where events[e].type == "civil.judgment"
      && !events[e].participants.contains(where: { $0.role == "amount" })
    {
      let told = events[e].evidence.compactMap { starts[$0.start] }
      guard
        let s = told.first(where: { s in
          let words = sentences[s].lower
          return words.indices.dropFirst().contains { words[$0] == "verdict" && words[$0 - 1] == "the" }
        }), let sum = verdictSum(before: s)
      else { continue }
      events[e].participants.append(Participant(role: "amount", name: sum))
    }
  }

  /// The sum of the first verdict named with one before sentence `s`.
  private func verdictSum(before s: Int) -> String? {
    for t in sentences[..<s] where !isHeadline(t.index) {
      for k in t.lower.indices where t.lower[k] == "verdict" {
        let window = SentenceTokens.standalone(t.text(max(0, k - Self.verdictSumReach)..<k))
        if let sum = RoleFinder.amount(in: window) { return sum }
      }
    }
    return nil
  }
}
