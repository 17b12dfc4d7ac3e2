import TimeTagger

/// Tells the events an article only recounts (another matter given as context: an older case, another
/// company's penalty) from its news and the earlier steps of the case it reports.
///
/// A mention is background when a context cue introduces it ("in a separate case", "previously"), or when a
/// sentence just before it in its paragraph says that what follows is history ("The group has faced scrutiny
/// before.", "This is a familiar fight."). An event is background when it is dated more than a year before
/// the publication and names parties that no recent event of the article names, in a case that no recent
/// event belongs to; or when it is older than the news and of another kind of proceeding than all of it (a
/// regulator's penalty years before a lawsuit's dismissal), told apart from the news.
struct BackgroundDetector {
  let sentences: [SentenceTokens]
  let publicationDate: CalendarDay?

  static let cues: [[String]] = [
    ["previously"], ["in", "a", "separate"], ["in", "a", "similar"], ["in", "a", "previous"],
    ["in", "an", "earlier"], ["in", "another"], ["years", "ago"], ["in", "the", "past"], ["follows", "a"],
    ["follows", "an"], ["a", "different"], ["a", "similar"], ["an", "unrelated"],
  ]

  /// Phrases of a sentence that announces history: what the next sentences tell is context.
  static let historyPhrases: [[String]] = [
    ["not", "the", "first", "time"], ["no", "stranger", "to"], ["a", "familiar"], ["is", "familiar"],
    ["has", "a", "history"], ["have", "a", "history"], ["had", "a", "history"], ["long", "history"],
    ["is", "not", "new"], ["are", "not", "new"], ["track", "record"],
  ]

  func hasCue(_ m: Mention) -> Bool {
    let t = sentences[m.sentence]
    // The cue stands in the words just before the trigger ("In a separate case, X was fined").
    let end = min(t.count, m.trigger.upperBound)
    let before = Array(t.lower[max(0, end - 16)..<end])
    if Self.cues.contains(where: { Self.contains(before, $0) }) { return true }
    // "The alliance has been to court before. It sued the city in 2019 …": history told after its
    // announcement, in the same paragraph, and not dated as news.
    if let date = m.date, let earliest = date.earliest, let publicationDate,
      let monthBefore = CalendarDay(
        year: publicationDate.month == 1 ? publicationDate.year - 1 : publicationDate.year,
        month: publicationDate.month == 1 ? 12 : publicationDate.month - 1, day: 1),
      earliest >= monthBefore
    {
      return false
    }
    let line = t.sentence.line
    for back in stride(from: m.sentence - 1, through: max(0, m.sentence - 2), by: -1)
    where sentences[back].sentence.line == line {
      if announcesHistory(sentences[back]) { return true }
    }
    return false
  }

  /// "The group has faced scrutiny before.", "This is a familiar fight.", "It is not the first time …".
  func announcesHistory(_ t: SentenceTokens) -> Bool {
    guard t.count >= 3, t.count <= 16 else { return false }
    var words = t.lower
    while let last = words.last, [".", "!", "—"].contains(last) { words.removeLast() }
    // "He had never been arrested before." denies a history rather than announcing one.
    if words.last == "before", words.contains(where: { ["has", "have", "had"].contains($0) }),
      !words.contains(where: { ["never", "not", "n't", "no"].contains($0) })
    {
      return true
    }
    return Self.historyPhrases.contains { Self.contains(words, $0) }
  }

  private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    words.count >= phrase.count
      && (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
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
    let otherKind = otherProceedings(events, publicationDate: publicationDate)
    var otherMatters = [Bool](repeating: false, count: events.count)
    for i in events.indices {
      let e = events[i]
      // Only proper names tell matters apart: a description ("investors") may word a party of any matter.
      let names = Set(
        e.participants.filter { Self.partyRoles.contains($0.role) && $0.name.first?.isUppercase == true }
          .map { EventMerger.key($0.name) })
      // "Dawes" and "Loretta Dawes" are one party.
      let sharesParty = names.contains { name in recentNames.contains { CaseRoles.sameParty(name, $0) } }
      // With no party named in the news, names cannot tell two matters apart.
      let otherMatter =
        isOld(e) && !recentNames.isEmpty && !names.isEmpty && !sharesParty
        && (e.caseKey.map { !recentCases.contains($0) } ?? true)
      otherMatters[i] = otherMatter
    }
    // "indicted in 2022 after an inquiry by the board, which had suspended his license in 2021": a step told
    // in one sentence with a step of the news's matter belongs to that matter.
    var sentenceOfNews: Set<Int> = []
    for i in events.indices where !otherMatters[i] && !cued[i] {
      for evidence in events[i].evidence { sentenceOfNews.insert(evidence.start) }
    }
    for i in events.indices {
      let toldWithNews = events[i].evidence.contains { sentenceOfNews.contains($0.start) }
      events[i].background = cued[i] || (otherMatters[i] && !toldWithNews) || otherKind.contains(i)
    }
  }
}
