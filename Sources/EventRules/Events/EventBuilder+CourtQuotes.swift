import TextSegmentation

/// A court's words told in a sentence of their own: "In a three-page order, the panel said the owners had not
/// shown they were “likely to succeed on the merits”", "Judge Ito wrote that Porchly had not “intercepted”
/// anything". The quoted standard and the sentence belong to the decision told before.
extension EventBuilder {
  /// Words that put a sentence in a court's mouth.
  static let courtWords: Set<String> = [
    "judge", "justice", "justices", "court", "panel", "order", "decision", "ruling", "opinion", "judgment",
    "judgement", "tribunal", "circuit", "magistrate",
  ]
  /// Every word of every sentence is looked for in `courtWords`: most are ruled out without hashing.
  static let courtWordFilter = WordFilter(courtWords)
  /// Words that name an appeals court: its words belong to the appeal's decision.
  static let appealWords: Set<String> = ["appeals", "appellate", "panel", "circuit", "justices"]

  /// How many sentences back the decision may be told, when no appeals court is named.
  static let quoteReach = 4

  /// Adds to the latest decision before it each sentence without a mention of its own that quotes a legal
  /// standard in a court's words.
  func attachCourtQuotes(
    _ events: inout [LegalEvent], groups: [EventMerger.Group], mentions: [Mention]
  ) {
    let told = Set(mentions.map(\.sentence))
    for t in sentences
    where !told.contains(t.index)
      && t.lower.contains(where: { Self.courtWordFilter.mayContain($0) && Self.courtWords.contains($0) })
    {
      let quotes = RoleFinder.quotes(in: t.sentence.text)
      guard !quotes.isEmpty else { continue }
      // The decisions told before this sentence, by the last sentence that tells each.
      let decisions = groups.indices.compactMap { g -> (event: Int, sentence: Int)? in
        guard EventMerger.decisionTypes.contains(events[g].type), events[g].status == .actual,
          let last = groups[g].mentions.map({ mentions[$0].sentence }).filter({ $0 < t.index }).max()
        else { return nil }
        return (g, last)
      }
      let byAppeal = t.lower.contains(where: { Self.appealWords.contains($0) })
      let appeals = decisions.filter { events[$0.event].type == "appeal.decided" }
      let chosen =
        byAppeal && !appeals.isEmpty
        ? appeals.max { $0.sentence < $1.sentence }
        : decisions.filter { t.index - $0.sentence <= Self.quoteReach }.max { $0.sentence < $1.sentence }
      guard let target = chosen?.event else { continue }
      for quote in quotes where !events[target].quotes.contains(quote) { events[target].quotes.append(quote) }
      let s = t.sentence
      if !events[target].evidence.contains(where: { $0.start == s.range.lowerBound }) {
        events[target].evidence.append(
          Evidence(text: s.text, start: s.range.lowerBound, end: s.range.upperBound))
      }
    }
  }
}
