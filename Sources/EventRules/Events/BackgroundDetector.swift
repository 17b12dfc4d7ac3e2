import TimeTagger

/// Tells the events an article only recounts (another matter given as context: an older case, another
/// company's penalty) from its news and the earlier steps of the case it reports.
///
/// A mention is background when a context cue introduces it ("in a separate case", "previously"). An event is
/// background when it is dated more than a year before the publication and names parties that no recent
/// event of the article names, in a case that no recent event belongs to.
struct BackgroundDetector {
  let sentences: [SentenceTokens]
  let publicationDate: CalendarDay?

  static let cues: [[String]] = [
    ["previously"], ["in", "a", "separate"], ["in", "a", "similar"], ["in", "a", "previous"],
    ["in", "an", "earlier"], ["in", "another"], ["years", "ago"], ["in", "the", "past"], ["follows", "a"],
    ["follows", "an"],
  ]

  func hasCue(_ m: Mention) -> Bool {
    let t = sentences[m.sentence]
    // The cue stands in the words just before the trigger ("In a separate case, X was fined").
    let end = min(t.count, m.trigger.upperBound)
    let before = Array(t.lower[max(0, end - 16)..<end])
    return Self.cues.contains { cue in
      before.count >= cue.count
        && (0...(before.count - cue.count)).contains { Array(before[$0..<($0 + cue.count)]) == cue }
    }
  }

  static let partyRoles: Set<String> = ["plaintiff", "defendant", "target", "person", "party", "appellant"]

  /// Marks the events of `events` that are another, older matter than the article's news.
  func mark(_ events: inout [LegalEvent], cued: [Bool]) {
    guard let publicationDate else {
      for i in events.indices { events[i].background = cued[i] }
      return
    }
    let yearBefore = CalendarDay(year: publicationDate.year - 1, month: publicationDate.month, day: 1)
    func isOld(_ e: LegalEvent) -> Bool {
      guard let latest = e.date?.latest, let yearBefore else { return false }
      return latest < yearBefore
    }
    let recent = events.filter { !isOld($0) && $0.date != nil }
    let recentNames = Set(
      recent.flatMap(\.participants).filter { Self.partyRoles.contains($0.role) }.map {
        EventMerger.key($0.name)
      })
    let recentCases = Set(recent.compactMap(\.caseKey))
    for i in events.indices {
      let e = events[i]
      // Only proper names tell matters apart: a description ("investors") may word a party of any matter.
      let names = Set(
        e.participants.filter { Self.partyRoles.contains($0.role) && $0.name.first?.isUppercase == true }
          .map { EventMerger.key($0.name) })
      // "Dawes" and "Loretta Dawes" are one party.
      let sharesParty = names.contains { name in recentNames.contains { CaseRoles.sameParty(name, $0) } }
      let otherMatter =
        isOld(e) && !recent.isEmpty && !names.isEmpty && !sharesParty
        && (e.caseKey.map { !recentCases.contains($0) } ?? true)
      events[i].background = cued[i] || otherMatter
    }
  }
}
