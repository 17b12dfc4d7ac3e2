import TimeTagger

/// "Hours after the ruling, the party filed a notice of appeal", "within hours of the decision", "a day
/// after the verdict", "the day after his arrest": a step dated from a decision (or another step) the article
/// told, which the phrase names by its noun.
extension EventDater {
  /// Nouns a phrase may name a told decision by, and the types of the events they name.
  static let referredDecisionTypes: [String: Set<String>] = {
    let court = EventMerger.decisionTypes
    let regulator: Set<String> = [
      "regulatory.penalty", "regulatory.ban", "regulatory.designation", "regulatory.delisting",
      "regulatory.license", "regulatory.sanctions", "regulatory.enforcement",
    ]
    return [
      "ruling": court, "judgment": court, "judgement": court, "order": court.union(regulator),
      "decision": court.union(regulator), "verdict": EventMerger.decisionTypes,
      "sentencing": ["criminal.sentence"],
      "conviction": ["criminal.conviction"], "acquittal": ["criminal.acquittal"],
      // Steps other than decisions that a later one is counted from ("the day after his arrest").
      "arrest": ["criminal.arrest"], "indictment": ["criminal.charge"], "plea": ["criminal.plea"],
      "extradition": ["criminal.extradition"], "revocation": ["regulatory.license"],
      "designation": ["regulatory.designation"], "blacklisting": ["regulatory.designation"],
      "settlement": ["civil.settlement"], "lawsuit": ["civil.complaint_filed"],
    ]
  }()

  /// Words that may stand between "after" and the decision's noun ("after the panel's ruling").
  private static let referringWords: Set<String> = [
    "the", "its", "that", "this", "their", "his", "her", "'s", "’s",
  ]

  /// Dates the undated mentions of a sentence that says when they came relative to a decision told
  /// elsewhere in the article, from that decision's day: "Hours after the ruling, the party appealed" (the
  /// rest of the sentence), "The panel's decision came a day after a judge threw out …" (the clause after).
  func dateByReferredDecisions(_ mentions: inout [Mention]) {
    let bySentence = Dictionary(grouping: mentions.indices, by: { mentions[$0].sentence })
    for (s, here) in bySentence where here.contains(where: { mentions[$0].date == nil }) {
      let t = sentences[s]
      // "of" counts only after "within" ("within hours of the ruling"): a common word not looked into else.
      let within = t.lower.contains("within")
      for k in 1..<max(1, t.count) {
        // "on the day of his arrest": that very day, however precisely the arrest was told.
        let dayOf = isDayOf(k, in: t)
        guard t.lower[k] == "after" || t.lower[k] == "before" || (within && t.lower[k] == "of") || dayOf,
          let (duration, start) = offset(before: k, in: t),
          t.lower[k] != "of" || dayOf || (start > 0 && t.lower[start - 1] == "within")
            || t.lower[start] == "within"
        else { continue }
        var direction = t.lower[k] == "before" ? -1 : 1
        let noun: String
        let dated: Range<Int>
        let phrase: Range<Int>
        if let (named, end) = decisionNoun(after: k, in: t) {
          (noun, dated, phrase) = (named, 0..<t.count, start..<end)
        } else if let named = subjectDecision(before: start, in: t) {
          // The decision is the subject: what the clause after "after" tells came before it.
          direction = -direction
          (noun, dated, phrase) = (named, (k + 1)..<t.clauseEnd(after: k + 1), start..<(k + 1))
        } else {
          continue
        }
        guard let types = Self.referredDecisionTypes[noun],
          let anchor = referredDecision(types, before: s, at: start, mentions, anyPrecision: dayOf),
          let date = mentions[anchor].date, let day = date.earliest, let last = date.latest,
          // "hours after" and a shift need a day.
          last == day || dayOf
        else { continue }
        let anchorTime = ResolvedTime(
          value: date.value, earliest: day, latest: last, resolution: .previousTime)
        guard
          let moved = duration == "P0D"
            ? anchorTime : anchorTime.shifted(byDuration: duration, direction: direction)
        else { continue }
        for i in here
        where mentions[i].date == nil && !Self.notCarried.contains(mentions[i].status)
          && !phrase.contains(mentions[i].trigger.lowerBound)
          && dated.contains(mentions[i].trigger.lowerBound)
        {
          mentions[i].date = EventDate(
            value: moved.value, text: t.text(phrase), resolution: TimeResolution.previousTime.rawValue,
            earliest: moved.earliest, latest: moved.latest)
        }
      }
    }
  }

  /// Benches whose act, told after "After the ruling,", is done at the sitting that gave the ruling.
  private static let benches: Set<String> = [
    "court", "judge", "magistrate", "panel", "justices", "judges", "bench", "tribunal",
  ]

  /// "After the ruling, the court granted her bail": what the bench did next at the sitting that gave the
  /// decision takes its day. Another party's step after it ("After the ruling, the company appealed") may
  /// come weeks later and stays undated.
  func dateBySameSitting(_ mentions: inout [Mention]) {
    for i in mentions.indices where mentions[i].date == nil && mentions[i].status == .actual {
      let t = sentences[mentions[i].sentence]
      guard t.count > 6, t.lower[0] == "after", let (noun, end) = decisionNoun(after: 0, in: t),
        end < t.count, t.lower[end] == ",", end + 2 < t.count, t.lower[end + 1] == "the",
        Self.benches.contains(t.lower[end + 2]), mentions[i].trigger.lowerBound > end + 2,
        let types = Self.referredDecisionTypes[noun],
        let anchor = referredDecision(types, before: t.index, at: 0, mentions),
        var date = mentions[anchor].date
      else { continue }
      date.text = t.text(0..<end)
      date.resolution = "carried-from-story"
      mentions[i].date = date
    }
  }

  /// "The panel's decision came a day after": the decision noun of a subject whose verb, just before the
  /// phrase at `start`, says when it came.
  private func subjectDecision(before start: Int, in t: SentenceTokens) -> String? {
    guard start >= 2, ["came", "comes", "arrived", "arrives", "followed"].contains(t.lower[start - 1]) else {
      return nil
    }
    return t.lower[0..<(start - 1)].first { Self.referredDecisionTypes[$0] != nil }
  }

  /// The span a phrase ending before token `k` counts, as a duration ("hours" P0D, "a day" and "the day"
  /// P1D, "two weeks" P2W, "three months" P3M), and the phrase's first token.
  private func offset(before k: Int, in t: SentenceTokens) -> (String, Int)? {
    // "on the day of his arrest", "the same day as" is no phrase here: that very day.
    if isDayOf(k, in: t) { return ("P0D", t.lower[k - 2] == "same" ? k - 3 : k - 2) }
    // "the day after his arrest": the next day.
    if k >= 2, t.lower[k - 1] == "day", t.lower[k - 2] == "the" { return ("P1D", k - 2) }
    if t.lower[k - 1] == "hours" || t.lower[k - 1] == "hour" {
      var start = k - 1
      while start > 0,
        ["within", "few", "a", "several", "just", "mere", "only", "couple", "of"].contains(
          t.lower[start - 1])
      {
        start -= 1
      }
      return ("P0D", start)
    }
    let duration = times(in: t.index).last { time in
      // "two weeks after the ruling": counted from the ruling, whatever the tagger counted it from.
      time.type == .duration && tokenSpan(of: time, in: t)?.upperBound == k
    }
    guard let duration, let span = tokenSpan(of: duration, in: t) else { return nil }
    let body = duration.value.dropFirst()
    guard duration.value.hasPrefix("P"), !duration.value.hasPrefix("PT"), let unit = body.last,
      Int(body.dropLast()) != nil, "DWMY".contains(unit)
    else { return nil }
    return (duration.value, span.lowerBound)
  }

  /// The decision noun named after token `k` ("the ruling", "the panel's decision") and the token after it.
  private func decisionNoun(after k: Int, in t: SentenceTokens) -> (String, Int)? {
    var j = k + 1
    // "after Ashcraft's ruling": a possessive name refers as "the" does.
    guard j < t.count, Self.referringWords.contains(t.lower[j]) || t.lower[j].isPossessive else { return nil }
    while j < min(t.count, k + 5) {
      if Self.referredDecisionTypes[t.lower[j]] != nil { return (t.lower[j], j + 1) }
      j += 1
    }
    return nil
  }

  /// The latest mention of `types` told before the phrase (else the first after it) with a day for a date.
  private func referredDecision(
    _ types: Set<String>, before s: Int, at token: Int, _ mentions: [Mention], anyPrecision: Bool = false
  ) -> Int? {
    let dated = mentions.indices.filter {
      types.contains(mentions[$0].rule.type)
        && mentions[$0].date.map { $0.earliest != nil && (anyPrecision || $0.earliest == $0.latest) } == true
        && !Self.unrealized.contains(mentions[$0].status) && mentions[$0].status != .requested
    }
    let earlier = dated.filter {
      mentions[$0].sentence < s || (mentions[$0].sentence == s && mentions[$0].trigger.upperBound <= token)
    }
    if let last = earlier.max(by: {
      (mentions[$0].sentence, mentions[$0].trigger.lowerBound) < (
        mentions[$1].sentence, mentions[$1].trigger.lowerBound
      )
    }) {
      return last
    }
    return dated.first { mentions[$0].sentence > s }
  }

  /// Whether token `k` is the "of" of "the day of" or "the same day of" ("on the day of his arrest").
  private func isDayOf(_ k: Int, in t: SentenceTokens) -> Bool {
    guard k >= 2, t.lower[k] == "of", t.lower[k - 1] == "day" else { return false }
    return t.lower[k - 2] == "the" || (k >= 3 && t.lower[k - 2] == "same" && t.lower[k - 3] == "the")
  }
}
