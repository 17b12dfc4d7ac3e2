/// "Mr Lau was convicted in the State Courts in October 2023 on four charges of cheating": the charges a
/// verdict or a plea is on are what it decides, not a charging of their own.
extension ProceedingContext {
  /// Steps that decide or answer charges named after them in their clause.
  static let chargeAnswers: Set<String> = [
    "criminal.conviction", "criminal.acquittal", "criminal.plea",
  ]

  /// Words that end the reach from a charge back to the verdict it is on.
  static let chargeReachStops: Set<String> = [
    ",", ";", ":", "but", "although", "because", "while", "whereas",
  ]

  /// Drops a charge told by its noun ("charges of", "counts of") after a conviction, an acquittal or a
  /// plea in its clause.
  static func dropChargesOfAVerdict(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    let answers = mentions.filter { chargeAnswers.contains($0.rule.type) }
    guard !answers.isEmpty else { return }
    mentions.removeAll { m in
      guard m.rule.type == "criminal.charge", m.trigger.lowerBound < sentences[m.sentence].count else {
        return false
      }
      let t = sentences[m.sentence]
      guard ["charges", "charge", "counts", "count"].contains(t.lower[m.trigger.lowerBound]) else {
        return false
      }
      // "on four charges of cheating and two charges of forgery": an "and" joins the charges, so only a
      // stronger break ends the reach back, at most 20 words.
      var start = m.trigger.lowerBound
      while start > max(0, m.trigger.lowerBound - 20), !Self.chargeReachStops.contains(t.lower[start - 1]) {
        start -= 1
      }
      return answers.contains {
        $0.sentence == m.sentence && $0.trigger.upperBound <= m.trigger.lowerBound
          && $0.trigger.lowerBound >= start
      }
    }
  }
}
