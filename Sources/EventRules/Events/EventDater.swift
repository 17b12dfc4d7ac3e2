import TextSegmentation
import TimeTagger

/// Dates mentions from the article's time expressions: the expression in the trigger's clause; else one
/// carried from the story ("That was back in March." dates the happenings told just before it; a time
/// said earlier in the paragraph dates what follows); and orders mentions from cues ("After X, Y").
struct EventDater {
  let sentences: [SentenceTokens]
  let times: [TimeExpression]

  /// The dated expressions of sentence `s`, in order; a bare "now" only when the sentence has no other.
  func datedTimes(in s: Int) -> [TimeExpression] {
    let range = sentences[s].sentence.range
    let dated = times.filter {
      $0.resolved != nil && $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound
    }
    let story = dated.filter { $0.value != "PRESENT_REF" }
    return story.isEmpty ? dated : story
  }

  static func date(_ time: TimeExpression, resolution: String? = nil) -> EventDate? {
    guard let resolved = time.resolved else { return nil }
    return EventDate(
      value: resolved.value, text: time.text, resolution: resolution ?? resolved.resolution.rawValue,
      earliest: resolved.earliest, latest: resolved.latest)
  }

  /// Sets `before` from "After X, Y" / "Y, after X" / "Before X, Y", then dates every mention it can.
  func apply(to mentions: inout [Mention]) {
    order(&mentions)
    let isEarlier = Set(mentions.indices.filter { !mentions[$0].before.isEmpty })
    let triggersBySentence = Dictionary(grouping: mentions, by: \.sentence).mapValues { $0.map(\.trigger) }
    // 1. A time in the trigger's own clause, else in its sentence (not for a mention told as earlier).
    for i in mentions.indices {
      let m = mentions[i]
      let t = sentences[m.sentence]
      let clause =
        m.clause ?? t.clauseStart(before: m.trigger.lowerBound)..<t.clauseEnd(after: m.trigger.upperBound)
      let own = datedTimes(in: m.sentence)
      let triggers = triggersBySentence[m.sentence] ?? []
      // A time belongs to the trigger nearest it ("pardons nurse convicted in 2010": 2010 is the conviction's).
      let inClause = own.filter { time in
        t.tokens[clause.clamped(to: 0..<t.count)].contains { $0.range.overlaps(time.range) }
          && nearestTrigger(to: time, among: triggers, in: t) == m.trigger
      }
      let clauseOnly = isEarlier.contains(i) || m.clause != nil || Self.unrealized.contains(m.status)
      let mine = own.filter { nearestTrigger(to: $0, among: triggers, in: t) == m.trigger }
      if let time = nearest(inClause, to: m, in: t) ?? (clauseOnly ? nil : nearest(mine, to: m, in: t)) {
        mentions[i].date = Self.date(time)
      }
    }
    // 2. "That was back in March.": dates the undated happenings of the sentences just before.
    for s in sentences.indices where isAnaphoricDating(sentences[s]) {
      guard let time = datedTimes(in: s).first, !mentions.contains(where: { $0.sentence == s }) else {
        continue
      }
      for back in stride(from: s - 1, through: max(0, s - 3), by: -1)
      where sentences[back].sentence.line >= sentences[s].sentence.line - 1 {
        let here = mentions.indices.filter { mentions[$0].sentence == back }
        if here.contains(where: { mentions[$0].date != nil }) { break }
        for i in here where !isEarlier.contains(i) && !Self.unrealized.contains(mentions[i].status) {
          mentions[i].date = Self.date(time, resolution: "carried-from-story")
        }
      }
    }
    // 3. A time said earlier in the paragraph dates what the next sentences tell.
    for i in mentions.indices
    where mentions[i].date == nil && !isEarlier.contains(i) && !Self.unrealized.contains(mentions[i].status) {
      let s = mentions[i].sentence
      let line = sentences[s].sentence.line
      for back in stride(from: s - 1, through: max(0, s - 2), by: -1)
      where sentences[back].sentence.line == line {
        if let time = datedTimes(in: back).last {
          mentions[i].date = Self.date(time, resolution: "carried-from-story")
          break
        }
      }
    }
  }

  /// Statuses of things that have not happened: they take a time only from their own clause.
  static let unrealized: Set<EventStatus> = [.negated, .hypothetical, .intended, .requested]

  private func nearestTrigger(to time: TimeExpression, among triggers: [Range<Int>], in t: SentenceTokens)
    -> Range<Int>?
  {
    func distance(_ r: Range<Int>) -> Int {
      guard r.lowerBound < t.count, r.upperBound >= 1, r.upperBound <= t.count else { return Int.max }
      let lo = t.tokens[r.lowerBound].range.lowerBound
      let hi = t.tokens[r.upperBound - 1].range.upperBound
      if time.range.lowerBound >= hi { return time.range.lowerBound - hi }
      if time.range.upperBound <= lo { return lo - time.range.upperBound }
      return 0
    }
    return triggers.min { distance($0) < distance($1) }
  }

  private func nearest(_ times: [TimeExpression], to m: Mention, in t: SentenceTokens) -> TimeExpression? {
    guard m.trigger.lowerBound < t.count else { return times.first }
    let at = t.tokens[m.trigger.lowerBound].range.lowerBound
    return times.min { abs($0.range.lowerBound - at) < abs($1.range.lowerBound - at) }
  }

  /// "That was back in March.", "This happened in 2019.": a sentence that only dates what came before.
  private func isAnaphoricDating(_ t: SentenceTokens) -> Bool {
    guard t.count >= 3, ["that", "this", "it", "all"].contains(t.lower[0]) else { return false }
    return ["was", "happened", "came", "occurred", "took", "were"].contains(t.lower[1]) && t.count <= 12
  }

  /// "After X, Y" and "Y, after X": X happened before Y; "Before X, Y": Y before X.
  private func order(_ mentions: inout [Mention]) {
    let bySentence = Dictionary(grouping: mentions.indices, by: { mentions[$0].sentence })
    for t in sentences {
      let here = bySentence[t.index] ?? []
      guard here.count >= 2 else { continue }
      for c in 0..<t.count where ["after", "before", "following"].contains(t.lower[c]) {
        guard c + 1 < t.count, !["all", "that", "this", "which"].contains(t.lower[c + 1]) else { continue }
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
