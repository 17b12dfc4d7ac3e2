import TimeTagger

/// Tells the events an article only recounts (an older case given as context) from its news: past-perfect
/// telling ("had been fined"), context cues ("in a separate case", "previously"), or a date years before
/// the publication.
struct BackgroundDetector {
  let sentences: [SentenceTokens]
  let publicationDate: CalendarDay?

  static let cues: [[String]] = [
    ["had"], ["previously"], ["in", "a", "separate"], ["in", "a", "similar"], ["in", "a", "previous"],
    ["in", "an", "earlier"], ["years", "ago"], ["once"], ["in", "the", "past"], ["back", "in"],
  ]

  func isBackground(_ m: Mention) -> Bool {
    let t = sentences[m.sentence]
    let before = Array(t.lower[0..<min(t.count, m.trigger.upperBound)])
    let hasCue = Self.cues.contains { cue in
      before.count >= cue.count
        && (0...(before.count - cue.count)).contains { Array(before[$0..<($0 + cue.count)]) == cue }
    }
    guard let publicationDate else { return hasCue && m.date == nil }
    if let latest = m.date?.latest, latest.year < publicationDate.year - 1 { return true }
    if let latest = m.date?.latest, latest.year >= publicationDate.year - 1 { return false }
    return hasCue && !["back"].contains(t.lower.first ?? "")
  }
}
