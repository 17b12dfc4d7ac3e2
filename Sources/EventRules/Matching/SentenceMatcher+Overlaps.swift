/// Which of a sentence's matches keep their words when matches overlap.
extension SentenceMatcher {
  /// The matches that keep their words, in text order; the others are reported as vetoed. The higher
  /// priority, then the longer match, then the earlier rule keeps the words; a trigger of another kind
  /// inside a kept match's gap is its own happening ("A hearing on the motion to dismiss is set for Dec. 5").
  static func keepingOverlapWinners(
    _ found: [(rule: EventRule, match: PatternMatcher.Match)], in t: SentenceTokens, vetoes: inout [Veto]
  ) -> [(rule: EventRule, match: PatternMatcher.Match)] {
    // Overlaps: the higher priority, then the longer match, then the earlier rule keeps the words.
    let ranked = found.enumerated().sorted { a, b in
      if a.element.rule.priority != b.element.rule.priority {
        return a.element.rule.priority > b.element.rule.priority
      }
      if a.element.match.range.count != b.element.match.range.count {
        return a.element.match.range.count > b.element.match.range.count
      }
      return a.offset < b.offset
    }
    var kept: [(rule: EventRule, match: PatternMatcher.Match)] = []
    // The kept match that holds each word, and whether the word lies in one of that match's gaps.
    var owner = [Int?](repeating: nil, count: t.count)
    var inGap = [Bool](repeating: false, count: t.count)
    for candidate in ranked.map(\.element) {
      let range = candidate.match.range.clamped(to: 0..<t.count)
      // A trigger of another kind inside a kept match's gap is its own happening ("A hearing on the
      // motion to dismiss is set for Dec. 5"); one that shares the kept match's own words is not.
      let ownGap = Set(candidate.match.gaps.joined())
      let overlaps = range.contains { k in
        guard let holder = owner[k] else { return false }
        return kept[holder].rule.type == candidate.rule.type || !(inGap[k] || ownGap.contains(k))
      }
      if !overlaps {
        for k in range where owner[k] == nil || inGap[k] {
          owner[k] = kept.count
          inGap[k] = ownGap.contains(k)
        }
      }
      if overlaps {
        vetoes.append(
          Veto(
            rule: candidate.rule.id, trigger: t.text(candidate.match.range),
            veto: "overlaps a match of a rule with higher priority or a longer trigger", sentence: t.index))
      } else {
        kept.append(candidate)
      }
    }
    kept.sort { $0.match.range.lowerBound < $1.match.range.lowerBound }
    return kept
  }

  /// Where two matches that retell a step share words ("The inquiry was opened in September 2021" after a
  /// regulator's fine, or after a police raid), the step the article told last is the one retold.
  static func keepNearestTellings(
    _ found: inout [(rule: EventRule, match: PatternMatcher.Match)], toldAt: [Int: Int], in t: SentenceTokens,
    vetoes: inout [Veto]
  ) {
    let dropped = Set(
      toldAt.filter { i, mine in
        toldAt.contains { j, told in
          j != i && told > mine && found[j].match.range.overlaps(found[i].match.range)
        }
      }.keys)
    for i in dropped.sorted() {
      vetoes.append(
        Veto(
          rule: found[i].rule.id, trigger: t.text(found[i].match.range),
          veto: "retells a step the article told earlier than another rule's", sentence: t.index))
    }
    found = found.indices.filter { !dropped.contains($0) }.map { found[$0] }
  }
}
