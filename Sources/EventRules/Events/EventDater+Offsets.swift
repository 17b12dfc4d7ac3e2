import TimeTagger

/// Order and distance between the steps of one sentence: "After X, Y", "Y, before X", "two years after X",
/// "a year after his predecessor, Wade Cullen, was convicted".
extension EventDater {
  /// "Y in 2018, two years after X": X is two years before Y; "Y, a week before X": X a week after Y.
  func dateByOffsets(_ mentions: inout [Mention]) {
    let bySentence = Dictionary(grouping: mentions.indices, by: { mentions[$0].sentence })
    for (s, here) in bySentence {
      let t = sentences[s]
      for (time, span, counted) in offsetPhrases(in: s) {
        let direction = t.lower[span.upperBound] == "after" ? -1 : 1
        let sub = here.filter { counted.contains(mentions[$0].trigger.lowerBound) }
        let main = here.filter {
          mentions[$0].trigger.upperBound <= span.lowerBound && mentions[$0].date != nil
        }
        // "was first elected in 2004, a year after his predecessor was convicted": the time just before
        // stands in for an event the rules do not know.
        let base: ResolvedTime
        var fromToday = false
        if let date = main.last.flatMap({ mentions[$0].date }), let earliest = date.earliest,
          let latest = date.latest
        {
          base = ResolvedTime(
            value: date.value, earliest: earliest, latest: latest, resolution: .previousTime)
        } else if let time = timeJustBefore(span.lowerBound, in: t), let resolved = time.resolved {
          base = resolved
        } else if let today = todayComes(before: span.lowerBound, duration: time.value, in: t) {
          base = today
          fromToday = true
        } else {
          continue
        }
        guard let moved = base.shifted(byDuration: time.value, direction: direction) else { continue }
        for i in sub where mentions[i].date == nil {
          mentions[i].date = EventDate(
            value: moved.value, text: time.text + " " + t.lower[span.upperBound],
            resolution: fromToday ? TimeResolution.publicationDate.rawValue : moved.resolution.rawValue,
            earliest: moved.earliest, latest: moved.latest)
        }
      }
    }
  }

  /// "It comes two years after the tribunal fined …", "The move comes a month after …": today's news counted
  /// from, as the publication date at the duration's precision (a year for years, a month for months).
  func todayComes(before k: Int, duration: String, in t: SentenceTokens) -> ResolvedTime? {
    guard let day = publicationDate, k >= 2, ["comes", "come"].contains(t.lower[k - 1]) else { return nil }
    return ResolvedTime.span(containing: day, unitOf: duration, resolution: .publicationDate)
  }

  /// The "<duration> after|before" phrases of sentence `s`: the unanchored duration, its tokens, and the
  /// clause it counts to ("a year after his predecessor, Wade Cullen, was convicted").
  func offsetPhrases(in s: Int) -> [(duration: TimeExpression, span: Range<Int>, counted: Range<Int>)] {
    let t = sentences[s]
    return times(in: s).compactMap { time in
      guard time.type == .duration, time.resolved == nil || time.resolved?.resolution == .previousTime,
        let span = tokenSpan(of: time, in: t),
        span.upperBound < t.count, ["after", "before"].contains(t.lower[span.upperBound])
      else { return nil }
      return (time, span, (span.upperBound + 1)..<offsetClauseEnd(after: span.upperBound + 1, in: t))
    }
  }

  /// A dated time of sentence `t` ending right before token `k`, set off by at most a comma.
  func timeJustBefore(_ k: Int, in t: SentenceTokens) -> TimeExpression? {
    datedTimes(in: t.index).last { time in
      guard let span = tokenSpan(of: time, in: t), span.upperBound <= k else { return false }
      return t.lower[span.upperBound..<k].allSatisfy { $0 == "," }
    }
  }

  /// The end of the clause starting at token `i`, past a name set off by commas ("a year after his
  /// predecessor, Wade Cullen, was convicted").
  func offsetClauseEnd(after i: Int, in t: SentenceTokens) -> Int {
    var end = t.clauseEnd(after: i)
    while end + 1 < t.count, t.lower[end] == ",", t.tokens[end + 1].isCapitalized {
      let next = t.clauseEnd(after: end + 1)
      guard next - end <= 4, next < t.count, t.lower[next] == "," else { break }
      end = t.clauseEnd(after: next + 1)
    }
    return end
  }

  /// The clause after "<duration> after" / "<duration> before" ("a year after his predecessor was
  /// convicted"): what it tells is dated from the time it is counted from, never by a time outside it.
  func markOffsetClauses(_ mentions: inout [Mention]) {
    let bySentence = Dictionary(grouping: mentions.indices, by: { mentions[$0].sentence })
    for (s, here) in bySentence {
      for (_, _, counted) in offsetPhrases(in: s) {
        for i in here where mentions[i].clause == nil && counted.contains(mentions[i].trigger.lowerBound) {
          mentions[i].clause = counted
        }
      }
    }
  }

  /// "challenged the citation before a hearing officer", "appeared before Judge Ames": "before" a bench or
  /// an officer is where, not when.
  func isBeforeABench(_ c: Int, in t: SentenceTokens) -> Bool {
    guard t.lower[c] == "before" else { return false }
    var k = c + 1
    while k < t.count, k <= c + 3, !Self.benchNouns.contains(t.lower[k]) {
      guard Self.benchModifiers.contains(t.lower[k]) || t.tokens[k].isCapitalized else { return false }
      k += 1
    }
    return k < t.count && Self.benchNouns.contains(t.lower[k])
  }

  /// Words between "before" and a bench ("before a hearing officer", "before the full court").
  static let benchModifiers: Set<String> = [
    "a", "an", "the", "his", "her", "their", "its", "hearing", "administrative", "district", "high",
    "supreme",
    "appeals", "appeal", "full", "three-judge", "federal", "state", "county", "magistrates", "magistrates'",
    "sheriff",
  ]

  /// Who a case is heard before.
  static let benchNouns: Set<String> = [
    "judge", "judges", "court", "magistrate", "magistrates", "officer", "tribunal", "panel", "board",
    "committee", "justice", "justices", "jury", "commission", "examiner", "arbitrator", "bench", "court's",
  ]

  /// "After X, Y" and "Y, after X": X happened before Y; "Before X, Y": Y before X.
  func order(_ mentions: inout [Mention]) {
    let bySentence = Dictionary(grouping: mentions.indices, by: { mentions[$0].sentence })
    for t in sentences {
      let here = bySentence[t.index] ?? []
      guard here.count >= 2 else { continue }
      for c in 0..<t.count where ["after", "before", "following"].contains(t.lower[c]) {
        guard c + 1 < t.count, !["all", "that", "this", "which"].contains(t.lower[c + 1]),
          !isBeforeABench(c, in: t)
        else { continue }
        let subEnd = c == 0 ? (t.lower.firstIndex(of: ",") ?? t.count) : t.clauseEnd(after: c + 1)
        let sub = here.filter { (c + 1..<subEnd).contains(mentions[$0].trigger.lowerBound) }
        let main = here.filter { !sub.contains($0) }
        guard !sub.isEmpty, !main.isEmpty else { continue }
        let (earlier, later) = t.lower[c] == "before" ? (main, sub) : (sub, main)
        for e in earlier { mentions[e].before.formUnion(later) }
        for e in sub { mentions[e].clause = (c + 1)..<subEnd }
      }
    }
  }
}
