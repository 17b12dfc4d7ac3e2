/// "filed a motion Wednesday asking that his client be released on bond": a motion told with what it asks
/// for is that request. The timeline keeps the requested step, on the day the motion was filed, and drops the
/// motion, as it does for any request told without one. (A motion to dismiss stays a motion:
/// `RequestedDismissals`.)
enum MotionRequests {
  /// Words between a motion and its request that tell what the motion asks for.
  static let askingWords: Set<String> = [
    "asking", "asks", "seeking", "seeks", "requesting", "requests", "urging", "urges", "for", "that", "to",
  ]

  /// Removes the motions whose request is a mention of its own, gives their day to that request when it has
  /// none, and says why in `vetoes`.
  static func apply(_ mentions: inout [Mention], sentences: [SentenceTokens], vetoes: inout [Veto]) {
    var dropped: [Int: Int] = [:]
    for i in mentions.indices
    where mentions[i].rule.type == "civil.motion_filed" && mentions[i].status == .actual {
      let motion = mentions[i]
      let words = sentences[motion.sentence].lower
      guard
        let r = mentions.indices.first(where: { j in
          let m = mentions[j]
          return j != i && m.sentence == motion.sentence && m.status == .requested
            && m.rule.type != "civil.motion_filed" && m.rule.type != "civil.dismissal"
            && m.trigger.lowerBound >= motion.trigger.upperBound
            && m.trigger.lowerBound - motion.trigger.upperBound <= 12
        })
      else { continue }
      let between = words[motion.trigger.upperBound..<mentions[r].trigger.lowerBound]
      // "filed a motion last week asking Brandt to reduce the bond": the request's own words may ask.
      let start = mentions[r].trigger.lowerBound
      let asks = start < words.count && askingWords.contains(words[start])
      guard between.contains(where: { askingWords.contains($0) }) || asks,
        !between.contains(where: { $0 == ";" || $0 == "and" || $0 == "but" || $0 == "." })
      else { continue }
      if mentions[r].date == nil { mentions[r].date = motion.date }
      mentions[r].before.formUnion(motion.before)
      dropped[i] = r
      vetoes.append(
        Veto(
          rule: motion.rule.id, trigger: motion.triggerText,
          veto: "a motion told with what it asks for is that request (\(mentions[r].rule.type))",
          sentence: motion.sentence))
    }
    guard !dropped.isEmpty else { return }
    // Indices move: keep the order cues ("before") pointing at the same mentions.
    var newIndex: [Int: Int] = [:]
    var next = 0
    for i in mentions.indices where dropped[i] == nil {
      newIndex[i] = next
      next += 1
    }
    var kept: [Mention] = []
    for (i, m) in mentions.enumerated() {
      guard let own = newIndex[i] else { continue }
      var m = m
      // What came after a dropped motion came after its request.
      m.before = Set(m.before.compactMap { newIndex[dropped[$0] ?? $0] }).subtracting([own])
      kept.append(m)
    }
    mentions = kept
  }
}
